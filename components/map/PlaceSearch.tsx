import { getTranslations } from "next-intl/server";
import { ListSearchForm } from "@/components/entry/ListSearchForm";
import type { PlaceAnswer } from "@/db/places";

/** A map position in the URL, beside the filters. */
export const mapHref = (locale: string, filterQuery: string, view: { lat: number; lon: number; zoom: number }, extra: Record<string, string> = {}) => {
  const params = new URLSearchParams(filterQuery);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  params.set("lat", view.lat.toFixed(5));
  params.set("lon", view.lon.toFixed(5));
  params.set("zoom", String(view.zoom));
  return `/${locale}/map?${params}`;
};

/**
 * The map's place search: a plain GET form (the server finds the place, db/places.ts, and opens the map
 * there), then the places found as links, the one shown marked; or plainly that nothing was found.
 */
export async function PlaceSearch({
  locale,
  filterQuery,
  hidden,
  place,
  answer,
  current,
}: {
  locale: string;
  filterQuery: string;
  hidden: Record<string, readonly string[]>;
  place?: string;
  answer?: PlaceAnswer;
  /** The position in the URL, to mark the place shown. */
  current?: { lat: number; lon: number };
}) {
  const t = await getTranslations("map");
  const near = (p: { lat: number; lon: number }) => !!current && Math.abs(p.lat - current.lat) < 1e-5 && Math.abs(p.lon - current.lon) < 1e-5;
  return (
    <div className="place-search">
      <ListSearchForm
        action={`/${locale}/map`}
        id="place"
        name="place"
        className="place-search__form"
        label={t("placeLabel")}
        formLabel={t("placeForm")}
        hint={t("placeHint")}
        q={place}
        hidden={hidden}
        button={t("placeButton")}
      />
      {answer && place && (
        <div role="status" className="place-search__answer">
          {answer.places.length ? (
            <>
              <p>{answer.places[0]!.source === "register" ? t("placesFromRegister", { place }) : t("placesFound", { place })}</p>
              <ul className="place-search__list">
                {answer.places.map((p, i) => (
                  <li key={i}>
                    <a href={mapHref(locale, filterQuery, p, { place })} aria-current={near(p) ? "location" : undefined}>
                      {p.name}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t("noPlace", { place })}</p>
          )}
          {answer.geocoder === "unavailable" && <p className="muted">{t("geocoderUnavailable")}</p>}
        </div>
      )}
    </div>
  );
}
