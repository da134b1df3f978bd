import { parseSensorQuery, sensorFeatures, SENSOR_PAGE_SIZE_MAX } from "@/db/sensors";
import { siteUrl } from "@/lib/config";
import { guarded, jsonError, jsonWithEtag } from "./_http";

export const dynamic = "force-dynamic";

const DEFAULT_PAGE_SIZE = 100;

/**
 * GET /api/v1/sensors — published and archived sensors as a GeoJSON FeatureCollection.
 * Filters: q, type, theme, value, organisation, personalData (yes|no), state (active|ended),
 * bbox=minLon,minLat,maxLon,maxLat; paging: page, pageSize (≤ 1000). See README, "Sensors API".
 */
export function GET(req: Request) {
  return guarded(() => {
    const url = new URL(req.url);
    const parsed = parseSensorQuery(url.searchParams);
    if (!parsed.ok) return jsonError(400, parsed.message, parsed.fields);
    if (parsed.query.zoom !== undefined) return jsonError(400, "zoom: only for /api/v1/sensors/clusters", { zoom: ["zoom: only for /api/v1/sensors/clusters"] });
    return jsonWithEtag(
      req,
      () => {
        const r = sensorFeatures(parsed.query, { pageSize: DEFAULT_PAGE_SIZE });
        const link = (page: number) => {
          const q = new URLSearchParams(url.searchParams);
          q.set("page", String(page));
          if (!q.has("pageSize")) q.set("pageSize", String(r.pageSize));
          return `${siteUrl}/api/v1/sensors?${q}`;
        };
        return {
          type: "FeatureCollection",
          features: r.features,
          meta: { total: r.total, page: r.page, pageSize: r.pageSize, pages: r.pages, pageSizeMax: SENSOR_PAGE_SIZE_MAX },
          links: {
            self: link(r.page),
            first: link(1),
            last: link(r.pages),
            prev: r.page > 1 ? link(Math.min(r.page - 1, r.pages)) : null,
            next: r.page < r.pages ? link(r.page + 1) : null,
          },
        };
      },
      "application/geo+json",
    );
  });
}
