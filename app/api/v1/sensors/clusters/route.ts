import { parseSensorQuery, sensorClusters, sensorDataVersion } from "@/db/sensors";
import { apiError, apiJsonWithEtagAsync, guarded } from "@/lib/api";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/sensors/clusters?bbox=minLon,minLat,maxLon,maxLat&zoom=0…22[&filters] — what the map shows
 * in a viewport: clusters with counts, single sensors, and areas and routes as shapes when zoomed in.
 * Same filters as /api/v1/sensors. See README, "Sensors API".
 */
export function GET(req: Request) {
  return guarded("sensor API", async () => {
    const parsed = parseSensorQuery(new URL(req.url).searchParams);
    if (!parsed.ok) return apiError(400, parsed.message, parsed.fields);
    const { bbox, zoom, page, pageSize } = parsed.query;
    const fields: Record<string, string[]> = {};
    if (!bbox) fields.bbox = ["bbox: required, as minLon,minLat,maxLon,maxLat"];
    if (zoom === undefined) fields.zoom = ["zoom: required, a number from 0 to 22"];
    if (page !== undefined || pageSize !== undefined) fields.page = ["page, pageSize: not used here; clusters are not paged"];
    if (Object.keys(fields).length) return apiError(400, `Bad request: ${Object.values(fields).flat().join(" | ")}`, fields);
    return apiJsonWithEtagAsync(req, sensorDataVersion(), () => sensorClusters({ filters: parsed.query, bbox: bbox!, zoom: zoom! }), "application/geo+json");
  });
}
