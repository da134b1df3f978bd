/**
 * JSON shapes of the algorithms API: one algorithm, and errors. Errors always look like
 * `{ "error": { "status", "code", "message", "problems"? } }`, never a stack trace.
 */
import type { AlgorithmRecord, ParamProblem } from "@/db/algorithms";
import { canonicalUrl } from "@/lib/urls";

const OPTIONAL_NULLS = {
  endMonth: null,
  publicPageUrl: null,
  impactAssessmentNoneReason: null,
  sourceCodeUrl: null,
  processingRegisterUrl: null,
  contest: null,
};

/** One algorithm as published: public id, canonical URL, organisation, register status and every published field. */
export function algorithmJson(r: AlgorithmRecord) {
  return {
    id: r.publicId,
    url: canonicalUrl("algorithm", r.publicId),
    organisation: r.organisation,
    registerStatus: r.entryStatus,
    endedOn: r.endedOn,
    revision: r.revision,
    publishedAt: r.publishedAt,
    archivedAt: r.archivedAt,
    // Optional fields are always present (null when not filled in), so every item has the same shape.
    ...OPTIONAL_NULLS,
    ...r.data,
    ...(r.highlight ? { highlight: r.highlight } : {}),
  };
}

const headers = { "Cache-Control": "no-store" };

export function errorJson(status: 400 | 404 | 500, message: string, problems?: ParamProblem[]) {
  const code = status === 400 ? "bad_request" : status === 404 ? "not_found" : "internal_error";
  return Response.json({ error: { status, code, message, ...(problems ? { problems } : {}) } }, { status, headers });
}

export function okJson(body: unknown) {
  return Response.json(body, { headers: { "Cache-Control": "public, max-age=60" } });
}
