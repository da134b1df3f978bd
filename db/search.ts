/**
 * The search engine over the FTS5 table `search_index` (rowid = entries.id; columns name, summary, body,
 * decisions, organisation, vals; tokenizer unicode61 with remove_diacritics 2, so case and accents never
 * matter). Only published and archived entries are ever returned.
 *
 * What a user typed is always text, never query syntax: it is cut into words by `queryTokens` (the same
 * folding as `ftsQuery` in lib/search-query.ts: letters and digits only, lowercase, accents removed) and
 * every word is quoted. On top of that, for Dutch decision words:
 * - every word matches as a prefix ("parkeer" finds "parkeerbon"; "woz" finds "WOZ-beschikking");
 * - a word also matches in a few simple variants: plural and inflection endings removed ("boetes",
 *   "bonnen", "uitkeringen"), past participles ("gestopt" → "stop", "stopgezet" → "stopzet…" →
 *   "stopzetting") and a handful of words residents use for the same letter ("bekeuring" → "boete");
 * - "all" mode first (every word must match; stop words such as "de" or "mijn" only when they match
 *   too); when that finds nothing, "any" mode (some words match), so "parkeerboete fietsenrek" or
 *   "bijstand gestopt brief" still find something. Callers see which mode was used.
 *
 * Written so the full search page (both registers, facets, sort, paging) can build on it: callers pass
 * extra SQL conditions on the alias `e` (entries), and can join `matchJoin()` for the relevance score.
 */
import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { queryTokens } from "@/lib/search-query";
import type { EntryKind } from "@/lib/vocab";
import { getDb } from "./client";

export type MatchMode = "all" | "any";

/** A compiled text query: the words, and the FTS5 expression per mode (null when nothing is searchable). */
export interface CompiledQuery {
  /** The folded words that take part (stop words left out when other words remain). */
  tokens: string[];
  /** Every word, stop words included; null when that is the same as `all`. */
  strict: string | null;
  /** Every meaningful word. */
  all: string | null;
  /** Any meaningful word; null for a single word. */
  any: string | null;
}

/** A resolved text match: the FTS5 expression actually used and the mode it was built in. */
export interface TextMatch {
  expr: string;
  mode: MatchMode;
  tokens: string[];
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
 * fills the gaps prefix matching and the ending rules cannot bridge.
 */
const RESIDENT_WORDS: Record<string, string[]> = {
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
};

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
  for (const w of RESIDENT_WORDS[word] ?? []) add(w);
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
  if (!tokens.length) return { tokens: [], strict: null, all: null, any: null };
  const groups = tokens.map(group);
  return {
    tokens,
    strict: words.length > tokens.length ? words.map(group).join(" AND ") : null,
    all: groups.join(" AND "),
    any: groups.length > 1 ? groups.join(" OR ") : null,
  };
}

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

const FROM = sql`entries e JOIN organisations o ON o.id = e.organisation_id`;

/** Entries matching an FTS5 expression: a condition on `e.id` for use in any query. */
export const matchCondition = (m: Pick<TextMatch, "expr">): SQL =>
  sql`e.id IN (SELECT rowid FROM search_index WHERE search_index MATCH ${m.expr})`;

/** The ids of every entry (public or not) that matches: evaluate the text match once, filter many times. */
export function matchingIds(m: Pick<TextMatch, "expr">): number[] {
  return getDb()
    .all<{ id: number }>(sql`SELECT rowid AS id FROM search_index WHERE search_index MATCH ${m.expr}`)
    .map((r) => r.id);
}

/** A condition on `e.id` from a list of ids (bound as one JSON parameter, however long the list). */
export const idsCondition = (ids: readonly number[]): SQL => sql`e.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;

/** Column weights for bm25: name, summary, body, decisions, organisation, vals. */
export const DEFAULT_WEIGHTS = [10, 4, 1, 8, 2, 0.5] as const;
export type Weights = readonly [number, number, number, number, number, number];

/**
 * A join that adds the relevance `m.score` (bm25: lower is better) of every matching entry; entries
 * that do not match are dropped.
 */
export function matchJoin(m: Pick<TextMatch, "expr">, weights: Weights = DEFAULT_WEIGHTS): SQL {
  const w = sql.raw(weights.map((n) => Number(n).toString()).join(", "));
  return sql`JOIN (SELECT rowid AS id, bm25(search_index, ${w}) AS score FROM search_index WHERE search_index MATCH ${m.expr}) m ON m.id = e.id`;
}

function countIn(expr: string, scope: SearchScope): number {
  const row = getDb().get<{ n: number }>(sql`SELECT count(*) AS n FROM entries e WHERE ${scopeCondition(scope)} AND ${matchCondition({ expr })}`);
  return row?.n ?? 0;
}

/**
 * Decides how to match user text within a scope: every word, stop words included, when that finds
 * something ("een klik" then highlights "één klik"); otherwise every meaningful word ("all"); otherwise
 * any of them ("any"). Null when the text holds nothing searchable (only punctuation, emoji…).
 */
export function resolveMatch(text: string | undefined, scope: SearchScope = {}, opts: { ignore?: readonly string[] } = {}): TextMatch | null {
  const q = compileQuery(text ?? "", opts);
  if (!q.all) return null;
  if (q.strict && countIn(q.strict, scope) > 0) return { expr: q.strict, mode: "all", tokens: q.tokens };
  if (q.any && countIn(q.all, scope) === 0) return { expr: q.any, mode: "any", tokens: q.tokens };
  return { expr: q.all, mode: "all", tokens: q.tokens };
}

const MARK_OPEN = "\uE000";
const MARK_CLOSE = "\uE001";
const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** HTML from an FTS5 snippet with our private markers: everything escaped, except our own <mark>. */
export function snippetHtml(raw: string): string {
  return escapeHtml(raw)
    .replace(new RegExp(`${MARK_OPEN}([^${MARK_OPEN}${MARK_CLOSE}]*)${MARK_CLOSE}`, "g"), "<mark>$1</mark>")
    .replace(new RegExp(`[${MARK_OPEN}${MARK_CLOSE}]`, "g"), "");
}

/** Columns of search_index, in table order (for snippet and highlight). */
export const COLUMNS = { name: 0, summary: 1, body: 2, decisions: 3, organisation: 4, vals: 5 } as const;
export type Column = keyof typeof COLUMNS;
const DEFAULT_SNIPPET_ORDER: readonly Column[] = ["decisions", "summary", "body", "name", "vals", "organisation"];

const idList = (ids: readonly number[]) => sql.join(ids.map((i) => sql`${i}`), sql`, `);

/**
 * Highlighted snippets (safe HTML with <mark>) for some matching entry ids: per entry the passage of the
 * first column, in the given order, where a searched word occurs; "" when none of those columns matches.
 */
export function snippets(
  m: Pick<TextMatch, "expr">,
  ids: readonly number[],
  { columns = DEFAULT_SNIPPET_ORDER, tokens = 14 }: { columns?: readonly Column[]; tokens?: number } = {},
): Map<number, string> {
  if (!ids.length || !columns.length) return new Map();
  const parts = columns.map(
    (c, i) => sql`snippet(search_index, ${COLUMNS[c]}, ${MARK_OPEN}, ${MARK_CLOSE}, '…', ${tokens}) AS ${sql.raw(`s${i}`)}`,
  );
  const rows = getDb().all<Record<string, string | null> & { id: number }>(
    sql`SELECT rowid AS id, ${sql.join(parts, sql`, `)} FROM search_index WHERE search_index MATCH ${m.expr} AND rowid IN (${idList(ids)})`,
  );
  return new Map(
    rows.map((r) => {
      const hit = columns.map((_, i) => r[`s${i}`] ?? "").find((s) => s.includes(MARK_OPEN));
      return [r.id, hit ? snippetHtml(hit) : ""];
    }),
  );
}

/** One whole column with the searched words in <mark> (safe HTML), e.g. to show a description highlighted. */
export function highlightColumn(m: Pick<TextMatch, "expr">, ids: readonly number[], column: Column): Map<number, string> {
  if (!ids.length) return new Map();
  const rows = getDb().all<{ id: number; h: string | null }>(
    sql`SELECT rowid AS id, highlight(search_index, ${COLUMNS[column]}, ${MARK_OPEN}, ${MARK_CLOSE}) AS h
        FROM search_index WHERE search_index MATCH ${m.expr} AND rowid IN (${idList(ids)})`,
  );
  return new Map(rows.map((r) => [r.id, snippetHtml(r.h ?? "")]));
}

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

/**
 * Searches public entries: ranked hits with a highlighted snippet, the total, and the mode used.
 * Empty or unsearchable text returns no hits (mode "none"), never an error.
 */
export function searchEntries(
  p: SearchScope & {
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
  const match = resolveMatch(p.q, p, { ignore: p.ignore });
  if (!match) return { mode: "none", tokens: [], total: 0, hits: [] };
  const db = getDb();
  const where = scopeCondition(p);
  const total = countIn(match.expr, p);
  const order =
    p.sort === "name"
      ? sql`e.name COLLATE NOCASE, e.id`
      : p.sort === "newest"
        ? sql`e.published_at DESC, e.id`
        : sql`m.score, e.name COLLATE NOCASE`;
  const limit = Math.max(1, Math.min(200, Math.trunc(p.limit ?? 20)));
  const offset = Math.max(0, Math.trunc(p.offset ?? 0));
  const rows = db.all<{
    id: number;
    publicId: string;
    kind: EntryKind;
    name: string;
    status: "published" | "archived";
    endedOn: string | null;
    orgSlug: string;
    orgName: string;
    orgIsExample: number;
    score: number;
  }>(sql`SELECT e.id AS id, e.public_id AS publicId, e.kind AS kind, e.name AS name, e.status AS status, e.ended_on AS endedOn,
              o.slug AS orgSlug, o.name AS orgName, o.is_example AS orgIsExample, m.score AS score
         FROM ${FROM} ${matchJoin(match, p.weights)}
         WHERE ${where}
         ORDER BY ${order}
         LIMIT ${limit} OFFSET ${offset}`);
  const snips = snippets(match, rows.map((r) => r.id), { columns: p.snippetColumns });
  return {
    mode: match.mode,
    tokens: match.tokens,
    total,
    hits: rows.map((r) => ({
      id: r.id,
      publicId: r.publicId,
      kind: r.kind,
      name: r.name,
      status: r.status,
      endedOn: r.endedOn,
      organisation: { slug: r.orgSlug, name: r.orgName, isExample: Boolean(r.orgIsExample) },
      rank: r.score,
      snippet: snips.get(r.id) ?? "",
    })),
  };
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
