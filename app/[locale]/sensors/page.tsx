import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading1, Paragraph } from "@/components/ui";
import { FacetFilters } from "@/components/entry/FacetFilters";
import { Pagination } from "@/components/entry/Pagination";
import { SensorListItem } from "@/components/sensors/SensorListItem";
import { selectedFilters, sensorFacetList } from "@/components/sensors/facets";
import { FILTER_PARAMS, filterParams, listSensors, sensorFacets, type SensorFilters } from "@/db/sensors";
import { pageQuery, SENSOR_LIST_QUERY } from "@/db/query-params";
import { ignoredList } from "@/lib/query-params";
import { ListSearchForm } from "@/components/entry/ListSearchForm";
import { activeFilterCount, FilterFold, SkipToResults } from "@/components/entry/FilterFold";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 20;

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "sensors" });
  const { query } = pageQuery(SENSOR_LIST_QUERY, await searchParams);
  return { title: query.q ? `${query.q.slice(0, 60)} – ${t("title")}` : t("title"), description: t("intro") };
}

/** The query as URL parameters, for paging links. */
function toParams(q: SensorFilters): Record<string, string | string[] | undefined> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of filterParams(q)) (out[k] ??= []).push(v);
  return out;
}

export default async function SensorsPage({ params, searchParams }: Props) {
  const { locale } = (await params) as { locale: "nl" | "en" };
  setRequestLocale(locale);
  const t = await getTranslations("sensors");
  const tf = await getTranslations("filters");
  // The list has no bbox, zoom or page size (paging links keep 20): those are the API's.
  const { query, ignored } = pageQuery(SENSOR_LIST_QUERY, await searchParams);
  const result = listSensors(query, { pageSize: PAGE_SIZE });
  const facets = await sensorFacetList(sensorFacets(query), query);
  const action = `/${locale}/sensors`;
  const filterQuery = new URLSearchParams(filterParams(query)).toString();
  const hasFilters = filterQuery.length > 0;
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  const selected = selectedFilters(query);

  return (
    <div className="sensors-page">
      <SkipToResults target={result.items.length > 0 ? "sensor-list" : "sensor-results"} />
      <Heading1>{t("title")}</Heading1>
      <Paragraph lead>{t("intro")}</Paragraph>

      <ListSearchForm
        action={action}
        id="sensors"
        className="sensors-search"
        label={t("searchLabel")}
        placeholder={t("searchPlaceholder")}
        q={query.q}
        hidden={Object.fromEntries(FILTER_PARAMS.filter((p) => p !== "q").map((p) => [p, query[p] as string[]]))}
        button={t("searchButton")}
      />

      {ignored.length > 0 && (
        <p className="notice notice--warning" role="note">
          {t("invalidParams", { params: ignoredList(ignored) })}
        </p>
      )}

      <div className="sensors-layout">
        <div className="sensors-layout__filters">
          <FilterFold active={activeFilterCount(selected)}>
            <h2 className="utrecht-heading-2 sensors-layout__filters-title">{t("filtersTitle")}</h2>
            <FacetFilters action={action} facets={facets} selected={selected} hidden={{ q: query.q }} />
          </FilterFold>
        </div>
        <section aria-labelledby="sensor-results" className="sensors-layout__results">
          <h2 id="sensor-results" className="utrecht-heading-2" tabIndex={-1}>
            {t("listLabel")}
          </h2>
          <p role="status" className="sensors-count">
            {t("results", { count: result.total })}
          </p>
          <p className="sensors-links">
            <a href={`/${locale}/map${filterQuery ? `?${filterQuery}` : ""}`}>{t("showOnMap")}</a>
            {" · "}
            <a href={`/api/v1/sensors${filterQuery ? `?${filterQuery}` : ""}`} type="application/geo+json">
              {t("apiLink")}
            </a>
          </p>
          {result.items.length > 0 ? (
            <ul id="sensor-list" className="sensor-list" aria-labelledby="sensor-results" tabIndex={-1}>
              {result.items.map((item) => (
                <SensorListItem key={item.publicId} item={item} />
              ))}
            </ul>
          ) : (
            <div className="empty-state">
              <p>
                <strong>{t("empty")}</strong>
              </p>
              {(hasFilters || (query.page ?? 1) > pages) && (
                <>
                  <p>{t("emptyHint")}</p>
                  <p>
                    <a href={action}>{hasFilters ? t("clearAll") : tf("clear")}</a>
                  </p>
                </>
              )}
            </div>
          )}
          <Pagination page={result.page} pageSize={PAGE_SIZE} total={result.total} basePath={action} query={toParams(query)} />
        </section>
      </div>
    </div>
  );
}
