import { sensorClusters } from "@/db/sensors";
import { answerVersion } from "@/db/public";
import { apiQuery, CLUSTER_QUERY } from "@/db/query-params";
import { apiJsonWithEtagAsync, guarded, queryError } from "@/lib/api";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/sensors/clusters?bbox=minLon,minLat,maxLon,maxLat&zoom=0…22[&filters] — what the map shows
 * in a viewport: clusters with counts, single sensors, and areas and routes as shapes when zoomed in.
 * Same filters as /api/v1/sensors (db/query-params.ts CLUSTER_QUERY). See README, "Sensors API".
 */
export function GET(req: Request) {
  return guarded("sensor API", async () => {
    const parsed = apiQuery(CLUSTER_QUERY, new URL(req.url).searchParams);
    if (!parsed.ok) return queryError(parsed.problems);
    const { bbox, zoom } = parsed.query;
    return apiJsonWithEtagAsync(req, answerVersion(), () => sensorClusters({ filters: parsed.query, bbox, zoom }), "application/geo+json");
  });
}
