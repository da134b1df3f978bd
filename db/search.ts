/**
 * The one search engine of the register, over the FTS5 table `search_index` (rowid = entries.id; columns
 * name, summary, body, decisions, organisation, vals; tokenizer unicode61 with remove_diacritics 2, so case
 * and accents never matter) and the in-memory catalogue of public entries (db/catalogue.ts). Only
 * published and archived entries are ever returned. Everything that searches text uses it: the search page
 * and GET /api/v1/search (`searchRegister`), the algorithm list, the sensor list, map and API
 * (`matchText`, `rankedMatch`), and the contest finder (`searchEntries`).
 *
 * What a user typed is always text, never query syntax: it is cut into words by `queryTokens` (the same
 * folding as the index: letters and digits only, lowercase, accents removed) and every word is quoted.
 * On top of that, for Dutch decision words:
 * - every word matches as a prefix ("parkeer" finds "parkeerbon"; "woz" finds "WOZ-beschikking");
 * - a word also matches in a few simple variants: plural and inflection endings removed ("boetes",
 *   "bonnen", "uitkeringen"), past participles ("gestopt" → "stop", "stopgezet" → "stopzet…" →
 *   "stopzetting") and a handful of words residents use for the same letter ("bekeuring" → "boete");
 * - "all" mode first (every word must match; stop words such as "de" or "mijn" only when they match
 *   too); when that finds nothing within the caller's filters, "any" mode (some words match), so
 *   "parkeerboete fietsenrek" or "bijstand gestopt brief" still find something. Callers see which mode
 *   was used.
 *
 * One text query is evaluated once: the matching ids with their bm25 scores (kept in a small cache until
 * the next publication), then filtered, counted and sorted in memory. Snippets and highlights are made in
 * JavaScript from the stored text of the page's entries, with the same folding and prefix rules, and are
 * safe HTML: everything escaped, only our own <mark>.
 */
import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { LRUCache } from "lru-cache";
import { fold, queryTokens } from "@/lib/search-query";
import { valueBySlug } from "@/lib/codio";
import { canonicalUrl } from "@/lib/urls";
import type { EntryKind, LifecycleState, publicationCategories, SensorType } from "@/lib/vocab";
import { getDb, type Tx } from "./client";
import { searchDocument } from "./projection";
import { publicDataVersion } from "./public";
import {
  catalogue,
  compileFilter,
  FACET_SLUGS,
  FACETS,
  filterAndCount,
  KIND_CODES,
  resetCatalogue,
  STATE_CODES,
  stateOf,
  todayNumber,
  type Catalogue,
  type CatalogueFilters,
  type FacetName,
} from "./catalogue";

export type MatchMode = "all" | "any";

/** A compiled text query: the words, and the FTS5 expression per mode (null when nothing is searchable). */
export interface CompiledQuery {
  /** The folded words that take part (stop words left out when other words remain). */
  tokens: string[];
  /** Every word, stop words included. */
  words: string[];
  /** Every word, stop words included; null when that is the same as `all`. */
  strict: string | null;
  /** Every meaningful word. */
  all: string | null;
  /** Any meaningful word; null for a single word. */
  any: string | null;
}

/** A resolved text match: the FTS5 expression actually used, the mode it was built in, and its words. */
export interface TextMatch {
  expr: string;
  mode: MatchMode;
  /** The meaningful words searched for. */
  tokens: string[];
  /** The words to highlight (with the stop words when they took part). */
  words: string[];
}

/** Common Dutch and English words that say nothing about the subject of a letter. */
const STOP_WORDS = new Set(
  (
    "de het een en of van in op te ter voor met aan bij over uit om tot door naar als is zijn was wordt werd mijn " +
    "ik u uw je jij jou wij we ze zij hij die dat dit deze er niet wel ook nog maar dan geen wat hoe waarom wie " +
    "tegen mij me ons onze hun haar heb heeft hebben kreeg krijg krijgen al nu zo " +
    "the a an and or of to for in on at by with my me i is are was be been it its this that from about not no " +
    "against have has had"
  ).split(" "),
);

/**
 * Words residents use for the same kind of letter, mapped to words registers use. Deliberately small: it
 * fills the gaps prefix matching and the ending rules cannot bridge. A Map, since the key is whatever was
 * typed: in an object literal "constructor" or "tostring" would find inherited members.
 */
const RESIDENT_WORDS = new Map<string, readonly string[]>(Object.entries({
  bekeuring: ["boete", "bon"],
  prent: ["boete", "bon"],
  parkeerbekeuring: ["parkeerboete", "parkeerbon"],
  parkeerprent: ["parkeerboete", "parkeerbon"],
  gestopt: ["stopzetting", "beeindiging"],
  stopgezet: ["stopzetting"],
  beeindigd: ["beeindiging", "stopzetting"],
  afgewezen: ["afwijzing", "weigering"],
  geweigerd: ["weigering", "afwijzing"],
  ingetrokken: ["intrekking"],
  teruggevorderd: ["terugvordering"],
  terugbetalen: ["terugvordering"],
  gekort: ["korting", "verlaging"],
  verlaagd: ["verlaging", "korting"],
  uitkering: ["bijstand"],
  bijstandsuitkering: ["bijstand"],
  taxatie: ["woz", "taxatieverslag"],
  huizenwaarde: ["woz"],
  woningwaarde: ["woz"],
  // English words for Dutch letters (the register's texts are mostly Dutch).
  fine: ["boete", "parkeerboete", "naheffingsaanslag"],
  ticket: ["bon", "parkeerbon", "boete"],
  parking: ["parkeer"],
  benefit: ["uitkering", "bijstand"],
  benefits: ["uitkering", "bijstand"],
  welfare: ["bijstand"],
  stopped: ["stopzetting"],
  valuation: ["woz", "taxatie"],
  property: ["woz", "onroerend"],
  permit: ["vergunning"],
  tax: ["belasting", "aanslag"],
  refused: ["afwijzing", "weigering"],
  rejected: ["afwijzing", "weigering"],
}));

/** Separable-verb particles: "stop|ge|zet", "terug|ge|vorderd", "in|ge|trokken". */
const PARTICLES = ["stop", "terug", "door", "over", "voor", "mee", "weg", "uit", "aan", "bij", "toe", "op", "af", "in", "na", "om"];

/** A word and its simple variants, each to be matched as a prefix. Exported for tests. */
export function wordVariants(word: string): string[] {
  const out = new Set<string>([word]);
  const add = (v: string) => {
    if (v.length >= 3) out.add(v);
  };
  // Endings: plurals and inflections ("boetes", "bonnen", "uitkeringen", "stoppen", "fines").
  if (word.length >= 5) {
    for (const suffix of ["en", "es", "s", "e"]) {
      if (!word.endsWith(suffix)) continue;
      let stem = word.slice(0, -suffix.length);
      const doubled = /([bdfgklmnprstz])\1$/.test(stem);
      if (doubled) stem = stem.slice(0, -1); // bonn → bon, stopp → stop
      add(stem);
      // An open syllable had a long vowel: "parkeren" → "parkeer", "betalen" → "betaal".
      if (!doubled && suffix === "en" && /[^aeiou][aeou][^aeiouyw]$/.test(stem)) add(stem.slice(0, -1) + stem.slice(-2));
      break;
    }
  }
  // Past participles: "gestopt" → "stop", "geweigerd" → "weiger", "stopgezet" → "stopzet".
  if (word.length >= 6 && /[td]$/.test(word)) {
    if (word.startsWith("ge")) add(word.slice(2, -1));
    for (const p of PARTICLES) {
      if (word.startsWith(`${p}ge`) && word.length > p.length + 4) {
        add(p + word.slice(p.length + 2)); // stopzet (prefix of "stopzetting")
        add(p + word.slice(p.length + 2, -1)); // terugvorder (prefix of "terugvordering")
      }
    }
  }
  for (const w of RESIDENT_WORDS.get(word) ?? []) add(w);
  return [...out];
}

/** One word as an FTS5 group: every variant quoted, as a prefix (single letters only exactly). */
const group = (word: string) => {
  const parts = wordVariants(word).map((v) => `"${v}"${v.length > 1 ? "*" : ""}`);
  return parts.length === 1 ? parts[0]! : `(${parts.join(" OR ")})`;
};

/**
 * Compiles user text into FTS5 expressions. `ignore` lists extra words to leave out (e.g. "bezwaar" in
 * the contest finder, where every letter is about an objection).
 */
export function compileQuery(text: string, { ignore = [] as readonly string[] } = {}): CompiledQuery {
  const words = [...new Set(queryTokens(text ?? ""))].filter((w) => !ignore.includes(w));
  const meaningful = words.filter((w) => !STOP_WORDS.has(w));
  const tokens = meaningful.length ? meaningful : words;
  if (!tokens.length) return { tokens: [], words: [], strict: null, all: null, any: null };
  const groups = tokens.map(group);
  return {
    tokens,
    words,
    strict: words.length > tokens.length ? words.map(group).join(" AND ") : null,
    all: groups.join(" AND "),
    any: groups.length > 1 ? groups.join(" OR ") : null,
  };
}

/* ------------------------------------------------------------------------------------------------
 * Evaluating a text query: which entries match (once, cached), and the best of them (bm25)
 * ---------------------------------------------------------------------------------------------- */

/** Column weights for bm25: name, summary, body, decisions, organisation, vals. The name counts most. */
export const DEFAULT_WEIGHTS = [10, 4, 1, 8, 2, 0.5] as const;
export type Weights = readonly [number, number, number, number, number, number];

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
function matchingIds(expr: string): Int32Array {
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
  { accept, ignore = [] }: { accept?: (entryId: number) => boolean; ignore?: readonly string[] } = {},
): RankedMatch | null {
  const q = compileQuery(text ?? "", { ignore });
  if (!q.all) return null;
  const found = (ids: Int32Array) => (accept ? ids.some((id) => accept(id)) : ids.length > 0);
  const make = (expr: string, mode: MatchMode, words: string[], ids: Int32Array): RankedMatch => ({ expr, mode, tokens: q.tokens, words, ids });
  if (q.strict) {
    const strict = matchingIds(q.strict);
    if (found(strict)) return make(q.strict, "all", q.words, strict);
  }
  const all = matchingIds(q.all);
  if (q.any && !found(all)) return make(q.any, "any", q.tokens, matchingIds(q.any));
  return make(q.all, "all", q.tokens, all);
}

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

/** The catalogue rows of a match (public entries only). */
function matchRows(c: Catalogue, ids: Int32Array): Int32Array {
  const rows = new Int32Array(ids.length);
  let n = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const r = id < c.rowOf.length ? c.rowOf[id]! : -1;
    if (r >= 0) rows[n++] = r;
  }
  return rows.subarray(0, n);
}

const rowOfId = (c: Catalogue, id: number) => (id < c.rowOf.length ? c.rowOf[id]! : -1);

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

/* ------------------------------------------------------------------------------------------------
 * SQL helpers for lists that filter in SQL (the algorithm list)
 * ---------------------------------------------------------------------------------------------- */

/** Which entries may be searched: always only public ones, optionally narrowed. */
export interface SearchScope {
  kind?: EntryKind;
  /** Organisation slugs (any of them). */
  organisations?: readonly string[];
  /** Extra conditions on `e` (entries); use subqueries for other tables, so counting needs no joins. */
  where?: readonly SQL[];
}

/** The WHERE conditions of a scope: only on `e` (entries). */
export function scopeCondition(scope: SearchScope = {}): SQL {
  const parts: SQL[] = [sql`e.status IN ('published', 'archived')`];
  if (scope.kind) parts.push(sql`e.kind = ${scope.kind}`);
  if (scope.organisations?.length)
    parts.push(
      sql`e.organisation_id IN (SELECT id FROM organisations WHERE slug IN (${sql.join(scope.organisations.map((s) => sql`${s}`), sql`, `)}))`,
    );
  parts.push(...(scope.where ?? []));
  return sql.join(parts, sql` AND `);
}

/* ------------------------------------------------------------------------------------------------
 * Highlights and snippets (safe HTML)
 * ---------------------------------------------------------------------------------------------- */

const MARK_OPEN = "\uE000";
const MARK_CLOSE = "\uE001";
const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** HTML from a text with private markers (U+E000 … U+E001): everything escaped, except our own <mark>. */
export function snippetHtml(raw: string): string {
  return escapeHtml(raw)
    .replace(new RegExp(`${MARK_OPEN}([^${MARK_OPEN}${MARK_CLOSE}]*)${MARK_CLOSE}`, "g"), "<mark>$1</mark>")
    .replace(new RegExp(`[${MARK_OPEN}${MARK_CLOSE}]`, "g"), "");
}

/** Columns of search_index, in table order. */
export const COLUMNS = { name: 0, summary: 1, body: 2, decisions: 3, organisation: 4, vals: 5 } as const;
export type Column = keyof typeof COLUMNS;
const DEFAULT_SNIPPET_ORDER: readonly Column[] = ["decisions", "summary", "body", "name", "vals", "organisation"];

/** Words as the FTS5 tokenizer (unicode61) sees them: letters, digits and private-use characters. */
const WORD = /[\p{L}\p{N}\p{Co}]+/gu;

/** Tells whether a word of a text is a hit: it starts with a variant of a searched word (one letter: exactly). */
function hitTest(words: readonly string[]): (folded: string) => boolean {
  const variants = [...new Set(words.flatMap(wordVariants))];
  const exact = new Set(variants.filter((v) => v.length === 1));
  const prefixes = variants.filter((v) => v.length > 1);
  return (w) => exact.has(w) || prefixes.some((p) => w.startsWith(p));
}

interface Token {
  start: number;
  end: number;
  hit: number;
}
/** The words of a text with their places, and which searched word (index + 1) each one hits (0: none). */
function tokenize(text: string, tests: ((w: string) => boolean)[]): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const folded = fold(m[0]);
    const t = tests.findIndex((test) => test(folded));
    out.push({ start: m.index!, end: m.index! + m[0].length, hit: t + 1 });
  }
  return out;
}

/** Safe HTML of text[from, to) with the hit tokens in <mark>. */
function markRange(text: string, tokens: Token[], from: number, to: number): string {
  let html = "";
  let at = from;
  for (const t of tokens) {
    if (!t.hit || t.start < from || t.end > to) continue;
    html += `${escapeHtml(text.slice(at, t.start))}<mark>${escapeHtml(text.slice(t.start, t.end))}</mark>`;
    at = t.end;
  }
  return html + escapeHtml(text.slice(at, to));
}

/** A highlighter for a set of searched words. */
export function highlighter(words: readonly string[]) {
  const tests = words.map((w) => hitTest([w]));
  return {
    /** The whole text with every hit in <mark>. */
    all(text: string): string {
      return markRange(text, tokenize(text, tests), 0, text.length);
    },
    /**
     * A passage of about `size` words around the place where most of the searched words occur close
     * together, with the hits in <mark> and "…" where text was left out; "" when no word occurs.
     */
    passage(text: string, size = 14): string {
      return window(text, size).html;
    },
    /**
     * The passage, out of several texts (fields in reading order), with the most different searched words
     * close together; the earlier text wins a tie. "" when no text has a searched word.
     */
    bestPassage(texts: readonly string[], size = 14): string {
      let best = { html: "", distinct: 0, count: 0 };
      for (const text of texts) {
        const w = window(text, size);
        if (w.distinct > best.distinct) best = w;
        if (best.distinct === words.length) break;
      }
      return best.html;
    },
  };

  function window(text: string, size: number): { html: string; distinct: number; count: number } {
    const tokens = tokenize(text, tests);
    const hits = tokens.map((t, i) => (t.hit ? i : -1)).filter((i) => i >= 0);
    if (!hits.length) return { html: "", distinct: 0, count: 0 };
    let best = { start: 0, distinct: -1, count: -1 };
    for (const h of hits) {
      const start = Math.max(0, Math.min(h - 2, tokens.length - size));
      const seen = new Set<number>();
      let count = 0;
      for (let i = start; i < Math.min(tokens.length, start + size); i++)
        if (tokens[i]!.hit) {
          seen.add(tokens[i]!.hit);
          count++;
        }
      if (seen.size > best.distinct || (seen.size === best.distinct && count > best.count)) best = { start, distinct: seen.size, count };
    }
    const last = Math.min(tokens.length, best.start + size) - 1;
    const from = best.start === 0 ? 0 : tokens[best.start]!.start;
    const to = last === tokens.length - 1 ? text.length : tokens[last]!.end;
    const html = `${best.start > 0 ? "…" : ""}${markRange(text, tokens, from, to).trim()}${to < text.length ? "…" : ""}`;
    return { html, distinct: best.distinct, count: best.count };
  }
}

/** The stored text of some entries' index rows (looked up by rowid, no text matching). */
function indexedText(ids: readonly number[]): Map<number, Record<Column, string>> {
  if (!ids.length) return new Map();
  const rows = getDb().$client
    .prepare(
      "SELECT rowid AS id, name, summary, body, decisions, organisation, vals FROM search_index WHERE rowid IN (SELECT value FROM json_each(?))",
    )
    .all(JSON.stringify(ids)) as (Record<Column, string> & { id: number })[];
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Highlighted snippets (safe HTML with <mark>) for some entries: per entry the passage of the first
 * column, in the given order, where a searched word occurs; "" when none of those columns has one.
 */
export function snippets(
  m: Pick<TextMatch, "words">,
  ids: readonly number[],
  { columns = DEFAULT_SNIPPET_ORDER, tokens = 14 }: { columns?: readonly Column[]; tokens?: number } = {},
): Map<number, string> {
  const hl = highlighter(m.words);
  const text = indexedText(ids);
  return new Map(
    ids.map((id) => {
      const row = text.get(id);
      for (const c of columns) {
        const p = row ? hl.passage(row[c] ?? "", tokens) : "";
        if (p) return [id, p];
      }
      return [id, ""];
    }),
  );
}

/** One whole column with the searched words in <mark> (safe HTML), e.g. to show a description highlighted. */
export function highlightColumn(m: Pick<TextMatch, "words">, ids: readonly number[], column: Column): Map<number, string> {
  const hl = highlighter(m.words);
  const text = indexedText(ids);
  return new Map(ids.map((id) => [id, hl.all(text.get(id)?.[column] ?? "")]));
}

/* ------------------------------------------------------------------------------------------------
 * One register at a time: the contest finder
 * ---------------------------------------------------------------------------------------------- */

export interface SearchHit {
  /** entries.id (internal); use publicId outside the server. */
  id: number;
  publicId: string;
  kind: EntryKind;
  name: string;
  status: "published" | "archived";
  endedOn: string | null;
  organisation: { slug: string; name: string; isExample: boolean };
  /** bm25 relevance: lower is better. */
  rank: number;
  /** Safe HTML: the escaped text with the matched words in <mark>. */
  snippet: string;
}

export interface SearchResult {
  /** "none": nothing searchable was typed, no hits. */
  mode: MatchMode | "none";
  tokens: string[];
  total: number;
  hits: SearchHit[];
}

export type SearchSort = "relevance" | "name" | "newest";

type EntryRowOut = {
  id: number;
  publicId: string;
  kind: EntryKind;
  name: string;
  status: "published" | "archived";
  endedOn: string | null;
  publishedAt: number | null;
  orgSlug: string;
  orgName: string;
  orgIsExample: number;
};
/** Public entries by id, in the order of `ids`. */
function entriesById(ids: readonly number[]): EntryRowOut[] {
  if (!ids.length) return [];
  const rows = getDb().$client
    .prepare(
      `SELECT e.id AS id, e.public_id AS publicId, e.kind AS kind, e.name AS name, e.status AS status, e.ended_on AS endedOn,
              e.published_at AS publishedAt, o.slug AS orgSlug, o.name AS orgName, o.is_example AS orgIsExample
       FROM entries e JOIN organisations o ON o.id = e.organisation_id
       WHERE e.id IN (SELECT value FROM json_each(?)) AND e.status IN ('published', 'archived')`,
    )
    .all(JSON.stringify(ids)) as EntryRowOut[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

function organisationIds(slugs: readonly string[]): number[] {
  if (!slugs.length) return [];
  return (
    getDb().$client.prepare("SELECT id FROM organisations WHERE slug IN (SELECT value FROM json_each(?))").pluck().all(JSON.stringify(slugs)) as number[]
  );
}

/**
 * Searches the public entries of one scope (kind, organisations): ranked hits with a highlighted
 * snippet, the total, and the mode used. Empty or unsearchable text returns no hits (mode "none").
 */
export function searchEntries(
  p: Omit<SearchScope, "where"> & {
    q: string | undefined;
    limit?: number;
    offset?: number;
    sort?: SearchSort;
    weights?: Weights;
    ignore?: readonly string[];
    /** Where to take the snippet from, first matching column wins (default: decisions, summary, body…). */
    snippetColumns?: readonly Column[];
  },
): SearchResult {
  const c = catalogue();
  const k = p.kind ? KIND_CODES.indexOf(p.kind) : -1;
  const orgs = p.organisations?.length ? new Set(organisationIds(p.organisations)) : null;
  const inScope = (r: number) => r >= 0 && (k < 0 || c.kind[r] === k) && (!orgs || orgs.has(c.org[r]!));
  const accept = (id: number) => inScope(id < c.rowOf.length ? c.rowOf[id]! : -1);
  const match = matchText(p.q, { accept, ignore: p.ignore });
  if (!match) return { mode: "none", tokens: [], total: 0, hits: [] };
  const scoped = matchRows(c, match.ids).filter(inScope);
  const limit = Math.max(1, Math.min(200, Math.trunc(p.limit ?? 20)));
  const offset = Math.max(0, Math.trunc(p.offset ?? 0));
  const sort = p.sort ?? "relevance";
  const page =
    sort === "relevance"
      ? bestMatches(match, offset + limit, { weights: p.weights, keep: accept }).slice(offset)
      : Array.from(pageInOrder(c, scoped, sort, offset, limit), (r) => ({ id: c.entryId[r]!, score: 0 }));
  const rank = new Map(page.map((h) => [h.id, h.score]));
  const ids = page.map((h) => h.id);
  const snips = snippets(match, ids, { columns: p.snippetColumns });
  return {
    mode: match.mode,
    tokens: match.tokens,
    total: scoped.length,
    hits: entriesById(ids).map((r) => ({
      id: r.id,
      publicId: r.publicId,
      kind: r.kind,
      name: r.name,
      status: r.status,
      endedOn: r.endedOn,
      organisation: { slug: r.orgSlug, name: r.orgName, isExample: Boolean(r.orgIsExample) },
      rank: rank.get(r.id) ?? 0,
      snippet: snips.get(r.id) ?? "",
    })),
  };
}

/**
 * Rows `offset … offset + limit` of a set in name or newest-first order: walks the catalogue's order and
 * stops when the page is full (no sorting per query).
 */
function pageInOrder(c: Catalogue, rows: Int32Array, sort: "name" | "newest", offset: number, limit: number): Int32Array {
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

/* ------------------------------------------------------------------------------------------------
 * Both registers: the search page and GET /api/v1/search
 * ---------------------------------------------------------------------------------------------- */

/** A register search: text, filters (any value within one, all across), sort and page. */
export interface RegisterQuery {
  q?: string;
  kind: readonly string[];
  organisation: readonly string[];
  type: readonly string[];
  theme: readonly string[];
  category: readonly string[];
  value: readonly string[];
  status: readonly string[];
  sort?: SearchSort;
  page: number;
  pageSize: number;
}

export interface FacetOption {
  value: string;
  count: number;
  /** For organisations: the display name. */
  label?: string;
}
export type RegisterFacets = Record<FacetName, FacetOption[]>;

export interface RegisterHit {
  publicId: string;
  kind: EntryKind;
  name: string;
  /** The name as safe HTML, searched words in <mark>. */
  nameHtml: string;
  /** Safe HTML: a passage with the searched words in <mark>, or the start of the description. */
  snippet: string;
  /** Relevance (higher is better); null without a text query. */
  score: number | null;
  url: string;
  organisation: { slug: string; name: string; isExample: boolean };
  /** In use, in development or planned, or no longer in use (see lib/vocab.ts lifecycleStates). */
  status: LifecycleState;
  registerStatus: "published" | "archived";
  endedOn: string | null;
  publishedAt: string | null;
  /** Sensors: the sensor type; algorithms: the publication category. */
  type: SensorType | null;
  category: (typeof publicationCategories.slugs)[number] | null;
}

export interface RegisterResult {
  /** "browse": no text; "none": text without searchable words; otherwise how the words matched. */
  mode: MatchMode | "browse" | "none";
  /** The words searched for. */
  words: string[];
  total: number;
  page: number;
  pageSize: number;
  pages: number;
  sort: SearchSort;
  hits: RegisterHit[];
  facets: RegisterFacets;
  /** Milliseconds spent: text match, filters with facet counts, ranking or ordering the page, page details. */
  timing: { match: number; facets: number; rank: number; page: number };
}

const SUMMARY_PREVIEW = 220;
const preview = (s: string) => {
  const t = s.trim();
  return escapeHtml(t.length > SUMMARY_PREVIEW ? `${t.slice(0, SUMMARY_PREVIEW).replace(/\s+\S*$/, "")}…` : t);
};
/** Index columns for a snippet when no field of the content has a searched word (labels, organisation). */
const REGISTER_SNIPPET_COLUMNS: readonly Column[] = ["body", "vals", "organisation"];

/** The published content of some entries (entries.data), parsed. */
function publishedContent(ids: readonly number[]): Map<number, Record<string, unknown>> {
  if (!ids.length) return new Map();
  const rows = getDb().$client
    .prepare("SELECT id, data FROM entries WHERE id IN (SELECT value FROM json_each(?))")
    .all(JSON.stringify(ids)) as { id: number; data: string | null }[];
  return new Map(rows.map((r) => [r.id, r.data ? (JSON.parse(r.data) as Record<string, unknown>) : {}]));
}

/**
 * An entry's readable text, field by field in reading order, for snippets: what it is and does first,
 * then the details, the contest route and the values with their explanations ("Privacy: …").
 */
function displayTexts(kind: EntryKind, data: Record<string, unknown>): string[] {
  const str = (v: unknown) => (typeof v === "string" && v.trim() ? [v] : []);
  const values = ((data.values ?? []) as { value: string; explanation?: string }[]).flatMap((v) => {
    const name = valueBySlug(v.value)?.name.nl;
    return name && v.explanation ? [`${name}: ${v.explanation}`] : [];
  });
  if (kind === "sensor")
    return [
      ...["measures", "purpose", "collectiveInterest", "locationDescription", "operator", "dataAccess", "retention"].flatMap((k) => str(data[k])),
      ...values,
    ];
  const contest = (data.contest ?? {}) as { decisions?: string[]; routes?: { handler?: string; steps?: string[] }[]; humanReview?: string };
  return [
    ...str(data.shortDescription),
    ...(contest.decisions?.length ? [contest.decisions.join(", ")] : []),
    ...["goal", "considerations", "humanIntervention", "lawfulBasis", "dataUsed", "technicalOperation", "supplier"].flatMap((k) => str(data[k])),
    ...(contest.routes ?? []).flatMap((r) => [...str(r.handler), ...(r.steps ?? []).flatMap(str)]),
    ...str(contest.humanReview),
    ...((data.transparencyLimits ?? []) as { what: string; why: string }[]).map((l) => `${l.what}: ${l.why}`),
    ...values,
  ];
}

/** Filters by slug, as the pages and the API give them. */
export interface SlugFilters {
  kind?: readonly string[];
  organisation?: readonly string[];
  type?: readonly string[];
  theme?: readonly string[];
  category?: readonly string[];
  value?: readonly string[];
  status?: readonly string[];
  algorithmStatus?: readonly string[];
}

/**
 * The core every list builds on: text match (optional), filters, facet counts with the other filters
 * applied, and one page in the chosen order. `grouped`: relevance by where the words occur, then bm25
 * (the register search, see `relevancePage`); otherwise plain bm25 with `weights` (one register's list).
 * Unsearchable text (only punctuation, emoji…) matches nothing, or with `unsearchableMatchesAll` is ignored.
 */
export function searchCatalogue(p: {
  q?: string;
  filters: SlugFilters;
  sort: SearchSort;
  offset: number;
  limit: number;
  grouped?: boolean;
  weights?: Weights;
  unsearchableMatchesAll?: boolean;
}) {
  const t0 = performance.now();
  const c = catalogue();
  const today = todayNumber();
  const organisations = getDb().$client.prepare("SELECT id, slug, name, is_example AS isExample FROM organisations").all() as {
    id: number;
    slug: string;
    name: string;
    isExample: number;
  }[];
  const orgBySlug = new Map(organisations.map((o) => [o.slug, o]));
  const f = p.filters;
  const filters: CatalogueFilters = {
    kind: f.kind ?? [],
    organisationIds: (f.organisation ?? []).map((s) => orgBySlug.get(s)?.id ?? -1),
    type: f.type ?? [],
    theme: f.theme ?? [],
    category: f.category ?? [],
    value: f.value ?? [],
    status: f.status ?? [],
    algorithmStatus: f.algorithmStatus ?? [],
  };
  const passes = filterTest(c, filters, today);
  const accept = (id: number) => passes(rowOfId(c, id));
  let mode: MatchMode | "browse" | "none" = "browse";
  let match: RankedMatch | null = null;
  let candidates: Int32Array | null = null;
  if (p.q?.trim()) {
    match = matchText(p.q, { accept });
    if (match) {
      candidates = matchRows(c, match.ids);
      mode = match.mode;
    } else if (!p.unsearchableMatchesAll) {
      mode = "none";
      candidates = new Int32Array(0);
    }
  }
  const t1 = performance.now();
  const { pass, raw } = filterAndCount(c, filters, candidates, today);
  const t2 = performance.now();
  let page: { id: number; score: number | null }[];
  if (match && p.sort === "relevance") {
    if (p.grouped) page = relevancePage(c, match, pass, p.offset, p.limit);
    else {
      // Only as many as the page needs are scored; when every match is in the result, no filter is needed.
      const filtered = pass.length !== match.ids.length;
      page =
        p.offset < pass.length
          ? bestMatches(match, p.offset + p.limit, { weights: p.weights, ...(filtered ? { keep: accept } : {}) }).slice(p.offset)
          : [];
    }
  } else {
    page = Array.from(pageInOrder(c, pass, p.sort === "newest" ? "newest" : "name", p.offset, p.limit), (r) => ({ id: c.entryId[r]!, score: null }));
  }
  const t3 = performance.now();
  return {
    match,
    mode,
    total: pass.length,
    page,
    raw,
    organisations,
    timing: { match: t1 - t0, facets: t2 - t1, rank: t3 - t2, total: t3 - t0 },
  };
}

/** Facet options in vocabulary order: those with results, and the chosen ones (also at 0). */
export function facetOptions(slugs: readonly string[], counts: ArrayLike<number>, selected: readonly string[]): FacetOption[] {
  return slugs.flatMap((s, i) => (s && (counts[i]! > 0 || selected.includes(s)) ? [{ value: s, count: counts[i] ?? 0 }] : []));
}

/** Organisation options by name, with their display name; chosen ones without results at 0. */
export function organisationOptions(
  counts: Map<number, number>,
  organisations: readonly { id: number; slug: string; name: string }[],
  selected: readonly string[],
): FacetOption[] {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const out: FacetOption[] = [...counts]
    .map(([id, count]) => ({ value: byId.get(id)?.slug ?? String(id), label: byId.get(id)?.name ?? String(id), count }))
    .sort((a, b) => a.label.localeCompare(b.label, "nl"));
  for (const s of selected)
    if (!out.some((o) => o.value === s)) out.push({ value: s, label: organisations.find((o) => o.slug === s)?.name ?? s, count: 0 });
  return out;
}

/**
 * One search over both registers: text (optional), filters, facet counts with the other filters applied,
 * sort and paging. Never throws on odd text: unsearchable text gives mode "none" and no hits.
 */
export function searchRegister(q: RegisterQuery): RegisterResult {
  const t0 = performance.now();
  const text = q.q?.trim() ? q.q : undefined;
  const sort: SearchSort = q.sort ?? (text ? "relevance" : "name");
  const found = searchCatalogue({
    q: text,
    filters: q,
    sort,
    offset: (q.page - 1) * q.pageSize,
    limit: q.pageSize,
    grouped: true,
  });
  const { raw, organisations: orgRows } = found;
  const c = catalogue();
  const today = todayNumber();
  const mode = found.mode;
  const words = found.match?.words ?? [];
  const pages = Math.max(1, Math.ceil(found.total / q.pageSize));
  const scores = new Map(found.page.filter((h) => h.score !== null).map((h) => [h.id, h.score!]));
  const pageIds = found.page.map((h) => h.id);
  const t2 = performance.now();

  const ids = pageIds;
  const details = entriesById(ids);
  const content = publishedContent(ids);
  const hl = words.length ? highlighter(words) : null;
  const hits: RegisterHit[] = details.map((d) => {
    const r = c.rowOf[d.id]!;
    const texts = displayTexts(d.kind, content.get(d.id) ?? {});
    let snippet = "";
    // The passage with the most of the searched words, from the fields in reading order; then from the
    // index's other text (vocabulary labels, organisation).
    if (hl) snippet = hl.bestPassage(texts, 30);
    if (hl && !snippet) {
      const row = indexedText([d.id]).get(d.id);
      if (row) for (const col of REGISTER_SNIPPET_COLUMNS) if ((snippet = hl.passage(row[col] ?? "", 30))) break;
    }
    return {
      publicId: d.publicId,
      kind: d.kind,
      name: d.name,
      nameHtml: hl ? hl.all(d.name) : escapeHtml(d.name),
      snippet: snippet || preview(texts[0] ?? ""),
      score: scores.has(d.id) ? Math.round(scores.get(d.id)! * 10_000) / 10_000 : null,
      url: canonicalUrl(d.kind, d.publicId),
      organisation: { slug: d.orgSlug, name: d.orgName, isExample: Boolean(d.orgIsExample) },
      status: STATE_CODES[stateOf(c, r, today)]!,
      registerStatus: d.status,
      endedOn: d.endedOn,
      publishedAt: d.publishedAt ? new Date(d.publishedAt).toISOString() : null,
      // Code 0 is "none"; any other code is a slug.
      type: c.type[r] ? (FACET_SLUGS.type[c.type[r]!] as SensorType) : null,
      category: c.category[r] ? (FACET_SLUGS.category[c.category[r]!] as RegisterHit["category"]) : null,
    };
  });

  const options = facetOptions;
  const facets = Object.fromEntries(FACETS.map((f) => [f, [] as FacetOption[]])) as RegisterFacets;
  facets.kind = options(FACET_SLUGS.kind, raw.kind, q.kind);
  facets.organisation = organisationOptions(raw.organisation, orgRows, q.organisation);
  facets.type = options(FACET_SLUGS.type, raw.type, q.type);
  facets.theme = options(FACET_SLUGS.theme, raw.theme, q.theme);
  facets.category = options(FACET_SLUGS.category, raw.category, q.category);
  facets.value = options(FACET_SLUGS.value, raw.value, q.value);
  facets.status = options(FACET_SLUGS.status, raw.status, q.status);
  const t3 = performance.now();
  return {
    mode,
    words,
    total: found.total,
    page: q.page,
    pageSize: q.pageSize,
    pages,
    sort,
    hits,
    facets,
    timing: { match: found.timing.match, facets: found.timing.facets, rank: found.timing.rank, page: t3 - t2 + (t2 - t0 - found.timing.total) },
  };
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
function relevancePage(c: Catalogue, m: RankedMatch, pass: Int32Array, offset: number, limit: number): { id: number; score: number }[] {
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

/** Whether a catalogue row passes every filter (false for -1: not public). */
function filterTest(c: Catalogue, f: CatalogueFilters, today: number) {
  const test = compileFilter(c, f, today);
  return (r: number) => r >= 0 && test(r) === 0;
}

/**
 * Whether a phrase (e.g. one registered decision, "stopzetting uitkering") is hit by the searched words:
 * some word of the phrase starts with a variant of some searched word, after the same folding as the index.
 */
export function phraseMatches(phrase: string, tokens: readonly string[]): boolean {
  const words = queryTokens(phrase);
  const variants = tokens.flatMap(wordVariants);
  return words.some((w) => variants.some((v) => w.startsWith(v)));
}

/* ------------------------------------------------------------------------------------------------
 * Keeping the index in step, and rebuilding it
 * ---------------------------------------------------------------------------------------------- */

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
