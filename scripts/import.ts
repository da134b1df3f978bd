/**
 * Imports a file of records into one organisation, through the same importer as the workspace page:
 *   npm run import -- <file> --organisation <slug> [--publish] [--dry-run] [--json] [--operator <name>]
 *
 * Formats: the Algoritmeregister publication standard 1.0 (JSON: one record, an array of records, or an
 * object holding an array of records). Each record is one transaction. `--publish` publishes each record
 * that meets the standard's rules (for records already public elsewhere, such as the national register);
 * the history note and the audit log name the file and the operator. `--dry-run` writes nothing.
 * With `--json`, stdout holds exactly one JSON object; progress goes to stderr.
 *
 * Exit status: 0 when every record was imported (as published, draft, updated or unchanged), 1 when one or
 * more records were rejected, 2 when the file as a whole or the command was refused.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { importRecord, parseImportFile, type RecordResult } from "@/db/import";
import { organisations } from "@/db/schema";
import { isDomainError } from "@/lib/errors";

const USAGE = "Usage: npm run import -- <file> --organisation <slug> [--publish] [--dry-run] [--json] [--operator <name>]";
const FILE_MESSAGES: Record<string, string> = {
  importNotJson: "The file is neither JSON nor CSV",
  importNoRecords: "The file holds no records (expected one record, an array of records, or an object holding an array)",
  importUnknownFormat:
    "The records are not in a known format (the Algoritmeregister publication standard 1.0, this register's GeoJSON of sensors, Amsterdam's sensor register)",
  importTooLarge: "The file is too large",
};

function main(): number {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        organisation: { type: "string" },
        publish: { type: "boolean", default: false },
        "dry-run": { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        operator: { type: "string" },
      },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values: o, positionals } = args;
  const json = o.json;
  const fail = (message: string, format: string | null = null) => {
    if (json) console.log(JSON.stringify({ format, error: message, records: [] }));
    else console.error(message);
    return 2;
  };
  if (positionals.length !== 1 || !o.organisation) return fail(USAGE);
  const file = positionals[0]!;
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    return fail(`Cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const org = getDb().select().from(organisations).where(eq(organisations.slug, o.organisation)).get();
  if (!org) {
    const known = getDb().select({ slug: organisations.slug }).from(organisations).all().map((r) => r.slug);
    return fail(`No organisation with slug '${o.organisation}'. Known: ${known.join(", ") || "(none)"}`);
  }
  let parsed;
  try {
    parsed = parseImportFile(text);
  } catch (e) {
    if (!isDomainError(e)) throw e;
    const reason = e.details?.reason ? `: ${e.details.reason}` : "";
    return fail(`${FILE_MESSAGES[e.key] ?? e.key}${reason}`);
  }
  const operator = o.operator?.trim() || process.env.SUDO_USER || os.userInfo().username;
  const opts = {
    actor: { kind: "system" as const, name: `${operator} (import)` },
    format: parsed.format,
    organisationId: org.id,
    fileName: path.basename(file),
    publish: o.publish,
    dryRun: o["dry-run"],
  };
  const total = parsed.records.length;
  const started = Date.now();
  let lastReport = started;
  const results: RecordResult[] = [];
  parsed.records.forEach((record, i) => {
    results.push(importRecord(opts, record, i));
    if (Date.now() - lastReport > 1000 || i + 1 === total) {
      lastReport = Date.now();
      if (total > 1) process.stderr.write(`\r${i + 1} / ${total} records (${Math.round(((i + 1) / total) * 100)}%)`);
    }
  });
  if (total > 1) process.stderr.write("\n");
  const seconds = (Date.now() - started) / 1000;

  if (json) {
    console.log(
      JSON.stringify({
        format: parsed.format,
        organisation: org.slug,
        dryRun: opts.dryRun,
        records: results.map((r) => ({ index: r.index, status: r.status, id: r.id, name: r.name, problems: r.problems, warnings: r.warnings })),
      }),
    );
  } else {
    console.log(`${opts.dryRun ? "Dry run (nothing written): " : ""}${file} → ${org.name} (${parsed.format})`);
    for (const r of results) {
      console.log(`#${r.index} ${r.status.padEnd(9)} ${r.id ?? "-"} ${r.name ?? ""}`);
      for (const p of r.problems) console.log(`    problem  ${p.field || "(record)"}: ${p.message}`);
      for (const w of r.warnings) console.log(`    note     ${w.field}: ${w.message}`);
    }
    const counts = new Map<string, number>();
    for (const r of results) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
    console.log(
      `${total} records in ${seconds.toFixed(1)} s: ${[...counts].map(([k, n]) => `${n} ${k}`).join(", ")}`,
    );
  }
  return results.some((r) => r.status === "rejected") ? 1 : 0;
}

process.exitCode = main();
