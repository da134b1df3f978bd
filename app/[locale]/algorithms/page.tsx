import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { valueBySlug, type Locale } from "@/lib/codio";
import { listAlgorithms } from "@/db/algorithms";
import { ALGORITHM_FILTERS as FILTER_PARAMS, ALGORITHM_QUERY, pageQuery, type AlgorithmQuery } from "@/db/query-params";
import { ignoredList, queryPairs } from "@/lib/query-params";
import { append, dict } from "@/lib/dict";
import { algorithmStatuses, publicationCategories } from "@/lib/vocab";
import { FacetFilters, type Facet } from "@/components/entry/FacetFilters";
import { Pagination } from "@/components/entry/Pagination";
import { AlgorithmListItem } from "@/components/algorithms/AlgorithmListItem";
import { themeLabel } from "@/components/algorithms/format";
import { ListSearchForm } from "@/components/entry/ListSearchForm";
import { activeFilterCount, FilterFold, SkipToResults } from "@/components/entry/FilterFold";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "algorithms" });
  const { query } = pageQuery(ALGORITHM_QUERY, await searchParams);
  return { title: query.q ? `${query.q.slice(0, 60)} – ${t("title")}` : t("title") };
}

/** The query as URL parameters (for paging links). */
function toParams(q: AlgorithmQuery): Record<string, string[]> {
  const out = dict<string[]>();
  for (const [k, v] of queryPairs(ALGORITHM_QUERY, { ...q, page: undefined })) append(out, k, v);
  return out;
}

export default async function AlgorithmsPage({ params, searchParams }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const t = await getTranslations("algorithms");
  const fa = await getTranslations("fields.algorithm");
  const e = await getTranslations("entry");
  const { query, ignored } = pageQuery(ALGORITHM_QUERY, await searchParams);
  const result = listAlgorithms(query);
  const action = `/${locale}/algorithms`;
  const facets: Facet[] = [
    {
      param: "organisation",
      legend: e("organisation"),
      options: result.facets.organisation.map((o) => ({ value: o.value, label: o.label ?? o.value, count: o.count })),
    },
    {
      param: "category",
      legend: fa("publicationCategory"),
      options: result.facets.category.map((o) => ({ ...o, label: publicationCategories.label(o.value, locale) })),
    },
    {
      param: "status",
      legend: fa("status"),
      options: result.facets.status.map((o) => ({ ...o, label: algorithmStatuses.label(o.value, locale) })),
    },
    {
      param: "theme",
      legend: fa("themes"),
      options: result.facets.theme.map((o) => ({ ...o, label: themeLabel(o.value, locale) })),
    },
    {
      param: "value",
      legend: t("facetValue"),
      options: result.facets.value.map((o) => ({ ...o, label: valueBySlug(o.value)?.name[locale] ?? o.value })),
    },
  ];
  const selected = Object.fromEntries(FILTER_PARAMS.map((p) => [p, query[p] as string[]]));
  const countText = query.q ? t("countQuery", { count: result.total, q: query.q }) : t("count", { count: result.total });
  const hasFilters = FILTER_PARAMS.some((p) => query[p].length > 0);

  return (
    <div className="algorithms-page">
      <SkipToResults target={result.items.length > 0 ? "algorithm-list" : "results-heading"} />
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t("intro")}</p>
      <p className="notice">
        {t("contestCta")} <Link href="/contest">{t("contestCtaLink")}</Link>
      </p>

      <ListSearchForm
        action={action}
        id="algorithms"
        className="algorithms-search"
        label={t("searchLabel")}
        hint={t("searchHint")}
        q={query.q}
        hidden={Object.fromEntries(FILTER_PARAMS.map((p) => [p, query[p]]))}
        sort={{
          label: t("sortLabel"),
          value: query.sort,
          relevance: t("sortRelevance"),
          name: t("sortName"),
          newest: t("sortNewest"),
        }}
        button={t("searchButton")}
      />

      {ignored.length > 0 && (
        <p className="notice notice--warning" role="note">
          {t("ignored", { list: ignoredList(ignored) })}
        </p>
      )}

      <div className="algorithms-layout">
        <div className="algorithms-layout__filters">
          <FilterFold active={activeFilterCount(selected)}>
            <FacetFilters action={action} facets={facets} selected={selected} hidden={{ q: query.q, sort: query.sort }} />
          </FilterFold>
        </div>
        <section aria-labelledby="results-heading" className="algorithms-layout__results">
          <h2 id="results-heading" className="utrecht-heading-2" tabIndex={-1}>
            {t("resultsHeading")}
          </h2>
          <p role="status" className="algorithms-count">
            {countText}
          </p>
          {result.match?.mode === "any" && result.total > 0 && <p className="notice">{t("partialMatch")}</p>}
          {result.items.length > 0 ? (
            <ul id="algorithm-list" className="algorithm-list" aria-labelledby="results-heading" tabIndex={-1}>
              {result.items.map((item) => (
                <AlgorithmListItem key={item.publicId} item={item} />
              ))}
            </ul>
          ) : (
            <div className="empty-state">
              <h3 className="utrecht-heading-3">{t("emptyTitle")}</h3>
              <p>{query.q || hasFilters ? t("emptyText") : t("emptyRegister")}</p>
              {(query.q || hasFilters) && (
                <p>
                  <a href={action}>{(await getTranslations("filters"))("clear")}</a>
                </p>
              )}
              <p>
                {t("contestCta")} <Link href="/contest">{t("contestCtaLink")}</Link>
              </p>
            </div>
          )}
          <Pagination page={result.page} pageSize={result.pageSize} total={result.total} basePath={action} query={toParams(query)} />
        </section>
      </div>
    </div>
  );
}
