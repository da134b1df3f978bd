/**
 * Turns an entry's content (sensor or algorithm, as stored) into labelled, readable rows: the one
 * mechanism behind the version pages, the field-by-field comparison of versions and the preview of a
 * pending change. No JSON is ever shown to a reader.
 */
import { actionCategoryBySlug, valueBySlug, valueSlugs, type Locale } from "@/lib/codio";
import type { EntryKind } from "@/lib/vocab";
import { plainText } from "@/lib/html-text";
import { lookup } from "@/lib/dict";
import { translatableFields } from "@/lib/content-language";
import {
  algorithmCategories,
  algorithmStatuses,
  contestRoutes,
  dataProcessing,
  deadlineStarts,
  deadlineUnits,
  impactAssessmentKinds,
  legalGrounds,
  publicationCategories,
  sensorMobility,
  sensorTypes,
  themes,
  valueAssessments,
} from "@/lib/vocab";

export interface ContentRow {
  /** Stable key for comparing versions ("purpose", "value:privacy"). */
  key: string;
  label: string;
  text: string;
}

type Translate = (key: string, values?: Record<string, string | number>) => string;
type Data = Record<string, unknown>;

const SENSOR_FIELDS = [
  "name", "type", "themes", "measures", "purpose", "collectiveInterest", "geometry", "locationDescription", "mobility",
  "personalData", "legalGround", "privacyStatementUrl", "processing", "retention", "dataAccess", "openDataUrl",
  "activeFrom", "activeUntil", "operator", "ownerReference", "contactEmail", "contactUrl", "related",
] as const;

const ALGORITHM_FIELDS = [
  "name", "shortDescription", "publicationCategory", "status", "beginMonth", "endMonth", "categories", "themes", "goal",
  "contest", "considerations", "humanIntervention", "riskManagement", "lawfulBasis", "lawfulBasisLinks",
  "impactAssessments", "impactAssessmentNoneReason", "dataUsed", "dataLinks", "technicalOperation", "selfLearning",
  "supplier", "sourceCodeUrl", "processingRegisterUrl", "transparencyLimits", "contactEmail", "publicPageUrl", "tags",
  "sourceId", "lars", "sourceUrl", "originalPublishedAt", "related",
] as const;

const vocabFor: Record<string, { label: (s: string, l: Locale) => string }> = {
  type: sensorTypes,
  mobility: sensorMobility,
  legalGround: legalGrounds,
  processing: dataProcessing,
  status: algorithmStatuses,
  publicationCategory: publicationCategories,
};

function geometryText(g: Data | undefined, t: Translate): string {
  if (!g) return "";
  const fmt = ([lon, lat]: number[]) => `${lat!.toFixed(6)}, ${lon!.toFixed(6)}`;
  const coords = g.coordinates as unknown;
  if (g.type === "Point") return t("geometry.point", { at: fmt(coords as number[]) });
  if (g.type === "LineString") {
    const pts = coords as number[][];
    return t("geometry.line", { count: pts.length, from: fmt(pts[0]!), to: fmt(pts.at(-1)!) });
  }
  const ring = (coords as number[][][])[0] ?? [];
  return t("geometry.polygon", { count: Math.max(0, ring.length - 1), first: fmt(ring[0] ?? [0, 0]) });
}

function links(list: unknown): string {
  return ((list as { title: string; url: string }[]) ?? []).map((l) => `${l.title} — ${l.url}`).join("\n");
}

function contestText(c: Data | undefined, t: Translate, locale: Locale): string {
  if (!c) return "";
  const lines = [`${t("fields.contest.decisions")}: ${((c.decisions as string[]) ?? []).join(", ")}`];
  for (const [i, r] of ((c.routes as Data[]) ?? []).entries()) {
    lines.push(`${i + 1}. ${contestRoutes.label(String(r.kind), locale)} — ${r.handler}`);
    if (r.deadlineAmount)
      lines.push(
        `   ${t("fields.contest.deadline")}: ${r.deadlineAmount} ${deadlineUnits.label(String(r.deadlineUnit), locale)}, ${deadlineStarts.label(String(r.deadlineFrom), locale)}`,
      );
    ((r.steps as string[]) ?? []).forEach((s, j) => lines.push(`   ${j + 1}) ${s}`));
    if (r.include) lines.push(`   ${t("fields.contest.include")}: ${r.include}`);
    for (const k of ["webUrl", "email", "postalAddress", "phone"] as const)
      if (r[k]) lines.push(`   ${t(`fields.contest.${k}`)}: ${r[k]}`);
  }
  lines.push(`${t("fields.contest.humanReview")}: ${c.humanReview}`);
  lines.push(`${t("fields.contest.nextSteps")}: ${c.nextSteps}`);
  return lines.join("\n");
}

function fieldText(key: string, v: unknown, t: Translate, locale: Locale): string {
  if (v === undefined || v === null || v === "") return "";
  const vocabulary = lookup(vocabFor, key);
  if (vocabulary) return vocabulary.label(String(v), locale);
  if (typeof v === "boolean") return t(v ? "fields.yes" : "fields.no");
  if (key === "themes") return (v as string[]).map((s) => themes.label(s, locale)).join(", ");
  if (key === "categories") return (v as string[]).map((s) => algorithmCategories.label(s, locale)).join(", ");
  // Text that may carry the standard's HTML is compared and shown as its text (paragraphs and list items).
  if (typeof v === "string") return plainText(v);
  if (key === "geometry") return geometryText(v as Data, t);
  if (key === "lawfulBasisLinks" || key === "dataLinks") return links(v);
  if (key === "impactAssessments")
    return (v as Data[])
      .map((a) => `${impactAssessmentKinds.label(String(a.kind), locale)}: ${a.title}${a.url ? ` — ${a.url}` : ""}`)
      .join("\n");
  if (key === "transparencyLimits") return (v as Data[]).map((l) => `${l.what} — ${l.why}`).join("\n");
  if (key === "contest") return contestText(v as Data, t, locale);
  if (key === "related") return (v as string[]).join(", ");
  return String(v);
}

/** Every field of the content as a labelled row, values last (one row per assessed value). */
export function contentRows(kind: EntryKind, data: Data, t: Translate, locale: Locale): ContentRow[] {
  const fields = kind === "sensor" ? SENSOR_FIELDS : ALGORITHM_FIELDS;
  const rows: ContentRow[] = fields.map((key) => ({
    key,
    label: t(`fields.${kind}.${key}`),
    text: fieldText(key, data[key], t, locale),
  }));
  // The English texts (lib/content-language.ts), one row per field that has one.
  const en = (data.en ?? {}) as Data;
  for (const key of translatableFields(kind)) {
    const text = typeof en[key] === "string" ? (en[key] as string) : "";
    if (text) rows.push({ key: `en:${key}`, label: t(`entryForm.englishLabel.${key}`), text });
  }
  const assessed = new Map(((data.values as Data[]) ?? []).map((v) => [String(v.value), v]));
  for (const slug of valueSlugs) {
    const v = assessed.get(slug);
    if (!v) continue;
    const category = v.actionCategory ? actionCategoryBySlug(String(v.actionCategory))?.name[locale] : undefined;
    rows.push({
      key: `value:${slug}`,
      label: `${t(`fields.${kind}.values`)}: ${valueBySlug(slug)?.name[locale] ?? slug}`,
      text: [
        `${valueAssessments.label(String(v.assessment), locale)} — ${v.explanation}`,
        v.action ? `${t("valuesPanel.safeguard")}${category ? ` (${category})` : ""}: ${v.action}` : "",
      ]
        .filter(Boolean)
        .join("\n"),
    });
  }
  return rows;
}

export interface RowChange {
  key: string;
  label: string;
  before: string;
  after: string;
}

/** The rows that differ between two versions (added, removed or changed), in reading order. */
export function diffRows(before: ContentRow[], after: ContentRow[]): RowChange[] {
  const b = new Map(before.map((r) => [r.key, r]));
  const a = new Map(after.map((r) => [r.key, r]));
  const keys = [...new Set([...after.map((r) => r.key), ...before.map((r) => r.key)])];
  return keys
    .map((key) => ({
      key,
      label: (a.get(key) ?? b.get(key))!.label,
      before: b.get(key)?.text ?? "",
      after: a.get(key)?.text ?? "",
    }))
    .filter((c) => c.before !== c.after);
}
