import { getSensorFeature } from "@/db/sensors";
import { answerVersion } from "@/db/public";
import { saveApiDraft } from "@/db/api-entries";
import { apiError, apiJsonWithEtag, guarded } from "@/lib/api";
import { featurePath, fromSensorFeature, unknownFeatureFields } from "@/lib/formats/geojson";
import { acceptWrite, answerDraft, parseIfMatch, shapeError, unknownFieldsError } from "../../write";

export const dynamic = "force-dynamic";

/** GET /api/v1/sensors/{id} — one published or archived sensor as a GeoJSON Feature; 404 otherwise. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return guarded("sensor API", () => {
    const feature = getSensorFeature(id);
    if (!feature) return apiError(404, `No published sensor with id ${JSON.stringify(id.slice(0, 40))}.`);
    return apiJsonWithEtag(req, answerVersion(), () => feature, "application/geo+json");
  });
}

/**
 * PUT /api/v1/sensors/{id} — saves a new draft of a sensor of the token's organisation (write API). The body
 * is a GeoJSON Feature as for POST; the id in the URL decides. A published sensor gets a new draft and stays
 * live until a publisher approves it. `If-Match: "<draftVersion>"` is honoured (412 on a mismatch).
 */
export async function PUT(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return guarded("sensor write API", async () => {
    const accepted = await acceptWrite(req);
    if (accepted instanceof Response) return accepted;
    const ifMatch = parseIfMatch(req);
    if (!ifMatch.ok) return ifMatch.response;
    const read = fromSensorFeature(accepted.body);
    if (read.problem) return shapeError("sensor", read.problem);
    const unknown = unknownFeatureFields(accepted.body);
    if (unknown.length) return unknownFieldsError("sensor", unknown);
    return answerDraft(
      "sensor",
      () => saveApiDraft({ actor: accepted.actor, kind: "sensor", publicId: id, content: read.content, ifMatch: ifMatch.versions }),
      { created: false, sent: read.content, pathOf: featurePath, ifMatch: ifMatch.versions },
    );
  });
}
