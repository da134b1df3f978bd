/**
 * Exact titles first: how often does searching an entry's exact name put that entry first? Loads real titles
 * as published algorithms into a register (BENCH_DB, e.g. the scale bench's scratch database with 100,000
 * sensors and 10,000 algorithms; otherwise a scratch database with the demo data), searches a random sample
 * of them (seeded, so reruns compare) and counts how often the entry with exactly that name came first.
 *
 *   npm run bench -- titles                                    # the real records in e2e/data
 *   BENCH_DB=/work/scale-100k.db npm run bench -- titles --titles titles.json --sample 100
 *
 * `--titles <file>`: a JSON array of titles (for instance every title of the national algorithm register).
 * Titles already in the register under that name are not loaded twice.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { seededRandom } from "./_random";

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const SAMPLE = Number(opt("sample") ?? 100);
const scratch = !process.env.BENCH_DB;
const dbFile = process.env.BENCH_DB ?? path.join(os.tmpdir(), `register-bench-titles-${process.pid}.db`);
process.env.DATABASE_PATH = dbFile;

async function main() {
  const titlesFile = opt("titles");
  const titles: string[] = titlesFile
    ? (JSON.parse(fs.readFileSync(titlesFile, "utf8")) as string[])
    : (JSON.parse(fs.readFileSync("e2e/data/algoritmeregister-1.0.json", "utf8")) as { name: string }[]).map((r) => r.name);
  const { getDb } = await import("@/db/client");
  const entries = await import("@/db/entries");
  const { seedDemoContent } = await import("@/db/demo/seed");
  const { demoAlgorithms } = await import("@/db/demo/algorithms");
  const { searchRegister } = await import("@/db/search/register");
  const { fold } = await import("@/lib/search-query");
  const sqlite = getDb().$client;
  if (scratch) seedDemoContent();
  const actor = { kind: "system" as const, name: "bench (titles)" };
  const org = sqlite.prepare("SELECT id FROM organisations ORDER BY id LIMIT 1").pluck().get() as number;
  const template = demoAlgorithms.find((a) => a.status === "published")!.data;
  const present = new Set(sqlite.prepare("SELECT name FROM entries WHERE kind = 'algorithm' AND status = 'published'").pluck().all() as string[]);
  let loaded = 0;
  const refused = new Set<string>();
  for (const name of new Set(titles)) {
    if (present.has(name)) continue;
    try {
      const row = entries.createEntry({ actor, kind: "algorithm", organisationId: org, input: { ...template, name } });
      entries.submitForReview({ actor, publicId: row.publicId });
      entries.approve({ actor, publicId: row.publicId, changeNote: "bench (titles)" });
      loaded++;
    } catch (e) {
      // A title the register's rules refuse (too short, for one) is left out of the sample.
      refused.add(name);
      console.log(`not loaded: ${JSON.stringify(name)} (${(e as Error).message})`);
    }
  }
  const rand = seededRandom(13);
  const unique = [...new Set(titles)].filter((t) => !refused.has(t));
  // A seeded shuffle: the first SAMPLE titles, each once (more only when there are fewer titles than that).
  for (let i = unique.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [unique[i], unique[j]] = [unique[j]!, unique[i]!];
  }
  const sample = Array.from({ length: SAMPLE }, (_, i) => unique[i % unique.length]!);
  let first = 0;
  const misses: string[] = [];
  for (const title of sample) {
    const r = searchRegister({ q: title, kind: [], organisation: [], type: [], theme: [], category: [], value: [], status: [], page: 1, pageSize: 20 });
    if (r.hits[0] && fold(r.hits[0].name) === fold(title)) first++;
    else misses.push(`${title} → ${r.hits[0]?.name ?? "(nothing)"}`);
  }
  const entriesNow = sqlite.prepare("SELECT count(*) FROM entries WHERE status IN ('published', 'archived')").pluck().get() as number;
  console.log(`${unique.length} titles (${loaded} loaded now) in a register of ${entriesNow.toLocaleString("en")} public entries`);
  console.log(`searching the exact title put that entry first ${first} times out of ${sample.length}`);
  for (const m of misses.slice(0, 10)) console.log(`  not first: ${m}`);
}

main().then(
  () => {
    if (scratch) for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) fs.rmSync(f, { force: true });
    process.exit(0);
  },
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
