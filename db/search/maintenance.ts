/**
 * The search engine, part 7 of 7: keeping the index in step, and rebuilding it. Publishing writes an entry's
 * index row (db/projection.ts `searchDocument`, through db/entries.ts); an organisation's new name re-indexes
 * its entries; `npm run search:rebuild` rebuilds the whole table.
 */
import "server-only";
import { sql } from "drizzle-orm";
import type { EntryKind } from "@/lib/vocab";
import { getDb, type Tx } from "../client";
import { searchDocument } from "../projection";
import { clearSearchCaches } from "./match";

/**
 * Re-indexes the public entries of one organisation (its name is part of every entry's index row); call
 * inside the transaction that renames it.
 */
export function reindexOrganisation(tx: Tx, organisationId: number) {
  const rows = tx.all<{ id: number; kind: EntryKind; data: string; org: string }>(
    sql`SELECT e.id AS id, e.kind AS kind, e.data AS data, o.name AS org FROM entries e JOIN organisations o ON o.id = e.organisation_id
        WHERE e.organisation_id = ${organisationId} AND e.status IN ('published', 'archived') AND e.data IS NOT NULL`,
  );
  for (const r of rows) {
    const d = searchDocument({ kind: r.kind }, JSON.parse(r.data) as Record<string, unknown>, r.org);
    tx.run(sql`DELETE FROM search_index WHERE rowid = ${r.id}`);
    tx.run(
      sql`INSERT INTO search_index (rowid, name, summary, body, decisions, organisation, vals)
          VALUES (${r.id}, ${d.name}, ${d.summary}, ${d.body}, ${d.decisions}, ${d.organisation}, ${d.vals})`,
    );
  }
}

/**
 * Rebuilds `search_index` from the published content (entries.data) of every public entry, in one
 * transaction: readers see the old index until it commits. The table is dropped and created again from
 * its own definition (as the migration made it), which is much faster than deleting 100,000 rows one by
 * one, and merged into one segment ("optimize") for fast queries. Use it after changing
 * `searchDocument()` (db/projection.ts) or after restoring a backup.
 */
export function rebuildSearchIndex(): { entries: number; ms: number } {
  const sqlite = getDb().$client;
  const t0 = performance.now();
  const n = sqlite.transaction(() => {
    const def = sqlite.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'search_index'").get() as { sql: string } | undefined;
    if (!def) throw new Error("search_index does not exist: run the migrations first (npm run db:setup)");
    sqlite.exec("DROP TABLE search_index");
    sqlite.exec(def.sql);
    const insert = sqlite.prepare("INSERT INTO search_index (rowid, name, summary, body, decisions, organisation, vals) VALUES (?, ?, ?, ?, ?, ?, ?)");
    // In chunks by id: better-sqlite3 cannot write while a read statement is being iterated.
    const chunk = sqlite.prepare(
      `SELECT e.id AS id, e.kind AS kind, e.data AS data, o.name AS org FROM entries e JOIN organisations o ON o.id = e.organisation_id
       WHERE e.id > ? AND e.status IN ('published', 'archived') AND e.data IS NOT NULL ORDER BY e.id LIMIT 2000`,
    );
    let count = 0;
    for (let last = 0; ; ) {
      const rows = chunk.all(last) as { id: number; kind: EntryKind; data: string; org: string }[];
      if (!rows.length) break;
      for (const r of rows) {
        const d = searchDocument({ kind: r.kind }, JSON.parse(r.data) as Record<string, unknown>, r.org);
        insert.run(r.id, d.name, d.summary, d.body, d.decisions, d.organisation, d.vals);
      }
      count += rows.length;
      last = rows[rows.length - 1]!.id;
    }
    sqlite.exec("INSERT INTO search_index (search_index) VALUES ('optimize')");
    return count;
  })();
  clearSearchCaches();
  return { entries: n, ms: performance.now() - t0 };
}
