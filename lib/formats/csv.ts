/**
 * Sensors and algorithms as CSV rows, in and out: the columns of the downloads `sensors.csv` and
 * `algorithms.csv`, defined once here and used by the export (db/export.ts), the open-data page (its field
 * tables) and the importer. Pure: no database.
 *
 * A row starts with what the register knows about the entry (public id, canonical URL, organisation, register
 * status, revision, last-published time, end date), followed by every content field of the kind's schema, in
 * the schema's order (lib/schemas/sensor.ts, algorithm.ts). Sensors also get the longitude and latitude of
 * their anchor point after the geometry, for spreadsheet and GIS users (ignored on import).
 *
 * Cells: lists of codes as `a; b`; structured values (geometry as GeoJSON, the values panel, the contest
 * route, link groups) as JSON; booleans as `true`/`false`; dates as ISO 8601. Text that begins with `=`, `+`,
 * `-`, `@`, a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows it instead of
 * running it as a formula (CSV injection); `fromCsvRow` takes it off again, so the round trip is exact.
 */
import { stringify } from "csv-stringify/sync";
import { anchorPoint, type Geometry } from "@/lib/geo";
import { algorithmSchemaAt } from "@/lib/schemas/algorithm";
import { sensorSchemaAt } from "@/lib/schemas/sensor";
import type { EntryKind } from "@/lib/vocab";
import type { RecordFormat } from "./types";

export const FORMAT = "csv";

/** What a cell holds; decides how it is written and read, and what the open-data page says about it. */
export type CellFormat =
  | "identifier"
  | "text"
  | "html"
  | "code"
  | "codes"
  | "json"
  | "boolean"
  | "date"
  | "month"
  | "datetime"
  | "url"
  | "contact"
  | "number";

/** Where a column's value comes from: the entry (read-only on import), the content, or derived from it. */
export type ColumnSource = "entry" | "content" | "derived";

export interface CsvColumn {
  name: string;
  format: CellFormat;
  source: ColumnSource;
}

type SensorKey = keyof ReturnType<typeof sensorSchemaAt<"standard">>["shape"];
type AlgorithmKey = keyof ReturnType<typeof algorithmSchemaAt<"standard">>["shape"];

/** Content fields that are not plain text; every other field of the schema is `text`. */
const SENSOR_FORMATS: Partial<Record<SensorKey, CellFormat>> = {
  type: "code",
  themes: "codes",
  geometry: "json",
  mobility: "code",
  personalData: "boolean",
  legalGround: "code",
  privacyStatementUrl: "url",
  processing: "code",
  openDataUrl: "url",
  activeFrom: "date",
  activeUntil: "date",
  contactEmail: "contact",
  contactUrl: "url",
  values: "json",
  en: "json",
  related: "codes",
};
const ALGORITHM_FORMATS: Partial<Record<AlgorithmKey, CellFormat>> = {
  categories: "codes",
  status: "code",
  beginMonth: "month",
  endMonth: "month",
  contactEmail: "contact",
  publicPageUrl: "url",
  publicationCategory: "code",
  sourceUrl: "url",
  goal: "html",
  considerations: "html",
  humanIntervention: "html",
  riskManagement: "html",
  lawfulBasis: "html",
  lawfulBasisLinks: "json",
  processingRegisterUrl: "url",
  impactAssessments: "json",
  impactAssessmentNoneReason: "html",
  dataUsed: "html",
  dataLinks: "json",
  technicalOperation: "html",
  sourceCodeUrl: "url",
  tags: "html",
  themes: "codes",
  selfLearning: "boolean",
  contest: "json",
  transparencyLimits: "json",
  values: "json",
  en: "json",
  related: "codes",
};

/** What every row starts with: what the register knows about the entry. */
const ENTRY_COLUMNS: readonly CsvColumn[] = [
  { name: "id", format: "identifier", source: "entry" },
  { name: "url", format: "url", source: "entry" },
  { name: "organisation", format: "identifier", source: "entry" },
  { name: "organisationName", format: "text", source: "entry" },
  { name: "registerStatus", format: "code", source: "entry" },
  { name: "revision", format: "number", source: "entry" },
  { name: "publishedAt", format: "datetime", source: "entry" },
  { name: "endedOn", format: "date", source: "entry" },
];

function build(kind: EntryKind): readonly CsvColumn[] {
  const keys = Object.keys(kind === "sensor" ? sensorSchemaAt("standard").shape : algorithmSchemaAt("standard").shape);
  const formats = (kind === "sensor" ? SENSOR_FORMATS : ALGORITHM_FORMATS) as Record<string, CellFormat | undefined>;
  const content = keys.flatMap((name): CsvColumn[] => {
    const column: CsvColumn = { name, format: formats[name] ?? "text", source: "content" };
    // The anchor point right after the geometry, where a spreadsheet user looks for it.
    return kind === "sensor" && name === "geometry"
      ? [column, { name: "longitude", format: "number", source: "derived" }, { name: "latitude", format: "number", source: "derived" }]
      : [column];
  });
  return Object.freeze([...ENTRY_COLUMNS, ...content]);
}

const COLUMNS: Record<EntryKind, readonly CsvColumn[]> = { sensor: build("sensor"), algorithm: build("algorithm") };

/** The columns of a kind's CSV, in order. */
export const csvColumns = (kind: EntryKind): readonly CsvColumn[] => COLUMNS[kind];
/** The header row of a kind's CSV. */
export const csvHeader = (kind: EntryKind): string[] => COLUMNS[kind].map((c) => c.name);

/** A published or archived entry as the CSV shows it. */
export interface CsvEntry {
  publicId: string;
  /** Canonical page URL. */
  url: string;
  organisation: { slug: string; name: string };
  status: "published" | "archived";
  revision: number;
  /** When the current version was published. */
  publishedAt: Date | string | null;
  endedOn: string | null;
  /** The published content (valid against the kind's schema). */
  data: Record<string, unknown>;
}

const FORMULA = /^'*[=+\-@\t\r]/;
/** Text a spreadsheet would run as a formula gets one more leading apostrophe (and loses it on the way in). */
const escapeText = (s: string) => (FORMULA.test(s) ? `'${s}` : s);
const unescapeText = (s: string) => (s.startsWith("'") && FORMULA.test(s) ? s.slice(1) : s);

/** Seven decimals of a degree: about a centimetre. */
const degrees = (x: number) => String(Math.round(x * 1e7) / 1e7);

function cellOut(format: CellFormat, v: unknown): string {
  if (v === undefined || v === null || v === "") return "";
  switch (format) {
    case "codes":
      return Array.isArray(v) ? v.join("; ") : String(v);
    case "json":
      return Array.isArray(v) && v.length === 0 ? "" : JSON.stringify(v);
    case "boolean":
      return v ? "true" : "false";
    case "number":
      return String(v);
    default:
      return escapeText(String(v));
  }
}

/** A row of a kind's CSV: one cell per column of `csvColumns(kind)`, in order. */
export function toCsvRow(kind: EntryKind, e: CsvEntry): string[] {
  const d = e.data;
  const anchor = kind === "sensor" && d.geometry ? anchorPoint(d.geometry as Geometry) : undefined;
  const entry: Record<string, unknown> = {
    id: e.publicId,
    url: e.url,
    organisation: e.organisation.slug,
    organisationName: e.organisation.name,
    registerStatus: e.status,
    revision: e.revision,
    publishedAt: e.publishedAt === null || e.publishedAt === undefined ? null : new Date(e.publishedAt).toISOString(),
    endedOn: e.endedOn,
  };
  return COLUMNS[kind].map((c) => {
    if (c.source === "entry") return cellOut(c.format, entry[c.name]);
    if (c.source === "derived") return anchor ? degrees(c.name === "longitude" ? anchor[0] : anchor[1]) : "";
    return cellOut(c.format, Object.hasOwn(d, c.name) ? d[c.name] : undefined);
  });
}

/** A cell that could not be read. */
export interface CsvProblem {
  column: string;
  message: string;
}

export interface ReadCsvRow {
  /** The entry's content, not yet validated (the schema does that at the right level). */
  content: Record<string, unknown>;
  /** The public id in the `id` column, for matching on import. */
  publicId?: string;
  problems: CsvProblem[];
}

/**
 * The content of a row as `toCsvRow` writes it (csv-parse with `columns: true` gives such records). Empty
 * cells are absent fields; columns of the entry and the anchor point are ignored, and so are columns this
 * register does not know. Never throws: a cell that cannot be read is left out and named in `problems`.
 */
export function fromCsvRow(kind: EntryKind, record: Record<string, unknown>): ReadCsvRow {
  const content: Record<string, unknown> = {};
  const problems: CsvProblem[] = [];
  const cell = (name: string) => {
    const v = Object.hasOwn(record, name) ? record[name] : undefined;
    return typeof v === "string" ? v : v === undefined || v === null ? "" : String(v);
  };
  for (const c of COLUMNS[kind]) {
    if (c.source !== "content") continue;
    const raw = cell(c.name);
    if (raw.trim() === "") continue;
    switch (c.format) {
      case "codes":
        content[c.name] = raw.split(";").map((x) => x.trim()).filter(Boolean);
        break;
      case "json":
        try {
          content[c.name] = JSON.parse(raw);
        } catch {
          problems.push({ column: c.name, message: "not valid JSON" });
        }
        break;
      case "boolean": {
        const b = raw.trim().toLowerCase();
        // A spreadsheet that saves the file again writes TRUE and FALSE.
        if (b === "true" || b === "false") content[c.name] = b === "true";
        else problems.push({ column: c.name, message: "must be true or false" });
        break;
      }
      default:
        content[c.name] = unescapeText(raw);
    }
  }
  const id = cell("id").trim();
  return { content, ...(id ? { publicId: id } : {}), problems };
}

/**
 * RFC 4180: comma-separated, CRLF between records, a field in double quotes when it holds a comma, a quote or
 * a line break (csv-stringify quotes a lone `\n` only when asked to, since it is not its record delimiter).
 */
const STRINGIFY = { record_delimiter: "windows", quoted_match: /[\r\n]/ } as const;

/** UTF-8 byte-order mark: spreadsheets then read the file as UTF-8 (é, ë, €) without asking. */
export const BOM = "\uFEFF";

/** A whole CSV document in pieces: the byte-order mark and the header, then the rows of each batch as it comes. */
export function* csvDocument(kind: EntryKind, batches: Iterable<readonly CsvEntry[]>): Generator<string> {
  yield BOM + stringify([csvHeader(kind)], STRINGIFY);
  for (const batch of batches) if (batch.length) yield stringify(batch.map((e) => toCsvRow(kind, e)), STRINGIFY);
}

/** The archived state a row carries (`registerStatus` and `endedOn` columns), so an import archives it again. */
function archivedOn(record: Record<string, unknown>): string | undefined {
  const status = typeof record.registerStatus === "string" ? record.registerStatus.trim() : "";
  const ended = typeof record.endedOn === "string" ? record.endedOn.trim() : "";
  return status === "archived" && /^\d{4}-\d{2}-\d{2}$/.test(ended) ? ended : undefined;
}

/** This register's CSV of one kind as an import format: the whole content, as the download writes it. */
const csvFormat = (kind: EntryKind): RecordFormat => {
  // The columns that tell the two kinds apart.
  const marks = kind === "sensor" ? ["measures", "geometry"] : ["shortDescription", "publicationCategory"];
  return {
    id: `${FORMAT}-${kind}s`,
    kind,
    recognises: (r) => !!r && typeof r === "object" && !Array.isArray(r) && marks.every((m) => Object.hasOwn(r, m)) && Object.hasOwn(r, "name"),
    read: (record) => {
      const row = fromCsvRow(kind, (record ?? {}) as Record<string, unknown>);
      return {
        content: row.content,
        problems: row.problems.map((p) => ({ field: p.column, message: p.message })),
        warnings: [],
        publicId: row.publicId,
        archivedOn: archivedOn((record ?? {}) as Record<string, unknown>),
      };
    },
    owns: null,
    // A column is named after the content field it holds, so validation paths name their column.
    fieldName: (path) => path,
  };
};
export const csvSensorsFormat = csvFormat("sensor");
export const csvAlgorithmsFormat = csvFormat("algorithm");
