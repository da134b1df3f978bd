import type { Metadata } from "next";
import { QuestionsSection } from "@/components/say/QuestionsSection";
import { FLASH_PARAM } from "@/lib/caching";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Heading1, Heading2, Paragraph } from "@/components/ui";
import { EntryStatus } from "@/components/entry/EntryStatus";
import { ValuesAssessment } from "@/components/entry/ValuesAssessment";
import { RelatedEntries } from "@/components/entry/RelatedEntries";
import { LocationMapLoader } from "@/components/map/LocationMapLoader";
import { ClientMessages } from "@/components/ClientMessages";
import { SensorTypeMark } from "@/components/sensors/SensorTypeMark";
import { areaSquareMetres, lengthMetres } from "@/components/sensors/measure";
import { getPublicSensor, sensorEnded, today } from "@/db/sensors";
import { anchorPoint, type Geometry } from "@/lib/geo";
import { dataProcessing, legalGrounds, parentTheme, sensorMobility, sensorTypes, themes } from "@/lib/vocab";
import type { Locale } from "@/lib/codio";
import { entryPath } from "@/lib/urls";
import { dutchLang, localized } from "@/lib/content-language";
import { DutchOnlyNotice } from "@/components/entry/DutchOnlyNotice";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const entry = getPublicSensor(id);
  if (!entry) return {};
  const text = (field: string) => localized(entry.data, field, locale).text ?? "";
  return { title: text("name"), description: text("purpose").slice(0, 300) };
}

/** A fact; `lang` marks a value written in another language than the page's. */
function Row({ label, children, lang }: { label: string; children: ReactNode; lang?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd lang={lang}>{children}</dd>
    </div>
  );
}

export default async function SensorPage({ params, searchParams }: Props) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const entry = getPublicSensor(id);
  if (!entry) notFound();
  const s = entry.data;
  const t = await getTranslations("sensorDetail");
  const tSign = await getTranslations("sensorSign");
  const f = await getTranslations("fields.sensor");
  const fy = await getTranslations("fields");
  const format = await getFormatter();
  const date = (d: string) => format.dateTime(new Date(d), { dateStyle: "long" });
  const geometry = s.geometry as Geometry;
  const [lon, lat] = anchorPoint(geometry);
  const coords = { lat: format.number(lat, { maximumFractionDigits: 5 }), lon: format.number(lon, { maximumFractionDigits: 5 }) };
  const ended = sensorEnded(entry);
  const planned = !ended && !!s.activeFrom && s.activeFrom > today();
  // Content is written in Dutch; English texts where the officials gave them (lib/content-language.ts).
  const text = (field: string) => localized(s, field, locale);
  const nl = dutchLang(locale);
  const name = text("name");
  const paragraph = (field: string) => {
    const { text: value, lang } = text(field);
    return <Paragraph lang={lang}>{value}</Paragraph>;
  };
  const themeLabel = (slug: string) =>
    parentTheme(slug) === slug ? themes.label(slug, locale) : `${themes.label(parentTheme(slug), locale)} – ${themes.label(slug, locale)}`;

  let where: string;
  if (geometry.type === "Polygon") {
    const m2 = areaSquareMetres(geometry.coordinates);
    const size =
      m2 >= 10_000
        ? t("hectares", { count: Math.round(m2 / 1000) / 10 })
        : t("squareMetres", { count: format.number(Math.round(m2 / 10) * 10) });
    where = t("area", { size, ...coords });
  } else if (geometry.type === "LineString") {
    const m = lengthMetres(geometry.coordinates);
    const length = m >= 1000 ? t("kilometres", { count: format.number(m / 1000, { maximumFractionDigits: 1 }) }) : t("metres", { count: format.number(Math.round(m / 10) * 10) });
    where = t("route", { length, ...coords });
  } else where = t("point", coords);

  const notGiven = <span className="muted">{t("notGiven")}</span>;

  return (
    <article className="sensor-detail">
      <nav aria-label={t("breadcrumb")} className="breadcrumb">
        <Link href="/sensors">{t("backToList")}</Link> › <span lang={name.lang}>{name.text}</span>
      </nav>
      <p className="sensor-detail__kind">
        <SensorTypeMark type={s.type} shape={geometry.type} ended={ended} /> {sensorTypes.label(s.type, locale)} ·{" "}
        <span className={`badge${ended ? " badge--archived" : ""}`}>{ended ? t("stateEnded") : planned ? t("statePlanned") : t("stateActive")}</span>
      </p>
      <Heading1 lang={name.lang}>{name.text}</Heading1>
      <EntryStatus entry={entry} />
      <DutchOnlyNotice kind="sensor" data={s} locale={locale} />
      <p className="no-print">
        <Link href={`${entryPath("sensor", entry.publicId)}/sign`}>{tSign("link")}</Link>
      </p>

      <Heading2>{f("measures")}</Heading2>
      {paragraph("measures")}
      <Heading2>{f("purpose")}</Heading2>
      {paragraph("purpose")}
      <Heading2>{f("collectiveInterest")}</Heading2>
      {s.collectiveInterest ? (
        paragraph("collectiveInterest")
      ) : (
        <p className="notice">{t("collectiveInterestNotYet")}</p>
      )}

      <section aria-labelledby="sensor-where">
        <Heading2 id="sensor-where">{t("where")}</Heading2>
        <div className="sensor-detail__map">
          <ClientMessages island="locationMap">
            <LocationMapLoader geometry={geometry} type={s.type} ended={ended} anchor={[lon, lat]} label={t("mapLabel")} name={name.text ?? entry.name} />
          </ClientMessages>
          <noscript>
            <p className="muted">{t("mapNoScript")}</p>
          </noscript>
        </div>
        {s.locationDescription && paragraph("locationDescription")}
        <Paragraph>{where}</Paragraph>
        <p>
          <a href={`/${locale}/map?lat=${lat.toFixed(5)}&lon=${lon.toFixed(5)}&zoom=17`}>{t("viewOnMap")}</a>
        </p>
      </section>

      <section aria-labelledby="sensor-about">
        <Heading2 id="sensor-about">{t("about")}</Heading2>
        <dl className="definition-list sensor-detail__facts">
          <Row label={f("type")}>{sensorTypes.label(s.type, locale)}</Row>
          <Row label={f("themes")}>{s.themes.map(themeLabel).join(", ")}</Row>
          <Row label={f("mobility")}>{sensorMobility.label(s.mobility, locale)}</Row>
          <Row label={f("activeFrom")}>{s.activeFrom ? date(s.activeFrom) : <span className="muted">{t("notProvided")}</span>}</Row>
          <Row label={f("activeUntil")}>{s.activeUntil ? date(s.activeUntil) : <span className="muted">{t("noEndDate")}</span>}</Row>
          {s.operator && <Row label={f("operator")} lang={nl}>{s.operator}</Row>}
          {s.ownerReference && <Row label={f("ownerReference")}>{s.ownerReference}</Row>}
        </dl>
      </section>

      <section aria-labelledby="sensor-personal-data" className={`sensor-detail__privacy${s.personalData ? " sensor-detail__privacy--yes" : ""}`}>
        <Heading2 id="sensor-personal-data">{t("personalData")}</Heading2>
        <Paragraph>{s.personalData ? t("personalDataYes") : t("personalDataNo")}</Paragraph>
        <dl className="definition-list">
          <Row label={f("personalData")}>{s.personalData ? fy("yes") : fy("no")}</Row>
          {s.personalData && (
            <>
              <Row label={f("legalGround")}>{s.legalGround ? legalGrounds.label(s.legalGround, locale) : notGiven}</Row>
              <Row label={f("privacyStatementUrl")}>
                {s.privacyStatementUrl ? <a href={s.privacyStatementUrl}>{t("privacyStatementLink")}</a> : notGiven}
              </Row>
              <Row label={f("processing")}>{s.processing ? dataProcessing.label(s.processing, locale) : notGiven}</Row>
              <Row label={f("retention")} lang={s.retention ? nl : undefined}>{s.retention ?? notGiven}</Row>
            </>
          )}
          {(s.personalData || s.dataAccess) && <Row label={f("dataAccess")} lang={s.dataAccess ? nl : undefined}>{s.dataAccess ?? notGiven}</Row>}
          {!s.personalData && s.processing && <Row label={f("processing")}>{dataProcessing.label(s.processing, locale)}</Row>}
          {!s.personalData && s.retention && <Row label={f("retention")} lang={nl}>{s.retention}</Row>}
          <Row label={f("openDataUrl")}>{s.openDataUrl ? <a href={s.openDataUrl}>{t("openDataLink")}</a> : notGiven}</Row>
        </dl>
      </section>

      <ValuesAssessment links={s.values} />

      <RelatedEntries entry={entry} />

      <section aria-labelledby="sensor-contact">
        <Heading2 id="sensor-contact">{t("contact")}</Heading2>
        <Paragraph>{t("contactText", { organisation: entry.organisation.name })}</Paragraph>
        <ul>
          {s.contactEmail && (
            <li>
              {f("contactEmail")}: <a href={`mailto:${s.contactEmail}`}>{s.contactEmail}</a>
            </li>
          )}
          {s.contactUrl && (
            <li>
              <a href={s.contactUrl}>{t("contactForm")}</a>
            </li>
          )}
          {!s.contactEmail && !s.contactUrl && (
            <li>
              {t("contactOrganisation")} <a href={`mailto:${entry.organisation.contactEmail}`}>{entry.organisation.contactEmail}</a>
            </li>
          )}
        </ul>
      </section>

      <QuestionsSection entry={entry} flash={(await searchParams)[FLASH_PARAM]} />

      <p className="sensor-detail__api">
        <a href={`/api/v1/sensors/${entry.publicId}`} type="application/geo+json">
          {t("apiLink")}
        </a>
      </p>
    </article>
  );
}
