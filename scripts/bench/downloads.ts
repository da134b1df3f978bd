/**
 * Downloads benchmark: a scratch database with 1,000,000 published sensors (and 10,000 algorithms), filled
 * in bulk transactions straight into `entries`, `sensors` and `revisions` (not through the lifecycle), then
 * every open-data download streamed through its own route handler — the exported `GET` called with a
 * `Request`, the body read to the end — measuring rows per second, bytes, time to first byte and the peak
 * resident memory (`process.memoryUsage.rss()`, sampled at every piece read), to show that memory stays
 * flat however large the register. Then the feed of changes, uncached, with and without filters.
 *
 *   npm run bench -- downloads
 *   BENCH_SENSORS=100000 BENCH_ALGORITHMS=2000 npm run bench -- downloads
 *   BENCH_KEEP_DB=1 npm run bench -- downloads        # keep the scratch database
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import v8 from "node:v8";
import vm from "node:vm";
import { seededRandom } from "./_random";

const SENSORS = Number(process.env.BENCH_SENSORS ?? 1_000_000);
const ALGORITHMS = Number(process.env.BENCH_ALGORITHMS ?? 10_000);
const ORGANISATIONS = 100;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "register-bench-downloads-"));
const dbFile = path.join(dir, "bench.db");
process.env.DATABASE_PATH = dbFile;
process.env.SITE_URL ??= "https://register.example.nl";
// A forced garbage collection between downloads, so each starts from the same floor.
v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

/* ---- deterministic random numbers ---- */
const rand = seededRandom(20261202);

const ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
const publicId = (prefix: string, i: number) => {
  let s = "";
  for (let k = 0, n = i + 1_000_000; k < 6; k++, n = Math.floor(n / ALPHABET.length)) s = ALPHABET[n % ALPHABET.length] + s;
  return `${prefix}-${s}`;
};
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
const rss = () => process.memoryUsage.rss();

type Geometry = { type: "Point"; coordinates: number[] } | { type: "LineString"; coordinates: number[][] } | { type: "Polygon"; coordinates: number[][][] };
/** A geometry moved by (dx, dy) degrees. */
function moved(g: Geometry, dx: number, dy: number): Geometry {
  const p = (c: number[]) => [Math.round((c[0]! + dx) * 1e6) / 1e6, Math.round((c[1]! + dy) * 1e6) / 1e6];
  if (g.type === "Point") return { type: "Point", coordinates: p(g.coordinates) };
  if (g.type === "LineString") return { type: "LineString", coordinates: g.coordinates.map(p) };
  return { type: "Polygon", coordinates: g.coordinates.map((ring) => ring.map(p)) };
}

async function main() {
  const { getDb } = await import("@/db/client");
  const { demoSensors } = await import("@/db/demo/sensors");
  const { demoAlgorithms } = await import("@/db/demo/algorithms");
  const { contentSchema } = await import("@/lib/schemas");
  const { anchorPoint, geometryBBox } = await import("@/lib/geo");
  const sqlite = getDb().$client;
  const loadStart = os.loadavg()[0]!;

  /* ---- fill ---- */
  const t0 = performance.now();
  const orgIds: number[] = [];
  const insOrg = sqlite.prepare("INSERT INTO organisations (slug, name, kind, contact_email) VALUES (?, ?, 'municipality', ?)");
  sqlite.transaction(() => {
    for (let i = 0; i < ORGANISATIONS; i++)
      orgIds.push(Number(insOrg.run(`bench-gemeente-${i}`, `Gemeente Bench ${i}`, `info@bench-${i}.example.nl`).lastInsertRowid));
  })();
  const insEntry = sqlite.prepare(
    `INSERT INTO entries (public_id, kind, organisation_id, status, name, data, revision, published_at, archived_at, ended_on, origin)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'import')`,
  );
  const insSensor = sqlite.prepare(
    `INSERT INTO sensors (entry_id, type, mobility, personal_data, geometry_type, lon, lat, min_lon, min_lat, max_lon, max_lat, active_from, active_until)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insAlgorithm = sqlite.prepare(
    "INSERT INTO algorithms (entry_id, algorithm_status, publication_category, begin_month, end_month, has_contest) VALUES (?, ?, ?, ?, ?, ?)",
  );
  const insRevision = sqlite.prepare(
    `INSERT INTO revisions (entry_id, number, status, data, change_note, author_name, approved_by_name, created_at)
     VALUES (?, ?, ?, ?, ?, 'bench', 'bench', ?)`,
  );
  const sensorTemplates = demoSensors.map((d) => contentSchema("sensor", "standard").parse(d.data) as Record<string, unknown>);
  const algorithmTemplates = demoAlgorithms.map((d) => contentSchema("algorithm", "standard").parse(d.data) as Record<string, unknown>);
  // Published over the last two years, in registration order.
  const start = Date.UTC(2025, 0, 1);
  const step = (2 * 365 * 86_400_000) / (SENSORS + ALGORITHMS);
  let clock = start;
  let revisionsWritten = 0;
  let archived = 0;
  const write = (kind: "sensor" | "algorithm", i: number, data: Record<string, unknown>, project: (entryId: number) => void) => {
    clock += step;
    const isArchived = rand() < 0.04;
    const name = data.name as string;
    const json = JSON.stringify(data);
    const endedOn = isArchived ? "2026-06-30" : null;
    const entryId = Number(
      insEntry.run(publicId(kind === "sensor" ? "S" : "A", i), kind, orgIds[Math.floor(rand() * rand() * ORGANISATIONS)]!, isArchived ? "archived" : "published", name, json, isArchived ? 2 : 1, Math.round(clock), isArchived ? Math.round(clock) + 1000 : null, endedOn)
        .lastInsertRowid,
    );
    project(entryId);
    insRevision.run(entryId, 1, "published", json, "Eerste publicatie (bench).", Math.round(clock));
    revisionsWritten++;
    if (isArchived) {
      insRevision.run(entryId, 2, "archived", json, "Niet meer in gebruik (bench).", Math.round(clock) + 1000);
      revisionsWritten++;
      archived++;
    }
  };
  // Algorithms are registered among the sensors (one in every ~100 entries), as in a register that grows.
  const BATCH = 20_000;
  const total = SENSORS + ALGORITHMS;
  const every = ALGORITHMS ? Math.max(1, Math.floor(total / ALGORITHMS)) : Infinity;
  let sensorsDone = 0;
  let algorithmsDone = 0;
  for (let from = 0; from < total; from += BATCH)
    sqlite.transaction(() => {
      for (let k = from; k < Math.min(total, from + BATCH); k++) {
        const algorithm = algorithmsDone < ALGORITHMS && (k % every === every - 1 || sensorsDone >= SENSORS);
        if (algorithm) {
          const i = algorithmsDone++;
          const t = algorithmTemplates[i % algorithmTemplates.length]!;
          const data = { ...t, name: `${String(t.name).slice(0, 90)} ${i}` };
          write("algorithm", i, data, (entryId) =>
            insAlgorithm.run(entryId, t.status, t.publicationCategory, t.beginMonth ?? null, t.endMonth ?? null, t.contest ? 1 : 0),
          );
          continue;
        }
        const i = sensorsDone++;
        const t = sensorTemplates[i % sensorTemplates.length]!;
        const geometry = moved(t.geometry as Geometry, (rand() - 0.5) * 2.4, (rand() - 0.5) * 1.6);
        const data = { ...t, name: `${t.name} ${i}`, geometry };
        write("sensor", i, data, (entryId) => {
          const [lon, lat] = anchorPoint(geometry as never);
          const [a, b, c, d] = geometryBBox(geometry as never);
          insSensor.run(entryId, t.type, t.mobility, t.personalData ? 1 : 0, geometry.type, lon, lat, a, b, c, d, t.activeFrom ?? null, t.activeUntil ?? null);
        });
      }
    })();
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  const fillS = (performance.now() - t0) / 1000;
  const dbSize = fs.statSync(dbFile).size;

  const cpu = (fs.readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.+)/) ?? [])[1] ?? os.cpus()[0]?.model ?? "unknown";
  console.log(
    `machine: ${os.availableParallelism()} cores (nproc), CPU "${cpu.trim()}", Node ${process.version}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM; ` +
      `load average ${loadStart.toFixed(1)} at the start`,
  );
  console.log(
    `data: ${SENSORS.toLocaleString("en")} sensors and ${ALGORITHMS.toLocaleString("en")} algorithms (${archived.toLocaleString("en")} archived), ` +
      `${ORGANISATIONS} organisations, ${revisionsWritten.toLocaleString("en")} revisions; filled in ${fillS.toFixed(0)} s; database ${mb(dbSize)} MB\n`,
  );

  /* ---- the downloads, through their route handlers ---- */
  const routes = {
    "sensors.csv": (await import("@/app/api/v1/export/sensors.csv/route")).GET,
    "algorithms.csv": (await import("@/app/api/v1/export/algorithms.csv/route")).GET,
    "sensors.geojson": (await import("@/app/api/v1/export/sensors.geojson/route")).GET,
    "register.ndjson": (await import("@/app/api/v1/export/register.ndjson/route")).GET,
    "algoritmeregister-1.0.json": (await import("@/app/api/v1/export/algoritmeregister-1.0.json/route")).GET,
  };
  const rowsOf: Record<keyof typeof routes, number> = {
    "sensors.csv": SENSORS,
    "algorithms.csv": ALGORITHMS,
    "sensors.geojson": SENSORS,
    "register.ndjson": revisionsWritten,
    "algoritmeregister-1.0.json": ALGORITHMS,
  };
  console.log(
    "download                      rows        MB     time   rows/s    first byte   RSS before  peak RSS  growth   peak heap   RSS at 10% / 50% / 90% of the rows",
  );
  let worstGrowth = 0;
  for (const [file, GET] of Object.entries(routes) as [keyof typeof routes, (r: Request) => Promise<Response>][]) {
    gc();
    const before = rss();
    let peak = before;
    let peakHeap = process.memoryUsage().heapUsed;
    const t = performance.now();
    const res = await GET(new Request(`https://register.example.nl/api/v1/export/${file}`));
    if (res.status !== 200 || !res.body) throw new Error(`${file}: status ${res.status}`);
    const reader = res.body.getReader();
    let firstByte: number | undefined;
    let bytes = 0;
    let pieces = 0;
    let newlines = 0;
    const marks = [0.1, 0.5, 0.9];
    const atMark: number[] = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      firstByte ??= performance.now() - t;
      bytes += value.byteLength;
      for (let k = value.indexOf(10); k !== -1; k = value.indexOf(10, k + 1)) newlines++;
      while (atMark.length < marks.length && newlines >= marks[atMark.length]! * rowsOf[file]) atMark.push(rss());
      if (++pieces % 4 === 0) {
        peak = Math.max(peak, rss());
        peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      }
    }
    peak = Math.max(peak, rss());
    const s = (performance.now() - t) / 1000;
    const rows = rowsOf[file];
    // A sanity check that the whole file came through: one line per row (plus the header or the brackets).
    if (newlines < rows) throw new Error(`${file}: ${newlines} lines for ${rows} rows`);
    worstGrowth = Math.max(worstGrowth, peak - before);
    console.log(
      `${file.padEnd(28)} ${rows.toLocaleString("en").padStart(9)} ${mb(bytes).padStart(8)} ${s.toFixed(1).padStart(7)} s ${Math.round(rows / s).toLocaleString("en").padStart(8)} ` +
        `${(firstByte ?? 0).toFixed(0).padStart(8)} ms ${mb(before).padStart(9)} MB ${mb(peak).padStart(6)} MB ${mb(peak - before).padStart(4)} MB ${mb(peakHeap).padStart(7)} MB   ` +
        atMark.map((m) => `${mb(m)} MB`).join(" / "),
    );
  }

  /* ---- the feed of changes, uncached ---- */
  const feed = (await import("@/app/api/v1/feeds/changes.atom/route")).GET;
  const small = sqlite.prepare("SELECT o.slug FROM organisations o JOIN entries e ON e.organisation_id = o.id GROUP BY o.id ORDER BY count(*) LIMIT 1").get() as { slug: string };
  const big = sqlite.prepare("SELECT o.slug FROM organisations o JOIN entries e ON e.organisation_id = o.id GROUP BY o.id ORDER BY count(*) DESC LIMIT 1").get() as { slug: string };
  const counts = sqlite.prepare("SELECT o.slug, count(*) AS n FROM organisations o JOIN entries e ON e.organisation_id = o.id GROUP BY o.id").all() as { slug: string; n: number }[];
  const n = (slug: string) => counts.find((c) => c.slug === slug)!.n.toLocaleString("en");
  console.log("\nfeed of changes (100 newest versions, uncached)                 median     p95   KB");
  for (const [label, q] of [
    ["all", ""],
    ["kind=sensor", "?kind=sensor"],
    ["kind=algorithm", "?kind=algorithm"],
    [`organisation with the most entries (${n(big.slug)})`, `?organisation=${big.slug}`],
    ["the most, kind=algorithm", `?organisation=${big.slug}&kind=algorithm`],
    [`organisation with the fewest entries (${n(small.slug)})`, `?organisation=${small.slug}`],
    ["the fewest, kind=algorithm", `?organisation=${small.slug}&kind=algorithm`],
  ] as const) {
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i < 21; i++) {
      const t = performance.now();
      const res = await feed(new Request(`https://register.example.nl/api/v1/feeds/changes.atom${q}`));
      size = (await res.text()).length;
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(`  ${label.padEnd(60)} ${times[10]!.toFixed(1).padStart(7)} ms ${times[19]!.toFixed(1).padStart(7)} ms ${(size / 1024).toFixed(0).padStart(4)}`);
  }
  // The worst case: nothing among the newest versions passes the filter, so the organisation's (or the
  // kind's) entries are gone through.
  const { feedVersions } = await import("@/db/feeds");
  const bigOrg = sqlite.prepare("SELECT id, slug, name FROM organisations WHERE slug = ?").get(big.slug) as { id: number; slug: string; name: string };
  for (const [label, q] of [
    [`worst case, organisation with the most entries`, { lang: "nl" as const, organisation: bigOrg }],
    [`worst case, kind=algorithm`, { lang: "nl" as const, kind: "algorithm" as const }],
    [`worst case, kind=sensor`, { lang: "nl" as const, kind: "sensor" as const }],
  ] as const) {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      feedVersions(q, { recent: 0 });
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(`  ${`${label} (the versions only)`.padEnd(60)} ${times[2]!.toFixed(1).padStart(7)} ms ${times[4]!.toFixed(1).padStart(7)} ms (max of 5)`);
  }
  // The open-data page lists every organisation with public entries, counted per kind (kept per data version).
  const { publicOrganisations } = await import("@/db/public");
  let t = performance.now();
  const orgList = publicOrganisations();
  const cold = performance.now() - t;
  t = performance.now();
  publicOrganisations();
  console.log(
    `\nopen-data page: ${orgList.length} organisations with public entries counted in ${cold.toFixed(0)} ms (once per data version; ` +
      `afterwards ${(performance.now() - t).toFixed(2)} ms, checking the version)`,
  );
  console.log(`\nload average ${os.loadavg()[0]!.toFixed(1)} at the end; largest peak RSS growth during a download ${mb(worstGrowth)} MB`);
  sqlite.close();
  if (process.env.BENCH_KEEP_DB) console.log(`scratch database kept: ${dbFile}`);
  else fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  if (!process.env.BENCH_KEEP_DB) fs.rmSync(dir, { recursive: true, force: true });
  process.exit(1);
});
