/**
 * Crash safety: a writer process is killed (SIGKILL, no chance to clean up) in the middle of a burst of
 * writes. The database uses WAL with synchronous = NORMAL (db/client.ts): a committed transaction is in the
 * WAL file, in the operating system's cache, before COMMIT returns, so killing the process loses none of
 * them (only a power loss or OS crash can lose the last ones; see README, "Backups and crash safety").
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { startChild } from "@/lib/testing/children";
import { openDatabase } from "./client";

const kids: ReturnType<typeof startChild>[] = [];
afterEach(() => kids.splice(0).forEach((k) => k.kill("SIGKILL")));

/**
 * Each transaction writes an audit entry (the app's own write path, db/audit.ts) and then — before the next
 * one starts — prints its number: a printed number is an acknowledged write. (stdout to a pipe is
 * synchronous on Linux, so a printed number has left the process when the next transaction begins.)
 */
const WRITER = `
  import { openDatabase } from "./db/client.ts";
  import { audit } from "./db/audit.ts";
  const db = openDatabase(process.env.DATABASE_PATH);
  const start = Number(process.env.START);
  const filler = "y".repeat(500);
  for (let n = start; ; n++) {
    db.transaction((tx) => {
      audit(tx, { actor: { kind: "system", name: "writer" }, action: "test.write", detail: { n, filler } });
      audit(tx, { actor: { kind: "system", name: "writer" }, action: "test.pair", detail: { n } });
    });
    process.stdout.write(n + "\\n");
  }`;

describe("a writer killed in the middle of its writes", () => {
  it("leaves a sound database holding every acknowledged transaction, whole", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "register-crash-"));
    const file = path.join(dir, "register.db");
    openDatabase(file).$client.close();
    const acknowledged = new Set<number>();
    let next = 1;
    for (let round = 0; round < 5; round++) {
      const writer = startChild(WRITER, { DATABASE_PATH: file, START: String(next) });
      kids.push(writer);
      let buffer = "";
      let stderr = "";
      let exited = false;
      writer.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
      writer.on("close", () => (exited = true));
      writer.stdout!.on("data", (d: Buffer) => {
        buffer += d.toString();
        const lines = buffer.split("\n");
        buffer = lines.pop()!;
        for (const l of lines) acknowledged.add(Number(l));
      });
      // Kill it at a different moment each round, in the middle of the burst.
      const target = acknowledged.size + 200 + round * 137;
      while (acknowledged.size < target && !exited) await new Promise((r) => setTimeout(r, 5));
      expect(exited, `the writer stopped by itself: ${stderr}`).toBe(false);
      const closed = new Promise((r) => writer.on("close", r));
      writer.kill("SIGKILL");
      await closed;

      const db = new Database(file);
      try {
        expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
        const written = new Set(
          db
            .prepare("SELECT json_extract(detail, '$.n') AS n FROM audit_log WHERE action = 'test.write'")
            .all()
            .map((r) => (r as { n: number }).n),
        );
        const pairs = db.prepare("SELECT count(*) AS c FROM audit_log WHERE action = 'test.pair'").get() as { c: number };
        for (const n of acknowledged) expect(written.has(n), `acknowledged write ${n} is missing`).toBe(true);
        // Transactions are whole: every write has its pair, nothing half-done survives.
        expect(pairs.c).toBe(written.size);
        next = Math.max(...written) + 1;
      } finally {
        db.close();
      }
    }
    expect(acknowledged.size).toBeGreaterThan(1500);
  }, 120_000);
});
