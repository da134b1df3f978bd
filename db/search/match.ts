/**
 * The search engine, part 2 of 7: which entries a text query matches.
 *
 * The unit of work is one searched word (a group of its variants, db/search/query.ts) in one set of columns:
 * its matching entry ids, sorted, kept in a cache bounded by bytes. A query combines its words in JavaScript
 * (intersection for "all words", union for "any word"), so "camera Utrecht" and "camera Breda" share the work
 * for "camera", and a common word costs one FTS5 lookup per process instead of one per query.
 *
 * A publication does not throw these lists away: each list remembers the data version it was made at, and
 * when the register has moved on, only the entries changed since (the revisions after that version) are
 * looked up again in the index and patched into the list (`wordIds`). An organisation's new name (it is part
 * of every entry's index row) or a large batch of changes makes the list afresh.
 *
 * The matches are then filtered, counted and sorted in memory by the callers (db/search/facets.ts,
 * ranking.ts, register.ts). Only published and archived entries are ever returned (`matchRows`: the
 * catalogue holds only those).
 */
import "server-only";
import { LRUCache } from "lru-cache";
import { getDb } from "../client";
import { currentState, resetCatalogue, rowOfId, type Catalogue } from "../catalogue";
import { compileQuery, type MatchMode, type QueryLanguage, type TextMatch } from "./query";

/** Where a word is looked for: anywhere, or in the column groups of the relevance ranking (ranking.ts). */
export type ColumnSet = "all" | "name" | "described" | "text" | "decisions";
/** The FTS5 column filter of each set (names as in `search_index`). */
export const COLUMN_FILTERS: Record<ColumnSet, string> = {
  all: "",
  name: "{name}",
  described: "{name summary decisions}",
  text: "{name summary decisions body}",
  decisions: "{decisions}",
};

/** The data version a list belongs to: the newest revision id and the organisations' last change. */
type DataState = { version: number; organisationsChangedAt: number };
interface WordList {
  version: number;
  organisationsChangedAt: number;
  ids: Int32Array;
}

/** Beyond this many changed entries a list is made afresh rather than patched. */
const PATCH_LIMIT = 5000;
const globalCache = globalThis as unknown as { searchWordCache?: LRUCache<string, WordList> };
const WORD_CACHE_BYTES = 96 * 2 ** 20;
const wordCache = () =>
  (globalCache.searchWordCache ??= new LRUCache<string, WordList>({
    maxSize: WORD_CACHE_BYTES,
    sizeCalculation: (l, key) => Math.min(WORD_CACHE_BYTES, l.ids.byteLength + key.length * 2 + 96),
  }));

/** Forgets cached word matches (the benchmark measures uncached searches). */
export function clearTextCache() {
  globalCache.searchWordCache?.clear();
}

/** Forgets cached word matches and the catalogue (after a rebuild; tests and benchmarks). */
export function clearSearchCaches() {
  clearTextCache();
  resetCatalogue();
}

const fullQuery = (expr: string): Int32Array =>
  Int32Array.from(getDb().$client.prepare("SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid").pluck().all(expr) as number[]);

/** The entries changed after revision `from` up to `to`, sorted and each once. */
function changedBetween(from: number, to: number): Int32Array {
  return Int32Array.from(
    getDb()
      .$client.prepare("SELECT DISTINCT entry_id FROM revisions WHERE id > ? AND id <= ? ORDER BY entry_id")
      .pluck()
      .all(from, to) as number[],
  );
}

/** `ids` without the `changed` ones, plus `hits` (all three sorted): a list patched for some changed entries. */
function patch(ids: Int32Array, changed: Int32Array, hits: Int32Array): Int32Array {
  const out = new Int32Array(ids.length + hits.length);
  let n = 0;
  let c = 0;
  let h = 0;
  for (let i = 0; i <= ids.length; i++) {
    const id = i < ids.length ? ids[i]! : 2 ** 31 - 1;
    while (h < hits.length && hits[h]! < id) out[n++] = hits[h++]!;
    if (i === ids.length) break;
    while (c < changed.length && changed[c]! < id) c++;
    if (c < changed.length && changed[c] === id) continue;
    if (h < hits.length && hits[h] === id) h++;
    out[n++] = id;
  }
  return out.subarray(0, n);
}

/**
 * The entry ids (sorted) where one word group (or any FTS5 expression) matches within a column set. Made
 * once per process and then patched with the entries changed since (see the top of this file). Never throws.
 */
export function wordIds(group: string, columns: ColumnSet = "all", state: DataState = currentState()): Int32Array {
  const expr = columns === "all" ? group : `${COLUMN_FILTERS[columns]} : (${group})`;
  const cache = wordCache();
  const cached = cache.get(expr);
  if (cached && cached.version === state.version && cached.organisationsChangedAt === state.organisationsChangedAt) return cached.ids;
  let ids: Int32Array;
  try {
    const changed =
      cached && cached.organisationsChangedAt === state.organisationsChangedAt && cached.version < state.version && state.version - cached.version <= PATCH_LIMIT
        ? changedBetween(cached.version, state.version)
        : null;
    if (cached && changed && changed.length <= PATCH_LIMIT) {
      const hits = changed.length
        ? Int32Array.from(
            getDb()
              .$client.prepare("SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid IN (SELECT value FROM json_each(?)) ORDER BY rowid")
              .pluck()
              .all(expr, JSON.stringify(Array.from(changed))) as number[],
          )
        : new Int32Array(0);
      ids = patch(cached.ids, changed, hits);
    } else ids = fullQuery(expr);
  } catch (e) {
    // Cannot happen with quoted words; if it ever does, the visitor gets "nothing found", not an error page.
    console.error("search: FTS5 query failed", JSON.stringify(expr).slice(0, 300), e);
    ids = new Int32Array(0);
  }
  cache.set(expr, { version: state.version, organisationsChangedAt: state.organisationsChangedAt, ids });
  return ids;
}

/** Sorted ids in both lists. */
function intersect(a: Int32Array, b: Int32Array): Int32Array {
  if (a.length > b.length) [a, b] = [b, a];
  const out = new Int32Array(a.length);
  let n = 0;
  if (b.length > 16 * a.length) {
    // A short list against a long one ("utrecht" within "camera"): gallop through the long one.
    let lo = 0;
    for (let i = 0; i < a.length; i++) {
      const x = a[i]!;
      let step = 1;
      let hi = lo;
      while (hi < b.length && b[hi]! < x) {
        lo = hi + 1;
        hi = lo + step;
        step *= 2;
      }
      if (hi > b.length) hi = b.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (b[mid]! < x) lo = mid + 1;
        else hi = mid;
      }
      if (lo === b.length) break;
      if (b[lo] === x) {
        out[n++] = x;
        lo++;
      }
    }
    return out.subarray(0, n);
  }
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      out[n++] = x;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out.subarray(0, n);
}

/**
 * Sorted ids in any of the lists, each once: marked in a bit set of ids and read back in order, so "any word"
 * of four common words costs one pass over each list instead of a merge per pair. The bit set is reused
 * (kept on globalThis: a server bundles this module more than once) and all zero between uses.
 */
const unionState = globalThis as unknown as { searchUnionBits?: Uint32Array };
function unionAll(lists: readonly Int32Array[]): Int32Array {
  let maxId = -1;
  let size = 0;
  for (const l of lists) {
    if (l.length && l[l.length - 1]! > maxId) maxId = l[l.length - 1]!;
    size += l.length;
  }
  if (maxId < 0) return new Int32Array(0);
  const words = (maxId >>> 5) + 1;
  if (!unionState.searchUnionBits || unionState.searchUnionBits.length < words) unionState.searchUnionBits = new Uint32Array(Math.ceil(words * 1.25) + 64);
  const bits = unionState.searchUnionBits;
  const out = new Int32Array(size);
  let lo = words;
  for (const l of lists) {
    if (l.length && l[0]! >>> 5 < lo) lo = l[0]! >>> 5;
    for (let i = 0; i < l.length; i++) {
      const id = l[i]!;
      bits[id >>> 5]! |= 1 << (id & 31);
    }
  }
  let n = 0;
  for (let w = lo; w < words; w++) {
    let x = bits[w]!;
    if (x === 0) continue;
    bits[w] = 0;
    const base = w << 5;
    while (x) {
      const low = x & -x;
      out[n++] = base + 31 - Math.clz32(low);
      x ^= low;
    }
  }
  return out.subarray(0, n);
}

/** The ids where all (AND) or any (OR) of the word groups match, within a column set; sorted. */
export function combine(groups: readonly string[], op: "AND" | "OR", columns: ColumnSet = "all", state: DataState = currentState()): Int32Array {
  const lists = groups.map((g) => wordIds(g, columns, state));
  if (!lists.length) return new Int32Array(0);
  if (op === "AND") {
    lists.sort((a, b) => a.length - b.length);
    return lists.reduce((acc, l) => (acc.length ? intersect(acc, l) : acc));
  }
  return lists.length === 1 ? lists[0]! : unionAll(lists);
}

/** A text match with every matching entry id (public or not, sorted); rank with `bestMatches`. */
export interface RankedMatch extends TextMatch {
  ids: Int32Array;
  /** What was typed, as the words of the query (stop words included) joined by one space. */
  typed: string;
  /** The data version the ids belong to. */
  state: DataState;
  /** How many entries the searched words occur in, added up: what bm25 in SQLite would have to read. */
  work: number;
}

/** The ids where the match's words are found within a column set (the same words, joined the same way). */
export function matchIdsIn(m: RankedMatch, columns: ColumnSet): Int32Array {
  return columns === "all" ? m.ids : combine(m.groups, m.op, columns, m.state);
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
  const state = currentState();
  const typed = q.words.join(" ");
  const work = (groups: readonly string[]) => groups.reduce((n, g) => n + wordIds(g, "all", state).length, 0);
  const found = (ids: Int32Array) => (accept ? ids.some((id) => accept(id)) : ids.length > 0);
  const make = (expr: string, mode: MatchMode, words: string[], groups: string[], op: "AND" | "OR", ids: Int32Array): RankedMatch => ({
    expr,
    mode,
    tokens: q.tokens,
    words,
    groups,
    op,
    ids,
    typed,
    state,
    work: work(groups),
    lang: q.lang,
  });
  if (q.strict) {
    const strict = combine(q.wordGroups, "AND", "all", state);
    if (found(strict)) return make(q.strict, "all", q.words, q.wordGroups, "AND", strict);
  }
  const all = combine(q.groups, "AND", "all", state);
  if (q.any && !found(all)) return make(q.any, "any", q.tokens, q.groups, "OR", combine(q.groups, "OR", "all", state));
  return make(q.all, "all", q.tokens, q.groups, "AND", all);
}

/** The catalogue rows of a match (public entries only). */
export function matchRows(c: Catalogue, ids: Int32Array): Int32Array {
  const rows = new Int32Array(ids.length);
  let n = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const r = rowOfId(c, id);
    if (r >= 0) rows[n++] = r;
  }
  return rows.subarray(0, n);
}

