/**
 * A consistent copy of the database while the app serves (SQLite's online backup API):
 *   npm run backup -- <file> [--force]
 * Prints the size and the time it took. Refuses to overwrite an existing file unless --force.
 * Exit codes: 0 done, 1 refused or failed, 2 bad arguments. See README, "Backups".
 */
import { parseArgs } from "node:util";
import { backupDatabase, BackupRefused } from "@/db/backup";

function usage(problem: string): never {
  console.error(`Usage: npm run backup -- <file> [--force]\n${problem}`);
  process.exit(2);
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { force: { type: "boolean", default: false } } });
  } catch (e) {
    usage((e as Error).message);
  }
  if (parsed.positionals.length !== 1) usage("Name one file to write the backup to.");
  const source = process.env.DATABASE_PATH ?? "data/register.db";
  try {
    const r = await backupDatabase({ source, target: parsed.positionals[0], force: parsed.values.force });
    const mb = (r.bytes / 1024 / 1024).toFixed(1);
    console.log(
      `backup of ${source} written to ${r.file}: ${mb} MB (${r.bytes} bytes, ${r.pages} pages) in ${(r.milliseconds / 1000).toFixed(2)} s; integrity check ok`,
    );
  } catch (e) {
    console.error(e instanceof BackupRefused ? `Not written: ${e.message}` : e);
    process.exit(1);
  }
}

void main();
