/** The JSON shape of one algorithm in the API (its schema: `algorithmItemSchema` in lib/schemas/api.ts). */
import type { AlgorithmRecord } from "@/db/algorithms";
import { algorithmSchemaAt, type Algorithm } from "@/lib/schemas/algorithm";
import type { AlgorithmItem } from "@/lib/schemas/api";
import { assessmentCompleteness } from "@/lib/schemas/values";
import { contestRequiredCategories } from "@/lib/vocab";
import { canonicalUrl } from "@/lib/urls";

/** Every content field, null unless filled in, so every item has the same shape. */
const ALL_FIELDS_NULL = Object.fromEntries(Object.keys(algorithmSchemaAt("standard").shape).map((k) => [k, null])) as {
  [K in keyof Algorithm]-?: null;
};

/**
 * One algorithm as published: public id, canonical URL, organisation, register status, every published field
 * (text fields of the national standard may hold its HTML: p, div, br, ul, ol, li), and `completeness`: whether
 * the CODIO values were assessed and whether a contest route is described (both can be published without).
 */
export function algorithmJson(r: AlgorithmRecord): AlgorithmItem {
  const { assessed, total } = assessmentCompleteness(r.data.values);
  return {
    id: r.publicId,
    url: canonicalUrl("algorithm", r.publicId),
    organisation: r.organisation,
    registerStatus: r.entryStatus,
    endedOn: r.endedOn,
    revision: r.revision,
    publishedAt: r.publishedAt,
    archivedAt: r.archivedAt,
    ...ALL_FIELDS_NULL,
    ...r.data,
    completeness: {
      values: assessed ? "assessed" : "not_yet_assessed",
      valuesAssessed: assessed,
      valuesTotal: total,
      contestRoute: r.data.contest
        ? "described"
        : contestRequiredCategories.includes(r.data.publicationCategory)
          ? "not_yet_described"
          : "not_required",
    },
    ...(r.highlight ? { highlight: r.highlight } : {}),
  };
}
