/**
 * Sensor import benchmark: a CSV of 100,000 sensors exactly as the download `sensors.csv` writes it (points
 * around 28 Dutch cities, every field filled in), imported with the command an operator runs:
 * `npm run import -- sensors.csv --organisation <slug> --publish --json`, in its own process.
 *
 *   npm run bench -- import-sensors                        # 100,000 rows
 *   BENCH_SENSOR_ROWS=10000 npm run bench -- import-sensors
 *   BENCH_REPEAT=1 npm run bench -- import-sensors         # and the same file again (every row unchanged)
 *   BENCH_CPU_PROF=/tmp/prof npm run bench -- import-sensors  # a CPU profile of the import process
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const N = Number(process.env.BENCH_SENSOR_ROWS ?? 100_000);
const dbFile = path.join(os.tmpdir(), `register-bench-import-sensors-${process.pid}.db`);
const csvFile = path.join(os.tmpdir(), `register-bench-import-sensors-${process.pid}.csv`);
process.env.DATABASE_PATH = dbFile;

let seed = 424_242;
const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const cities: [number, number][] = [
  [52.3728, 4.8936], [51.9225, 4.4792], [52.0705, 4.3007], [52.0907, 5.1214], [51.4416, 5.4697], [53.2194, 6.5665],
  [51.5555, 5.0913], [52.3508, 5.2647], [51.5719, 4.7683], [51.8126, 5.8372], [52.2112, 5.9699], [51.9851, 5.8987],
  [52.3874, 4.6462], [52.2215, 6.8937], [52.1561, 5.3878], [52.4559, 4.8234], [51.6978, 5.3037], [52.5168, 6.083],
  [52.1601, 4.497], [50.8514, 5.691], [51.8133, 4.6901], [53.2012, 5.7999], [52.0116, 4.3571], [52.2549, 6.1639],
  [52.6324, 4.7534], [51.3704, 6.1724], [52.2292, 5.1669], [50.8882, 5.9795],
];

async function main() {
  const { getDb } = await import("@/db/client");
  const { organisations } = await import("@/db/schema");
  const { seedDemoContent } = await import("@/db/demo/seed");
  const { publicEntryBatches } = await import("@/db/export");
  const { csvDocument } = await import("@/lib/formats/csv");

  // The demo sensors, varied: a new name, reference and place each.
  seedDemoContent(["sensor"]);
  const base = [...publicEntryBatches("sensor")].flat().filter((e) => e.status === "published");
  const out = fs.createWriteStream(csvFile);
  const rows = function* () {
    for (let start = 0; start < N; start += 1000)
      yield Array.from({ length: Math.min(1000, N - start) }, (_, j) => {
        const i = start + j;
        const b = base[i % base.length]!;
        const [lat, lon] = cities[i % cities.length]!;
        return {
          ...b,
          publicId: "",
          status: "published" as const,
          data: {
            ...b.data,
            name: `${b.data.name as string} ${i + 1}`,
            ownerReference: `BENCH-${i + 1}`,
            geometry: { type: "Point", coordinates: [lon + (rand() - 0.5) * 0.1, lat + (rand() - 0.5) * 0.06] },
          },
        };
      });
  };
  for (const chunk of csvDocument("sensor", rows())) out.write(chunk);
  await new Promise((resolve) => out.end(resolve));
  const mb = (fs.statSync(csvFile).size / 1e6).toFixed(1);
  getDb()
    .insert(organisations)
    .values({ slug: "benchstad", name: "Gemeente Benchstad", kind: "municipality", contactEmail: "info@benchstad.example.nl" })
    .run();

  const run = (label: string) => {
    const t0 = performance.now();
    const r = spawnSync(
      process.execPath,
      [...(process.env.BENCH_CPU_PROF ? ["--cpu-prof", "--cpu-prof-dir", process.env.BENCH_CPU_PROF] : []), "--conditions=react-server", "--import", "tsx", "scripts/import.ts", csvFile, "--organisation", "benchstad", "--publish", "--json"],
      { env: { ...process.env, DATABASE_PATH: dbFile }, encoding: "utf8", maxBuffer: 1024 * 1024 * 1024 },
    );
    const s = (performance.now() - t0) / 1000;
    if (r.status !== 0) throw new Error(`${label}: exit ${r.status}\n${r.stderr.slice(-2000)}`);
    const counts: Record<string, number> = {};
    for (const x of (JSON.parse(r.stdout) as { records: { status: string }[] }).records) counts[x.status] = (counts[x.status] ?? 0) + 1;
    console.log(`${label}: ${N} rows in ${s.toFixed(1)} s = ${Math.round(N / s)} rows/s (${JSON.stringify(counts)})`);
  };
  console.log(`${N} sensor rows, ${mb} MB of CSV; DATABASE_PATH ${dbFile}`);
  run("npm run import --publish, first time (all new)");
  if (process.env.BENCH_REPEAT) run("npm run import --publish, same file again   ");
  console.log(
    `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}; database ${(fs.statSync(dbFile).size / 1e6).toFixed(0)} MB`,
  );
  if (!process.env.BENCH_KEEP_DB) for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`, csvFile]) fs.rmSync(f, { force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
