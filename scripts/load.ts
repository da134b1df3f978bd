/**
 * `npm run load`: a load test with autocannon against a RUNNING production server — it builds and starts
 * nothing itself. For LOAD_SECONDS (default 60) four kinds of traffic run at the same time, each with its own
 * connections, and each is reported on its own and together:
 *
 *   map       GET /api/v1/sensors/clusters?bbox=…&zoom=… (the map's viewport query, 10 views from country to street)
 *             and /api/v1/sensors?bbox=… (the list beside the map)
 *   search    GET /nl/search?q=… (the page) and /api/v1/search?q=… (the API), words from the register itself
 *   contest   GET /nl/contest?q=… and ?organisation=… (the contest finder)
 *   detail    GET /nl/sensors/{id} and /nl/algorithms/{id}, every public entry in turn
 *
 *   npm run build && npm run serve &      # or: npm start (example data), or any deployment on loopback
 *   npm run load                          # http://localhost:3000, 60 s
 *   LOAD_URL=http://localhost:3100 LOAD_SECONDS=20 LOAD_CONNECTIONS=2 npm run load
 *
 * An error is any answer that is not 2xx, a socket error or a timeout (10 s); the target is none. The exit
 * status is 1 when there was any, 2 when the server cannot be reached. LOAD_REPORT=file.json also writes the
 * figures as JSON.
 */
import fs from "node:fs";
import os from "node:os";
import autocannon from "autocannon";

const base = (process.env.LOAD_URL ?? "http://localhost:3000").replace(/\/$/, "");
const seconds = Number(process.env.LOAD_SECONDS ?? 60);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 4);

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(`${base}${path}`);
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
}

type Row = { id?: string; organisation?: { slug: string }; properties?: { organisation?: { slug: string } } };
type Page = { data?: Row[]; features?: Row[] };

/** Every public id of one kind through the read API's pages, and the organisations they belong to. */
async function publicIds(kind: "sensors" | "algorithms"): Promise<{ ids: string[]; organisations: string[] }> {
  const ids: string[] = [];
  const organisations = new Set<string>();
  for (let page = 1; page <= 100; page++) {
    const p = await getJson<Page>(`/api/v1/${kind}?page=${page}&pageSize=100`);
    const got = p.data ?? p.features ?? [];
    for (const r of got) {
      if (r.id) ids.push(r.id);
      const org = r.organisation?.slug ?? r.properties?.organisation?.slug;
      if (org) organisations.add(org);
    }
    if (got.length < 100) break;
  }
  return { ids, organisations: [...organisations] };
}

/** Map views: country, province, city, neighbourhood, street (around the example data in and near Utrecht). */
const VIEWS: [string, number][] = [
  ["3.2,50.7,7.3,53.6", 7],
  ["4.6,51.8,5.6,52.4", 9],
  ["4.9,51.9,5.3,52.2", 10],
  ["5.0,52.0,5.25,52.15", 11],
  ["5.08,52.06,5.16,52.11", 13],
  ["5.10,52.08,5.13,52.10", 14],
  ["5.11,52.085,5.125,52.095", 16],
  ["5.115,52.088,5.122,52.092", 18],
  ["5.15,51.98,5.25,52.04", 12],
  ["5.3,51.9,5.6,52.1", 11],
];

const WORDS = ["camera", "lucht", "verkeer", "parkeren", "privacy", "geluid", "fiets", "afval", "sensor", "algoritme", "toeslag", "vergunning", "drukte", "water", "utrecht"];

interface Target {
  name: string;
  paths: string[];
}

interface Figures {
  name: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
  timeouts: number;
}

function run(target: Target): Promise<Figures> {
  let i = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        timeout: 10,
        // One request after another per connection, each to the next path of the target's list.
        requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: target.paths[i++ % target.paths.length]! }) }],
      },
      (err, r) => {
        if (err) return reject(err);
        resolve({
          name: target.name,
          requests: r.requests.total,
          rps: r.requests.average,
          p50: r.latency.p50,
          p99: r.latency.p99,
          max: r.latency.max,
          errors: r.errors + r.non2xx,
          non2xx: r.non2xx,
          timeouts: r.timeouts,
        });
      },
    );
    instance.on("error", reject);
  });
}

async function main() {
  try {
    const health = await fetch(`${base}/api/health`);
    if (!health.ok) throw new Error(`health: ${health.status}`);
  } catch (e) {
    console.error(`No register answers at ${base} (${(e as Error).message}). Start a production server first:`);
    console.error("  npm run build && npm run serve    (or npm start for the example data; LOAD_URL points elsewhere)");
    process.exit(2);
  }
  const [sensors, algorithms] = await Promise.all([publicIds("sensors"), publicIds("algorithms")]);
  const [sensorIds, algorithmIds, organisations] = [sensors.ids, algorithms.ids, algorithms.organisations];
  const contestQueries = [...WORDS.map((w) => `q=${encodeURIComponent(w)}`), ...organisations.map((o) => `organisation=${encodeURIComponent(o)}`), "q=parkeervergunning", "q=bijstand"];
  const targets: Target[] = [
    { name: "map", paths: VIEWS.flatMap(([bbox, zoom]) => [`/api/v1/sensors/clusters?bbox=${bbox}&zoom=${zoom}`, `/api/v1/sensors?bbox=${bbox}&pageSize=50`]) },
    { name: "search", paths: WORDS.flatMap((w) => [`/nl/search?q=${encodeURIComponent(w)}`, `/api/v1/search?q=${encodeURIComponent(w)}`]) },
    { name: "contest", paths: contestQueries.map((q) => `/nl/contest?${q}`) },
    { name: "detail", paths: [...sensorIds.map((id) => `/nl/sensors/${id}`), ...algorithmIds.map((id) => `/nl/algorithms/${id}`)] },
  ];
  if (!sensorIds.length || !algorithmIds.length) {
    console.error(`The register at ${base} has ${sensorIds.length} public sensors and ${algorithmIds.length} public algorithms; the detail pages need some.`);
    process.exit(2);
  }

  console.log(
    `load: ${base}, ${seconds} s, ${targets.length} × ${connections} connections at once; ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}; ${sensorIds.length} public sensors, ${algorithmIds.length} public algorithms`,
  );
  const results = await Promise.all(targets.map(run));
  const total: Figures = {
    name: "all",
    requests: results.reduce((n, r) => n + r.requests, 0),
    rps: results.reduce((n, r) => n + r.rps, 0),
    p50: NaN,
    p99: Math.max(...results.map((r) => r.p99)),
    max: Math.max(...results.map((r) => r.max)),
    errors: results.reduce((n, r) => n + r.errors, 0),
    non2xx: results.reduce((n, r) => n + r.non2xx, 0),
    timeouts: results.reduce((n, r) => n + r.timeouts, 0),
  };
  console.log("\n| traffic | requests | requests/s | p50 ms | p99 ms | max ms | errors (non-2xx, timeouts) |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const r of [...results, total])
    console.log(
      `| ${r.name} | ${r.requests} | ${r.rps.toFixed(1)} | ${Number.isNaN(r.p50) ? "–" : r.p50} | ${r.p99}${r.name === "all" ? " (worst)" : ""} | ${r.max} | ${r.errors} (${r.non2xx}, ${r.timeouts}) |`,
    );
  console.log(`load average after: ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  if (process.env.LOAD_REPORT) fs.writeFileSync(process.env.LOAD_REPORT, JSON.stringify({ base, seconds, connections, cpus: os.cpus().length, results, total }, null, 2));
  process.exit(total.errors ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
