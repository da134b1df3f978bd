import { parseSensorQuery, sensorFeatures, SENSOR_PAGE_SIZE_MAX, sensorDataVersion } from "@/db/sensors";
import { apiError, apiJsonWithEtag, guarded, pageLinks } from "@/lib/api";

export const dynamic = "force-dynamic";

const DEFAULT_PAGE_SIZE = 100;

/**
 * GET /api/v1/sensors — published and archived sensors as a GeoJSON FeatureCollection.
 * Filters: q, type, theme, value, organisation, personalData (yes|no), state (active|ended),
 * bbox=minLon,minLat,maxLon,maxLat; paging: page, pageSize (≤ 1000). See README, "Sensors API".
 */
export function GET(req: Request) {
  return guarded("sensor API", () => {
    const url = new URL(req.url);
    const parsed = parseSensorQuery(url.searchParams);
    if (!parsed.ok) return apiError(400, parsed.message, parsed.fields);
    if (parsed.query.zoom !== undefined) return apiError(400, "zoom: only for /api/v1/sensors/clusters", { zoom: ["zoom: only for /api/v1/sensors/clusters"] });
    return apiJsonWithEtag(
      req,
      sensorDataVersion(),
      () => {
        const r = sensorFeatures(parsed.query, { pageSize: DEFAULT_PAGE_SIZE });
        return {
          type: "FeatureCollection",
          features: r.features,
          meta: { total: r.total, page: r.page, pageSize: r.pageSize, pages: r.pages, pageSizeMax: SENSOR_PAGE_SIZE_MAX },
          links: pageLinks("/api/v1/sensors", url.searchParams, r.page, r.pages),
        };
      },
      "application/geo+json",
    );
  });
}
