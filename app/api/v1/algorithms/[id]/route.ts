import { getAlgorithmRecord } from "@/db/algorithms";
import { answerVersion, standardRecord } from "@/db/export";
import { saveApiDraft } from "@/db/api-entries";
import { apiQuery, FORMAT_QUERY } from "@/db/query-params";
import { apiError, apiJsonWithEtag, guarded, queryError, withEtag } from "@/lib/api";
import { fromAlgorithmItem } from "@/lib/formats/algorithm-json";
import type { AlgorithmAnswer } from "@/lib/schemas/api";
import { algorithmJson } from "../respond";
import { acceptWrite, answerDraft, parseIfMatch, shapeError, unknownFieldsError } from "../../write";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/algorithms/{id} — one published or archived algorithm; 404 JSON otherwise.
 * `?format=algoritmeregister-1.0` answers the record in the shape of the national publication standard 1.0.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return guarded("algorithm API", () => {
    const parsed = apiQuery(FORMAT_QUERY, new URL(request.url).searchParams);
    if (!parsed.ok) return queryError(parsed.problems);
    if (parsed.query.format) {
      const record = standardRecord(id);
      if (!record) return apiError(404, `No published algorithm with id '${id.slice(0, 40)}'.`);
      return withEtag(request, answerVersion(), "application/json", () => JSON.stringify(record));
    }
    const record = getAlgorithmRecord(id);
    if (!record) return apiError(404, `No published algorithm with id '${id.slice(0, 40)}'.`);
    return apiJsonWithEtag(request, answerVersion(), (): AlgorithmAnswer => ({ data: algorithmJson(record) }));
  });
}

/**
 * PUT /api/v1/algorithms/{id} — saves a new draft of an algorithm of the token's organisation (write API).
 * The body is as for POST; the id in the URL decides. A published algorithm gets a new draft and stays live
 * until a publisher approves it. `If-Match: "<draftVersion>"` is honoured (412 on a mismatch).
 */
export async function PUT(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return guarded("algorithm write API", async () => {
    const accepted = await acceptWrite(req);
    if (accepted instanceof Response) return accepted;
    const ifMatch = parseIfMatch(req);
    if (!ifMatch.ok) return ifMatch.response;
    const read = fromAlgorithmItem(accepted.body);
    if (read.problem) return shapeError("algorithm", read.problem);
    if (read.unknownFields.length) return unknownFieldsError("algorithm", read.unknownFields);
    return answerDraft(
      "algorithm",
      () => saveApiDraft({ actor: accepted.actor, kind: "algorithm", publicId: id, content: read.content, ifMatch: ifMatch.versions }),
      {
        created: false,
        sent: read.content,
        pathOf: (path) => read.pathPrefix + (path === "_form" ? "" : path),
        missingPathOf: (path) => (path === "_form" ? "" : path),
        ifMatch: ifMatch.versions,
      },
    );
  });
}
