/**
 * Tries real records of the Algoritmeregister publication standard 1.0 against this register, in a scratch
 * database: import with --publish, export each published record again, check the export against the
 * standard's own configuration file, and compare it field by field with what was imported.
 *
 *   npm run check:standard -- --config <path to v1_0.json> <records.json> [more.json …]
 *
 * The files are not part of this repository: take them from MinBZK/Algoritmeregister
 * (backend/app/schemas/config/v1_0.json and backend/app/data/templates/1.0/*.json, EUPL-1.2), or from an
 * organisation's own download of the national register.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { config: { type: "string" } } });
if (!values.config || positionals.length === 0) {
  console.error("Usage: npm run check:standard -- --config <v1_0.json> <records.json> [more.json …]");
  process.exit(2);
}
const dbFile = path.join(os.tmpdir(), `register-check-standard-${process.pid}.db`);
process.env.DATABASE_PATH = dbFile;

/** Equal as the standard means it: text after normalising whitespace, HTML after sanitising; empty is empty. */
function normalise(v: unknown, sanitise: (s: string) => string): unknown {
  if (v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0)) return null;
  if (typeof v === "string") return sanitise(v).replace(/\s+/g, " ").trim() || null;
  if (Array.isArray(v)) {
    // An item of a link group with nothing in it is no item.
    const items = v.map((x) => normalise(x, sanitise)).filter((x) => !(x && typeof x === "object" && Object.values(x).every((y) => y === null)));
    return items.length ? items : null;
  }
  if (typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, normalise(x, sanitise)]));
  return v;
}

async function main() {
  const { getDb } = await import("@/db/client");
  const { organisations } = await import("@/db/schema");
  const { importRecords } = await import("@/db/import");
  const { standardRecord } = await import("@/db/export");
  const { checkStandardRecord, STANDARD_FIELDS } = await import("@/lib/formats/algoritmeregister-1.0");
  const { sanitizeRichHtml } = await import("@/lib/html");
  const config = JSON.parse(fs.readFileSync(values.config!, "utf8"));

  const records: unknown[] = positionals.flatMap((f) => {
    const data = JSON.parse(fs.readFileSync(f, "utf8"));
    return Array.isArray(data) ? data : [data];
  });
  const orgId = getDb()
    .insert(organisations)
    .values({ slug: "check", name: "Gemeente Controle", kind: "municipality", contactEmail: "info@controle.example.nl" })
    .returning()
    .get().id;

  const asIs = records.map((r) => checkStandardRecord(r, config));
  const meetsRequired = asIs.filter((p) => !p.some((x) => x.message.includes("required") && x.field !== "organization")).length;
  console.log(`${records.length} records. As they are, by ${path.basename(values.config!)}: ${asIs.filter((p) => p.length === 0).length} pass every rule; ${meetsRequired} have every required field (organization aside, which the register fills in).`);

  const results = importRecords({ actor: { kind: "system", name: "check:standard" }, format: "algoritmeregister-1.0", organisationId: orgId, fileName: "check.json", publish: true }, records);
  const counts: Record<string, number> = {};
  for (const r of results) counts[r.status] = (counts[r.status] ?? 0) + 1;
  console.log(`Import --publish: ${JSON.stringify(counts)}`);
  const reasons = new Map<string, number>();
  for (const r of results) for (const p of r.problems) reasons.set(`${p.field}: ${p.message}`, (reasons.get(`${p.field}: ${p.message}`) ?? 0) + 1);
  for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  not published: ${n}× ${reason}`);

  let exported = 0;
  let passing = 0;
  let sameFields = 0;
  let fields = 0;
  const differences: string[] = [];
  // When several records match one entry (the same name, say), the entry holds the last of them.
  const last = new Map<string, number>();
  results.forEach((r, i) => r.id && r.status !== "rejected" && last.set(r.id, i));
  results.forEach((r, i) => {
    if (r.status !== "published" || !r.id || last.get(r.id) !== i) return;
    const out = standardRecord(r.id)!;
    exported++;
    const problems = checkStandardRecord(out, config);
    if (problems.length === 0) passing++;
    else differences.push(`#${i} export breaks the standard: ${problems.map((p) => `${p.field}: ${p.message}`).join("; ")}`);
    const original = records[i] as Record<string, unknown>;
    for (const field of STANDARD_FIELDS) {
      if (["organization", "lang", "standard_version"].includes(field) || !(field in original)) continue;
      fields++;
      const a = JSON.stringify(normalise(original[field], sanitizeRichHtml));
      const b = JSON.stringify(normalise(out[field], sanitizeRichHtml));
      if (a === b) sameFields++;
      else differences.push(`#${i} ${field}: imported ${a.slice(0, 120)} → exported ${b.slice(0, 120)}`);
    }
  });
  console.log(`Export of the ${exported} published records: ${passing} pass every rule of ${path.basename(values.config!)}; ${sameFields} of ${fields} imported fields come back the same.`);
  for (const d of differences) console.log(`  ${d}`);
  for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) fs.rmSync(f, { force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
