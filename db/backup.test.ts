/**
 * Backups while the app writes: a child process commits rows as fast as it can (through db/client.ts and
 * the audit log, as the app does) and says each committed number; the backup taken meanwhile must open,
 * pass the integrity check, and hold every row committed before it started (and no half of anything).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { runScript, startChild } from "@/lib/testing/children";
import { backupDatabase, BackupRefused } from "./backup";
import { openDatabase } from "./client";

const scratch = () => fs.mkdtempSync(path.join(os.tmpdir(), "register-backup-"));
const kids: ReturnType<typeof startChild>[] = [];
afterEach(() => kids.splice(0).forEach((k) => k.kill("SIGKILL")));

/** A writer: one transaction per row (an audit entry carrying its number `n`), then prints "n time". */
const WRITER = `
  import { openDatabase } from "./db/client.ts";
  import { audit } from "./db/audit.ts";
  const db = openDatabase(process.env.DATABASE_PATH);
  const filler = "x".repeat(2000);
  for (let n = 1; ; n++) {
    db.transaction((tx) => audit(tx, { actor: { kind: "system", name: "writer" }, action: "test.write", detail: { n, filler } }));
    process.stdout.write(n + " " + Date.now() + "\\n");
  }`;

/** Every number committed in the copy, in order. */
const numbersIn = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    return db
      .prepare("SELECT json_extract(detail, '$.n') AS n FROM audit_log WHERE action = 'test.write' ORDER BY id")
      .all()
      .map((r) => (r as { n: number }).n);
  } finally {
    db.close();
  }
};

describe("npm run backup", () => {
  it("copies a consistent database during a burst of writes, with every row committed before it started", async () => {
    const dir = scratch();
    const source = path.join(dir, "register.db");
    // Some bulk first (about 20 MB), so that the copy takes a while.
    const db = openDatabase(source);
    const bulk = db.$client.prepare("INSERT INTO audit_log (actor_name, action, detail) VALUES ('bulk', 'test.bulk', ?)");
    db.$client.transaction(() => {
      for (let i = 0; i < 10_000; i++) bulk.run(JSON.stringify({ i, filler: "b".repeat(2000) }));
    })();
    db.$client.close();

    const writer = startChild(WRITER, { DATABASE_PATH: source });
    kids.push(writer);
    const acks: [n: number, at: number][] = [];
    let buffer = "";
    writer.stdout!.on("data", (d: Buffer) => {
      const lines = (buffer + d.toString()).split("\n");
      buffer = lines.pop()!;
      for (const l of lines) acks.push(l.split(" ").map(Number) as [number, number]);
    });
    while (acks.length < 500) await new Promise((r) => setTimeout(r, 20));
    const started = Date.now();
    const result = await backupDatabase({ source, target: path.join(dir, "backup.db") });
    const ended = Date.now();
    await new Promise((r) => setTimeout(r, 300)); // the acknowledgements printed meanwhile arrive
    writer.kill("SIGKILL");

    expect(result.bytes).toBeGreaterThan(20_000_000);
    // The writer was not held up: it committed while the copy was being made.
    expect(acks.filter(([, at]) => at > started && at < ended).length).toBeGreaterThan(0);
    const numbers = numbersIn(result.file);
    // Everything committed before the backup started is in it, and exactly a prefix of the writes: no gaps.
    const before = acks.filter(([, at]) => at < started).map(([n]) => n);
    expect(numbers.length).toBeGreaterThanOrEqual(Math.max(...before));
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
    // One self-contained file: no -wal beside it.
    expect(fs.existsSync(`${result.file}-wal`)).toBe(false);
  }, 60_000);

  it("never overwrites a file unless asked, and leaves nothing half-written behind", async () => {
    const dir = scratch();
    const source = path.join(dir, "register.db");
    openDatabase(source).$client.close();
    const target = path.join(dir, "backup.db");
    fs.writeFileSync(target, "an older backup");
    await expect(backupDatabase({ source, target })).rejects.toBeInstanceOf(BackupRefused);
    expect(fs.readFileSync(target, "utf8")).toBe("an older backup");
    await backupDatabase({ source, target, force: true });
    expect(numbersIn(target)).toEqual([]);
    await expect(backupDatabase({ source: path.join(dir, "missing.db"), target: path.join(dir, "x.db") })).rejects.toThrow(/no database/);
    expect(fs.readdirSync(dir).filter((f) => f.includes(".tmp"))).toEqual([]);
  });

  it("prints the size and the time, and says why it refuses", async () => {
    const dir = scratch();
    const source = path.join(dir, "register.db");
    openDatabase(source).$client.close();
    const cli = (args: string[]) => runScript("scripts/backup.ts", args, { DATABASE_PATH: source });
    const ok = await cli([path.join(dir, "b.db")]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/written to .*b\.db: [\d.]+ MB \(\d+ bytes, \d+ pages\) in [\d.]+ s; integrity check ok/);
    const again = await cli([path.join(dir, "b.db")]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/exists \(add --force to replace it\)/);
    expect((await cli([])).code).toBe(2);
  }, 60_000);
});
