/**
 * Import jobs: the workspace page's way into the one importer (db/import.ts). An official uploads a file; it
 * is checked as a whole (size, JSON, records of a known format) before anything is stored, then kept as a
 * job that runs in this server process in small slices, so a file of 10,000 records never holds up other
 * requests for long. A dry run writes nothing but the job's results; an import writes drafts (and, when
 * asked, submits the complete ones for review). Publishing is not offered here: a publisher approves each
 * entry (four eyes); operators with server access have `npm run import -- … --publish`.
 *
 * Every function authorises itself: only officials of the job's organisation see or start it; for anyone
 * else a job does not exist. Pages and links use the job's random token, never its row id.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { and, desc, eq, getTableColumns, inArray, isNotNull, lt, or, sql } from "drizzle-orm";
import { z } from "zod";
import { can, type Actor } from "@/lib/permissions";
import { MAX_UPLOAD_BYTES } from "@/lib/limits";
import { DomainError, isDomainError } from "@/lib/errors";
import { getDb } from "./client";
import { importRecord, parseImportFile, type ImportOptions, type RecordResult, type RecordStatus } from "./import";
import { importJobs, organisations, type ImportJobRow } from "./schema";

/** The largest file the workspace accepts (the server-action body limit in next.config.js is a little above). */
export { MAX_UPLOAD_BYTES };
/**
 * At most this many records, and records for at most SLICE_MS, between two turns of the event loop: a record
 * takes a few milliseconds (its HTML sanitised, validated, written in its own transaction), so other requests
 * to the server wait at most about one slice.
 */
export const SLICE_SIZE = 25;
export const SLICE_MS = 50;
/** A queued or running job that has not reported for this long was cut off (the server stopped). */
export const STALE_AFTER_MS = 2 * 60 * 1000;
/** A finished job keeps its file this long, so the import can start from a dry run (or start again). */
export const SOURCE_KEPT_MS = 7 * 24 * 60 * 60 * 1000;
/** How often, at most, the partial results of a running job are written (progress is written every slice). */
const RESULTS_EVERY_MS = 5000;

export type ImportMode = "dry_run" | "import";
export type JobStatus = "queued" | "running" | "done" | "failed";

export interface ImportJobSummary {
  token: string;
  organisation: { id: number; name: string };
  fileName: string;
  mode: ImportMode;
  /** Complete records are submitted for review (mode import). */
  submit: boolean;
  /** As the official should see it: a job cut off by a stopped server is "failed" with error "interrupted". */
  status: JobStatus;
  /** Why the job failed: "interrupted", or a message key ("unexpected", "forbidden"…). */
  error: string | null;
  total: number;
  processed: number;
  userName: string;
  createdAt: Date;
  updatedAt: Date;
}

export type ResultCounts = Record<RecordStatus, number> & { submitted: number };

export interface ImportJob extends ImportJobSummary {
  format: string | null;
  /** Every record's result once done (partial when the job failed half-way); empty while it runs. */
  results: RecordResult[];
  counts: ResultCounts;
  /**
   * What the official can start from this job: the real import of a file checked in a dry run, or the same
   * job again after it failed. Null when the file is no longer kept (imported, cut off while it ran, or older
   * than a week).
   */
  next: "import" | "restart" | null;
}

const memberOrgIds = (actor: Actor) => (actor.kind === "user" ? [...actor.roles.keys()] : []);
const newToken = () => randomBytes(16).toString("base64url");
const isToken = (token: string) => /^[A-Za-z0-9_-]{16,64}$/.test(token);

const isStale = (row: Pick<ImportJobRow, "status" | "updatedAt">, now = Date.now()) =>
  (row.status === "queued" || row.status === "running") && row.updatedAt.getTime() < now - STALE_AFTER_MS;

/** A file name fit to show and log: the last path part, no control characters, at most 200 characters. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f-\u009f]/g, "").trim().slice(0, 200);
  return clean || "import.json";
}

const createInput = z.object({
  organisationId: z.coerce.number().int().positive(),
  mode: z.enum(["dry_run", "import"]).default("dry_run"),
  submit: z.boolean().default(false),
});

/** The organisation id as the form sent it; refuses an official who may not edit there (or an unknown one). */
function authoriseOrganisation(actor: Actor, raw: unknown): number {
  const parsed = createInput.shape.organisationId.safeParse(raw);
  if (!parsed.success) throw new DomainError("validation", "validation", { fields: { organisationId: ["required"] } });
  if (!can(actor, "edit", parsed.data)) throw new DomainError("forbidden");
  const org = getDb().select({ id: organisations.id }).from(organisations).where(eq(organisations.id, parsed.data)).get();
  if (!org) throw new DomainError("not_found", "organisationNotFound");
  return parsed.data;
}

/** Frees the files of jobs that finished more than a week ago; their results stay. */
function forgetOldSources() {
  getDb()
    .update(importJobs)
    .set({ source: null })
    .where(
      and(
        isNotNull(importJobs.source),
        lt(importJobs.updatedAt, new Date(Date.now() - SOURCE_KEPT_MS)),
        or(eq(importJobs.status, "done"), eq(importJobs.status, "failed")),
      ),
    )
    .run();
}

function insertJob(p: {
  actor: Actor;
  organisationId: number;
  fileName: string;
  format: string;
  mode: ImportMode;
  submit: boolean;
  total: number;
  source: string;
}): string {
  const token = newToken();
  getDb()
    .insert(importJobs)
    .values({
      token,
      organisationId: p.organisationId,
      userId: p.actor.kind === "user" ? p.actor.id : "system",
      userName: p.actor.name,
      fileName: p.fileName,
      format: p.format,
      mode: p.mode,
      submit: p.mode === "import" && p.submit,
      status: "queued",
      total: p.total,
      processed: 0,
      source: p.source,
      results: [],
    })
    .run();
  return token;
}

/**
 * Creates a job from an uploaded file's text. Refuses, before storing anything: an official who may not edit
 * in the organisation; a file over 25 MB (importTooLarge), an empty one (importEmpty), one that is not JSON
 * (importNotJson, with the parser's reason), holds no records (importNoRecords) or none of a known format
 * (importUnknownFormat). The job is queued; `startImportJob` runs it.
 */
export function createImportJobFromText(p: {
  actor: Actor;
  organisationId: unknown;
  fileName: string;
  text: string;
  mode?: ImportMode;
  submit?: boolean;
}): { token: string; total: number } {
  const organisationId = authoriseOrganisation(p.actor, p.organisationId);
  const { mode, submit } = createInput.pick({ mode: true, submit: true }).parse({ mode: p.mode, submit: p.submit });
  if (Buffer.byteLength(p.text, "utf8") > MAX_UPLOAD_BYTES) throw new DomainError("validation", "importTooLarge");
  if (p.text.replace(/^\uFEFF/, "").trim() === "") throw new DomainError("validation", "importEmpty");
  const parsed = parseImportFile(p.text);
  forgetOldSources();
  const token = insertJob({
    actor: p.actor,
    organisationId,
    fileName: cleanFileName(p.fileName),
    format: parsed.format,
    mode,
    submit,
    total: parsed.records.length,
    source: p.text,
  });
  return { token, total: parsed.records.length };
}

/**
 * Creates a job from an uploaded file (a FormData `File`): the size is checked before the file is read.
 * `file` is whatever the form sent; anything but a chosen file is refused (importNoFile).
 */
export async function createImportJob(p: {
  actor: Actor;
  organisationId: unknown;
  file: unknown;
  mode?: ImportMode;
  submit?: boolean;
}): Promise<{ token: string; total: number }> {
  authoriseOrganisation(p.actor, p.organisationId);
  const file = p.file;
  if (!(file instanceof Blob) || (file.size === 0 && !(file as File).name)) throw new DomainError("validation", "importNoFile");
  if (file.size > MAX_UPLOAD_BYTES) throw new DomainError("validation", "importTooLarge");
  if (file.size === 0) throw new DomainError("validation", "importEmpty");
  const text = await file.text();
  return createImportJobFromText({ ...p, fileName: (file as File).name ?? "", text });
}

/** The job's row for an official of its organisation (without the file); anyone else gets not_found. */
function jobRow(actor: Actor, token: string) {
  if (typeof token !== "string" || !isToken(token)) throw new DomainError("not_found");
  // Never the file (it may be 25 MB), and the results only when they are shown (see importJobForOfficial).
  const { source, results, ...columns } = getTableColumns(importJobs);
  void source;
  void results;
  const row = getDb()
    .select({ ...columns, hasSource: sql<number>`${importJobs.source} IS NOT NULL`, organisationName: organisations.name })
    .from(importJobs)
    .innerJoin(organisations, eq(organisations.id, importJobs.organisationId))
    .where(eq(importJobs.token, token))
    .get();
  if (!row || !can(actor, "read-drafts", row.organisationId)) throw new DomainError("not_found");
  return row;
}

type SummaryRow = Omit<ImportJobRow, "source" | "results" | "format" | "id"> & { organisationName: string };

function toSummary(row: SummaryRow, now = Date.now()): ImportJobSummary {
  const interrupted = isStale(row, now);
  return {
    token: row.token,
    organisation: { id: row.organisationId, name: row.organisationName },
    fileName: row.fileName,
    mode: row.mode,
    submit: row.submit,
    status: interrupted ? "failed" : row.status,
    error: interrupted ? "interrupted" : row.error,
    total: row.total,
    processed: row.processed,
    userName: row.userName,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Whether a record of an import that submits was submitted for review (the importer submits exactly these). */
export const wasSubmitted = (job: Pick<ImportJobSummary, "mode" | "submit">, r: RecordResult) =>
  job.mode === "import" && job.submit && (r.status === "draft" || r.status === "updated") && r.problems.length === 0;

function countResults(job: Pick<ImportJobSummary, "mode" | "submit">, results: RecordResult[]): ResultCounts {
  const counts: ResultCounts = { published: 0, draft: 0, updated: 0, unchanged: 0, rejected: 0, submitted: 0 };
  for (const r of results) {
    counts[r.status] += 1;
    if (wasSubmitted(job, r)) counts.submitted += 1;
  }
  return counts;
}

/** One job as an official of its organisation sees it; results only once it no longer runs. */
export function importJobForOfficial(actor: Actor, token: string): ImportJob {
  const row = jobRow(actor, token);
  const summary = toSummary(row);
  const running = summary.status === "queued" || summary.status === "running";
  const results = running
    ? []
    : ((getDb().select({ results: importJobs.results }).from(importJobs).where(eq(importJobs.id, row.id)).get()?.results ?? []) as RecordResult[]);
  const next =
    !row.hasSource || !can(actor, "edit", row.organisationId)
      ? null
      : summary.status === "done" && row.mode === "dry_run"
        ? "import"
        : summary.status === "failed"
          ? "restart"
          : null;
  return { ...summary, format: row.format, results, counts: countResults(summary, results), next };
}

/** The ten most recent jobs of the official's organisations, newest first. */
export function recentImportJobs(actor: Actor, limit = 10): ImportJobSummary[] {
  const orgIds = memberOrgIds(actor);
  if (!orgIds.length) return [];
  const now = Date.now();
  return getDb()
    .select({
      token: importJobs.token,
      organisationId: importJobs.organisationId,
      organisationName: organisations.name,
      userId: importJobs.userId,
      userName: importJobs.userName,
      fileName: importJobs.fileName,
      mode: importJobs.mode,
      submit: importJobs.submit,
      status: importJobs.status,
      total: importJobs.total,
      processed: importJobs.processed,
      error: importJobs.error,
      createdAt: importJobs.createdAt,
      updatedAt: importJobs.updatedAt,
    })
    .from(importJobs)
    .innerJoin(organisations, eq(organisations.id, importJobs.organisationId))
    .where(inArray(importJobs.organisationId, orgIds))
    .orderBy(desc(importJobs.createdAt), desc(importJobs.id))
    .limit(limit)
    .all()
    .map((row) => toSummary(row, now));
}

/**
 * Starts a new job from the file an earlier job holds: the real import of a finished dry run (as drafts, or
 * submitting the complete records when `submit`), or the same job again when it failed or was cut off. The
 * file moves to the new job, so one file is imported once. Returns the new job's token.
 */
export function startFromImportJob(p: { actor: Actor; token: string; submit?: boolean }): { token: string } {
  const row = jobRow(p.actor, p.token);
  if (!can(p.actor, "edit", row.organisationId)) throw new DomainError("forbidden");
  const job = importJobForOfficial(p.actor, p.token);
  if (!job.next) throw new DomainError("invalid_state", "importNotAvailable");
  const mode: ImportMode = job.next === "import" ? "import" : row.mode;
  const submit = job.next === "import" ? !!p.submit : row.submit;
  return getDb().transaction((tx) => {
    // Take the file in the transaction that checks it is still there: two clicks start one import.
    const held = tx.select({ source: importJobs.source }).from(importJobs).where(eq(importJobs.token, p.token)).get();
    if (!held?.source) throw new DomainError("invalid_state", "importNotAvailable");
    tx.update(importJobs)
      .set(job.error === "interrupted" ? { source: null, status: "failed", error: "interrupted", updatedAt: new Date() } : { source: null })
      .where(eq(importJobs.token, p.token))
      .run();
    const token = insertJob({
      actor: p.actor,
      organisationId: row.organisationId,
      fileName: row.fileName,
      format: row.format ?? "",
      mode,
      submit,
      total: row.total,
      source: held.source,
    });
    return { token };
  });
}

/**
 * Runs a queued job: records in slices (at most `sliceSize` records, or as many as fit in `sliceMs`, at least
 * one), one transaction each (db/import.ts), progress written
 * after every slice and a turn of the event loop in between. A dry run writes nothing but its results; an
 * import frees the file when it is done. A job already claimed (running, done) is left alone. A job cut off
 * while running (the server stopped) has lost its file: it is shown as interrupted, to be uploaded again.
 */
export async function runImportJob(actor: Actor, token: string, opts: { sliceSize?: number; sliceMs?: number } = {}): Promise<void> {
  const db = getDb();
  // Claim the job and take its file out of the row while it runs: SQLite rewrites a whole row on every
  // update, and a progress write should not copy a 25 MB file each time. The file goes back when a dry run
  // is done (the import starts from it) or when the job fails (to start it again).
  const job = db.transaction((tx) => {
    const queued = tx
      .select()
      .from(importJobs)
      .where(and(eq(importJobs.token, token), eq(importJobs.status, "queued"), isNotNull(importJobs.source)))
      .get();
    if (queued) tx.update(importJobs).set({ status: "running", source: null, updatedAt: new Date() }).where(eq(importJobs.id, queued.id)).run();
    return queued;
  });
  if (!job) return;
  const sliceSize = Math.max(1, opts.sliceSize ?? SLICE_SIZE);
  const sliceMs = opts.sliceMs ?? SLICE_MS;
  const results: RecordResult[] = [];
  const save = (set: Partial<ImportJobRow>) =>
    db.update(importJobs).set({ ...set, updatedAt: new Date() }).where(eq(importJobs.id, job.id)).run();
  try {
    const { records, format } = parseImportFile(job.source!);
    const options: ImportOptions = {
      actor,
      format,
      organisationId: job.organisationId,
      fileName: job.fileName,
      dryRun: job.mode === "dry_run",
      submit: job.mode === "import" && job.submit,
    };
    let resultsWritten = Date.now();
    while (results.length < records.length) {
      const sliceStart = performance.now();
      const first = results.length;
      const end = Math.min(records.length, first + sliceSize);
      while (results.length < end && (results.length === first || performance.now() - sliceStart < sliceMs))
        results.push(importRecord(options, records[results.length], results.length));
      if (results.length === records.length) break;
      const withResults = Date.now() - resultsWritten > RESULTS_EVERY_MS;
      save({ processed: results.length, ...(withResults ? { results } : {}) });
      if (withResults) resultsWritten = Date.now();
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    save({ status: "done", processed: records.length, total: records.length, results, source: job.mode === "dry_run" ? job.source : null });
  } catch (e) {
    console.error(`import job ${token} failed after ${results.length} records`, e);
    save({ status: "failed", error: isDomainError(e) ? e.key : "unexpected", processed: results.length, results, source: job.source });
  }
}

/** Runs a job in the background of this server process (the action that created it answers at once). */
export function startImportJob(actor: Actor, token: string): void {
  setImmediate(() => {
    runImportJob(actor, token).catch((e) => console.error(`import job ${token} could not run`, e));
  });
}
