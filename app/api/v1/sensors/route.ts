import { sensorFeatures } from "@/db/sensors";
import { answerVersion } from "@/db/public";
import { apiQuery, SENSOR_API_QUERY } from "@/db/query-params";
import { createApiDraft } from "@/db/api-entries";
import { apiJsonWithEtag, guarded, pageLinks, queryError } from "@/lib/api";
import { QUERY_LIMITS } from "@/lib/query-params";
import { featurePath, fromSensorFeature, unknownFeatureFields } from "@/lib/formats/geojson";
import { acceptWrite, answerDraft, shapeError, unknownFieldsError } from "../write";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/sensors — published and archived sensors as a GeoJSON FeatureCollection.
 * Filters: q, type, theme, value, organisation, personalData (yes|no), state (active|ended),
 * bbox=minLon,minLat,maxLon,maxLat; paging: page, pageSize (≤ 1000). See README, "Sensors API". The
 * parameters: db/query-params.ts SENSOR_API_QUERY.
 */
export function GET(req: Request) {
  return guarded("sensor API", () => {
    const url = new URL(req.url);
    const parsed = apiQuery(SENSOR_API_QUERY, url.searchParams);
    if (!parsed.ok) return queryError(parsed.problems);
    return apiJsonWithEtag(
      req,
      answerVersion(),
      () => {
        const r = sensorFeatures(parsed.query);
        return {
          type: "FeatureCollection",
          features: r.features,
          meta: { total: r.total, page: r.page, pageSize: r.pageSize, pages: r.pages, pageSizeMax: QUERY_LIMITS.featurePageSize },
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
