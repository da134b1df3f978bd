import { dutchLang } from "@/lib/content-language";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/codio";
import type { SensorListItem as Item } from "@/db/sensors";
import { sensorTypes } from "@/lib/vocab";
import { SensorTypeMark } from "./SensorTypeMark";
import { OrganisationLink } from "@/components/organisations/OrganisationLink";

const shorten = (s: string, n: number) => (s.length > n ? `${s.slice(0, n).replace(/\s+\S*$/, "")}…` : s);

/** One sensor in a list: symbol, name, type, kind of location, owner, personal data and ended marks. */
export async function SensorListItem({ item }: { item: Item }) {
  const t = await getTranslations("sensors");
  const e = await getTranslations("entry");
  const m = await getTranslations("map");
  const locale = (await getLocale()) as Locale;
  const where = item.geometryType === "Polygon" ? t("area") : item.geometryType === "LineString" ? t("route") : t("point");
  return (
    <li className="sensor-list__item">
      <SensorTypeMark type={item.type} shape={item.geometryType} ended={item.ended} />
      <div className="sensor-list__body">
        <Link href={`/sensors/${item.publicId}`} className="sensor-list__title">
          {item.name}
        </Link>
        <p className="sensor-list__meta">
          {sensorTypes.label(item.type, locale)} · {where} · <OrganisationLink organisation={item.organisation} />
          {item.organisation.isExample && <> · {e("example")}</>}
        </p>
        {(item.personalData || item.ended) && (
          <p className="badges">
            {item.personalData && <span className="badge badge--personal">{t("personalDataBadge")}</span>}
            {item.ended && <span className="badge badge--archived">{t("endedBadge")}</span>}
          </p>
        )}
        {item.measures && (
          <p className="sensor-list__text" lang={dutchLang(locale)}>
            {shorten(item.measures, 220)}
          </p>
        )}
        <p className="sensor-list__map">
          <a href={`/${locale}/map?show=${item.publicId}`} aria-label={m("showOnMapOf", { name: item.name })}>
            {m("showOnMap")}
          </a>
        </p>
      </div>
    </li>
  );
}
