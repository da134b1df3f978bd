import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading1, Paragraph } from "@/components/ui";
import { FacetFilters } from "@/components/entry/FacetFilters";
import { FilterPanel } from "@/components/map/FilterPanel";
import { MapLegend } from "@/components/map/MapLegend";
import { SensorMapLoader } from "@/components/map/SensorMapLoader";
import { ClientMessages } from "@/components/ClientMessages";
import { selectedFilters, sensorFacetList } from "@/components/sensors/facets";
import { filterParams, sensorFacets } from "@/db/sensors";
import { pageQuery, SENSOR_FILTERS } from "@/db/query-params";
import { ignoredList } from "@/lib/query-params";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "map" });
  return { title: t("title"), description: t("intro") };
}

export default async function MapPage({ params, searchParams }: Props) {
  const { locale } = (await params) as { locale: "nl" | "en" };
  setRequestLocale(locale);
  const t = await getTranslations("map");
  const ts = await getTranslations("sensors");
  // Only the filters: lat, lon and zoom are the map position (read by the map itself).
  const { query: filters, ignored } = pageQuery(SENSOR_FILTERS, await searchParams);
  const facets = await sensorFacetList(sensorFacets(filters), filters);
  const filterQuery = new URLSearchParams(filterParams(filters)).toString();
  const listHref = `/${locale}/sensors${filterQuery ? `?${filterQuery}` : ""}`;
  return (
    <div className="map-page full-bleed">
      <div className="map-page__head">
        <Heading1>{t("title")}</Heading1>
        <Paragraph>{t("intro")}</Paragraph>
        {ignored.length > 0 && (
          <p className="notice notice--warning" role="note">
            {ts("invalidParams", { params: ignoredList(ignored) })}
          </p>
        )}
      </div>
      <div className="map-page__layout">
        <div className="map-page__filters">
          <FilterPanel title={t("filtersTitle")}>
            <FacetFilters action={`/${locale}/map`} facets={facets} selected={selectedFilters(filters)} hidden={{ q: filters.q }} />
          </FilterPanel>
        </div>
        <div className="map-page__main">
          <ClientMessages island="map">
            <SensorMapLoader locale={locale} filterQuery={filterQuery} listHref={listHref} />
          </ClientMessages>
          <noscript>
            <p className="notice">
              {t("noScript")} <a href={listHref}>{t("listLink")}</a>
            </p>
          </noscript>
          <MapLegend />
        </div>
      </div>
    </div>
  );
}
