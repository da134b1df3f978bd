/**
 * The one SQLite connection (better-sqlite3 + Drizzle). Opening it applies pending migrations from drizzle/
 * and mirrors the CODIO value slugs, so every process (server, scripts, tests) sees the same schema.
 */
import "server-only";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { values } from "@/lib/codio";
import * as schema from "./schema";

export type DB = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const databasePath = () => path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH ?? "data/register.db");

/**
 * Keeps compiled statements by their SQL text, so a query that runs again (Drizzle prepares every query it
 * runs) is not compiled again: about a third of the time of a small write went into compiling. Bounded (the
 * least recently used are dropped); a statement's raw/pluck/expand modes are reset each time it is handed
 * out, so every caller gets it as if freshly prepared. Not for `iterate()` (a statement being iterated
 * cannot run again meanwhile); nothing here iterates.
 */
function cacheStatements(sqlite: Database.Database, max = 500): Database.Database {
  const cache = new Map<string, Database.Statement>();
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    let s = cache.get(source);
    if (s) {
      cache.delete(source);
      if (s.reader) s.raw(false).pluck(false).expand(false);
    } else {
      s = prepare(source);
      if (cache.size >= max) cache.delete(cache.keys().next().value!);
    }
    cache.set(source, s);
    return s;
  }) as typeof sqlite.prepare;
  return sqlite;
}

export function openDatabase(file = databasePath()): DB {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(/*turbopackIgnore: true*/ file), { recursive: true });
  const sqlite = cacheStatements(new Database(file));
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: path.join(/*turbopackIgnore: true*/ process.cwd(), "drizzle") });
  const upsert = sqlite.prepare(
    "INSERT INTO codio_values (slug, principle) VALUES (?, ?) ON CONFLICT(slug) DO UPDATE SET principle = excluded.principle",
  );
  sqlite.transaction(() => values.forEach((v) => upsert.run(v.slug, v.principle)))();
  return db;
}

const globalForDb = globalThis as unknown as { registerDb?: DB };

/** The shared connection, opened on first use (kept across hot reloads in development). */
export function getDb(): DB {
  return (globalForDb.registerDb ??= openDatabase());
}

/** A transaction handle, as passed to `getDb().transaction((tx) => …)`. */
export type Tx = Parameters<Parameters<DB["transaction"]>[0]>[0];
