/**
 * The Dutch Algoritmeregister publication standard 1.0, in and out: pure converters between a record of the
 * standard and this register's algorithm content (lib/schemas/algorithm.ts), and a validator of the
 * standard's own rules. No database: db/import.ts and the export routes use these.
 *
 * The rules below are transcribed from `backend/app/schemas/config/v1_0.json` of MinBZK/Algoritmeregister
 * (EUPL-1.2): field names, required fields, maximum lengths (counted without markup), permitted values and
 * the HTML tags allowed in nine text fields. `checkStandardRecord` interprets a configuration in that file's
 * own shape, so it can also be run against the file itself (scripts/check-standard.ts).
 */
import { z } from "zod";
import { lookup } from "@/lib/dict";
import { htmlTags, plainLength, plainText } from "@/lib/html-text";
import { algorithmCategories, algorithmStatuses, impactAssessmentKinds, publicationCategories } from "@/lib/vocab";
import type { Algorithm } from "@/lib/schemas/algorithm";
import { publicIdPatternOf } from "@/lib/schemas";
import type { ConvertedRecord, Problem, RecordFormat } from "./types";

export const FORMAT = "algoritmeregister-1.0";

/** One property of the standard's configuration (the subset of v1_0.json that validation reads). */
export interface StandardProperty {
  type: "string" | "enum" | "array";
  title?: string;
  max_length?: number;
  /** v1_0.json writes `true`, `false` and once the string "false". */
  required?: boolean | string;
  permitted_values?: string[];
  allowed_html_tags?: string[];
  items?: Record<string, StandardProperty>;
}
export interface StandardConfig {
  properties: Record<string, StandardProperty>;
}

const RICH = ["div", "br", "p", "ul", "ol", "li"];
const s = (max: number | undefined, required = false, extra: Partial<StandardProperty> = {}): StandardProperty => ({
  type: "string",
  ...(max ? { max_length: max } : {}),
  required,
  ...extra,
});
const rich = (max: number) => s(max, false, { allowed_html_tags: RICH });

/** The standard's fields, in its order. */
export const STANDARD_1_0: StandardConfig = {
  properties: {
    name: s(100, true),
    description_short: s(400, true),
    organization: s(100, true),
    category: { type: "array", required: false, permitted_values: algorithmCategories.terms.map((t) => t.name.nl) },
    status: { type: "enum", required: true, permitted_values: ["In ontwikkeling", "In gebruik", "Buiten gebruik"] },
    begin_date: s(7),
    end_date: s(7),
    contact_email: s(500, true),
    website: s(500),
    publication_category: {
      type: "enum",
      required: true,
      permitted_values: ["Hoog-risico AI-systeem", "Impactvolle algoritmes", "Overige algoritmes"],
    },
    url: s(500),
    goal: rich(2500),
    proportionality: rich(2500),
    human_intervention: rich(2500),
    risks: rich(2500),
    lawful_basis: rich(2500),
    lawful_basis_grouping: { type: "array", required: false, items: { title: s(100, true), link: s(500, true) } },
    process_index_url: s(500),
    impacttoetsen_grouping: { type: "array", required: false, items: { title: s(undefined, true), link: s(500) } },
    impacttoetsen: rich(2500),
    source_data: rich(2500),
    source_data_grouping: { type: "array", required: "false", items: { title: s(500, true), link: s(500, true) } },
    methods_and_models: rich(5000),
    provider: s(200),
    publiccode: s(500),
    lang: { type: "enum", required: true, permitted_values: ["nld"] },
    standard_version: { type: "enum", required: false, permitted_values: ["1.0"] },
    source_id: s(100),
    tags: rich(2500),
    lars: s(undefined),
    publication_dt: s(undefined),
  },
};
export const STANDARD_FIELDS = Object.keys(STANDARD_1_0.properties);

export type { Problem };

const isRequired = (p: StandardProperty) => p.required === true || p.required === "true";
const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "") || (Array.isArray(v) && v.length === 0);

function checkValue(field: string, p: StandardProperty, v: unknown, out: Problem[]) {
  if (blank(v)) {
    if (isRequired(p)) out.push({ field, message: "required by the standard, but missing" });
    return;
  }
  if (p.type === "array") {
    if (!Array.isArray(v)) return void out.push({ field, message: "must be a list" });
    v.forEach((item, i) => {
      if (p.permitted_values) {
        if (!p.permitted_values.includes(item as string)) out.push({ field: `${field}.${i}`, message: `'${String(item)}' is not a permitted value` });
      } else if (p.items) {
        if (!item || typeof item !== "object") return void out.push({ field: `${field}.${i}`, message: "must be an object" });
        for (const [k, sub] of Object.entries(p.items)) checkValue(`${field}.${i}.${k}`, sub, (item as Record<string, unknown>)[k], out);
      }
    });
    return;
  }
  if (typeof v !== "string") return void out.push({ field, message: "must be a text" });
  if (p.type === "enum" && p.permitted_values && !p.permitted_values.includes(v))
    out.push({ field, message: `'${v.slice(0, 50)}' is not a permitted value (${p.permitted_values.join(", ")})` });
  if (p.max_length && plainLength(v) > p.max_length)
    out.push({ field, message: `longer than ${p.max_length} characters without markup (${plainLength(v)})` });
  const { tags, attributes } = htmlTags(v);
  const allowed = p.allowed_html_tags ?? [];
  const wrong = [...tags].filter((t) => !allowed.includes(t));
  if (wrong.length) out.push({ field, message: `holds HTML tags the standard does not allow here: ${wrong.join(", ")}` });
  if (attributes) out.push({ field, message: "holds HTML attributes, which the standard does not allow" });
}

/** One field of the standard as the export writes it: always present, `null` when empty unless required. */
function standardField(p: StandardProperty): z.ZodType {
  const required = isRequired(p);
  let t: z.ZodType;
  if (p.type === "array")
    t = z.array(
      p.permitted_values
        ? z.enum(p.permitted_values as [string, ...string[]])
        : z.object(Object.fromEntries(Object.entries(p.items ?? {}).map(([k, sub]) => [k, standardField(sub)]))),
    );
  else if (p.type === "enum") t = z.enum(p.permitted_values as [string, ...string[]]);
  else t = required ? z.string().min(1) : z.string();
  if (!required) t = t.nullable();
  const note = [
    p.max_length ? `At most ${p.max_length} characters, counted without markup.` : "",
    p.allowed_html_tags ? `May hold the HTML tags ${p.allowed_html_tags.join(", ")} (no attributes).` : "",
  ]
    .filter(Boolean)
    .join(" ");
  return note || p.allowed_html_tags ? t.meta({ ...(note ? { description: note } : {}), ...(p.allowed_html_tags ? { contentMediaType: "text/html" } : {}) }) : t;
}

/**
 * A record of the standard 1.0 as `toStandardRecord` writes it, derived from `STANDARD_1_0` (never written by
 * hand): every field of the standard in its order, `null` when empty, plus `id` and `canonical_url` of this
 * register. The OpenAPI document and /api/v1/schemas/algoritmeregister-1.0-record.json publish it.
 */
export const standardRecordSchema = z
  .object({
    ...Object.fromEntries(Object.entries(STANDARD_1_0.properties).map(([k, p]) => [k, standardField(p)])),
    id: z.string().regex(publicIdPatternOf("algorithm")).describe("Public id of the algorithm in this register (not a field of the standard)."),
    canonical_url: z.url().describe("Canonical page of the algorithm in this register (not a field of the standard)."),
  })
  .describe(
    "A record of the Algoritmeregister publication standard 1.0 (MinBZK/Algoritmeregister, `backend/app/schemas/config/v1_0.json`): its field names and permitted values, every field present and `null` when empty, plus `id` and `canonical_url` of this register (the standard's validators ignore fields they do not know).",
  );

/** Every way a record breaks the standard's rules (required fields, permitted values, lengths, allowed tags). */
export function checkStandardRecord(record: unknown, config: StandardConfig = STANDARD_1_0): Problem[] {
  if (!record || typeof record !== "object" || Array.isArray(record)) return [{ field: "", message: "a record must be a JSON object" }];
  const out: Problem[] = [];
  for (const [field, p] of Object.entries(config.properties)) checkValue(field, p, (record as Record<string, unknown>)[field], out);
  return out;
}

/* ------------------------------------------------------------------------------------------------
 * In: a record of the standard → this register's algorithm content
 * ---------------------------------------------------------------------------------------------- */

/** Our content field for each field of the standard that maps one to one (groupings are handled apart). */
export const FIELD_MAP = {
  name: "name",
  description_short: "shortDescription",
  category: "categories",
  status: "status",
  begin_date: "beginMonth",
  end_date: "endMonth",
  contact_email: "contactEmail",
  website: "publicPageUrl",
  publication_category: "publicationCategory",
  url: "sourceUrl",
  goal: "goal",
  proportionality: "considerations",
  human_intervention: "humanIntervention",
  risks: "riskManagement",
  lawful_basis: "lawfulBasis",
  lawful_basis_grouping: "lawfulBasisLinks",
  process_index_url: "processingRegisterUrl",
  impacttoetsen_grouping: "impactAssessments",
  impacttoetsen: "impactAssessmentNoneReason",
  source_data: "dataUsed",
  source_data_grouping: "dataLinks",
  methods_and_models: "technicalOperation",
  provider: "supplier",
  publiccode: "sourceCodeUrl",
  source_id: "sourceId",
  tags: "tags",
  lars: "lars",
  publication_dt: "originalPublishedAt",
} as const satisfies Partial<Record<string, keyof Algorithm>>;

/** Our content fields that come from the standard: an import replaces these and keeps everything else. */
export const CONTENT_FIELDS_FROM_STANDARD: readonly string[] = Object.values(FIELD_MAP);
const STANDARD_BY_CONTENT = new Map<string, string>(Object.entries(FIELD_MAP).map(([std, ours]) => [ours, std]));
const GROUP_ITEM: Record<string, Record<string, string>> = {
  lawfulBasisLinks: { title: "title", url: "link" },
  dataLinks: { title: "title", url: "link" },
  impactAssessments: { title: "title", url: "link" },
};

/** A dotted path of our content ("lawfulBasisLinks.0.url") in the standard's terms ("lawful_basis_grouping.0.link"). */
export function standardPath(path: string): string {
  const [head, ...rest] = path.split(".");
  const std = STANDARD_BY_CONTENT.get(head!);
  if (!std) return path;
  const item = lookup(GROUP_ITEM, head!);
  if (rest.length === 2 && item) return `${std}.${rest[0]}.${lookup(item, rest[1]!) ?? rest[1]}`;
  return [std, ...rest].join(".");
}

const RICH_FIELDS = new Set(Object.entries(STANDARD_1_0.properties).filter(([, p]) => p.allowed_html_tags).map(([k]) => k));

/** Values officials write in an empty address field. */
const NOT_APPLICABLE = /^(n\.?v\.?t\.?|nvt|niet van toepassing|geen|none|n\/a|-+)$/i;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

const byName = (terms: readonly { slug: string; name: { nl: string; en: string } }[], extra: Record<string, string> = {}) => {
  const m = new Map<string, string>();
  for (const t of terms) {
    m.set(t.slug.toLowerCase(), t.slug);
    m.set(t.name.nl.toLowerCase(), t.slug);
    m.set(t.name.en.toLowerCase(), t.slug);
  }
  for (const [k, v] of Object.entries(extra)) m.set(k.toLowerCase(), v);
  return (v: string) => m.get(v.trim().toLowerCase().replace(/\s+/g, " "));
};
const statusOf = byName(algorithmStatuses.terms);
const publicationCategoryOf = byName(publicationCategories.terms, {
  "Hoog-risico AI-systeem": "high_risk",
  "Hoog risico AI-systeem": "high_risk",
  "Impactvolle algoritmes": "impactful",
  "Impactvol algoritme": "impactful",
  "Overige algoritmes": "other",
  "Overig algoritme": "other",
});
const categoryOf = byName(algorithmCategories.terms);

/** The standard's name of a publication category and a status (what the export writes). */
export const PUBLICATION_CATEGORY_NAME: Record<string, string> = {
  high_risk: "Hoog-risico AI-systeem",
  impactful: "Impactvolle algoritmes",
  other: "Overige algoritmes",
};

/** "2023-1", "01-2023", "2023/01", "2023-01-15" → "2023-01"; anything else is left for validation to name. */
function month(v: string): string {
  const t = v.trim();
  let m = t.match(/^(\d{4})[-/.](\d{1,2})(?:[-/.]\d{1,2})?(?:T.*)?$/);
  if (m) return `${m[1]}-${m[2]!.padStart(2, "0")}`;
  m = t.match(/^(\d{1,2})[-/.](\d{4})$/);
  if (m) return `${m[2]}-${m[1]!.padStart(2, "0")}`;
  return t;
}


/** Reads one record of the standard. Never throws; anything unusable becomes a problem. */
export function fromStandardRecord(record: unknown): ConvertedRecord {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const content: Record<string, unknown> = {};
  if (!record || typeof record !== "object" || Array.isArray(record))
    return { content, problems: [{ field: "", message: "a record must be a JSON object" }], warnings };
  const r = record as Record<string, unknown>;

  /** A text value: strings as they are (control characters dropped), numbers as text; anything else a problem. */
  const str = (field: string, v: unknown): string | undefined => {
    if (v === undefined || v === null) return undefined;
    if (typeof v === "number" || typeof v === "boolean") v = String(v);
    if (typeof v !== "string") return void problems.push({ field, message: "must be a text" });
    const t = v.replace(CONTROL, "");
    return t.trim() === "" ? undefined : t;
  };
  /** A text field without markup: tags are the standard's own business to strip, and so do we. */
  const plain = (field: string, v: unknown) => {
    const t = str(field, v);
    return t === undefined ? undefined : plainText(t).trim() || undefined;
  };
  const address = (field: string, v: unknown) => {
    const t = plain(field, v);
    if (t === undefined) return undefined;
    if (NOT_APPLICABLE.test(t)) {
      warnings.push({ field, message: `'${t}' read as empty` });
      return undefined;
    }
    if (/^www\./i.test(t)) {
      warnings.push({ field, message: `'${t}' read as 'https://${t}'` });
      return `https://${t}`;
    }
    return t;
  };
  const list = (field: string, v: unknown): unknown[] | undefined => {
    if (v === undefined || v === null) return undefined;
    if (typeof v === "string") return v.trim() ? [v] : undefined; // a single value where a list belongs
    if (!Array.isArray(v)) return void problems.push({ field, message: "must be a list" });
    return v;
  };
  const vocab = (field: string, v: unknown, lookup: (s: string) => string | undefined) => {
    const t = plain(field, v);
    if (t === undefined) return undefined;
    const slug = lookup(t);
    if (!slug) problems.push({ field, message: `'${t.slice(0, 60)}' is not a permitted value` });
    return slug;
  };
  const group = (field: string, v: unknown, kind?: "impact") =>
    list(field, v)?.flatMap((item, i) => {
      if (!item || typeof item !== "object" || Array.isArray(item)) {
        problems.push({ field: `${field}.${i}`, message: "must be an object with a title and a link" });
        return [];
      }
      const o = item as Record<string, unknown>;
      const title = plain(`${field}.${i}.title`, o.title);
      const url = plain(`${field}.${i}.link`, o.link ?? o.url);
      if (title === undefined && url === undefined) return [];
      const out: Record<string, unknown> = { title, url };
      if (kind === "impact") out.kind = impactKind(title ?? "");
      return [out];
    });

  for (const [key, v] of Object.entries(r)) {
    if (v === undefined || v === null) continue;
    switch (key) {
      case "name":
      case "description_short":
      case "provider":
      case "source_id":
      case "lars":
      case "publication_dt":
        content[FIELD_MAP[key]] = plain(key, v);
        break;
      case "contact_email": {
        const t = plain(key, v);
        content.contactEmail = t?.replace(/^mailto:/i, "");
        break;
      }
      case "website":
      case "url":
      case "process_index_url":
      case "publiccode":
        content[FIELD_MAP[key]] = address(key, v);
        break;
      case "begin_date":
      case "end_date": {
        const t = plain(key, v);
        content[FIELD_MAP[key]] = t === undefined ? undefined : month(t);
        break;
      }
      case "status":
        content.status = vocab(key, v, statusOf);
        break;
      case "publication_category":
        content.publicationCategory = vocab(key, v, publicationCategoryOf);
        break;
      case "category":
        content.categories = list(key, v)?.flatMap((c, i) => {
          const slug = vocab(`${key}.${i}`, c, categoryOf);
          return slug ? [slug] : [];
        });
        break;
      case "lawful_basis_grouping":
      case "source_data_grouping":
        content[FIELD_MAP[key]] = group(key, v);
        break;
      case "impacttoetsen_grouping":
        content.impactAssessments = group(key, v, "impact");
        break;
      case "organization":
        // The register's own organisation name is used; db/import.ts warns when the record names another.
        break;
      case "lang": {
        const t = plain(key, v);
        if (t && t.toLowerCase() !== "nld") problems.push({ field: key, message: `'${t}' is not a permitted value (nld)` });
        break;
      }
      case "standard_version": {
        const t = plain(key, v);
        if (t && t !== "1.0" && t !== "1") problems.push({ field: key, message: `'${t}' is not version 1.0 of the standard` });
        break;
      }
      default:
        if (RICH_FIELDS.has(key)) content[FIELD_MAP[key as keyof typeof FIELD_MAP]] = str(key, v);
        else warnings.push({ field: key, message: "not a field of the standard 1.0; left out" });
    }
  }
  for (const k of Object.keys(content)) if (content[k] === undefined) delete content[k];
  const organization = typeof r.organization === "string" && r.organization.trim() ? r.organization.trim() : undefined;
  return { content, problems, warnings, organization };
}

/** The register's kind of an impact assessment, from its title. */
export function impactKind(title: string): (typeof impactAssessmentKinds.slugs)[number] {
  if (/\b(dpia|data protection|gegevensbescherming|privacy)\b/i.test(title)) return "dpia";
  if (/\b(iama|fraia|mensenrechten|fundamental rights|fundamentele rechten)\b/i.test(title)) return "iama";
  return "other";
}

/* ------------------------------------------------------------------------------------------------
 * Out: a published algorithm → a record of the standard
 * ---------------------------------------------------------------------------------------------- */

export interface ExportSource {
  publicId: string;
  /** The canonical URL of the algorithm's page. */
  url: string;
  organisationName: string;
  /** Published or archived (archived algorithms are out of use). */
  status: "published" | "archived";
  /** For archived entries: the date the algorithm stopped being used. */
  endedOn: string | null;
  /** When the register first published it. */
  firstPublishedAt: Date | null;
  /**
   * How the entry came in. An imported record is given back exactly as it came (its empty fields stay
   * empty); for an algorithm registered here, `source_id`, `url` and `publication_dt` say where and since
   * when it is in this register.
   */
  origin: "form" | "import" | "api";
  content: Algorithm;
}

/** A record of the standard 1.0, with the standard's field names and values, in the standard's order. */
export function toStandardRecord(src: ExportSource): Record<string, unknown> {
  const a = src.content;
  const orNull = <T>(v: T | undefined | null) => (v === undefined || v === null || v === "" ? null : v);
  const links = (list: { title?: string; url?: string }[] | undefined) =>
    list?.length ? list.map((l) => ({ title: l.title ?? null, link: orNull(l.url) })) : null;
  const archived = src.status === "archived";
  const native = src.origin !== "import";
  return {
    name: a.name,
    description_short: a.shortDescription,
    organization: src.organisationName,
    category: a.categories.length ? a.categories.map((c) => algorithmCategories.get(c)!.name.nl) : null,
    status: archived ? "Buiten gebruik" : algorithmStatuses.get(a.status)!.name.nl,
    begin_date: orNull(a.beginMonth),
    end_date: orNull(a.endMonth) ?? (archived && src.endedOn ? src.endedOn.slice(0, 7) : null),
    contact_email: a.contactEmail,
    website: orNull(a.publicPageUrl),
    publication_category: PUBLICATION_CATEGORY_NAME[a.publicationCategory],
    url: orNull(a.sourceUrl) ?? (native ? src.url : null),
    goal: orNull(a.goal),
    proportionality: orNull(a.considerations),
    human_intervention: orNull(a.humanIntervention),
    risks: orNull(a.riskManagement),
    lawful_basis: orNull(a.lawfulBasis),
    lawful_basis_grouping: links(a.lawfulBasisLinks),
    process_index_url: orNull(a.processingRegisterUrl),
    impacttoetsen_grouping: links(a.impactAssessments),
    impacttoetsen: orNull(a.impactAssessmentNoneReason),
    source_data: orNull(a.dataUsed),
    source_data_grouping: links(a.dataLinks),
    methods_and_models: orNull(a.technicalOperation),
    provider: orNull(a.supplier),
    publiccode: orNull(a.sourceCodeUrl),
    lang: "nld",
    standard_version: "1.0",
    source_id: orNull(a.sourceId) ?? (native ? src.publicId : null),
    tags: orNull(a.tags),
    lars: orNull(a.lars),
    publication_dt: orNull(a.originalPublishedAt) ?? (native ? (src.firstPublishedAt?.toISOString() ?? null) : null),
    // Not fields of the standard (its validators ignore them): where the record lives in this register.
    id: src.publicId,
    canonical_url: src.url,
  };
}

const DISTINCTIVE = STANDARD_FIELDS.filter((k) => k.includes("_") || ["organization", "category", "proportionality", "risks", "provider", "publiccode", "impacttoetsen", "lars"].includes(k));

/** The standard as an import format (db/import.ts): algorithms, matched by `lars`, then `source_id`, then name. */
export const algoritmeregisterFormat: RecordFormat = {
  id: FORMAT,
  kind: "algorithm",
  // Two of the fields only this standard has (name, url, status and goal occur elsewhere too).
  recognises: (r) => !!r && typeof r === "object" && !Array.isArray(r) && DISTINCTIVE.filter((k) => Object.hasOwn(r, k)).length >= 2,
  read: fromStandardRecord,
  owns: CONTENT_FIELDS_FROM_STANDARD,
  fieldName: standardPath,
};
