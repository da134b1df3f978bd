/**
 * Map benchmark: 100,000 published sensors in a scratch database, then the viewport query the map API uses
 * (sensorClusters in db/sensors.ts, plus the JSON serialisation of its answer) for a country-wide, a
 * city-wide, a neighbourhood and a street-level view, with and without filters.
 *
 *   npm run bench -- map                  # 100,000 sensors
 *   BENCH_SENSORS=20000 npm run bench -- map
 *
 * Targets (issue 4): p95 under 30 ms and under 100 KB per response at every zoom level.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { seededRandom } from "./_random";
import { VIEWPORT, viewport } from "./_viewport";

const N = Number(process.env.BENCH_SENSORS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const dbFile = path.join(os.tmpdir(), `register-bench-map-${process.pid}.db`);
process.env.DATABASE_PATH = dbFile;
// Keep the scratch region wide enough for every generated sensor.
process.env.NEXT_PUBLIC_REGION_BBOX ??= "3.0,50.6,7.4,53.7";

/* ---- deterministic random numbers ---- */
const rand = seededRandom(20240611);
const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

/** Dutch cities: [name, lat, lon, weight (≈ population / 10,000), spread in km]. */
const cities: [string, number, number, number, number][] = [
  ["Amsterdam", 52.3728, 4.8936, 93, 5],
  ["Rotterdam", 51.9225, 4.4792, 66, 5],
  ["Den Haag", 52.0705, 4.3007, 56, 4],
  ["Utrecht", 52.0907, 5.1214, 37, 3.5],
  ["Eindhoven", 51.4416, 5.4697, 24, 3.5],
  ["Groningen", 53.2194, 6.5665, 24, 3],
  ["Tilburg", 51.5555, 5.0913, 22, 3],
  ["Almere", 52.3508, 5.2647, 22, 4],
  ["Breda", 51.5719, 4.7683, 19, 3],
  ["Nijmegen", 51.8126, 5.8372, 18, 3],
  ["Apeldoorn", 52.2112, 5.9699, 17, 3.5],
  ["Arnhem", 51.9851, 5.8987, 16, 3],
  ["Haarlem", 52.3874, 4.6462, 16, 2.5],
  ["Enschede", 52.2215, 6.8937, 16, 3],
  ["Amersfoort", 52.1561, 5.3878, 16, 3],
  ["Zaanstad", 52.4559, 4.8234, 16, 3],
  ["'s-Hertogenbosch", 51.6978, 5.3037, 16, 3],
  ["Zwolle", 52.5168, 6.083, 13, 3],
  ["Leiden", 52.1601, 4.497, 13, 2.5],
  ["Maastricht", 50.8514, 5.691, 12, 2.5],
  ["Dordrecht", 51.8133, 4.6901, 12, 2.5],
  ["Leeuwarden", 53.2012, 5.7999, 12, 2.5],
  ["Delft", 52.0116, 4.3571, 10, 2],
  ["Deventer", 52.2549, 6.1639, 10, 2.5],
  ["Alkmaar", 52.6324, 4.7534, 11, 2.5],
  ["Venlo", 51.3704, 6.1724, 10, 2.5],
  ["Hilversum", 52.2292, 5.1669, 9, 2],
  ["Heerlen", 50.8882, 5.9795, 9, 2.5],
];
/** Rough land area of the Netherlands for the scattered rural sensors (a few boxes). */
const landBoxes: [number, number, number, number][] = [
  [4.2, 51.3, 6.0, 52.0],
  [4.5, 52.0, 7.0, 52.5],
  [4.7, 52.5, 7.1, 53.3],
  [5.6, 50.8, 6.1, 51.3],
  [3.6, 51.25, 4.2, 51.6],
];

const types = ["camera", "sound", "climate", "chemical", "electricity", "flow", "position", "pressure", "density", "temperature", "presence", "other"] as const;
const typeWeights = [14, 8, 10, 10, 5, 6, 5, 3, 3, 10, 20, 6];
const themeSlugs = ["mobiliteit/parkeren", "mobiliteit/verkeer", "mobiliteit/fiets", "milieu/lucht", "milieu/geluid", "milieu/water", "milieu/klimaat", "veiligheid/drukte", "veiligheid/openbare-orde", "openbare-ruimte/afval", "energie", "economie/toerisme"];
const valuePool = ["collectief-belang", "transparantie", "privacy", "doelmatigheid", "kennis", "voorkomen-van-schade", "veiligheid", "controleerbaarheid", "burgerbetrokkenheid", "duurzaamheid"];
const words = ["tellen", "meten", "luchtkwaliteit", "verkeer", "fiets", "parkeren", "geluid", "drukte", "water", "hitte", "afval", "camera", "lus", "plein", "brug", "gracht", "haven", "station", "markt", "park"];

function weightedType() {
  const total = typeWeights.reduce((a, b) => a + b, 0);
  let r = rand() * total;
  for (let i = 0; i < types.length; i++) if ((r -= typeWeights[i]!) < 0) return types[i]!;
  return "other";
}

function location(): [number, number, string] {
  if (rand() < 0.15) {
    const [a, b, c, d] = pick(landBoxes);
    return [a + rand() * (c - a), b + rand() * (d - b), "buitengebied"];
  }
  const total = cities.reduce((s, c) => s + c[3], 0);
  let r = rand() * total;
  let city = cities[0]!;
  for (const c of cities) if ((r -= c[3]) < 0) { city = c; break; }
  const [name, lat, lon, , km] = city;
  // Denser in the centre: a Gaussian with the city's spread, a third of them within a tight core.
  const sd = (rand() < 0.33 ? km / 4 : km) / 111;
  return [lon + (gauss() * sd) / Math.cos((lat * Math.PI) / 180), lat + gauss() * sd, name];
}

function geometry(lon: number, lat: number) {
  const r = rand();
  if (r < 0.07) {
    const n = 5 + Math.floor(rand() * 8);
    const size = (50 + rand() * 350) / 111_000;
    const ring: [number, number][] = [];
    for (let i = 0; i < n; i++) {
      const a = (2 * Math.PI * i) / n;
      const s = size * (0.7 + rand() * 0.3);
      ring.push([lon + (Math.cos(a) * s) / 0.62, lat + Math.sin(a) * s]);
    }
    ring.push(ring[0]!);
    return { type: "Polygon" as const, coordinates: [ring] };
  }
  if (r < 0.12) {
    const n = 5 + Math.floor(rand() * 35);
    const step = (20 + rand() * 120) / 111_000;
    let [x, y] = [lon, lat];
    let dir = rand() * 2 * Math.PI;
    const line: [number, number][] = [[x, y]];
    for (let i = 0; i < n; i++) {
      dir += (rand() - 0.5) * 1.2;
      x += (Math.cos(dir) * step) / 0.62;
      y += Math.sin(dir) * step;
      line.push([x, y]);
    }
    return { type: "LineString" as const, coordinates: line };
  }
  return { type: "Point" as const, coordinates: [lon, lat] as [number, number] };
}

function bboxOf(g: ReturnType<typeof geometry>): [number, number, number, number] {
  const pts: number[][] = g.type === "Point" ? [g.coordinates] : g.type === "LineString" ? g.coordinates : g.coordinates.flat();
  let [a, b, c, d] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of pts) {
    a = Math.min(a, x!);
    b = Math.min(b, y!);
    c = Math.max(c, x!);
    d = Math.max(d, y!);
  }
  return [a, b, c, d];
}


const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!;
  return { median: q(0.5), p95: q(0.95), max: s[s.length - 1]! };
};
const ms = (x: number) => x.toFixed(1).padStart(6);

async function main() {
  const { getDb } = await import("@/db/client");
  const sensors = await import("@/db/sensors");
  let sqlite = getDb().$client;

  /* ---- generate ---- */
  const t0 = performance.now();
  const orgIds: number[] = [];
  const insOrg = sqlite.prepare("INSERT INTO organisations (slug, name, kind, contact_email) VALUES (?, ?, 'municipality', ?)");
  sqlite.transaction(() => {
    for (const [name] of cities) {
      const slug = `bench-${name.toLowerCase().replace(/[^a-z]+/g, "-")}`;
      orgIds.push(Number(insOrg.run(slug, `Gemeente ${name} (bench)`, `sensoren@${slug}.example.nl`).lastInsertRowid));
    }
  })();
  const cityOrg = new Map(cities.map(([name], i) => [name, orgIds[i]!]));
  const insEntry = sqlite.prepare(
    `INSERT INTO entries (public_id, kind, organisation_id, status, name, data, revision, published_at, archived_at, ended_on)
     VALUES (?, 'sensor', ?, ?, ?, ?, 1, ?, ?, ?)`,
  );
  const insSensor = sqlite.prepare(
    `INSERT INTO sensors (entry_id, type, mobility, personal_data, geometry_type, lon, lat, min_lon, min_lat, max_lon, max_lat, active_from, active_until)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insTheme = sqlite.prepare("INSERT INTO entry_themes (entry_id, theme) VALUES (?, ?)");
  const insValue = sqlite.prepare("INSERT INTO entry_values (entry_id, value, assessment, explanation) VALUES (?, ?, ?, ?)");
  const insFts = sqlite.prepare(
    "INSERT INTO search_index (rowid, name, summary, body, decisions, organisation, vals) VALUES (?, ?, ?, ?, '', ?, '')",
  );
  const alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
  const publicId = (i: number) => {
    let s = "";
    for (let k = 0, n = i + 1_000_000; k < 6; k++, n = Math.floor(n / alphabet.length)) s = alphabet[n % alphabet.length] + s;
    return `S-${s}`;
  };
  const counts = { Point: 0, Polygon: 0, LineString: 0 };
  const BATCH = 10_000;
  for (let start = 0; start < N; start += BATCH) {
    sqlite.transaction(() => {
      for (let i = start; i < Math.min(N, start + BATCH); i++) {
        const [lon, lat, place] = location();
        const g = geometry(lon, lat);
        counts[g.type]++;
        const type = weightedType();
        const th = [pick(themeSlugs), ...(rand() < 0.4 ? [pick(themeSlugs)] : [])];
        const personalData = type === "camera" || (type === "presence" && rand() < 0.5);
        const archived = rand() < 0.04;
        const activeUntil = rand() < 0.1 ? `20${20 + Math.floor(rand() * 10)}-06-30` : null;
        const name = `${type} ${pick(words)} ${place} ${i}`;
        const orgId = cityOrg.get(place) ?? pick(orgIds);
        const vals = [...new Set([pick(valuePool), pick(valuePool), pick(valuePool), pick(valuePool)])];
        const data = {
          name,
          type,
          themes: [...new Set(th)],
          measures: `Deze sensor meet ${pick(words)} en ${pick(words)} bij ${place}.`,
          purpose: `Om ${pick(words)} beter te regelen in ${place}.`,
          collectiveInterest: "Een veilige, schone en bereikbare stad voor iedereen.",
          geometry: g,
          mobility: g.type === "LineString" ? "mobile" : "fixed",
          personalData,
          ...(personalData ? { legalGround: "public_task", privacyStatementUrl: "https://example.nl/privacy", processing: "aggregated", retention: "1 jaar" } : {}),
          activeFrom: "2021-01-01",
          ...(activeUntil ? { activeUntil } : {}),
          contactEmail: "sensoren@example.nl",
          values: vals.map((v, k) => ({ value: v, assessment: k === 0 ? "serves" : rand() < 0.7 ? "serves" : "at_stake", explanation: "Uitleg bij deze waarde." })),
        };
        const id = Number(
          insEntry.run(publicId(i), orgId, archived ? "archived" : "published", name, JSON.stringify(data), Date.now(), archived ? Date.now() : null, archived ? "2024-01-01" : null)
            .lastInsertRowid,
        );
        const [a, b, c, d] = bboxOf(g);
        const [alon, alat] = g.type === "Point" ? g.coordinates : [(a + c) / 2, (b + d) / 2];
        insSensor.run(id, type, data.mobility, personalData ? 1 : 0, g.type, alon, alat, a, b, c, d, data.activeFrom, activeUntil);
        for (const t of data.themes) insTheme.run(id, t);
        for (const v of data.values) insValue.run(id, v.value, v.assessment, v.explanation);
        insFts.run(id, name, `${data.measures} ${data.purpose}`, data.collectiveInterest, `Gemeente ${place}`);
      }
    })();
  }
  sqlite.pragma("optimize");
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  const genMs = performance.now() - t0;
  // Measure like a server does: with a fresh connection to the finished database.
  sqlite.close();
  (globalThis as { registerDb?: unknown }).registerDb = undefined;
  sensors.clearSensorCaches();
  sqlite = getDb().$client;
  const dbSize = fs.statSync(dbFile).size + (fs.existsSync(`${dbFile}-wal`) ? fs.statSync(`${dbFile}-wal`).size : 0);

  const cpu = (fs.readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.+)/) ?? [])[1] ?? os.cpus()[0]?.model ?? "unknown";
  console.log(`machine: ${os.cpus().length} cores (nproc), CPU "${cpu.trim()}", Node ${process.version}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM`);
  console.log(
    `data: ${N.toLocaleString("en")} published sensors (${counts.Point} points, ${counts.Polygon} areas, ${counts.LineString} routes; ~4% archived), ` +
      `${cities.length} cities + 15% rural; generated in ${(genMs / 1000).toFixed(1)} s; database ${(dbSize / 2 ** 20).toFixed(0)} MB`,
  );
  console.log(`viewport ${VIEWPORT.width}×${VIEWPORT.height} px, ${RUNS} runs per view (centre jittered by ±25% of the view), warm cache\n`);

  type Filters = Parameters<typeof sensors.sensorClusters>[0]["filters"];
  const none: Filters = { type: [], theme: [], value: [], organisation: [], personalData: [], state: [], q: undefined };
  const views: { name: string; lat: number; lon: number; zoom: number; filters: Filters }[] = [
    { name: "country (zoom 8)", lat: 52.2, lon: 5.3, zoom: 8, filters: none },
    { name: "country (zoom 7)", lat: 52.2, lon: 5.3, zoom: 7, filters: none },
    { name: "city: Amsterdam (zoom 12)", lat: 52.3728, lon: 4.8936, zoom: 12, filters: none },
    { name: "district: Amsterdam (zoom 14, shapes)", lat: 52.3728, lon: 4.8936, zoom: 14, filters: none },
    { name: "street: Amsterdam centre (zoom 17)", lat: 52.3728, lon: 4.8936, zoom: 17, filters: none },
    { name: "street: Utrecht centre (zoom 18)", lat: 52.0907, lon: 5.1214, zoom: 18, filters: none },
    { name: "country, type=camera (zoom 8)", lat: 52.2, lon: 5.3, zoom: 8, filters: { ...none, type: ["camera"] } },
    {
      name: "city, theme=mobiliteit & personalData=yes (zoom 12)",
      lat: 52.0907,
      lon: 5.1214,
      zoom: 12,
      filters: { ...none, theme: ["mobiliteit"], personalData: ["yes"] },
    },
    { name: "district, state=active & value=privacy (zoom 15)", lat: 51.9225, lon: 4.4792, zoom: 15, filters: { ...none, state: ["active"], value: ["privacy"] } },
  ];

  // Cold: once per process the catalogue; then per filter combination (until a sensor changes) the
  // cluster index and the facet counts.
  sensors.clearSensorCaches();
  const base = sensors.sensorBaseInfo();
  const cold: string[] = [];
  const coldFilters: Filters[] = [none, { ...none, type: ["camera"] }, { ...none, theme: ["mobiliteit"], personalData: ["yes"] }];
  for (const f of coldFilters) {
    let t = performance.now();
    const { built } = await sensors.clusterIndex(f);
    const idx = performance.now() - t;
    t = performance.now();
    sensors.sensorFacets(f);
    const fac = performance.now() - t;
    cold.push(`  ${(sensors.filterParams(f).map((p) => p.join("=")).join(" & ") || "no filter").padEnd(40)} ${built.rows.length.toLocaleString("en").padStart(8)} sensors: cluster index ${idx.toFixed(0).padStart(4)} ms, facet counts ${fac.toFixed(0).padStart(3)} ms`);
  }
  console.log(`cold: catalogue with ${base.sensors.toLocaleString("en")} sensors loaded in ${base.loadMs.toFixed(0)} ms (once per process); per filter combination (index built in a worker thread):\n${cold.join("\n")}\n`);

  const rows: string[] = [];
  let worstP95 = 0;
  let worstKB = 0;
  console.log("view                                                   median    p95     max   size KB (avg/max)  features (avg)  in view (avg)");
  for (const v of views) {
    await sensors.sensorClusters({ filters: v.filters, bbox: viewport(v.lat, v.lon, v.zoom), zoom: v.zoom }); // warm the index
    const times: number[] = [];
    const sizes: number[] = [];
    let features = 0;
    let total = 0;
    for (let i = 0; i < RUNS; i++) {
      const [a, b, c, d] = viewport(v.lat, v.lon, v.zoom);
      const jx = (rand() - 0.5) * 0.5 * (c - a);
      const jy = (rand() - 0.5) * 0.5 * (d - b);
      const bbox: [number, number, number, number] = [a + jx, b + jy, c + jx, d + jy];
      const t = performance.now();
      const res = await sensors.sensorClusters({ filters: v.filters, bbox, zoom: v.zoom });
      const body = JSON.stringify(res);
      times.push(performance.now() - t);
      sizes.push(Buffer.byteLength(body) / 1024);
      features += res.features.length;
      total += res.meta.total;
    }
    const s = stats(times);
    const kb = stats(sizes);
    const avgKB = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    worstP95 = Math.max(worstP95, s.p95);
    worstKB = Math.max(worstKB, kb.max);
    const line = `${v.name.padEnd(52)} ${ms(s.median)} ${ms(s.p95)} ${ms(s.max)}   ${avgKB.toFixed(1).padStart(6)} / ${kb.max.toFixed(1).padStart(6)}   ${String(Math.round(features / RUNS)).padStart(8)}   ${String(Math.round(total / RUNS)).padStart(10)}`;
    rows.push(line);
    console.log(line);
  }

  // Other queries, for reference: facet counts and the list API.
  const timeIt = (fn: () => unknown, runs = 20) => {
    const ts: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      fn();
      ts.push(performance.now() - t);
    }
    return stats(ts);
  };
  const { apiQuery, SENSOR_API_QUERY } = await import("@/db/query-params");
  const q = (o: Record<string, string>) => {
    const p = apiQuery(SENSOR_API_QUERY, new URLSearchParams(o));
    if (!p.ok) throw new Error(JSON.stringify(p.problems));
    return p.query;
  };
  const ams = viewport(52.3728, 4.8936, 14).map((x) => x.toFixed(5)).join(",");
  const listApi = timeIt(() => JSON.stringify(sensors.sensorFeatures(q({ bbox: ams, pageSize: "100" }))));
  const listApi1000 = timeIt(() => JSON.stringify(sensors.sensorFeatures(q({ pageSize: "1000", page: "7" }))), 10);
  const listPage = timeIt(() => sensors.listSensors(q({ type: "camera", page: "3" })));
  const search = timeIt(() => sensors.listSensors(q({ q: "fiets amsterdam" })));
  console.log(
    `\nGET /api/v1/sensors?bbox=<Amsterdam district>&pageSize=100 (median/p95): ${listApi.median.toFixed(1)} / ${listApi.p95.toFixed(1)} ms` +
      `\nGET /api/v1/sensors?pageSize=1000&page=7 (median/p95): ${listApi1000.median.toFixed(1)} / ${listApi1000.p95.toFixed(1)} ms` +
      `\n/sensors list, type=camera, page 3 (median/p95): ${listPage.median.toFixed(1)} / ${listPage.p95.toFixed(1)} ms` +
      `\n/sensors list, q="fiets amsterdam" (median/p95): ${search.median.toFixed(1)} / ${search.p95.toFixed(1)} ms`,
  );

  const ok = worstP95 < 30 && worstKB < 100;
  console.log(`\nmap viewport query: worst p95 ${worstP95.toFixed(1)} ms (target < 30), largest response ${worstKB.toFixed(1)} KB (target < 100): ${ok ? "PASS" : "FAIL"}`);
  sqlite.close();
  if (process.env.BENCH_KEEP_DB) console.log(`scratch database kept: ${dbFile}`);
  else for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) fs.rmSync(f, { force: true });
  process.exit(ok ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) fs.rmSync(f, { force: true });
  process.exit(1);
});
