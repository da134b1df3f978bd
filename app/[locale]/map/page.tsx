import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading1, Paragraph } from "@/components/ui";
import { FacetFilters } from "@/components/entry/FacetFilters";
import { FilterPanel } from "@/components/map/FilterPanel";
import { MapLegend } from "@/components/map/MapLegend";
import { SensorMapLoader } from "@/components/map/SensorMapLoader";
import { ClientMessages } from "@/components/ClientMessages";
import { selectedFilters, sensorFacetList } from "@/components/sensors/facets";
import { redirect } from "next/navigation";
import { filterParams, getPublicSensor, sensorFacets } from "@/db/sensors";
import { findPlaces } from "@/db/places";
import { MAP_PAGE_QUERY, pageQuery } from "@/db/query-params";
import { ignoredList } from "@/lib/query-params";
import { anchorPoint, type Geometry } from "@/lib/geo";
import { mapHref, PlaceSearch } from "@/components/map/PlaceSearch";
import { SkipToResults } from "@/components/entry/FilterFold";

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
  const tSay = await getTranslations("say.report");
  // The filters, a place to find and a sensor to show: lat, lon and zoom are the map position (read by the map
  // itself).
  const input = await searchParams;
  const { query, ignored } = pageQuery(MAP_PAGE_QUERY, input);
  const { place, show, ...filters } = query;
  // The report page starts from the position in the map's address, when it names one.
  const at = (k: string) => (typeof input[k] === "string" && /^-?\d{1,3}(\.\d{1,8})?$/.test(input[k]) ? input[k] : undefined);
  const reportHref = `/${locale}/map/report${at("lat") && at("lon") ? `?lat=${at("lat")}&lon=${at("lon")}` : ""}`;
  const facets = await sensorFacetList(sensorFacets(filters), filters);
  const pairs = filterParams(filters);
  const filterQuery = new URLSearchParams(pairs).toString();
  const listHref = `/${locale}/sensors${filterQuery ? `?${filterQuery}` : ""}`;
  const hidden: Record<string, string[]> = {};
  for (const [k, v] of pairs) (hidden[k] ??= []).push(v);
  const position = { lat: Number(input.lat), lon: Number(input.lon) };
  const positioned = typeof input.lat === "string" && typeof input.lon === "string" && Number.isFinite(position.lat) && Number.isFinite(position.lon);

  // "Show on map" from a list or a search result: the sensor close up.
  const shown = show && !positioned ? getPublicSensor(show.toUpperCase()) : undefined;
  if (shown) {
    const [lon, lat] = anchorPoint(shown.data.geometry as Geometry);
    redirect(mapHref(locale, filterQuery, { lat, lon, zoom: 19 }));
  }
  // A place: the map opens at the first place found, the others are offered beside it.
  const answer = place ? await findPlaces(place) : undefined;
  if (answer?.places.length && !positioned) redirect(mapHref(locale, filterQuery, answer.places[0]!, { place: place! }));
  return (
    <div className="map-page full-bleed">
      <div className="map-page__head">
        {/* Past the filters and the map to the list of what is in view: the keyboard's way to the sensors. */}
        <SkipToResults target="map-list-title" label={t("skipToList")} />
        <Heading1>{t("title")}</Heading1>
        <Paragraph>{t("intro")}</Paragraph>
        {ignored.length > 0 && (
          <p className="notice notice--warning" role="note">
            {ts("invalidParams", { params: ignoredList(ignored) })}
          </p>
        )}
        {show && !shown && !positioned && (
          <p className="notice notice--warning" role="note">
            {t("showUnknown", { id: show })}
          </p>
        )}
        <PlaceSearch locale={locale} filterQuery={filterQuery} hidden={hidden} place={place} answer={answer} current={positioned ? position : undefined} />
      </div>
      <div className="map-page__layout">
        <div className="map-page__filters">
          <FilterPanel title={t("filtersTitle")}>
            <FacetFilters action={`/${locale}/map`} facets={facets} selected={selectedFilters(filters)} hidden={{ q: filters.q }} />
          </FilterPanel>
        </div>
        <div className="map-page__main">
          {/* Without JavaScript the map never loads: say so, and where the same sensors are (the loader sends no "loading" line).
              The skip link leads here then (with JavaScript, to the list beside the map: no duplicate id). */}
          <noscript>
            <div className="notice map-no-script" id="map-list-title" tabIndex={-1}>
              <p>{t("noScript")}</p>
              <ul>
                <li>
                  <a href={listHref}>{t("listLink")}</a>
                </li>
                <li>
                  <a href={`/${locale}/open-data`}>{t("openDataLink")}</a>
                </li>
              </ul>
            </div>
          </noscript>
          <ClientMessages island="map">
            <SensorMapLoader locale={locale} filterQuery={filterQuery} listHref={listHref} />
          </ClientMessages>
          <MapLegend />
          <p className="map-page__report">
            <a href={reportHref}>{tSay("link")}</a>
          </p>
        </div>
      </div>
    </div>
  );
}
