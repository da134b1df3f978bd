/**
 * Import benchmark: 10,000 records of the Algoritmeregister publication standard 1.0 (realistic Dutch text
 * with the standard's HTML and link groups), imported into a scratch database.
 *
 *   npm run bench -- import                  # 10,000 records
 *   BENCH_RECORDS=2000 npm run bench -- import
 *
 * It measures what an operator waits for — `npm run import -- <file> --organisation <slug> --publish`, the
 * whole command in its own process, and the same file again (every record unchanged) — beside the raw
 * engine call in this process (`importRecord` per record, dry run and real), and the export of all records
 * in the standard's shape (`standardRecords`, what GET /api/v1/export/algoritmeregister-1.0.json streams).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const N = Number(process.env.BENCH_RECORDS ?? 10_000);
const dbFile = path.join(os.tmpdir(), `register-bench-import-${process.pid}.db`);
const recordsFile = path.join(os.tmpdir(), `register-bench-import-${process.pid}.json`);
process.env.DATABASE_PATH = dbFile;

let seed = 6_2024;
function rand() {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const sentences = [
  "Het algoritme helpt medewerkers om aanvragen sneller te beoordelen.",
  "Een medewerker controleert altijd de uitkomst voordat er een besluit wordt genomen.",
  "De gegevens komen uit de Basisregistratie Personen en uit de eigen administratie.",
  "Elk kwartaal wordt gekeken of groepen inwoners ongelijk worden behandeld.",
  "Het model is getraind op gegevens van de afgelopen vijf jaar.",
  "Inwoners kunnen bezwaar maken tegen het besluit bij de gemeente.",
  "De leverancier levert documentatie over de werking van het model.",
  "Er worden geen bijzondere persoonsgegevens gebruikt.",
  "Het algoritme is niet zelflerend en gebruikt vaste regels.",
  "De uitkomsten worden jaarlijks geëvalueerd door een onafhankelijke partij.",
];
const html = (paragraphs: number) =>
  `<div>${Array.from({ length: paragraphs }, () => `<p>${pick(sentences)} ${pick(sentences)}</p>`).join("")}<ul><li>${pick(sentences)}</li><li>${pick(sentences)}</li></ul></div>`;
const topics = ["parkeren", "bijstand", "WOZ-waarde", "leerlingenvervoer", "afvalinzameling", "meldingen", "vergunningen", "kwijtschelding", "subsidies", "handhaving"];
const categories = ["Verkeer", "Sociale zekerheid", "Overheidsfinanciën", "Onderwijs en wetenschap", "Natuur en milieu", "Ruimte en infrastructuur", "Wonen"];

function record(i: number) {
  const topic = pick(topics);
  return {
    name: `${pick(["Beoordeling", "Controle", "Selectie", "Berekening", "Toewijzing"])} ${topic} ${i + 1}`,
    organization: "Gemeente Benchstad",
    description_short: `Het algoritme ondersteunt de gemeente bij ${topic}. ${pick(sentences)}`,
    category: [pick(categories)],
    status: pick(["In gebruik", "In gebruik", "In ontwikkeling", "Buiten gebruik"]),
    begin_date: `20${10 + Math.floor(rand() * 15)}-0${1 + Math.floor(rand() * 9)}`,
    end_date: null,
    contact_email: "algoritmes@benchstad.example.nl",
    website: `https://www.benchstad.example.nl/algoritmes/${i + 1}`,
    publication_category: pick(["Impactvolle algoritmes", "Overige algoritmes", "Hoog-risico AI-systeem"]),
    url: null,
    goal: html(3),
    proportionality: html(2),
    human_intervention: html(1),
    risks: html(2),
    lawful_basis: html(1),
    lawful_basis_grouping: [{ title: "Algemene wet bestuursrecht", link: "https://wetten.overheid.nl/BWBR0005537" }],
    process_index_url: null,
    impacttoetsen_grouping: rand() < 0.5 ? [{ title: "Data Protection Impact Assessment (DPIA)", link: null }] : null,
    impacttoetsen: null,
    source_data: html(1),
    source_data_grouping: null,
    methods_and_models: html(3),
    provider: pick(["Intern ontwikkeld", "Voorbeeld Software B.V.", "Leverancier X"]),
    publiccode: null,
    lang: "nld",
    standard_version: "1.0",
    source_id: `BENCH-${i + 1}`,
    tags: `${topic}, gemeente, algoritme`,
    lars: String(10_000_000 + i),
    publication_dt: null,
  };
}

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return { median: q(0.5), p95: q(0.95) };
}

async function main() {
  fs.writeFileSync(recordsFile, JSON.stringify(Array.from({ length: N }, (_, i) => record(i))));
  const mb = (fs.statSync(recordsFile).size / 1e6).toFixed(1);

  const { getDb } = await import("@/db/client");
  const { organisations } = await import("@/db/schema");
  const { importRecord, parseImportFile } = await import("@/db/import");
  const { standardRecords } = await import("@/db/export");
  const db = getDb();
  for (const slug of ["benchstad", "rawstad"])
    db.insert(organisations).values({ slug, name: `Gemeente ${slug}`, kind: "municipality", contactEmail: `info@${slug}.example.nl` }).run();
  const rawOrg = db.select().from(organisations).all().find((o) => o.slug === "rawstad")!.id;

  // 1. What an operator waits for: the whole command, in its own process, twice.
  const cli = (label: string) => {
    const t0 = performance.now();
    const r = spawnSync(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "scripts/import.ts", recordsFile, "--organisation", "benchstad", "--publish", "--json"],
      { env: { ...process.env, DATABASE_PATH: dbFile }, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 },
    );
    const s = (performance.now() - t0) / 1000;
    if (r.status !== 0) throw new Error(`${label}: exit ${r.status}\n${r.stderr}`);
    const out = JSON.parse(r.stdout) as { records: { status: string }[] };
    const counts: Record<string, number> = {};
    for (const x of out.records) counts[x.status] = (counts[x.status] ?? 0) + 1;
    console.log(`${label}: ${N} records in ${s.toFixed(1)} s = ${Math.round(N / s)} records/s (${JSON.stringify(counts)})`);
  };
  console.log(`${N} records, ${mb} MB of JSON; DATABASE_PATH ${dbFile}`);
  cli("npm run import --publish, first time (all new)   ");
  cli("npm run import --publish, same file again        ");

  // 2. The raw engine in this process: parse, then importRecord per record.
  const parsed = parseImportFile(fs.readFileSync(recordsFile, "utf8"));
  const actor = { kind: "system" as const, name: "bench (import)" };
  for (const dryRun of [true, false]) {
    const times: number[] = [];
    const t0 = performance.now();
    parsed.records.forEach((r, i) => {
      const t = performance.now();
      importRecord({ actor, format: parsed.format, organisationId: rawOrg, fileName: "bench.json", publish: true, dryRun }, r, i);
      times.push(performance.now() - t);
    });
    const s = (performance.now() - t0) / 1000;
    const { median, p95 } = stats(times);
    console.log(
      `importRecord in process, ${dryRun ? "dry run        " : "publish (new)  "}: ${Math.round(N / s)} records/s; per record median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms`,
    );
  }

  // 3. The export of everything in the standard's shape.
  const t0 = performance.now();
  let n = 0;
  let bytes = 0;
  for (const r of standardRecords()) {
    n++;
    bytes += JSON.stringify(r).length;
  }
  const s = (performance.now() - t0) / 1000;
  console.log(`standardRecords (the export): ${n} records, ${(bytes / 1e6).toFixed(1)} MB in ${s.toFixed(2)} s = ${Math.round(n / s)} records/s`);

  const size = fs.statSync(dbFile).size / 1e6;
  console.log(
    `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}; database ${size.toFixed(0)} MB`,
  );
  if (!process.env.BENCH_KEEP_DB) for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`, recordsFile]) fs.rmSync(f, { force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
