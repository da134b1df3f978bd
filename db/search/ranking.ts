/**
 * The search engine, part 3 of 7: the order of a page. By relevance: bm25 with column weights, computed by
 * SQLite only for the entries a page needs (`bestMatches`), and for the register search in groups by where
 * the words occur (`relevancePage`); otherwise the catalogue's name or newest-first order (`pageInOrder`).
 */
import "server-only";
import type { EntryKind } from "@/lib/vocab";
import { getDb } from "../client";
import { catalogue, KIND_CODES, type Catalogue } from "../catalogue";
import type { MatchMode, TextMatch } from "./query";
import { matchingIds, matchText, rowOfId, type RankedMatch } from "./match";

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
 * entries `keep` accepts. SQLite computes bm25 only for accepted rows and keeps only the best ones, so a
 * page of a large result costs a fraction of scoring and sorting every match. Never throws.
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
  const inSet = new Uint8Array(c.n);
  for (const r of rows) inSet[r] = 1;
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
}

/**
 * Where the searched words occur decides the group an entry is ranked in; within a group, bm25 with the
 * column weights decides (only the entries a page needs are scored, see `bestMatches`):
 *   1. all words in the name;
 *   2. … in the name, description (for sensors: what it measures and why) and decisions together;
 *   3. … anywhere in the text (body included);
 *   4. only through the names of values or the organisation: newest first.
 * On a national register a common word matches tens of thousands of entries; scoring them all with bm25
 * costs up to a few hundred milliseconds, while the groups are found with cheap id lookups and the first
 * page almost always comes from the first group. The score shown is the group (3 = name … 0 = values) plus
 * the bm25 relevance squeezed into 0…1, so it is higher for better results and decreases down the list.
 */
const TIER_COLUMNS = ["{name}", "{name summary decisions}", "{name summary decisions body}"] as const;
export function relevancePage(c: Catalogue, m: RankedMatch, pass: Int32Array, offset: number, limit: number): { id: number; score: number }[] {
  if (offset >= pass.length) return [];
  const UNASSIGNED = 9;
  // The group of every entry in the result, worked out group by group and only as far as the page needs.
  const tier = new Uint8Array(c.n);
  for (const r of pass) tier[r] = UNASSIGNED;
  const out: { id: number; score: number }[] = [];
  let before = 0;
  for (let k = 1; k <= TIER_COLUMNS.length && out.length < limit; k++) {
    const expr = `${TIER_COLUMNS[k - 1]} : (${m.expr})`;
    const ids = matchingIds(expr);
    let size = 0;
    for (let i = 0; i < ids.length; i++) {
      const r = rowOfId(c, ids[i]!);
      if (r >= 0 && tier[r] === UNASSIGNED) {
        tier[r] = k;
        size++;
      }
    }
    const from = Math.max(0, offset - before);
    const to = Math.min(size, offset + limit - before);
    before += size;
    if (to <= from) continue;
    for (const h of bestMatches({ expr }, to, { keep: (id) => tier[rowOfId(c, id)] === k }).slice(from)) {
      const x = Math.max(0, -h.score);
      out.push({ id: h.id, score: 4 - k + x / (1 + x) });
    }
  }
  if (out.length < limit) {
    const rest = pass.filter((r) => tier[r] === UNASSIGNED);
    const from = Math.max(0, offset - before);
    for (const r of pageInOrder(c, rest, "newest", from, limit - out.length)) out.push({ id: c.entryId[r]!, score: 0 });
  }
  return out;
}
