/** The JSON shape of one algorithm in the API (answers and errors: lib/api.ts). */
import type { AlgorithmRecord } from "@/db/algorithms";
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
