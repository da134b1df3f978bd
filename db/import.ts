/**
 * The one importer: read a file, convert each record through lib/formats, match it to an existing entry,
 * check it at the right completeness level, and write it through the lifecycle functions of db/entries.ts,
 * one transaction per record (nothing is ever half-imported). The command line (`npm run import`), the
 * workspace page and (later) the write API all come through here.
 *
 * Formats (lib/formats): the national Algoritmeregister standard 1.0 (algorithms), this register's GeoJSON
 * (sensors) and Amsterdam's sensor register (devices); the file's records decide which.
 *
 * Matching, within the organisation and the kind: the same national id (`lars`, algorithms), else the same
 * own id (`source_id` / the owner's reference, which may also be this register's public id), else the public
 * id the record names, else the same name. A match becomes a new draft of that entry (or, when publishing, a
 * new published version), never a duplicate; what the register adds (values, contest route, themes,
 * transparency limits) is kept, the fields the format carries are replaced.
 */
import "server-only";
import { and, eq } from "drizzle-orm";
import { can, type Actor } from "@/lib/permissions";
import { DomainError, isDomainError } from "@/lib/errors";
import { lookup } from "@/lib/dict";
import { requiredLevel } from "@/lib/completeness";
import { contentSchema } from "@/lib/schemas";
import { problemsAt } from "@/lib/schemas/check";
import { parse as parseCsvText } from "csv-parse/sync";
import { detectFormat, importFormat, type Problem, type RecordFormat } from "@/lib/formats";
import { getDb } from "./client";
import { approve, archive, createEntry, saveDraft, submitForReview } from "./entries";
import { audit } from "./audit";
import { entries, organisations, type EntryRow } from "./schema";
import type { EntryKind } from "@/lib/vocab";

export type RecordStatus = "published" | "draft" | "updated" | "unchanged" | "rejected";

export interface RecordResult {
  index: number;
  status: RecordStatus;
  /** The entry's public id (null when rejected, or for a new entry in a dry run). */
  id: string | null;
  name?: string;
  /** Why the record is not published (or, when rejected, not imported at all). */
  problems: Problem[];
  /** What was read differently or left out. */
  warnings: Problem[];
}

export interface ParsedFile {
  /** The id of the format (lib/formats). */
  format: string;
  records: unknown[];
}

/**
 * A CSV file as records keyed by its header (comma or semicolon, as spreadsheets write them). Anything that
 * is neither JSON nor CSV with a header row is refused as "not JSON or CSV".
 */
function parseCsv(text: string): Record<string, string>[] {
  const firstLine = text.slice(0, text.indexOf("\n") >>> 0 || text.length);
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  try {
    const rows = parseCsvText(text, { columns: true, delimiter, skip_empty_lines: true, relax_column_count: true, bom: true });
    if (!Array.isArray(rows) || rows.length === 0) throw new Error("no rows");
    return rows as Record<string, string>[];
  } catch (e) {
    throw new DomainError("validation", "importNotJson", { reason: (e as Error).message.slice(0, 200) });
  }
}

/** The largest file the importer reads. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/**
 * Reads an import file: one record, an array of records, an object holding an array of records, or a GeoJSON
 * FeatureCollection. A file that is not JSON, or holds no records of a known format, is refused as a whole
 * with a clear message.
 */
export function parseImportFile(text: string): ParsedFile {
  if (text.length > MAX_IMPORT_BYTES) throw new DomainError("validation", "importTooLarge");
  const body = text.replace(/^\uFEFF/, "");
  let data: unknown;
  if (/^\s*[[{]/.test(body))
    try {
      data = JSON.parse(body);
    } catch (e) {
      throw new DomainError("validation", "importNotJson", { reason: (e as Error).message.slice(0, 200) });
    }
  else data = parseCsv(body);
  const recognised = (v: unknown) => !!detectFormat([v]);
  let records: unknown[] | undefined;
  if (Array.isArray(data)) records = data;
  else if (data && typeof data === "object" && (data as { type?: unknown }).type === "FeatureCollection")
    records = Array.isArray((data as { features?: unknown }).features) ? ((data as { features: unknown[] }).features) : [];
  else if (recognised(data)) records = [data];
  else if (data && typeof data === "object")
    records = Object.values(data).find((v): v is unknown[] => Array.isArray(v) && v.some(recognised));
  if (!records || records.length === 0) throw new DomainError("validation", "importNoRecords");
  const format = detectFormat(records);
  if (!format) throw new DomainError("validation", "importUnknownFormat");
  return { format: format.id, records };
}

export interface ImportOptions {
  actor: Actor;
  /** The format of the records (`ParsedFile.format`). */
  format: string;
  organisationId: number;
  /** The file's name, for the history note and the audit log. */
  fileName: string;
  /** Publish each record that meets what publication requires (for records already public elsewhere). */
  publish?: boolean;
  /** Submit each complete record for review (the workspace's way: a publisher then approves it). */
  submit?: boolean;
  /** Work out every result, write nothing. */
  dryRun?: boolean;
}

class DryRun extends Error {}

/** How the history note names a format. */
const FORMAT_NAMES: Record<string, string> = {
  "algoritmeregister-1.0": "Algoritmeregister-publicatiestandaard 1.0",
  geojson: "GeoJSON",
  "amsterdam-device": "sensorregister van Amsterdam",
  "csv-sensors": "CSV",
  "csv-algorithms": "CSV",
};

const stable = (v: unknown): string =>
  JSON.stringify(v, (_k, x) =>
    x && typeof x === "object" && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x,
  );

/** Our content normalised the way a draft is stored, so a re-import of the same record compares equal. */
const normalised = (kind: EntryKind, content: Record<string, unknown>) => {
  const parsed = contentSchema(kind, "draft").safeParse(content);
  return parsed.success ? (parsed.data as Record<string, unknown>) : content;
};

function findMatch(organisationId: number, format: RecordFormat, content: Record<string, unknown>, publicId?: string): EntryRow | undefined {
  const db = getDb();
  const inOrg = and(eq(entries.organisationId, organisationId), eq(entries.kind, format.kind));
  const str = (v: unknown) => (typeof v === "string" ? v.trim() : "");
  const lars = str(content.lars);
  if (lars) {
    const hit = db.select().from(entries).where(and(inOrg, eq(entries.lars, lars))).get();
    if (hit) return hit;
  }
  const sourceId = str(content.sourceId) || str(content.ownerReference);
  if (sourceId) {
    // Two lookups rather than one OR: each uses its own index (an OR of the two scanned the organisation).
    const hit =
      db.select().from(entries).where(and(inOrg, eq(entries.sourceId, sourceId))).get() ??
      db.select().from(entries).where(and(inOrg, eq(entries.publicId, sourceId))).get();
    if (hit) return hit;
  }
  if (publicId) {
    const hit = db.select().from(entries).where(and(inOrg, eq(entries.publicId, publicId))).get();
    if (hit) return hit;
  }
  const name = str(content.name);
  return name ? db.select().from(entries).where(and(inOrg, eq(entries.name, name))).get() : undefined;
}

const toProblems = (format: RecordFormat, fields: Record<string, string[]> | null): Problem[] =>
  Object.entries(fields ?? {}).flatMap(([path, messages]) =>
    [...new Set(messages.map(describe))].map((message) => ({ field: format.fieldName(path), message })),
  );

/** Our validation message keys in plain English, for the command line and the API. */
function describe(key: string): string {
  const [k, n] = key.split(":");
  const messages: Record<string, string> = {
    required: "required, but missing",
    tooLong: `longer than ${n} characters without markup`,
    tooFew: `needs at least ${n}`,
    tooMany: `at most ${n} allowed`,
    url: "not a web address starting with https://",
    email: "not an e-mail address",
    contact: "neither an e-mail address nor a web address starting with https://",
    month: "not a month written as 2024-03 (or a year)",
    unknownValue: "not a permitted value",
    invalidType: "not the right kind of value",
    controlCharacters: "holds control characters",
    personalContact: "is the address of an official; use a role mailbox",
    geometryType: "no position or area: place the sensor on the map",
    latitude: "the latitude must lie between -90 and 90",
    longitude: "the longitude must lie between -180 and 180",
    outsideRegion: "lies outside the region of this register",
    ringNotClosed: "the area is not closed",
    selfIntersecting: "the outline of the area crosses or touches itself, or encloses no surface",
    areaTooComplex: "the outline of the area is too complex to check; simplify it",
    legalGroundRequired: "personal data needs its legal ground (GDPR article 6)",
    privacyUrlRequired: "personal data needs a link to the privacy statement",
  };
  return lookup(messages, k!) ?? key;
}

/** Imports one record in its own transaction. Never throws for what is in the record. */
export function importRecord(opts: ImportOptions, record: unknown, index: number): RecordResult {
  // Also a dry run, and a record that turns out unchanged, only for those who may edit the organisation's entries.
  if (!can(opts.actor, "edit", opts.organisationId)) throw new DomainError("forbidden");
  const format = importFormat(opts.format);
  if (!format) throw new DomainError("validation", "importUnknownFormat");
  const kind = format.kind;
  const conv = format.read(record);
  const warnings = [...conv.warnings];
  const name = typeof conv.content.name === "string" ? conv.content.name : undefined;
  const rejected = (problems: Problem[]): RecordResult => ({ index, status: "rejected", id: null, name, problems, warnings });
  if (!name) return rejected([...conv.problems, { field: format.fieldName("name"), message: "required: a record needs at least a name to be imported" }]);
  const draftProblems = problemsAt(kind, conv.content, "draft");
  if (draftProblems) return rejected([...conv.problems, ...toProblems(format, draftProblems)]);

  const org = getDb()
    .select({ name: organisations.name, contactEmail: organisations.contactEmail })
    .from(organisations)
    .where(eq(organisations.id, opts.organisationId))
    .get();
  if (!org) throw new DomainError("not_found", "organisationNotFound");
  if (conv.organization && conv.organization.toLowerCase() !== org.name.toLowerCase())
    warnings.push({ field: "organization", message: `the record names '${conv.organization.slice(0, 100)}'; it is imported into '${org.name}'` });

  const match = findMatch(opts.organisationId, format, conv.content, conv.publicId);
  const base = (match ? (match.draft ?? match.data ?? {}) : {}) as Record<string, unknown>;
  const owns = format.owns;
  const kept = owns ? Object.fromEntries(Object.entries(base).filter(([k]) => !owns.includes(k))) : {};
  const merged: Record<string, unknown> = { ...kept, ...conv.content };
  if (match) for (const k of format.keepsExisting ?? []) if (base[k] !== undefined) merged[k] = base[k];
  // The national standard requires a contact; a record without one (suppliers' templates leave it to the
  // organisation) keeps the entry's own contact, else gets the organisation's general address.
  if (kind === "algorithm" && !merged.contactEmail) {
    merged.contactEmail = (base.contactEmail as string | undefined) ?? org.contactEmail;
    warnings.push({ field: format.fieldName("contactEmail"), message: `missing; '${merged.contactEmail}' is used` });
  }
  const same = !!match && stable(normalised(kind, merged)) === stable(normalised(kind, base));
  if (match?.status === "archived")
    return same
      ? { index, status: "unchanged", id: match.publicId, name, problems: [], warnings }
      : rejected([{ field: "", message: `matches ${match.publicId}, which is archived; archived entries are not changed` }]);
  const level = requiredLevel(kind, match?.origin ?? "import", merged);
  // A value the converter could not read is named once, by the converter.
  const named = new Set(conv.problems.map((p) => p.field.split(".")[0]));
  const problems = [...conv.problems, ...toProblems(format, problemsAt(kind, merged, level)).filter((p) => !named.has(p.field.split(".")[0]))];
  const publishable = problems.length === 0;

  // The same content is still worth a write when it now gets published or submitted.
  const stillToPublish = opts.publish && !(match?.status === "published" && !match.draft);
  const stillToSubmit = opts.submit && match?.draftState === "draft";
  if (same && !(publishable && (stillToPublish || stillToSubmit)))
    return { index, status: "unchanged", id: match.publicId, name, problems, warnings };

  const operator = opts.actor.name;
  try {
    return getDb().transaction((tx) => {
      let publicId: string;
      if (!match) publicId = createEntry({ actor: opts.actor, kind, organisationId: opts.organisationId, input: merged, origin: "import" }).publicId;
      else {
        publicId = match.publicId;
        if (!same) saveDraft({ actor: opts.actor, publicId, input: merged, baseVersion: match.draftVersion });
      }
      let status: RecordStatus = match ? "updated" : "draft";
      if (publishable && (opts.publish || opts.submit)) {
        const current = getDb().select({ draftState: entries.draftState }).from(entries).where(eq(entries.publicId, publicId)).get();
        if (current?.draftState === "draft") submitForReview({ actor: opts.actor, publicId });
        if (opts.publish) {
          const changeNote = `Overgenomen uit ${opts.fileName} (${lookup(FORMAT_NAMES, format.id) ?? format.id}) door ${operator}.`;
          approve({ actor: opts.actor, publicId, changeNote });
          // An entry that was archived where it came from is archived here too, on the same date.
          if (conv.archivedOn) archive({ actor: opts.actor, publicId, endedOn: conv.archivedOn, changeNote });
          status = "published";
        }
      }
      const entryId = getDb().select({ id: entries.id }).from(entries).where(eq(entries.publicId, publicId)).get()!.id;
      audit(tx, {
        actor: opts.actor,
        action: "entry.import",
        organisationId: opts.organisationId,
        entryId,
        detail: { file: opts.fileName, format: format.id, record: index, status, operator },
      });
      const result: RecordResult = { index, status, id: match || !opts.dryRun ? publicId : null, name, problems, warnings };
      if (opts.dryRun) throw Object.assign(new DryRun(), { result });
      return result;
    });
  } catch (e) {
    if (e instanceof DryRun) return (e as DryRun & { result: RecordResult }).result;
    if (isDomainError(e) && e.code === "validation")
      return rejected(toProblems(format, (e.details?.fields as Record<string, string[]>) ?? { "": [e.key] }));
    throw e;
  }
}

/** Imports every record of a parsed file, one transaction each; `onProgress` after each record. */
export function importRecords(opts: ImportOptions, records: readonly unknown[], onProgress?: (done: number) => void): RecordResult[] {
  return records.map((r, i) => {
    const result = importRecord(opts, r, i);
    onProgress?.(i + 1);
    return result;
  });
}
