/**
 * The search engine, part 3 of 7: the order of a page. By relevance: bm25 with column weights, computed by
 * SQLite only for the entries a page needs (`bestMatches`), and for the register search in groups by where
 * the words occur (`relevancePage`); otherwise the catalogue's name or newest-first order (`pageInOrder`).
 */
import "server-only";
import type { EntryKind } from "@/lib/vocab";
import { getDb } from "../client";
import { catalogue, KIND_CODES, rowOfId, type Catalogue } from "../catalogue";
import type { MatchMode, TextMatch } from "./query";
import { COLUMN_FILTERS, matchIdsIn, matchText, wordIds, type ColumnSet, type RankedMatch } from "./match";
import { queryTokens } from "@/lib/search-query";

/** Column weights for bm25: name, summary, body, decisions, organisation, vals. The name counts most. */
export const DEFAULT_WEIGHTS = [10, 4, 1, 8, 2, 0.5] as const;
export type Weights = readonly [number, number, number, number, number, number];

/**
 * The filter `search_keep(rowid)` applies inside SQLite while bestMatches runs (JavaScript is
 * single-threaded). Kept on globalThis, like the connection: a server bundles this module more than once
 * (one copy per route), and the SQL function registered on the shared connection must see the filter
 * of whichever copy is running the query.
 */
const keepState = globalThis as unknown as { searchKeep?: ((entryId: number) => boolean) | null; searchKeepDbs?: WeakSet<object> };

/**
 * The `limit` best matches of an expression by bm25 (lower is better; ties: registered first), among the
 * entries `keep` accepts. SQLite computes bm25 only for accepted rows and keeps only the best ones, so a page
 * of a large result costs a fraction of scoring and sorting every match. Never throws.
 */
export function bestMatches(
  m: Pick<TextMatch, "expr">,
  limit: number,
  { weights = DEFAULT_WEIGHTS, keep }: { weights?: Weights; keep?: (entryId: number) => boolean } = {},
): { id: number; score: number }[] {
  if (limit <= 0) return [];
  const sqlite = getDb().$client;
  const registered = (keepState.searchKeepDbs ??= new WeakSet());
  if (!registered.has(sqlite)) {
    sqlite.function("search_keep", { deterministic: false }, (id) => {
      const k = keepState.searchKeep;
      return k && !k(Number(id)) ? 0 : 1;
    });
    registered.add(sqlite);
  }
  const w = weights.map((n) => Number(n).toString()).join(", ");
  keepState.searchKeep = keep ?? null;
  try {
    const rows = sqlite
      .prepare(
        `SELECT rowid, bm25(search_index, ${w}) AS s FROM search_index WHERE search_index MATCH ? ${keep ? "AND search_keep(rowid)" : ""}
         ORDER BY s, rowid LIMIT ?`,
      )
      .raw()
      .all(m.expr, Math.min(limit, 1_000_000)) as [number, number][];
    return rows.map(([id, score]) => ({ id, score }));
  } catch (e) {
    console.error("search: FTS5 ranking failed", JSON.stringify(m.expr).slice(0, 300), e);
    return [];
  } finally {
    keepState.searchKeep = null;
  }
}

/**
 * Entry ids of a text search in one register, for lists that filter in their own way (the sensor list,
 * map and API): best first with `ranked`, else in id order. Null when the text holds nothing searchable.
 */
export function rankedMatch(
  text: string | undefined,
  kind: EntryKind,
  { ranked = true }: { ranked?: boolean } = {},
): { ids: number[]; mode: MatchMode; words: string[] } | null {
  const c = catalogue();
  const k = KIND_CODES.indexOf(kind);
  const ofKind = (id: number) => {
    const r = rowOfId(c, id);
    return r >= 0 && c.kind[r] === k;
  };
  const m = matchText(text, { accept: ofKind });
  if (!m) return null;
  const ids = ranked ? bestMatches(m, m.ids.length, { keep: ofKind }).map((h) => h.id) : Array.from(m.ids).filter(ofKind);
  return { ids, mode: m.mode, words: m.words };
}

/**
 * Rows `offset … offset + limit` of a set in name or newest-first order: walks the catalogue's order and
 * stops when the page is full (no sorting per query).
 */
export function pageInOrder(c: Catalogue, rows: Int32Array, sort: "name" | "newest", offset: number, limit: number): Int32Array {
  const inSet = scratchBytes("inSet", c.n);
  try {
    for (let i = 0; i < rows.length; i++) inSet[rows[i]!] = 1;
    const order = sort === "newest" ? c.byNewest : c.byName;
    const out = new Int32Array(Math.max(0, Math.min(limit, rows.length - offset)));
    let seen = 0;
    let n = 0;
    for (let i = 0; i < order.length && n < out.length; i++) {
      const r = order[i]!;
      if (!inSet[r]) continue;
      if (seen++ >= offset) out[n++] = r;
    }
    return out.subarray(0, n);
  } finally {
    clearBytes(inSet, rows, c.n);
  }
}

/**
 * Scratch arrays with one byte per catalogue row, reused from query to query instead of allocating a
 * megabyte per call at national scale (a query runs to its end before the next starts). They are all zero
 * between uses: whoever takes one clears what it set (`clearBytes`). Kept on globalThis: a server bundles this
 * module more than once.
 */
const scratchState = globalThis as unknown as { searchScratch?: Record<"inSet" | "tier" | "present", Uint8Array> };
function scratchBytes(name: "inSet" | "tier" | "present", n: number): Uint8Array {
  const all = (scratchState.searchScratch ??= { inSet: new Uint8Array(0), tier: new Uint8Array(0), present: new Uint8Array(0) });
  if (all[name].length < n) all[name] = new Uint8Array(Math.ceil(n * 1.25) + 1024);
  return all[name];
}
/** Sets a scratch array back to zero: only the rows that were set when they are few, else all of it. */
function clearBytes(a: Uint8Array, rows: Int32Array | null, n: number) {
  if (rows && rows.length < n >>> 6) for (let i = 0; i < rows.length; i++) a[rows[i]!] = 0;
  else a.fill(0, 0, n);
}

/**
 * Where the searched words occur decides the group an entry is ranked in; within a group, bm25 with the
 * column weights decides (only the entries a page needs are scored, see `bestMatches`):
 *   0. the name is exactly what was typed (case, accents and punctuation aside): "Scanauto" finds the entry
 *      named "Scanauto" first, however many others mention a scan car;
 *   1. all words in the name;
 *   2. … in the name, description (for sensors: what it measures and why) and decisions together;
 *   3. … anywhere in the text (body included);
 *   4. only through the names of values or the organisation: newest first.
 * On a national register a common word matches hundreds of thousands of entries, and scoring them all with
 * bm25 takes most of a second. The groups come from the per-word lists of db/search/match.ts (JavaScript set
 * operations, no extra FTS5 query); within a group bm25 decides while the searched words are rare enough
 * (BM25_MAX_WORK), otherwise a linear-time order close to it: the entries with the most of the searched words,
 * then the shortest names (`candidateOrder`). The score shown is the group (4 = exact name, 3 = name … 0 =
 * values) plus the bm25 relevance squeezed into 0…1, so it is higher for better results and decreases down
 * the list.
 */
const TIER_COLUMNS: readonly ColumnSet[] = ["name", "described", "text"];
/**
 * bm25 in SQLite reads the positions of every entry the searched words occur in (JavaScript cannot hand it a
 * short list cheaply: FTS5 evaluates a prefix query afresh for every rowid it is given). Up to this many
 * occurrences (the sum of the searched words' entry counts) it ranks a group exactly; beyond, the order below.
 */
export const BM25_MAX_WORK = 5_000;

/**
 * The rows `from … to` of a large group in candidate order: most searched words first, then the shortest name
 * (where bm25 puts them too: a word in a short name weighs more), then the oldest entry. Linear in the size of
 * the group: a histogram of the keys finds the key the page ends at, and only the rows up to it are placed
 * (`rows` is in id order, and so is every key's share of the result). `present`: per row, how many of the
 * searched words it has (only for "any word" matches of several words).
 */
export function candidateOrder(c: Catalogue, m: RankedMatch, rows: Int32Array, from: number, to: number, present: () => Uint8Array): Int32Array {
  const words = m.op === "OR" && m.groups.length > 1 ? m.groups.length : 1;
  const has = words > 1 ? present() : null;
  if (has) {
    // Rows missing more words than the page's last row are never placed: leave them out first (a common
    // word's group holds a hundred thousand rows, the page's share of it a few dozen).
    const byMissing = new Uint32Array(16);
    for (let i = 0; i < rows.length; i++) byMissing[Math.min(words - has[rows[i]!]!, 15)]!++;
    let most = 0;
    for (let before = 0; before + byMissing[most]! < to; most++) before += byMissing[most]!;
    if (most < 15) {
      const fewer = new Int32Array(rows.length);
      let n = 0;
      for (let i = 0; i < rows.length; i++) if (words - has[rows[i]!]! <= most) fewer[n++] = rows[i]!;
      rows = fewer.subarray(0, n);
    }
  }
  const keys = new Uint16Array(rows.length);
  const counts = new Uint32Array(16 * 256);
  const names = c.name;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const missing = has ? words - has[r]! : 0;
    const length = names.byteLength(r);
    const key = (missing < 15 ? missing : 15) * 256 + (length < 255 ? length : 255);
    keys[i] = key;
    counts[key]!++;
  }
  // The key of the page's last row: every row with a smaller key comes before it.
  let last = 0;
  let before = 0;
  while (before + counts[last]! < to) before += counts[last++]!;
  const start = new Uint32Array(last + 1);
  for (let k = 0, at = 0; k <= last; k++) {
    start[k] = at;
    at += counts[k]!;
  }
  let atLast = to - before;
  const out = new Int32Array(to);
  for (let i = 0, placed = 0; i < rows.length && placed < to; i++) {
    const key = keys[i]!;
    if (key < last || (key === last && atLast-- > 0)) {
      out[start[key]!++] = rows[i]!;
      placed++;
    }
  }
  return out.subarray(from, to);
}

/** Rows `from … to` of a group (rows in id order): by bm25 when that is cheap, else in candidate order. */
function rankGroup(
  c: Catalogue,
  m: RankedMatch,
  expr: string,
  rows: Int32Array,
  from: number,
  to: number,
  inGroup: (row: number) => boolean,
  present: () => Uint8Array,
) {
  if (m.work <= BM25_MAX_WORK) return bestMatches({ expr }, to, { keep: (id) => inGroup(rowOfId(c, id)) }).slice(from);
  return Array.from(candidateOrder(c, m, rows, from, to, present), (r) => ({ id: c.entryId[r]!, score: 0 }));
}

/**
 * The first (or last) letter or digit of `s` as `queryTokens` folds it, when plain ASCII comes first; -1 when
 * it cannot tell cheaply (another character first), 0 when there is none.
 */
function edgeCode(s: string, fromEnd: boolean): number {
  for (let k = 0; k < s.length; k++) {
    const ch = s.charCodeAt(fromEnd ? s.length - 1 - k : k);
    if (ch >= 128) return -1;
    if ((ch >= 48 && ch <= 57) || (ch >= 97 && ch <= 122)) return ch;
    if (ch >= 65 && ch <= 90) return ch + 32;
  }
  return 0;
}

/** The rows (among `rows`) whose name is exactly the typed text, case, accents and punctuation aside. */
function exactNameRows(c: Catalogue, typed: string, rows: Int32Array): Int32Array {
  if (!typed) return new Int32Array(0);
  const first = typed.charCodeAt(0);
  const lastCode = typed.charCodeAt(typed.length - 1);
  // The last word of a name is its last word in the comparison unless the comparison cuts it at 12 words.
  const lastToo = typed.split(" ").length < 12;
  const out: number[] = [];
  const longest = typed.length * 2 + 8;
  for (const r of rows) {
    // Cheap length bounds before the exact comparison (punctuation and spaces may differ a little); a
    // character is 1 to 3 bytes of UTF-8, so the byte length bounds it before the name is decoded.
    const bytes = c.name.byteLength(r);
    if (bytes < typed.length || bytes > 3 * longest) continue;
    const name = c.name.get(r);
    if (name.length < typed.length || name.length > longest) continue;
    // Cheaper still than the words: a name that starts (or ends) with another plain letter or digit.
    const a = edgeCode(name, false);
    if (a >= 0 && a !== first) continue;
    if (lastToo && name.length <= 2000) {
      const z = edgeCode(name, true);
      if (z >= 0 && z !== lastCode) continue;
    }
    if (queryTokens(name).join(" ") === typed) out.push(r);
  }
  return Int32Array.from(out);
}

export function relevancePage(
  c: Catalogue,
  m: RankedMatch,
  pass: Int32Array,
  offset: number,
  limit: number,
  /** `pass` holds every entry the match found (no filter left one out): no need to mark them one by one. */
  everyMatch = false,
): { id: number; score: number }[] {
  if (offset >= pass.length) return [];
  // Every row a group is made of is one of the match's; with `everyMatch` each of them is in the result.
  const UNASSIGNED = everyMatch ? 0 : 9;
  // The group of every entry in the result (group k as k + 1; 0: not in the result, or with `everyMatch`
  // not in a group yet), worked out group by group and only as far as the page needs.
  const tier = scratchBytes("tier", c.n);
  // Per row, how many of the searched words it has: made at most once per query, when a group needs it.
  let present: Uint8Array | null = null;
  const presentRows = () => {
    if (present) return present;
    present = scratchBytes("present", c.n);
    for (const g of m.groups) {
      const ids = wordIds(g, "all", m.state);
      for (let i = 0; i < ids.length; i++) {
        const r = rowOfId(c, ids[i]!);
        if (r >= 0) present[r]!++;
      }
    }
    return present;
  };
  /** The rows of some ids that are in the result and in no group yet, in id order. */
  const unassignedRows = (ids: Int32Array) => {
    const rs = new Int32Array(ids.length);
    let n = 0;
    for (let i = 0; i < ids.length; i++) {
      const r = rowOfId(c, ids[i]!);
      if (r >= 0 && tier[r] === UNASSIGNED) rs[n++] = r;
    }
    return rs.subarray(0, n);
  };
  /** The rows not in a group yet (group 1 without group 0; the rest of the result). */
  const keepUnassigned = (rows: Int32Array) => {
    const rs = new Int32Array(rows.length);
    let n = 0;
    for (let i = 0; i < rows.length; i++) if (tier[rows[i]!] === UNASSIGNED) rs[n++] = rows[i]!;
    return rs.subarray(0, n);
  };
  try {
    // Indexed loops over the typed arrays here: an iterator may make an object per row where it is not optimised.
    if (!everyMatch) for (let i = 0; i < pass.length; i++) tier[pass[i]!] = UNASSIGNED;
    const out: { id: number; score: number }[] = [];
    let before = 0;
    let nameRows: Int32Array | null = null;
    for (let k = 0; k <= TIER_COLUMNS.length && out.length < limit; k++) {
      // Group 0 (the exact name) is found among group 1 (every word in the name).
      const columns = TIER_COLUMNS[Math.max(0, k - 1)]!;
      const expr = `${COLUMN_FILTERS[columns]} : (${m.expr})`;
      let rows: Int32Array;
      if (k <= 1) {
        nameRows ??= unassignedRows(matchIdsIn(m, "name"));
        rows = k === 0 ? (m.mode === "all" ? exactNameRows(c, m.typed, nameRows) : new Int32Array(0)) : before ? keepUnassigned(nameRows) : nameRows;
      } else rows = unassignedRows(matchIdsIn(m, columns));
      for (let i = 0; i < rows.length; i++) tier[rows[i]!] = k + 1;
      const size = rows.length;
      const from = Math.max(0, offset - before);
      const to = Math.min(size, offset + limit - before);
      before += size;
      if (to <= from) continue;
      for (const h of rankGroup(c, m, expr, rows, from, to, (r) => r >= 0 && tier[r] === k + 1, presentRows)) {
        const x = Math.max(0, -h.score);
        out.push({ id: h.id, score: 4 - k + (k === 0 ? 1 : 0) + x / (1 + x) });
      }
    }
    if (out.length < limit) {
      const rest = keepUnassigned(pass);
      const from = Math.max(0, offset - before);
      for (const r of pageInOrder(c, rest, "newest", from, limit - out.length)) out.push({ id: c.entryId[r]!, score: 0 });
    }
    return out;
  } finally {
    clearBytes(tier, null, c.n);
    if (present) clearBytes(present, null, c.n);
  }
}
