/**
 * Import benchmark: a file of 10,000 records of the Algoritmeregister standard 1.0 (variations of the test
 * records in e2e/data) through the workspace's import jobs (db/import-jobs.ts) in a scratch database: a dry
 * run, then the import as drafts. Reports the time per phase and how long the event loop was held, which is
 * what other requests to the same server wait for while a big file is imported.
 *
 *   npm run bench -- import-jobs
 *   BENCH_RECORDS=2000 npm run bench -- import-jobs
 *
 * Target: no single hold of the event loop longer than a fraction of a second (one slice of 25 records).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";

const N = Number(process.env.BENCH_RECORDS ?? 10_000);
const dbFile = path.join(os.tmpdir(), `register-bench-import-jobs-${process.pid}.db`);
process.env.DATABASE_PATH = dbFile;

async function main() {
  const { getDb } = await import("@/db/client");
  const { organisations } = await import("@/db/schema");
  const jobs = await import("@/db/import-jobs");

  const base = JSON.parse(fs.readFileSync("e2e/data/algoritmeregister-1.0.json", "utf8")) as Record<string, unknown>[];
  const records = Array.from({ length: N }, (_, i) => ({ ...base[i % base.length], name: `Algoritme ${i + 1}`, id: null, lars: null, source_id: null }));
  const text = JSON.stringify(records);
  const orgId = getDb()
    .insert(organisations)
    .values({ slug: "bench", name: "Gemeente Bench", kind: "municipality", contactEmail: "info@bench.example.nl" })
    .returning()
    .get().id;
  const actor = { kind: "user" as const, id: "bench", name: "bench", isAdmin: false, roles: new Map([[orgId, "editor" as const]]) };
  console.log(`file: ${N.toLocaleString("en")} records, ${(Buffer.byteLength(text) / 2 ** 20).toFixed(1)} MB; slices of ${jobs.SLICE_SIZE} records`);

  let t = performance.now();
  const dry = await jobs.createImportJob({ actor, organisationId: orgId, file: new File([text], "bench.json") });
  console.log(`upload checked and stored (read, parse, insert): ${(performance.now() - t).toFixed(0)} ms`);

  const phase = async (label: string, token: string) => {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    // A stand-in for other requests: how late does a 10 ms timer fire while the job runs?
    let late = 0;
    let ticks = 0;
    let expected = performance.now() + 10;
    const timer = setInterval(() => {
      late = Math.max(late, performance.now() - expected);
      expected = performance.now() + 10;
      ticks++;
    }, 10);
    delay.enable();
    const start = performance.now();
    await jobs.runImportJob(actor, token);
    const ms = performance.now() - start;
    delay.disable();
    clearInterval(timer);
    const job = jobs.importJobForOfficial(actor, token);
    console.log(
      `${label}: ${(ms / 1000).toFixed(1)} s (${((ms / N) * 1000).toFixed(0)} µs per record), status ${job.status}, ` +
        `${Object.entries(job.counts).filter(([, n]) => n).map(([k, n]) => `${n} ${k}`).join(", ")}; ` +
        `event loop held at most ${(delay.max / 1e6).toFixed(0)} ms (p99 ${(delay.percentile(99) / 1e6).toFixed(0)} ms), ` +
        `a 10 ms timer fired ${ticks} times, at worst ${late.toFixed(0)} ms late`,
    );
    return job;
  };

  await phase("dry run", dry.token);
  t = performance.now();
  const real = jobs.startFromImportJob({ actor, token: dry.token });
  console.log(`import started from the dry run: ${(performance.now() - t).toFixed(0)} ms`);
  await phase("import as drafts", real.token);
  t = performance.now();
  jobs.importJobForOfficial(actor, real.token);
  console.log(`reading the finished job with ${N.toLocaleString("en")} results: ${(performance.now() - t).toFixed(0)} ms`);
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) fs.rmSync(f, { force: true });
  });
