import { getSensorFeature } from "@/db/sensors";
import { guarded, jsonError, jsonWithEtag } from "../_http";

export const dynamic = "force-dynamic";

/** GET /api/v1/sensors/{id} — one published or archived sensor as a GeoJSON Feature; 404 otherwise. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return guarded(() => {
    const feature = getSensorFeature(id);
    if (!feature) return jsonError(404, `No published sensor with id ${JSON.stringify(id.slice(0, 40))}.`);
    return jsonWithEtag(req, () => feature, "application/geo+json");
  });
}
