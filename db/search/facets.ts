/**
 * The search engine, part 5 of 7: the core every list builds on (the search, the algorithm list): a text
 * match (optional), the filters, facet counts with the other filters applied, and one page in the chosen
 * order; and the facet options the pages and the API show.
 */
import "server-only";
import { getDb } from "../client";
import { catalogue, compileFilter, filterAndCount, rowOfId, todayNumber, type Catalogue, type CatalogueFilters } from "../catalogue";
import type { MatchMode } from "./query";
import { matchRows, matchText, type RankedMatch } from "./match";
import { bestMatches, pageInOrder, relevancePage, type Weights } from "./ranking";

/** The orders of a list. */
export type SearchSort = "relevance" | "name" | "newest";

export interface FacetOption {
  value: string;
  count: number;
  /** For organisations: the display name. */
  label?: string;
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
    if (p.grouped) page = relevancePage(c, match, pass, p.offset, p.limit, pass.length === candidates!.length);
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

/** Whether a catalogue row passes every filter (false for -1: not public). */
function filterTest(c: Catalogue, f: CatalogueFilters, today: number) {
  const test = compileFilter(c, f, today);
  return (r: number) => r >= 0 && test(r) === 0;
}
