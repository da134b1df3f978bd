/**
 * `npm run search:rebuild`: rebuilds the full-text search index (`search_index`) from the published
 * content of every public entry, in one transaction, on the database in DATABASE_PATH. Safe while the
 * server runs: searches see the old index until the new one is committed. Needed after a change to what
 * is indexed (db/projection.ts searchDocument) or after restoring a database from a backup made without
 * the index; publishing, archiving and renaming an organisation keep the index in step by themselves.
 */
import { databasePath, getDb } from "@/db/client";
import { rebuildSearchIndex } from "@/db/search/maintenance";

try {
  getDb();
  const r = rebuildSearchIndex();
  console.log(`search index rebuilt: ${r.entries} public entries in ${(r.ms / 1000).toFixed(1)} s (${databasePath()})`);
} catch (e) {
  console.error("search index NOT rebuilt:", e instanceof Error ? e.message : e);
  process.exit(1);
}
