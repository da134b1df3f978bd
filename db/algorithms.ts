/**
 * Public read queries of the algorithm register, as plain DTOs: the list with filters and facet counts
 * (shared by /{locale}/algorithms and GET /api/v1/algorithms), one algorithm, and the contest finder.
 * Only published and archived algorithms are ever returned.
 */
import "server-only";
import { sql } from "drizzle-orm";
import { PUBLIC_ID_PATTERN } from "@/lib/schemas";
import type { Algorithm, Contest } from "@/lib/schemas/algorithm";
import type { AlgorithmItem } from "@/lib/schemas/api";
import { QUERY_LIMITS, type Sort } from "@/lib/query-params";
import { getDb } from "./client";
import type { ALGORITHM_FILTERS, AlgorithmQuery } from "./query-params";
import { FACET_SLUGS } from "./catalogue";
import { getPublicEntry, publicEntriesByIds, type PublicEntry } from "./public";
import { phraseMatches, type MatchMode, type QueryLanguage } from "./search/query";
import type { Weights } from "./search/ranking";
import { highlightColumn, snippets } from "./search/snippets";
import { facetOptions, organisationOptions, searchCatalogue } from "./search/facets";
import { scopeCondition, searchEntries } from "./search/register";

/** The list's query (its parameters: db/query-params.ts ALGORITHM_QUERY, shared by the list page and the API). */
export type { AlgorithmQuery };
export type FilterParam = (typeof ALGORITHM_FILTERS)[number];

/* ------------------------------------------------------------------------------------------------
 * The list, with facet counts
 * ---------------------------------------------------------------------------------------------- */

const FROM = sql`entries e JOIN organisations o ON o.id = e.organisation_id JOIN algorithms a ON a.entry_id = e.id`;
export interface FacetCount {
  value: string;
  count: number;
  /** For organisations: the display name. */
  label?: string;
}
export type AlgorithmFacets = Record<FilterParam, FacetCount[]>;

/** One public algorithm as the list, the API and the contest finder see it. */
export interface AlgorithmRecord {
  publicId: string;
  name: string;
  /** Register status: published, or archived (kept visible, no longer in use). */
  entryStatus: "published" | "archived";
  endedOn: string | null;
  revision: number;
  publishedAt: string | null;
  archivedAt: string | null;
  organisation: AlgorithmItem["organisation"];
  /** The published content (Algoritmeregister fields, contest block, transparency limits, values). */
  data: Algorithm;
  /**
   * With a text query, safe HTML with <mark> around the matched words: the short description, and a
   * passage from the rest of the text (decisions, other fields, values, organisation) when a word occurs
   * there ("" otherwise).
   */
  highlight?: { shortDescription: string; passage: string };
}

const escapeForHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
const toRecord = (e: PublicEntry<Algorithm>): AlgorithmRecord => ({
  publicId: e.publicId,
  name: e.name,
  entryStatus: e.status,
  endedOn: e.endedOn,
  revision: e.revision,
  publishedAt: e.publishedAt?.toISOString() ?? null,
  archivedAt: e.archivedAt?.toISOString() ?? null,
  organisation: {
    slug: e.organisation.slug,
    name: e.organisation.name,
    isExample: e.organisation.isExample,
    kind: e.organisation.kind,
    moderator: e.organisation.moderator,
  },
  data: e.data,
});

export interface AlgorithmList {
  items: AlgorithmRecord[];
  total: number;
  page: number;
  pageSize: number;
  pages: number;
  sort: Sort;
  facets: AlgorithmFacets;
  /** With a text query: whether every word matched ("all") or only some ("any"); null without one. */
  match: { mode: MatchMode; words: string[] } | null;
}

/**
 * The filtered, sorted, paged list of public algorithms with facet counts: the register's one search
 * engine (db/search/facets.ts) on the algorithms only, ranked by bm25 when searching.
 */
export function listAlgorithms(q: AlgorithmQuery): AlgorithmList {
  const requested = q.sort ?? (q.q ? "relevance" : "name");
  const found = searchCatalogue({
    q: q.q,
    filters: { kind: ["algorithm"], organisation: q.organisation, theme: q.theme, category: q.category, value: q.value, algorithmStatus: q.status },
    sort: requested,
    offset: (q.page - 1) * q.pageSize,
    limit: q.pageSize,
    // Text without any words (only punctuation or emoji) filters nothing here: the whole list is shown.
    unsearchableMatchesAll: true,
  });
  const match = found.match;
  const sort = q.sort ?? (match ? "relevance" : "name");
  const ids = found.page.map((h) => h.id);
  const rows = publicEntriesByIds<Algorithm>("algorithm", ids);
  const passages = match ? snippets(match, ids, { columns: ["decisions", "body", "vals", "organisation"] }) : new Map<number, string>();
  const summaries = match ? highlightColumn(match, ids, "summary") : new Map<number, string>();
  const raw = found.raw;
  return {
    items: rows.map((r) => {
      const record = toRecord(r);
      if (!match) return record;
      const shortDescription = summaries.get(r.id) || escapeForHtml(record.data.shortDescription);
      return { ...record, highlight: { shortDescription, passage: passages.get(r.id) ?? "" } };
    }),
    total: found.total,
    page: q.page,
    pageSize: q.pageSize,
    pages: Math.max(1, Math.ceil(found.total / q.pageSize)),
    sort,
    facets: {
      organisation: organisationOptions(raw.organisation, found.organisations, q.organisation),
      theme: facetOptions(FACET_SLUGS.theme, raw.theme, q.theme),
      status: facetOptions(FACET_SLUGS.algorithmStatus, raw.algorithmStatus, q.status),
      category: facetOptions(FACET_SLUGS.category, raw.category, q.category),
      value: facetOptions(FACET_SLUGS.value, raw.value, q.value),
    },
    match: match ? { mode: match.mode, words: match.tokens } : null,
  };
}

/** One published or archived algorithm; undefined for unknown ids and drafts. */
export function getAlgorithm(publicId: string): PublicEntry<Algorithm> | undefined {
  if (!PUBLIC_ID_PATTERN.test(publicId) || !publicId.startsWith("A-")) return undefined;
  return getPublicEntry<Algorithm>("algorithm", publicId);
}

/** The same algorithm as an AlgorithmRecord (for the API). */
export function getAlgorithmRecord(publicId: string): AlgorithmRecord | undefined {
  const entry = getAlgorithm(publicId);
  return entry ? toRecord(entry) : undefined;
}

/* ------------------------------------------------------------------------------------------------
 * The contest finder
 * ---------------------------------------------------------------------------------------------- */

/** An organisation's general contact for objections: the fallback when no algorithm matches. */
export interface OrganisationContact {
  slug: string;
  name: string;
  isExample: boolean;
  contactEmail: string;
  website: string | null;
  objectionUrl: string | null;
  objectionAddress: string | null;
}

const contactColumns = sql`o.slug AS slug, o.name AS name, o.is_example AS isExample, o.contact_email AS contactEmail,
  o.website AS website, o.objection_url AS objectionUrl, o.objection_address AS objectionAddress`;
const toContact = (r: OrganisationContact & { isExample: unknown }): OrganisationContact => ({ ...r, isExample: Boolean(r.isExample) });

/** Organisations with public algorithms, for the contest finder's choice. */
export function contestOrganisations(): { slug: string; name: string }[] {
  return getDb().all<{ slug: string; name: string }>(
    sql`SELECT DISTINCT o.slug AS slug, o.name AS name FROM entries e JOIN organisations o ON o.id = e.organisation_id
        WHERE ${scopeCondition({ kind: "algorithm" })} ORDER BY o.name COLLATE NOCASE`,
  );
}

export function organisationContact(slug: string): OrganisationContact | undefined {
  const row = getDb().get<OrganisationContact>(sql`SELECT ${contactColumns} FROM organisations o WHERE o.slug = ${slug}`);
  return row ? toContact(row) : undefined;
}

/** Words every letter in the contest finder is about; they say nothing about which decision it is. */
const CONTEST_WORDS = [
  "bezwaar",
  "bezwaarschrift",
  "beroep",
  "brief",
  "besluit",
  "aanvechten",
  "maken",
  "ontvangen",
  "gekregen",
  "gehad",
  "objection",
  "object",
  "appeal",
  "letter",
  "decision",
  "contest",
  "received",
  "got",
];

/**
 * Column weights for the finder: the registered decision words count most. On top of that, entries whose
 * decisions hold the words come before entries that only mention them in their text (`firstIn`).
 */
const CONTEST_WEIGHTS: Weights = [6, 2, 0.5, 20, 1, 0];

export interface ContestHit {
  publicId: string;
  name: string;
  entryStatus: "published" | "archived";
  endedOn: string | null;
  publicationCategory: Algorithm["publicationCategory"];
  shortDescription: string;
  organisation: OrganisationContact;
  /** The structured route to contest; absent when the organisation registered none. */
  contest: Contest | null;
  /** The registered decisions the resident's words hit (all of them when browsing an organisation). */
  matchedDecisions: string[];
  snippet?: string;
}

export interface ContestFinderResult {
  /** What the finder did: "search" (text), "browse" (organisation only), "empty" (nothing asked),
   *  "unsearchable" (text with no words in it, e.g. only punctuation). */
  kind: "search" | "browse" | "empty" | "unsearchable";
  mode: MatchMode | null;
  total: number;
  hits: ContestHit[];
  /** The chosen organisation's general contact, when one was chosen and exists. */
  organisation: OrganisationContact | null;
}

const FINDER_LIMIT = 10;

/**
 * From the words of a letter (and/or the organisation that sent it) to the algorithms whose decisions
 * match, with their contest routes. `lang` is the page's language: English words match whole on English
 * pages (db/search/query.ts). Never throws on odd input; unknown organisations are ignored.
 */
export function findContest(p: { q?: string; organisation?: string; lang?: QueryLanguage }): ContestFinderResult {
  const organisation = p.organisation ? (organisationContact(p.organisation) ?? null) : null;
  const orgScope = organisation ? [organisation.slug] : undefined;
  const text = (p.q ?? "").slice(0, QUERY_LIMITS.text);
  if (text.trim()) {
    const r = searchEntries({
      q: text,
      kind: "algorithm",
      organisations: orgScope,
      limit: FINDER_LIMIT,
      weights: CONTEST_WEIGHTS,
      ignore: CONTEST_WORDS,
      lang: p.lang,
      firstIn: "decisions",
      snippetColumns: ["body", "summary", "name", "vals", "organisation"],
    });
    if (r.mode === "none") return { kind: "unsearchable", mode: null, total: 0, hits: [], organisation };
    const details = loadForFinder(r.hits.map((h) => h.id));
    const hits = r.hits.flatMap((h) => {
      const d = details.get(h.id);
      if (!d) return [];
      const decisions = d.contest?.decisions ?? [];
      return [{ ...d, matchedDecisions: decisions.filter((x) => phraseMatches(x, r.tokens, p.lang)), snippet: h.snippet }];
    });
    return { kind: "search", mode: r.mode, total: r.total, hits, organisation };
  }
  if (!organisation) return { kind: "empty", mode: null, total: 0, hits: [], organisation: null };
  // Browsing one organisation: its algorithms that make or support decisions first.
  const rows = getDb().all<{ id: number }>(
    sql`SELECT e.id AS id FROM ${FROM} WHERE ${scopeCondition({ kind: "algorithm", organisations: [organisation.slug] })}
        ORDER BY a.has_contest DESC, e.name COLLATE NOCASE`,
  );
  const details = loadForFinder(rows.map((r) => r.id));
  const hits = rows.flatMap((r) => {
    const d = details.get(r.id);
    return d ? [{ ...d, matchedDecisions: d.contest?.decisions ?? [] }] : [];
  });
  return { kind: "browse", mode: null, total: hits.length, hits, organisation };
}

function loadForFinder(ids: readonly number[]): Map<number, Omit<ContestHit, "matchedDecisions" | "snippet">> {
  return new Map(
    publicEntriesByIds<Algorithm>("algorithm", ids).map((e) => [
      e.id,
      {
        publicId: e.publicId,
        name: e.name,
        entryStatus: e.status,
        endedOn: e.endedOn,
        publicationCategory: e.data.publicationCategory,
        shortDescription: e.data.shortDescription,
        organisation: {
          slug: e.organisation.slug,
          name: e.organisation.name,
          isExample: e.organisation.isExample,
          contactEmail: e.organisation.contactEmail,
          website: e.organisation.website,
          objectionUrl: e.organisation.objectionUrl,
          objectionAddress: e.organisation.objectionAddress,
        },
        contest: e.data.contest ?? null,
      },
    ]),
  );
}

/** A few decisions registered in the register, as examples of what to type (first decision per algorithm). */
export function exampleDecisions(limit = 10): string[] {
  return getDb()
    .all<{ d: string }>(
      sql`SELECT DISTINCT json_extract(e.data, '$.contest.decisions[0]') AS d FROM ${FROM}
          WHERE ${scopeCondition({ kind: "algorithm" })} AND e.status = 'published' AND a.has_contest = 1 AND d IS NOT NULL
          ORDER BY e.published_at, e.id LIMIT ${limit}`,
    )
    .map((r) => r.d);
}
