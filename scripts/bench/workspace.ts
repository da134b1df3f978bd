/**
 * Workspace benchmark: one organisation with 10,000 entries (sensors and algorithms in every state, with
 * to-do flags, drafts of ~5 KB JSON each) plus a second organisation the official does not belong to, in a
 * scratch database; then the officials' dashboard:
 *
 *   (a) the query functions of db/workspace.ts a dashboard request calls (the list with its counts, the
 *       to-do summary, awaiting review), for typical requests;
 *   (b) the same requests over HTTP, `GET /nl/admin?…` signed in, against a production build (`next start`
 *       on the scratch database), when a build exists (BENCH_NEXT_DIR, default .next);
 *   (c) the list again without the `entries_workspace` index (dropped in the scratch database), and the
 *       step-5 dashboard (whole rows, content included, read twice) for comparison.
 *
 *   npm run bench -- workspace
 *   BENCH_ENTRIES=20000 BENCH_RUNS=100 npm run bench -- workspace
 *   BENCH_NEXT_DIR=.next-list BENCH_PORT=3392 npm run bench -- workspace     # another build folder / port
 *   BENCH_HTTP=0 npm run bench -- workspace                                   # skip (b)
 *   BENCH_KEEP_DB=1 npm run bench -- workspace                                # keep the scratch database
 *
 * Target (issue "Step 6"): p95 well under 100 ms per dashboard request at 10,000 entries.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { seededRandom } from "./_random";

const N = Number(process.env.BENCH_ENTRIES ?? 10_000);
const OTHER = Number(process.env.BENCH_OTHER_ENTRIES ?? 1_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const HTTP_RUNS = Number(process.env.BENCH_HTTP_RUNS ?? 40);
const PORT = Number(process.env.BENCH_PORT ?? 3391);
const NEXT_DIR = process.env.BENCH_NEXT_DIR ?? ".next";
const TARGET_MS = 100;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "register-bench-workspace-"));
const dbFile = path.join(dir, "bench.db");
process.env.DATABASE_PATH = dbFile;

/* ---- deterministic random numbers ---- */
const rand = seededRandom(20260101);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const chance = (p: number) => rand() < p;

const sensorWords = ["Verkeerscamera", "Fietstelpunt", "Geluidsmeter", "Luchtkwaliteitsmeter", "Parkeersensor", "Drukteteller", "Waterpeilmeter", "Hittesensor", "Afvalcontainersensor", "Slimme lantaarnpaal"];
const algorithmWords = ["Risicomodel", "Routeplanner", "Woningtoewijzing", "Fraudesignalering", "Parkeercontrole", "WOZ-taxatiemodel", "Subsidiecheck", "Chatbot", "Afvalinzameling", "Meldingenrouter"];
const places = ["Stationsplein", "Markt", "Havenkade", "Brugstraat", "Parkweg", "Schoolstraat", "Kerkplein", "Dijkweg", "Singel", "Nieuwe Gracht", "Industrieweg", "Zuidpark", "Oude Brug", "Centrum", "Noord"];
const filler =
  "De gemeente gebruikt deze registratie om inwoners uit te leggen wat er gebeurt, waarom, en wie ervoor verantwoordelijk is. " +
  "Gegevens worden niet langer bewaard dan nodig en alleen gebruikt voor het doel dat hier staat beschreven. ";

/** Content of about 5 KB, as a draft or a published version would hold. */
function content(kind: "sensor" | "algorithm", name: string) {
  const body = filler.repeat(12);
  return JSON.stringify({
    name,
    ...(kind === "sensor"
      ? { type: pick(["camera", "sound", "chemical", "presence"]), measures: body.slice(0, 600), purpose: body.slice(0, 900) }
      : { descriptionShort: body.slice(0, 500), goal: body.slice(0, 1200), impact: body.slice(0, 900), publicationCategory: pick(["impactful", "other", "high_risk"]) }),
    description: body,
    contactEmail: "register@groot.example.nl",
    values: [
      { value: "transparantie", assessment: "serves", explanation: filler },
      { value: "privacy", assessment: "at_stake", explanation: filler },
    ],
  });
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
  return { median: q(0.5), p95: q(0.95), max: s[s.length - 1]! };
};
const f1 = (x: number) => x.toFixed(1).padStart(6);
const cleanup = () => {
  if (process.env.BENCH_KEEP_DB) console.log(`scratch database kept: ${dbFile}`);
  else fs.rmSync(dir, { recursive: true, force: true });
};

/** The requests timed: the dashboard's query string. */
const REQUESTS: { name: string; qs: string }[] = [
  { name: "no filter, page 1", qs: "" },
  { name: "no filter, page 100", qs: "page=100" },
  { name: "state=in_review", qs: "state=in_review" },
  { name: "missing=values", qs: "missing=values" },
  { name: "q=brug", qs: "q=brug" },
  { name: "sort=name, page 20", qs: "sort=name&page=20" },
  { name: "kind=algorithm&state=pending_change&missing=contest", qs: "kind=algorithm&state=pending_change&missing=contest" },
];

async function main() {
  const { getDb } = await import("@/db/client");
  const ws = await import("@/db/workspace");
  const officials = await import("@/db/officials");
  const sqlite = getDb().$client;

  const cpu = (fs.readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.+)/) ?? [])[1] ?? os.cpus()[0]?.model ?? "unknown";
  console.log(
    `machine: ${os.cpus().length} cores (nproc), CPU "${cpu.trim()}", Node ${process.version}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ` +
      `load average at start ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")}`,
  );

  /* ---- data ---- */
  const system = { kind: "system", name: "bench" } as const;
  const email = "bench-publicist@groot.example.nl";
  const password = "bench-wachtwoord-0123456789";
  const userId = await officials.createOfficial({ actor: system, email, name: "Bench Publicist", password });
  const colleague = "colleague-user-id";
  const t = performance.now();
  const insOrg = sqlite.prepare("INSERT INTO organisations (slug, name, kind, contact_email) VALUES (?, ?, 'municipality', ?)");
  const orgId = Number(insOrg.run("bench-groot", "Gemeente Groot (bench)", "register@groot.example.nl").lastInsertRowid);
  const otherOrg = Number(insOrg.run("bench-ander", "Gemeente Ander (bench)", "register@ander.example.nl").lastInsertRowid);
  officials.setMembership({ actor: system, userId, organisationId: orgId, role: "publisher" });

  const ins = sqlite.prepare(
    `INSERT INTO entries (public_id, kind, organisation_id, status, name, data, revision, published_at, archived_at, ended_on,
       draft, draft_state, draft_version, draft_editors, draft_updated_by, draft_updated_at, origin, todo, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'form', ?, ?, ?)`,
  );
  const mix = { draft: 0, in_review: 0, published: 0, pending_change: 0, archived: 0 };
  const flags = { incomplete: 0, values: 0, contest: 0 };
  const now = Date.now();
  const year = 365 * 24 * 3600 * 1000;
  let seq = 0;
  const fill = (org: number, n: number) => {
    const BATCH = 2_000;
    for (let start = 0; start < n; start += BATCH)
      sqlite.transaction(() => {
        for (let i = start; i < Math.min(n, start + BATCH); i++) {
          const kind = chance(0.7) ? "sensor" : "algorithm";
          const name = `${pick(kind === "sensor" ? sensorWords : algorithmWords)} ${pick(places)} ${1 + Math.floor(rand() * 400)}`;
          const r = rand();
          const state = r < 0.2 ? "draft" : r < 0.27 ? "in_review" : r < 0.82 ? "published" : r < 0.9 ? "pending_change" : "archived";
          const status = state === "pending_change" ? "published" : state;
          const draftState = state === "draft" ? "draft" : state === "in_review" ? "in_review" : state === "pending_change" ? (chance(0.4) ? "in_review" : "draft") : null;
          const hasData = status === "published" || status === "archived";
          // A pending change sometimes renames the entry: the list shows the draft's name.
          const draftName = state === "pending_change" && chance(0.3) ? `${name} (nieuw)` : name;
          let todo = 0;
          if (status !== "archived") {
            if (draftState === "draft" && chance(0.6)) todo |= 1;
            if (chance(status === "published" && !draftState ? 0.15 : 0.45)) todo |= 2;
            if (kind === "algorithm" && chance(0.35)) todo |= 4;
          }
          const updated = now - Math.floor(rand() * 2 * year);
          const editors = draftState ? JSON.stringify(chance(0.3) ? [userId] : chance(0.5) ? [colleague, userId] : [colleague]) : null;
          ins.run(
            `${kind === "sensor" ? "S" : "A"}-B${String(seq++).padStart(6, "0")}`,
            kind,
            org,
            status,
            name,
            hasData ? content(kind, name) : null,
            hasData ? 1 : 0,
            hasData ? updated - year / 4 : null,
            status === "archived" ? updated : null,
            status === "archived" ? new Date(updated).toISOString().slice(0, 10) : null,
            draftState ? content(kind, draftName) : null,
            draftState,
            draftState ? 3 : 1,
            editors,
            draftState ? "Bench Redacteur" : null,
            draftState ? updated : null,
            todo,
            updated - year,
            updated,
          );
          if (org === orgId) {
            mix[state]++;
            if (todo & 1) flags.incomplete++;
            if (todo & 2) flags.values++;
            if (todo & 4) flags.contest++;
          }
        }
      })();
  };
  fill(orgId, N);
  fill(otherOrg, OTHER);
  sqlite.pragma("optimize");
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  const genMs = performance.now() - t;
  const size = (f: string) => (fs.existsSync(f) ? fs.statSync(f).size : 0);
  const dbMB = (size(dbFile) + size(`${dbFile}-wal`)) / 2 ** 20;
  const avgDraft = (sqlite.prepare("SELECT avg(length(draft)) FROM entries WHERE draft IS NOT NULL").pluck().get() as number) / 1024;
  console.log(
    `data: ${N.toLocaleString("en")} entries in one organisation (${Object.entries(mix).map(([k, v]) => `${k} ${v}`).join(", ")}; ` +
      `to-dos: incomplete ${flags.incomplete}, values ${flags.values}, contest ${flags.contest}) + ${OTHER.toLocaleString("en")} of another organisation; ` +
      `drafts and published content ${avgDraft.toFixed(1)} KB of JSON each; generated in ${(genMs / 1000).toFixed(1)} s; database ${dbMB.toFixed(0)} MB\n`,
  );

  /* ---- (a) the query functions ---- */
  const actor = { kind: "user", id: userId, name: "Bench Publicist", isAdmin: false, roles: new Map([[orgId, "publisher" as const]]) } as const;
  /** Everything the dashboard page asks the database for, one request. */
  const dashboard = (qs: string) => {
    const { query } = ws.parseWorkspaceQuery(new URLSearchParams(qs));
    const list = ws.workspaceList(actor, query);
    const todos = ws.workspaceTodos(actor);
    const review = ws.awaitingReview(actor);
    return { list, todos, review };
  };
  const first = dashboard("");
  console.log(
    `the official's organisation: ${first.list.total.toLocaleString("en")} entries; awaiting their review ${first.review.total} (four eyes applied); ` +
      `to-dos ${JSON.stringify(first.todos[0]?.missing)}`,
  );

  const measureQueries = (label: string, runs: number) => {
    console.log(`\n--- ${label}: ${runs} runs per request; ms ---`);
    console.log("request                                                  list: median    p95 | dashboard queries: median    p95    max | rows   total");
    let worst = 0;
    for (const r of REQUESTS) {
      const list: number[] = [];
      const all: number[] = [];
      let res = dashboard(r.qs); // warm
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        const { query } = ws.parseWorkspaceQuery(new URLSearchParams(r.qs));
        res = { ...res, list: ws.workspaceList(actor, query) };
        const t1 = performance.now();
        ws.workspaceTodos(actor);
        ws.awaitingReview(actor);
        const t2 = performance.now();
        list.push(t1 - t0);
        all.push(t2 - t0);
      }
      const l = stats(list);
      const a = stats(all);
      worst = Math.max(worst, a.p95);
      console.log(
        `${r.name.padEnd(56)} ${f1(l.median)} ${f1(l.p95)} |                ${f1(a.median)} ${f1(a.p95)} ${f1(a.max)} | ${String(res.list.rows.length).padStart(4)} ${String(res.list.total).padStart(7)}`,
      );
    }
    const parts = (fn: () => unknown) => {
      const ts: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        fn();
        ts.push(performance.now() - t0);
      }
      return stats(ts);
    };
    const todo = parts(() => ws.workspaceTodos(actor));
    const review = parts(() => ws.awaitingReview(actor));
    console.log(`of which the to-do summary ${todo.median.toFixed(1)} / ${todo.p95.toFixed(1)} ms, awaiting review ${review.median.toFixed(1)} / ${review.p95.toFixed(1)} ms (median / p95)`);
    return worst;
  };
  const worstQueries = measureQueries("(a) query functions (db/workspace.ts), warm page cache", RUNS);

  /* ---- (b) over HTTP ---- */
  let worstHttp: number | null = null;
  const buildId = path.join(process.cwd(), NEXT_DIR, "BUILD_ID");
  if (process.env.BENCH_HTTP === "0") console.log("\n(b) over HTTP: skipped (BENCH_HTTP=0)");
  else if (!fs.existsSync(buildId))
    console.log(`\n(b) over HTTP: skipped, no production build in ${NEXT_DIR} (run \`npx next build\`, or set BENCH_NEXT_DIR to a build folder)`);
  else worstHttp = await measureHttp(email, password);

  /* ---- (c) without the index; the step-5 dashboard ---- */
  sqlite.exec("DROP INDEX IF EXISTS entries_workspace");
  const worstNoIndex = measureQueries("(c) the same without the index entries_workspace (dropped in the scratch database)", Math.max(10, Math.round(RUNS / 10)));
  const before: number[] = [];
  const stmt = sqlite.prepare(
    "SELECT e.*, o.name AS org_name FROM entries e JOIN organisations o ON o.id = e.organisation_id WHERE e.organisation_id IN (?) ORDER BY e.updated_at DESC",
  );
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    for (let twice = 0; twice < 2; twice++)
      for (const row of stmt.all(orgId) as { data: string | null; draft: string | null; draft_editors: string | null }[]) {
        if (row.data) JSON.parse(row.data);
        if (row.draft) JSON.parse(row.draft);
        if (row.draft_editors) JSON.parse(row.draft_editors);
      }
    before.push(performance.now() - t0);
  }
  const b = stats(before);
  console.log(`\nfor comparison, the step-5 dashboard query (every row with its content, read and parsed twice): median ${b.median.toFixed(0)} ms, p95 ${b.p95.toFixed(0)} ms`);

  const ok = worstQueries < TARGET_MS && (worstHttp === null || worstHttp < TARGET_MS);
  console.log(
    `\nworkspace dashboard: worst p95 ${worstQueries.toFixed(1)} ms for the queries` +
      (worstHttp !== null ? `, ${worstHttp.toFixed(1)} ms over HTTP` : "") +
      ` (target < ${TARGET_MS}; without the index ${worstNoIndex.toFixed(1)} ms): ${ok ? "PASS" : "FAIL"}`,
  );
  console.log(`load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")}`);
  sqlite.close();
  cleanup();
  process.exit(ok ? 0 : 1);
}

/** (b): `next start` on the scratch database; sign in (in this process, the same database and secret); time GET /nl/admin?…. */
async function measureHttp(email: string, password: string): Promise<number> {
  const base = `http://localhost:${PORT}`;
  console.log(`\n--- (b) over HTTP: next start (${NEXT_DIR}) on port ${PORT}, GET /nl/admin?… signed in, ${HTTP_RUNS} runs per request; ms ---`);
  let server: ChildProcess | null = null;
  try {
    const next = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
    const log = fs.openSync(path.join(dir, "server.log"), "a");
    server = spawn(process.execPath, [next, "start", "-p", String(PORT)], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_PATH: dbFile,
        NEXT_DIST_DIR: NEXT_DIR,
        SITE_URL: base,
        AUTH_TRUSTED_ORIGINS: base,
        SEED_DEMO: "false",
      },
      stdio: ["ignore", log, log],
    });
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (server.exitCode !== null) throw new Error(`the server stopped (see ${path.join(dir, "server.log")})`);
      try {
        if ((await fetch(`${base}/api/health`)).ok) break;
      } catch {
        /* not yet listening */
      }
      if (Date.now() > deadline) throw new Error("the server did not answer within 60 s");
      await new Promise((r) => setTimeout(r, 250));
    }
    // A real session: better-auth signs in against the same database and signs the cookie with the same
    // secret (AUTH_SECRET or .auth-secret beside the database) as the server.
    const { getAuth } = await import("@/lib/auth");
    const res = (await getAuth().api.signInEmail({ body: { email, password }, asResponse: true })) as Response;
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    if (!cookie) throw new Error("signing in gave no session cookie");
    const get = async (qs: string) => {
      const r = await fetch(`${base}/nl/admin${qs ? `?${qs}` : ""}`, { headers: { cookie }, redirect: "manual" });
      const body = await r.text();
      if (r.status !== 200) throw new Error(`GET /nl/admin?${qs}: ${r.status}`);
      return body;
    };
    const html = await get("");
    if (!html.includes("Gemeente Groot (bench)")) throw new Error("the dashboard does not show the bench organisation");
    for (let i = 0; i < 3; i++) for (const r of REQUESTS) await get(r.qs); // warm up the server
    console.log("request                                                  median    p95    max | HTML KB");
    let worst = 0;
    for (const r of REQUESTS) {
      const ts: number[] = [];
      let bytes = 0;
      for (let i = 0; i < HTTP_RUNS; i++) {
        const t0 = performance.now();
        bytes = Buffer.byteLength(await get(r.qs));
        ts.push(performance.now() - t0);
      }
      const s = stats(ts);
      worst = Math.max(worst, s.p95);
      console.log(`${r.name.padEnd(56)} ${f1(s.median)} ${f1(s.p95)} ${f1(s.max)} | ${(bytes / 1024).toFixed(0).padStart(7)}`);
    }
    // For reference: what any page costs on this server (a public page that needs no list query).
    const ref: number[] = [];
    for (let i = 0; i < HTTP_RUNS; i++) {
      const t0 = performance.now();
      await (await fetch(`${base}/nl/values`)).text();
      ref.push(performance.now() - t0);
    }
    const rs = stats(ref);
    console.log(`${"for reference: GET /nl/values (public, no list query)".padEnd(56)} ${f1(rs.median)} ${f1(rs.p95)} ${f1(rs.max)} |`);
    return worst;
  } finally {
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((r) => server!.once("exit", r));
    }
  }
}

main().catch((e) => {
  console.error(e);
  cleanup();
  process.exit(1);
});
