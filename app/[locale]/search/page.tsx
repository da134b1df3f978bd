import type { Metadata } from "next";
import { cache } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { append, dict } from "@/lib/dict";
import { valueBySlug, type Locale } from "@/lib/codio";
import { searchRegister, type RegisterResult } from "@/db/search/register";
import { pageQuery, SEARCH_FILTERS, SEARCH_QUERY, type SearchQuery } from "@/db/query-params";
import { ignoredList, queryPairs } from "@/lib/query-params";
import { entryKinds, lifecycleStates, publicationCategories, sensorTypes } from "@/lib/vocab";
import { FacetFilters, type Facet } from "@/components/entry/FacetFilters";
import { Pagination } from "@/components/entry/Pagination";
import { SearchResultItem } from "@/components/search/SearchResultItem";
import { themeLabel } from "@/components/algorithms/format";
import { ListSearchForm } from "@/components/entry/ListSearchForm";
import { activeFilterCount, FilterFold, SkipToResults } from "@/components/entry/FilterFold";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** One search per request, shared by the title and the page. */
const run = cache((key: string) => searchRegister(JSON.parse(key) as SearchQuery));
const searchOnce = (q: SearchQuery) => run(JSON.stringify(q));

const hasFilters = (q: SearchQuery) => SEARCH_FILTERS.some((f) => q[f].length > 0);
const shortText = (s: string) => (s.length > 80 ? `${s.slice(0, 80)}…` : s);
const toRecord = (pairs: [string, string][]) => {
  const out = dict<string[]>();
  for (const [k, v] of pairs) append(out, k, v);
  return out;
};
const href = (base: string, pairs: [string, string][]) => (pairs.length ? `${base}?${new URLSearchParams(pairs)}` : base);

async function countText(q: SearchQuery, r: RegisterResult) {
  const t = await getTranslations("search");
  return q.q ? t("countQuery", { count: r.total, q: shortText(q.q) }) : t("count", { count: r.total });
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "search" });
  const { query } = pageQuery(SEARCH_QUERY, await searchParams);
  if (!query.q && !hasFilters(query)) return { title: t("title"), description: t("intro") };
  const r = searchOnce(query);
  const parts = [await countText(query, r)];
  if (hasFilters(query)) parts.push(t("titleFiltered"));
  if (query.page > 1) parts.push(t("titlePage", { page: query.page }));
  return { title: `${parts.join(", ")} – ${t("title")}`, robots: { index: false } };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const t = await getTranslations("search");
  const { query, ignored } = pageQuery(SEARCH_QUERY, await searchParams);
  const action = `/${locale}/search`;
  const started = Boolean(query.q) || hasFilters(query);
  const result = started ? searchOnce(query) : null;
  const examples = t("examples").split("|");
  const keep = queryPairs(SEARCH_QUERY, { ...query, page: undefined });

  const browse = (
    <ul className="search-links">
      <li>
        <Link href="/sensors">{t("browseAllSensors")}</Link> · <Link href="/map">{t("browseMap")}</Link>
      </li>
      <li>
        <Link href="/algorithms">{t("browseAllAlgorithms")}</Link>
      </li>
      <li>
        <Link href="/contest">{t("browseContest")}</Link>
      </li>
      <li>
        <Link href="/values">{t("browseValues")}</Link>
      </li>
      <li>
        <Link href="/search?sort=newest">{t("browseEverything")}</Link>
      </li>
    </ul>
  );

  return (
    <div className="search-page">
      {result && <SkipToResults target={result.hits.length > 0 ? "search-result-list" : "search-results"} />}
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t("intro")}</p>

      <ListSearchForm
        action={action}
        id="search"
        className="search-form"
        label={t("qLabel")}
        formLabel={t("formLabel")}
        hint={t("qHint")}
        q={query.q}
        hidden={Object.fromEntries(SEARCH_FILTERS.map((f) => [f, query[f]]))}
        sort={{
          label: t("sortLabel"),
          value: query.sort,
          relevance: t("sortRelevance"),
          name: t("sortName"),
          newest: t("sortNewest"),
        }}
        button={t("submit")}
      />

      {ignored.length > 0 && (
        <p className="notice notice--warning" role="note">
          {t("ignored", { list: ignoredList(ignored) })}
        </p>
      )}

      {!result ? (
        <section aria-labelledby="search-start" className="search-start">
          <h2 id="search-start" className="utrecht-heading-2">
            {t("startTitle")}
          </h2>
          <p>{t("startText")}</p>
          <h3 className="utrecht-heading-3">{t("examplesTitle")}</h3>
          <ul className="search-examples">
            {examples.map((x) => (
              <li key={x}>
                <Link href={{ pathname: "/search", query: { q: x } }}>{x}</Link>
              </li>
            ))}
          </ul>
          <h3 className="utrecht-heading-3">{t("browseTitle")}</h3>
          {browse}
        </section>
      ) : (
        <SearchResults query={query} result={result} action={action} keep={keep} examples={examples} browse={browse} locale={locale} />
      )}
    </div>
  );
}

async function SearchResults({
  query,
  result,
  action,
  keep,
  examples,
  browse,
  locale,
}: {
  query: SearchQuery;
  result: RegisterResult;
  action: string;
  keep: [string, string][];
  examples: string[];
  browse: React.ReactNode;
  locale: Locale;
}) {
  const t = await getTranslations("search");
  const f = result.facets;
  const facets: Facet[] = [
    { param: "kind", legend: t("facetKind"), options: f.kind.map((o) => ({ ...o, label: entryKinds.label(o.value, locale) })) },
    { param: "organisation", legend: t("facetOrganisation"), options: f.organisation.map((o) => ({ ...o, label: o.label ?? o.value })) },
    { param: "status", legend: t("facetStatus"), options: f.status.map((o) => ({ ...o, label: lifecycleStates.label(o.value, locale) })) },
    { param: "value", legend: t("facetValue"), options: f.value.map((o) => ({ ...o, label: valueBySlug(o.value)?.name[locale] ?? o.value })) },
    { param: "theme", legend: t("facetTheme"), options: f.theme.map((o) => ({ ...o, label: themeLabel(o.value, locale) })) },
    { param: "type", legend: t("facetType"), options: f.type.map((o) => ({ ...o, label: sensorTypes.label(o.value, locale) })) },
    {
      param: "category",
      legend: t("facetCategory"),
      options: f.category.map((o) => ({ ...o, label: publicationCategories.label(o.value, locale) })),
    },
  ].filter((x) => x.options.length > 0);
  const selected = Object.fromEntries(SEARCH_FILTERS.map((p) => [p, [...query[p]]]));
  const filtered = hasFilters(query);
  const withoutFilters = queryPairs(SEARCH_QUERY, query, ["q", "sort", "pageSize"]);
  const apiHref = href("/api/v1/search", queryPairs(SEARCH_QUERY, query));
  const pastTheEnd = result.total > 0 && result.hits.length === 0;
  // The sensors among the results, for "see them on the map" (the map takes the same text and filters).
  const sensorsFound = query.kind.length === 1 && query.kind[0] === "algorithm" ? 0 : (f.kind.find((o) => o.value === "sensor")?.count ?? 0);

  return (
    <div className="search-layout">
      <div className="search-layout__filters">
        <FilterFold active={activeFilterCount(selected)}>
          <h2 className="utrecht-heading-2 search-layout__filters-title">{t("filtersTitle")}</h2>
          <FacetFilters
            action={action}
            facets={facets}
            selected={selected}
            hidden={{ q: query.q, sort: query.sort }}
            clearHref={href(action, withoutFilters)}
          />
        </FilterFold>
      </div>
      <section aria-labelledby="search-results" className="search-layout__results">
        <h2 id="search-results" className="utrecht-heading-2" tabIndex={-1}>
          {t("resultsHeading")}
        </h2>
        <p role="status" className="search-count">
          {await countText(query, result)}
        </p>
        {sensorsFound > 0 && (
          <p className="search-map-link">
            <a href={href(`/${locale}/map`, queryPairs(SEARCH_QUERY, query, ["q", "organisation", "type", "theme", "value"]))}>
              {t("sensorsOnMap", { count: sensorsFound })}
            </a>
          </p>
        )}
        {result.mode === "none" && <p className="notice">{t("unsearchable")}</p>}
        {result.mode === "any" && result.total > 0 && <p className="notice">{t("partial")}</p>}
        {result.hits.length > 0 && (
          <ol id="search-result-list" className="search-results" aria-labelledby="search-results" tabIndex={-1} start={(result.page - 1) * result.pageSize + 1}>
            {result.hits.map((hit) => (
              <SearchResultItem key={hit.publicId} hit={hit} />
            ))}
          </ol>
        )}
        {pastTheEnd && (
          <p className="notice">
            {t("pageEmpty")} <a href={href(action, keep)}>{t("firstPage")}</a>
          </p>
        )}
        {result.total === 0 && (
          <div className="empty-state search-empty">
            <h3 className="utrecht-heading-3">{t("noResultsTitle")}</h3>
            <p>{t("noResultsIntro")}</p>
            <ul>
              {result.mode !== "none" && <li>{t("tipSpelling")}</li>}
              {result.mode !== "none" && <li>{t("tipFewer")}</li>}
              {filtered && (
                <li>
                  <a href={href(action, withoutFilters)}>{t("tipFilters")}</a>
                </li>
              )}
              <li>
                {t("examplesTitle")}:{" "}
                {examples.map((x, i) => (
                  <span key={x}>
                    {i > 0 && ", "}
                    <Link href={{ pathname: "/search", query: { q: x } }}>{x}</Link>
                  </span>
                ))}
              </li>
              <li>
                {t("tipContest")}{" "}
                <Link href={query.q ? { pathname: "/contest", query: { q: query.q.slice(0, 200) } } : "/contest"}>{t("tipContestLink")}</Link>
              </li>
            </ul>
            <p>{t("tipBrowse")}</p>
            {browse}
          </div>
        )}
        <Pagination page={result.page} pageSize={result.pageSize} total={result.total} basePath={action} query={toRecord(keep)} />
        <p className="search-api">
          <a href={apiHref} type="application/json">
            {t("apiLink")}
          </a>
        </p>
      </section>
    </div>
  );
}
