/**
 * Figures benchmark: what the figures page (/{locale}/figures), an organisation's page and the organisations
 * API cost at scale. A scratch database with 100,000 sensors and 10,000 algorithms (scripts/bench/_search-data.ts),
 * then, each uncached (the kept answers cleared before every run; the catalogue loaded, as in a running server):
 *
 * - registerCharts(): the whole register's figures (catalogue pass + the values' GROUP BY + the contest count);
 * - registerCharts({ organisationId }) for the organisation with the most entries;
 * - publicOrganisations(): the organisation list's counts (one GROUP BY);
 * - organisationEntries + organisationSensorMarks for that organisation (catalogue passes);
 * - and registerCharts() kept (what every view after the first costs).
 *
 *   npm run bench -- figures
 *   BENCH_SENSORS=1000000 BENCH_ALGORITHMS=100000 npm run bench -- figures
 *   BENCH_KEEP_DB=1 npm run bench -- figures     # keep the scratch database (e.g. to serve the pages from it)
 *   BENCH_DB=/tmp/figures-100k.db npm run bench -- figures   # generated once, then reused
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const SENSORS = Number(process.env.BENCH_SENSORS ?? 100_000);
const ALGORITHMS = Number(process.env.BENCH_ALGORITHMS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
/** BENCH_DB=<file>: generate the scratch database there and keep it; when it exists, use it as it is. */
const dbFile = process.env.BENCH_DB ?? path.join(os.tmpdir(), `register-bench-figures-${process.pid}.db`);
const reuse = !!process.env.BENCH_DB && fs.existsSync(dbFile);
process.env.DATABASE_PATH = dbFile;
process.env.NEXT_PUBLIC_REGION_BBOX ??= "3.0,50.6,7.4,53.7";

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
  return { median: q(0.5), p95: q(0.95), max: s[s.length - 1]! };
};
const f1 = (x: number) => x.toFixed(1).padStart(7);

async function main() {
  const { getDb } = await import("@/db/client");
  const { catalogueInfo } = await import("@/db/catalogue");
  const figures = await import("@/db/figures");
  const orgs = await import("@/db/organisations");
  const pub = await import("@/db/public");
  const { generate } = await import("./_search-data");

  console.log(`machine: ${os.cpus().length} cores, Node ${process.version}, load average at start ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")}`);
  const sqlite = getDb().$client;
  const t = performance.now();
  if (reuse) console.log(`data: ${dbFile} as it is`);
  else {
    const data = generate(sqlite, { sensors: SENSORS, algorithms: ALGORITHMS });
    console.log(`data: ${data.sensors.toLocaleString("en")} sensors + ${data.algorithms.toLocaleString("en")} algorithms, ${data.organisations} organisations (generated in ${((performance.now() - t) / 1000).toFixed(1)} s)`);
  }
  const info = catalogueInfo();
  console.log(`catalogue load (once per process): ${info.loadMs.toFixed(0)} ms for ${info.entries.toLocaleString("en")} entries\n`);

  const biggest = pub.publicOrganisations().reduce((a, b) => (a.sensors + a.algorithms >= b.sensors + b.algorithms ? a : b));
  const time = (fn: () => unknown, clear = true) => {
    const xs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      if (clear) figures.clearFiguresCache();
      const t0 = performance.now();
      fn();
      xs.push(performance.now() - t0);
    }
    return stats(xs);
  };
  const rows: [string, ReturnType<typeof stats>][] = [
    ["registerCharts() — the figures page, uncached", time(() => figures.registerCharts())],
    ["registerCharts() — kept (every later view)", (figures.registerCharts(), time(() => figures.registerCharts(), false))],
    [`registerCharts(${biggest.name}: ${biggest.sensors.toLocaleString("en")} sensors), uncached`, time(() => figures.registerCharts({ organisationId: biggest.id }))],
    ["contestFigures() alone", time(() => figures.contestFigures())],
    [
      "publicOrganisations() — the list's GROUP BY, uncached",
      time(() => {
        // A new organisation change empties its kept answer: time the count itself.
        sqlite.prepare("UPDATE organisations SET updated_at = updated_at + 1 WHERE id = ?").run(biggest.id);
        pub.publicOrganisations();
      }, false),
    ],
    ["organisationEntries (both kinds, 50 each) + sensor marks", time(() => {
      orgs.organisationEntries({ organisationId: biggest.id, kind: "sensor", limit: 50 });
      orgs.organisationEntries({ organisationId: biggest.id, kind: "algorithm", limit: 50 });
      orgs.organisationSensorMarks({ organisationId: biggest.id, limit: 500 });
    }, false)],
  ];
  console.log(`${"step".padEnd(78)}  median     p95     max  (ms, ${RUNS} runs)`);
  for (const [name, s] of rows) console.log(`${name.padEnd(78)} ${f1(s.median)} ${f1(s.p95)} ${f1(s.max)}`);
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => {
    if (process.env.BENCH_KEEP_DB || process.env.BENCH_DB) console.log(`scratch database kept: ${dbFile}`);
    else for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) fs.rmSync(f, { force: true });
  });
