import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/codio";
import { sensorTypes } from "@/lib/vocab";
import { SensorTypeMark } from "@/components/sensors/SensorTypeMark";

/** The legend of the sensor map: type letters and colours, marker shapes, clusters, ended sensors. */
export async function MapLegend() {
  const t = await getTranslations("map");
  const locale = (await getLocale()) as Locale;
  return (
    <details className="map-legend" open>
      <summary className="map-legend__summary">{t("legendTitle")}</summary>
      <div className="map-legend__body">
        <div>
          <p className="map-legend__heading" id="legend-types">
            {t("legendTypes")}
          </p>
          <ul className="map-legend__list" aria-labelledby="legend-types">
            {sensorTypes.terms.map((term) => (
              <li key={term.slug}>
                <SensorTypeMark type={term.slug} /> {term.name[locale]}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <p className="map-legend__heading" id="legend-shapes">
            {t("legendShapes")}
          </p>
          <ul className="map-legend__list map-legend__list--wide" aria-labelledby="legend-shapes">
            <li>
              <SensorTypeMark type="other" shape="Point" /> {t("legendPoint")}
            </li>
            <li>
              <SensorTypeMark type="other" shape="Polygon" /> {t("legendArea")}
            </li>
            <li>
              <SensorTypeMark type="other" shape="LineString" /> {t("legendRoute")}
            </li>
            <li>
              <span aria-hidden="true" className="sensor-cluster__disc sensor-cluster__disc--small">
                12
              </span>{" "}
              {t("legendCluster")}
            </li>
            <li>
              <SensorTypeMark type="other" ended /> {t("legendEnded")}
            </li>
          </ul>
        </div>
      </div>
    </details>
  );
}
