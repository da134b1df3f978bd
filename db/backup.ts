/**
 * A consistent copy of the database while the app keeps serving, with SQLite's online backup API
 * (better-sqlite3 `db.backup`). `npm run backup -- <file> [--force]` (scripts/backup.ts); restoring is in the
 * README ("Backups"). No "server-only": the command and the unit test run it in plain Node.
 */
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";

export interface BackupResult {
  file: string;
  bytes: number;
  pages: number;
  milliseconds: number;
}

export class BackupRefused extends Error {}

/**
 * Copies the database `source` to `target`. All pages go in one step, inside one read transaction on the
 * source: the copy is the database as it was when that step began, whatever is written meanwhile (WAL
 * mode: the app's writers are not held up). The copy is written beside the target under a temporary name,
 * switched to rollback-journal mode (one self-contained file), checked with `PRAGMA integrity_check`, and
 * only then put in place — never over an existing file unless `force`.
 */
export async function backupDatabase(p: { source: string; target: string; force?: boolean }): Promise<BackupResult> {
  const target = path.resolve(p.target);
  const source = path.resolve(p.source);
  if (target === source) throw new BackupRefused("the backup cannot be the database itself");
  if (!p.force && fs.existsSync(target)) throw new BackupRefused(`${target} exists (add --force to replace it)`);
  if (!fs.existsSync(source)) throw new BackupRefused(`there is no database at ${source}`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const started = performance.now();
  const db = new Database(source, { fileMustExist: true });
  let pages = 0;
  try {
    db.pragma("busy_timeout = 5000");
    const progress = await db.backup(temp, { progress: () => 0x7fffffff });
    pages = progress.totalPages;
  } finally {
    db.close();
  }
  try {
    const copy = new Database(temp);
    try {
      copy.pragma("journal_mode = DELETE");
      const check = copy.pragma("integrity_check", { simple: true });
      if (check !== "ok") throw new Error(`the copy fails PRAGMA integrity_check: ${String(check)}`);
    } finally {
      copy.close();
    }
    if (p.force) fs.renameSync(temp, target);
    else {
      // Atomic "create only if absent": a file that appeared meanwhile is not overwritten.
      try {
        fs.linkSync(temp, target);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "EEXIST") throw new BackupRefused(`${target} exists (add --force to replace it)`);
        throw e;
      }
    }
  } finally {
    fs.rmSync(temp, { force: true });
    fs.rmSync(`${temp}-journal`, { force: true });
  }
  return { file: target, bytes: fs.statSync(target).size, pages, milliseconds: Math.round(performance.now() - started) };
}
