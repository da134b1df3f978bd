import { getSensorFeature, sensorDataVersion } from "@/db/sensors";
import { apiError, apiJsonWithEtag, guarded } from "@/lib/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/sensors/{id} — one published or archived sensor as a GeoJSON Feature; 404 otherwise. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return guarded("sensor API", () => {
    const feature = getSensorFeature(id);
    if (!feature) return apiError(404, `No published sensor with id ${JSON.stringify(id.slice(0, 40))}.`);
    return apiJsonWithEtag(req, sensorDataVersion(), () => feature, "application/geo+json");
  });
}
