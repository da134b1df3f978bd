/**
 * The search engine, part 6 of 7: the searches themselves. One search over both registers, the search page
 * and GET /api/v1/search (`searchRegister`), and one register at a time, the contest finder
 * (`searchEntries`), with the SQL scope the algorithm list and the contest finder share.
 */
import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { valueBySlug } from "@/lib/codio";
import { canonicalUrl } from "@/lib/urls";
import type { EntryKind, LifecycleState, publicationCategories, SensorType } from "@/lib/vocab";
import { getDb } from "../client";
import { catalogue, FACET_SLUGS, FACETS, KIND_CODES, organisationIdsOf, rowOfId, STATE_CODES, stateOf, todayNumber, type FacetName } from "../catalogue";
import type { MatchMode, QueryLanguage } from "./query";
import { matchIdsIn, matchRows, matchText, type ColumnSet } from "./match";
import { bestMatches, pageInOrder, type Weights } from "./ranking";
import { escapeHtml, highlighter, indexedText, snippets, type Column } from "./snippets";
import { facetOptions, organisationOptions, searchCatalogue, type FacetOption, type SearchSort } from "./facets";

/* ------------------------------------------------------------------------------------------------
 * Which entries may be searched (SQL for lists that filter in SQL: the algorithm list, the contest finder)
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
 * One register at a time: the contest finder
 * ---------------------------------------------------------------------------------------------- */

/** An entry's row as the searches read it (entriesById). */
type EntryRowOut = {
  /** entries.id (internal); use publicId outside the server. */
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

/** One hit of the contest finder's search: the entry's row, its organisation, relevance and snippet. */
export type SearchHit = Pick<EntryRowOut, "id" | "publicId" | "kind" | "name" | "status" | "endedOn"> & {
  organisation: { slug: string; name: string; isExample: boolean };
  /** bm25 relevance: lower is better. */
  rank: number;
  /** Safe HTML: the escaped text with the matched words in <mark>. */
  snippet: string;
};

export interface SearchResult {
  /** "none": nothing searchable was typed, no hits. */
  mode: MatchMode | "none";
  tokens: string[];
  total: number;
  hits: SearchHit[];
}


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
    /** The page's language: how typed words match (db/search/query.ts). */
    lang?: QueryLanguage;
    /**
     * By relevance, entries whose words occur in this column set come first, then the rest (the contest finder:
     * the decisions an algorithm lists rank above passing mentions in its text).
     */
    firstIn?: ColumnSet;
    /** Where to take the snippet from, first matching column wins (default: decisions, summary, body…). */
    snippetColumns?: readonly Column[];
  },
): SearchResult {
  const c = catalogue();
  const k = p.kind ? KIND_CODES.indexOf(p.kind) : -1;
  const orgs = p.organisations?.length ? new Set(organisationIdsOf(p.organisations)) : null;
  const inScope = (r: number) => r >= 0 && (k < 0 || c.kind[r] === k) && (!orgs || orgs.has(c.org[r]!));
  const accept = (id: number) => inScope(rowOfId(c, id));
  const match = matchText(p.q, { accept, ignore: p.ignore, lang: p.lang });
  if (!match) return { mode: "none", tokens: [], total: 0, hits: [] };
  const scoped = matchRows(c, match.ids).filter(inScope);
  const limit = Math.max(1, Math.min(200, Math.trunc(p.limit ?? 20)));
  const offset = Math.max(0, Math.trunc(p.offset ?? 0));
  const sort = p.sort ?? "relevance";
  let page: { id: number; score: number }[];
  if (sort !== "relevance") page = Array.from(pageInOrder(c, scoped, sort, offset, limit), (r) => ({ id: c.entryId[r]!, score: 0 }));
  else if (!p.firstIn) page = bestMatches(match, offset + limit, { weights: p.weights, keep: accept }).slice(offset);
  else {
    const inFirst = new Set(matchIdsIn(match, p.firstIn));
    const first = bestMatches(match, offset + limit, { weights: p.weights, keep: (id) => inFirst.has(id) && accept(id) });
    const rest = bestMatches(match, offset + limit - first.length, { weights: p.weights, keep: (id) => !inFirst.has(id) && accept(id) });
    page = [...first, ...rest].slice(offset);
  }
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
