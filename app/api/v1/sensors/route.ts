import { parseSensorQuery, sensorFeatures, SENSOR_PAGE_SIZE_MAX, sensorDataVersion } from "@/db/sensors";
import { createApiDraft } from "@/db/api-entries";
import { apiError, apiJsonWithEtag, guarded, pageLinks } from "@/lib/api";
import { featurePath, fromSensorFeature, unknownFeatureFields } from "@/lib/formats/geojson";
import { acceptWrite, answerDraft, shapeError, unknownFieldsError } from "../write";

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

/**
 * POST /api/v1/sensors — a new sensor as a draft of the token's organisation (write API, `Authorization:
 * Bearer <token>`). The body is a GeoJSON Feature in the shape GET /api/v1/sensors/{id} answers; its
 * read-only properties are ignored. 201 with the draft's id, version and what is still missing.
 * See README, "Write API".
 */
export function POST(req: Request) {
  return guarded("sensor write API", async () => {
    const accepted = await acceptWrite(req);
    if (accepted instanceof Response) return accepted;
    const read = fromSensorFeature(accepted.body);
    if (read.problem) return shapeError("sensor", read.problem);
    const unknown = unknownFeatureFields(accepted.body);
    if (unknown.length) return unknownFieldsError("sensor", unknown);
    return answerDraft("sensor", () => createApiDraft({ actor: accepted.actor, kind: "sensor", content: read.content }), {
      created: true,
      sent: read.content,
      pathOf: featurePath,
    });
  });
}
