/**
 * The search engine, part 2 of 7: which entries a text query matches. One text query is evaluated once:
 * the matching ids (kept in a cache bounded by bytes until the next publication), then filtered, counted and
 * sorted in memory by the callers (db/search/facets.ts, ranking.ts, register.ts). Only published and archived
 * entries are ever returned (`matchRows`: the catalogue holds only those).
 */
import "server-only";
import { LRUCache } from "lru-cache";
import { getDb } from "../client";
import { publicDataVersion } from "../public";
import { resetCatalogue, type Catalogue } from "../catalogue";
import { compileQuery, type MatchMode, type QueryLanguage, type TextMatch } from "./query";

/**
 * The ids an expression matched, per data version (the index changes with every publication, archiving and
 * organisation rename), least recently used dropped first; bounded by bytes, not by count.
 */
const globalCache = globalThis as unknown as { searchFtsCache?: LRUCache<string, Int32Array> };
const TEXT_CACHE_BYTES = 32 * 2 ** 20;
const textCache = () =>
  (globalCache.searchFtsCache ??= new LRUCache<string, Int32Array>({
    maxSize: TEXT_CACHE_BYTES,
    sizeCalculation: (ids, key) => Math.min(TEXT_CACHE_BYTES, ids.byteLength + key.length * 2 + 64),
  }));

/** Forgets cached text matches (the benchmark measures uncached searches). */
export function clearTextCache() {
  globalCache.searchFtsCache?.clear();
}

/** Forgets cached text matches and the catalogue (after a rebuild; tests and benchmarks). */
export function clearSearchCaches() {
  clearTextCache();
  resetCatalogue();
}

/** The ids (rowid order) an FTS5 expression matches. Never throws. */
export function matchingIds(expr: string): Int32Array {
  const key = `${publicDataVersion()}|${expr}`;
  const cache = textCache();
  const hit = cache.get(key);
  if (hit) return hit;
  let ids: Int32Array;
  try {
    ids = Int32Array.from(getDb().$client.prepare("SELECT rowid FROM search_index WHERE search_index MATCH ?").pluck().all(expr) as number[]);
  } catch (e) {
    // Cannot happen with quoted words; if it ever does, the visitor gets "nothing found", not an error page.
    console.error("search: FTS5 query failed", JSON.stringify(expr).slice(0, 300), e);
    ids = new Int32Array(0);
  }
  cache.set(key, ids);
  return ids;
}

/** A text match with every matching entry id (public or not, in rowid order); rank with `bestMatches`. */
export interface RankedMatch extends TextMatch {
  ids: Int32Array;
}

/**
 * Matches user text: every word (stop words included) when that finds something the caller accepts
 * (e.g. within its filters), otherwise every meaningful word, otherwise any of them. Null when the text
 * holds nothing searchable (only punctuation, emoji…). Relevance is a separate, cheaper step:
 * `bestMatches` scores only what a page needs.
 */
export function matchText(
  text: string | undefined,
  {
    accept,
    ignore = [],
    lang = "nl",
  }: { accept?: (entryId: number) => boolean; ignore?: readonly string[]; /** The page's language (db/search/query.ts). */ lang?: QueryLanguage } = {},
): RankedMatch | null {
  const q = compileQuery(text ?? "", { ignore, lang });
  if (!q.all) return null;
  const found = (ids: Int32Array) => (accept ? ids.some((id) => accept(id)) : ids.length > 0);
  const make = (expr: string, mode: MatchMode, words: string[], ids: Int32Array): RankedMatch => ({ expr, mode, tokens: q.tokens, words, ids, lang });
  if (q.strict) {
    const strict = matchingIds(q.strict);
    if (found(strict)) return make(q.strict, "all", q.words, strict);
  }
  const all = matchingIds(q.all);
  if (q.any && !found(all)) return make(q.any, "any", q.tokens, matchingIds(q.any));
  return make(q.all, "all", q.tokens, all);
}

/** The catalogue rows of a match (public entries only). */
export function matchRows(c: Catalogue, ids: Int32Array): Int32Array {
  const rows = new Int32Array(ids.length);
  let n = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const r = id < c.rowOf.length ? c.rowOf[id]! : -1;
    if (r >= 0) rows[n++] = r;
  }
  return rows.subarray(0, n);
}

export const rowOfId = (c: Catalogue, id: number) => (id < c.rowOf.length ? c.rowOf[id]! : -1);
