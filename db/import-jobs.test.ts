import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { count, eq, inArray } from "drizzle-orm";
import type { Actor } from "@/lib/permissions";
import type { DomainError } from "@/lib/errors";
import { getDb } from "./client";
import {
  createImportJob,
  createImportJobFromText,
  importJobForOfficial,
  MAX_UPLOAD_BYTES,
  recentImportJobs,
  runImportJob,
  startFromImportJob,
  STALE_AFTER_MS,
} from "./import-jobs";
import { entries, importJobs, organisations } from "./schema";

const fileText = fs.readFileSync("e2e/data/algoritmeregister-1.0.json", "utf8");
const records = JSON.parse(fileText) as Record<string, unknown>[];
const hostileText = fs.readFileSync("e2e/data/algoritmeregister-hostile.json", "utf8");

let orgA = 0;
let orgB = 0;
let orgC = 0;
const user = (id: string, roles: [number, "editor" | "publisher"][]): Actor => ({ kind: "user", id, name: id, isAdmin: false, roles: new Map(roles) });
let editorA: Actor, editorB: Actor, editorC: Actor, admin: Actor;

const jobCount = () => getDb().select({ n: count() }).from(importJobs).get()!.n;
const entryCount = (orgId: number) => getDb().select({ n: count() }).from(entries).where(eq(entries.organisationId, orgId)).get()!.n;
const jobSource = (token: string) => getDb().select({ source: importJobs.source }).from(importJobs).where(eq(importJobs.token, token)).get()!.source;
const refusal = async (fn: () => unknown) => {
  try {
    await fn();
  } catch (e) {
    return `${(e as DomainError).code}:${(e as DomainError).key}`;
  }
  return "ok";
};
const file = (text: string | Uint8Array, name = "register.json") => new File([text as BlobPart], name, { type: "application/json" });

beforeAll(() => {
  const db = getDb();
  const base = { kind: "municipality", contactEmail: "info@example.nl" };
  orgA = db.insert(organisations).values({ ...base, slug: "a", name: "Gemeente A" }).returning().get().id;
  orgB = db.insert(organisations).values({ ...base, slug: "b", name: "Gemeente B" }).returning().get().id;
  orgC = db.insert(organisations).values({ ...base, slug: "c", name: "Gemeente C" }).returning().get().id;
  editorA = user("editor-a", [[orgA, "editor"]]);
  editorB = user("editor-b", [[orgB, "editor"]]);
  editorC = user("editor-c", [[orgC, "editor"]]);
  // A site admin without a role in an organisation is not one of its officials.
  admin = { kind: "user", id: "admin", name: "admin", isAdmin: true, roles: new Map() };
});

describe("uploading a file", () => {
  it("refuses an official who may not edit in the organisation, and stores nothing", async () => {
    const before = jobCount();
    expect(await refusal(() => createImportJob({ actor: editorB, organisationId: orgA, file: file(fileText) }))).toBe("forbidden:forbidden");
    expect(await refusal(() => createImportJob({ actor: admin, organisationId: orgA, file: file(fileText) }))).toBe("forbidden:forbidden");
    expect(await refusal(() => createImportJob({ actor: editorA, organisationId: "x", file: file(fileText) }))).toBe("validation:validation");
    expect(await refusal(() => createImportJob({ actor: editorA, organisationId: 99999, file: file(fileText) }))).toBe("forbidden:forbidden");
    expect(jobCount()).toBe(before);
  });

  it("refuses, before a job exists, a missing, empty, too large, non-JSON or record-less file", async () => {
    const before = jobCount();
    const upload = (f: unknown) => refusal(() => createImportJob({ actor: editorA, organisationId: String(orgA), file: f }));
    expect(await upload(undefined)).toBe("validation:importNoFile");
    expect(await upload("a string, not a file")).toBe("validation:importNoFile");
    expect(await upload(file("", ""))).toBe("validation:importNoFile");
    expect(await upload(file(""))).toBe("validation:importEmpty");
    expect(await upload(file("\uFEFF  \n"))).toBe("validation:importEmpty");
    expect(await upload(file(new Uint8Array(MAX_UPLOAD_BYTES + 1)))).toBe("validation:importTooLarge");
    expect(await upload(file("name;status\nScanauto;In gebruik", "register.csv"))).toBe("validation:importUnknownFormat");
    expect(await upload(file("[{ niet af", "register.json"))).toBe("validation:importNotJson");
    expect(await upload(file("[]"))).toBe("validation:importNoRecords");
    expect(await upload(file('[{"kleur": "rood"}]'))).toBe("validation:importUnknownFormat");
    // The text path checks the size too (in bytes, not characters).
    expect(
      await refusal(() => createImportJobFromText({ actor: editorA, organisationId: orgA, fileName: "x.json", text: "é".repeat(MAX_UPLOAD_BYTES / 2 + 1) })),
    ).toBe("validation:importTooLarge");
    expect(jobCount()).toBe(before);
  });

  it("keeps a clean file name", async () => {
    const { token } = createImportJobFromText({ actor: editorA, organisationId: orgA, fileName: "C:\\temp\\reg\u0007ister.json", text: fileText });
    expect(importJobForOfficial(editorA, token).fileName).toBe("register.json");
  });
});

describe("running a job", () => {
  it("a dry run reports every record and writes no entry; the real import starts from it and writes drafts", async () => {
    const before = entryCount(orgA);
    const { token, total } = await createImportJob({ actor: editorA, organisationId: orgA, file: file(fileText) });
    expect(total).toBe(4);
    expect(importJobForOfficial(editorA, token)).toMatchObject({ status: "queued", mode: "dry_run", processed: 0, total: 4, results: [] });
    await runImportJob(editorA, token);

    const dry = importJobForOfficial(editorA, token);
    expect(dry).toMatchObject({ status: "done", processed: 4, next: "import", error: null });
    expect(dry.results.map((r) => r.status)).toEqual(["draft", "draft", "draft", "draft"]);
    expect(dry.results[3]!.problems.map((p) => p.field).sort()).toEqual(["publication_category", "status"]);
    expect(dry.counts).toMatchObject({ draft: 4, rejected: 0, submitted: 0 });
    expect(entryCount(orgA)).toBe(before);

    // Only officials of the organisation can start the import.
    expect(await refusal(() => startFromImportJob({ actor: editorB, token }))).toBe("not_found:not_found");
    const started = startFromImportJob({ actor: editorA, token });
    // The file moved to the new job: the dry run cannot be imported twice.
    expect(jobSource(token)).toBeNull();
    expect(importJobForOfficial(editorA, token).next).toBeNull();
    expect(await refusal(() => startFromImportJob({ actor: editorA, token }))).toBe("invalid_state:importNotAvailable");

    expect(importJobForOfficial(editorA, started.token)).toMatchObject({ mode: "import", submit: false, status: "queued", total: 4 });
    await runImportJob(editorA, started.token);
    const done = importJobForOfficial(editorA, started.token);
    expect(done.status).toBe("done");
    expect(done.results.map((r) => r.status)).toEqual(["draft", "draft", "draft", "draft"]);
    expect(done.counts.submitted).toBe(0);
    expect(entryCount(orgA)).toBe(before + 4);
    const ids = done.results.map((r) => r.id!);
    const rows = getDb().select().from(entries).where(inArray(entries.publicId, ids)).all();
    expect(rows.map((r) => r.status)).toEqual(["draft", "draft", "draft", "draft"]);
    // An import frees the file once it is done; its results stay.
    expect(jobSource(started.token)).toBeNull();
    expect(done.next).toBeNull();
  });

  it("submits the complete records for review when asked; the incomplete one stays a draft", async () => {
    const dry = createImportJobFromText({ actor: editorC, organisationId: orgC, fileName: "register.json", text: fileText });
    await runImportJob(editorC, dry.token);
    const job = startFromImportJob({ actor: editorC, token: dry.token, submit: true });
    await runImportJob(editorC, job.token);
    const done = importJobForOfficial(editorC, job.token);
    expect(done).toMatchObject({ mode: "import", submit: true, status: "done" });
    expect(done.counts).toMatchObject({ draft: 4, submitted: 3 });
    const rows = done.results.map((r) => getDb().select().from(entries).where(eq(entries.publicId, r.id!)).get()!);
    expect(rows.map((r) => r.status)).toEqual(["in_review", "in_review", "in_review", "draft"]);
    // Nothing is published from the workspace.
    expect(rows.every((r) => r.data === null)).toBe(true);
  });

  it("reports hostile records one by one and never stops at them", async () => {
    const { token } = createImportJobFromText({ actor: editorB, organisationId: orgB, fileName: "hostile.json", text: hostileText });
    await runImportJob(editorB, token);
    const job = importJobForOfficial(editorB, token);
    expect(job.status).toBe("done");
    expect(job.results.map((r) => r.status)).toEqual(["draft", "rejected", "rejected", "draft", "rejected", "rejected"]);
    expect(job.results.filter((r) => r.status === "rejected").every((r) => r.problems.length > 0)).toBe(true);
  });

  it("works in slices: progress is written between slices and other work gets a turn", async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ ...records[2], name: `Scanauto ${i}`, lars: null, source_id: null, id: null }));
    const { token } = createImportJobFromText({ actor: editorB, organisationId: orgB, fileName: "many.json", text: JSON.stringify(many) });
    const seen: number[] = [];
    let finished = false;
    const run = runImportJob(editorB, token, { sliceSize: 10, sliceMs: Infinity }).then(() => (finished = true));
    while (!finished) {
      const job = importJobForOfficial(editorB, token);
      seen.push(job.processed);
      if (job.status === "running") expect(job.results).toEqual([]);
      await new Promise((r) => setImmediate(r));
    }
    await run;
    // Another caller saw the job between slices, more than once, at slice boundaries.
    const between = [...new Set(seen)].filter((n) => n > 0 && n < 60);
    expect(between.length).toBeGreaterThanOrEqual(3);
    expect(between.every((n) => n % 10 === 0)).toBe(true);
    const done = importJobForOfficial(editorB, token);
    expect(done).toMatchObject({ status: "done", processed: 60 });
    expect(done.results).toHaveLength(60);
    // Slices also end when their time is up (here: after every record).
    const timed = createImportJobFromText({ actor: editorB, organisationId: orgB, fileName: "many.json", text: JSON.stringify(many.slice(0, 5)) });
    const steps: number[] = [];
    finished = false;
    const run2 = runImportJob(editorB, timed.token, { sliceMs: 0 }).then(() => (finished = true));
    while (!finished) {
      steps.push(importJobForOfficial(editorB, timed.token).processed);
      await new Promise((r) => setImmediate(r));
    }
    await run2;
    expect([...new Set(steps)].filter((n) => n > 0 && n < 5)).toEqual([1, 2, 3, 4]);
    // A second run of a finished job does nothing.
    await runImportJob(editorB, token);
    expect(importJobForOfficial(editorB, token).results).toHaveLength(60);
  });

  it("keeps the file out of the row while a job runs, and gives it back when a dry run is done", async () => {
    const { token } = createImportJobFromText({ actor: editorB, organisationId: orgB, fileName: "held.json", text: fileText });
    const sources: (string | null)[] = [];
    let finished = false;
    const run = runImportJob(editorB, token, { sliceSize: 1, sliceMs: 0 }).then(() => (finished = true));
    while (!finished) {
      sources.push(jobSource(token));
      await new Promise((r) => setImmediate(r));
    }
    await run;
    expect(sources.length).toBeGreaterThan(1);
    expect(sources.every((s) => s === null)).toBe(true);
    expect(jobSource(token)).toBe(fileText);
  });

  it("shows a job cut off by a stopped server as interrupted; its file is gone, so it is uploaded again", async () => {
    const { token } = createImportJobFromText({ actor: editorB, organisationId: orgB, fileName: "cut.json", text: fileText, mode: "import" });
    const setJob = (set: Partial<typeof importJobs.$inferInsert>) => getDb().update(importJobs).set(set).where(eq(importJobs.token, token)).run();

    // Running (its file taken out of the row), and still reporting: not interrupted.
    setJob({ status: "running", processed: 2, source: null, updatedAt: new Date(Date.now() - 30_000) });
    expect(importJobForOfficial(editorB, token)).toMatchObject({ status: "running", error: null, next: null });
    expect(await refusal(() => startFromImportJob({ actor: editorB, token }))).toBe("invalid_state:importNotAvailable");

    setJob({ updatedAt: new Date(Date.now() - STALE_AFTER_MS - 1000) });
    expect(importJobForOfficial(editorB, token)).toMatchObject({ status: "failed", error: "interrupted", next: null });
    expect(recentImportJobs(editorB).find((j) => j.token === token)).toMatchObject({ status: "failed", error: "interrupted" });

    // Cut off before it started: the file is still there, and the job can start again.
    const queued = createImportJobFromText({ actor: editorB, organisationId: orgB, fileName: "cut.json", text: fileText, mode: "import" });
    getDb().update(importJobs).set({ updatedAt: new Date(Date.now() - STALE_AFTER_MS - 1000) }).where(eq(importJobs.token, queued.token)).run();
    expect(importJobForOfficial(editorB, queued.token)).toMatchObject({ status: "failed", error: "interrupted", next: "restart" });
    const again = startFromImportJob({ actor: editorB, token: queued.token });
    expect(getDb().select().from(importJobs).where(eq(importJobs.token, queued.token)).get()).toMatchObject({
      status: "failed",
      error: "interrupted",
      source: null,
    });
    expect(importJobForOfficial(editorB, again.token)).toMatchObject({ mode: "import", status: "queued", total: 4 });
    await runImportJob(editorB, again.token);
    expect(importJobForOfficial(editorB, again.token).status).toBe("done");
  });

  it("a job that fails keeps its file, says why, and starts again", async () => {
    const orgD = getDb()
      .insert(organisations)
      .values({ slug: "d", name: "Gemeente D", kind: "municipality", contactEmail: "info@example.nl" })
      .returning()
      .get().id;
    const editorD = user("editor-d", [[orgD, "editor"]]);
    const { token } = createImportJobFromText({ actor: editorD, organisationId: orgD, fileName: "lost.json", text: fileText, mode: "import" });
    // The official lost their role in the meantime: the first new entry is refused, and the job stops there.
    await runImportJob(user("editor-d", []), token);
    expect(importJobForOfficial(editorD, token)).toMatchObject({ status: "failed", error: "forbidden", processed: 0, next: "restart" });
    expect(jobSource(token)).toBe(fileText);
    expect(entryCount(orgD)).toBe(0);
    const again = startFromImportJob({ actor: editorD, token });
    await runImportJob(editorD, again.token);
    expect(importJobForOfficial(editorD, again.token)).toMatchObject({ status: "done", mode: "import" });
    expect(entryCount(orgD)).toBe(4);
  });
});

describe("who sees a job", () => {
  it("only officials of the job's organisation; the list holds the ten most recent of their organisations", async () => {
    const { token } = createImportJobFromText({ actor: editorA, organisationId: orgA, fileName: "a.json", text: fileText });
    expect(await refusal(() => importJobForOfficial(editorB, token))).toBe("not_found:not_found");
    expect(await refusal(() => importJobForOfficial(admin, token))).toBe("not_found:not_found");
    expect(await refusal(() => importJobForOfficial(editorA, "not a token"))).toBe("not_found:not_found");
    expect(await refusal(() => importJobForOfficial(editorA, "A".repeat(22)))).toBe("not_found:not_found");
    expect(recentImportJobs(editorB).some((j) => j.token === token)).toBe(false);

    for (let i = 0; i < 12; i++) createImportJobFromText({ actor: editorA, organisationId: orgA, fileName: `n${i}.json`, text: fileText });
    const list = recentImportJobs(editorA);
    expect(list).toHaveLength(10);
    expect(list[0]!.fileName).toBe("n11.json");
    expect(list.every((j) => j.organisation.id === orgA)).toBe(true);
    expect(recentImportJobs(admin)).toEqual([]);
  });
});
