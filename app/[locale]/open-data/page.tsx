import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading1, Heading2, Heading3, Paragraph } from "@/components/ui";
import { DataTable } from "@/components/DataTable";
import { publicOrganisations } from "@/db/public";
import { csvColumns } from "@/lib/formats/csv";
import { FEATURE_PROPERTIES } from "@/lib/formats/geojson";
import { REGISTER_LINE_FIELDS } from "@/lib/formats/ndjson";
import { FIELD_MAP, STANDARD_FIELDS } from "@/lib/formats/algoritmeregister-1.0";
import { API_ENDPOINTS, DOWNLOADS, FEED_LIMIT, feedPath, LICENCE, type Download } from "@/lib/open-data";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "openData" });
  return { title: t("title") };
}

type Translator = Awaited<ReturnType<typeof getTranslations<"openData">>>;
type FieldsTranslator = Awaited<ReturnType<typeof getTranslations<"fields">>>;
interface FieldRow {
  name: string;
  meaning: string;
  format?: string;
}

/** Where a field's meaning is not `openData.columns.<name>` or the content field's own label. */
const MEANING: Record<string, Record<string, string>> = {
  geojson: { organisation: "featureOrganisation", values: "featureValues" },
  ndjson: { revision: "lineRevision", status: "lineStatus", publishedAt: "linePublishedAt", organisation: "lineOrganisation" },
};
const standardContent = FIELD_MAP as Record<string, string>;

/** The field table of a download, from the same definitions the download is written with. */
function fieldRows(d: Download, t: Translator, tf: FieldsTranslator): FieldRow[] {
  const columns = (format: string, name: string, kind: "sensor" | "algorithm") => {
    const key = MEANING[format]?.[name] ?? name;
    return t.has(`columns.${key}`) ? t(`columns.${key}`) : tf(`${kind}.${name}`);
  };
  switch (d.fields.format) {
    case "csv": {
      const kind = d.fields.kind;
      return csvColumns(kind).map((c) => ({
        name: c.name,
        meaning: c.source === "content" ? tf(`${kind}.${c.name}`) : t(`columns.${c.name}`),
        format: t(`formats.${c.format}`),
      }));
    }
    case "geojson":
      return ["geometry", ...FEATURE_PROPERTIES.map((p) => `properties.${p}`)].map((name) => ({
        name,
        meaning: columns("geojson", name.replace(/^properties\./, ""), "sensor"),
      }));
    case "ndjson":
      return REGISTER_LINE_FIELDS.map((name) => ({ name, meaning: columns("ndjson", name, "sensor") }));
    case "standard":
      return [...STANDARD_FIELDS, "id", "canonical_url"].map((name) => ({
        name,
        meaning: standardContent[name] ? tf(`algorithm.${standardContent[name]}`) : t(`columns.${name}`),
      }));
  }
}

export default async function OpenDataPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("openData");
  const tf = await getTranslations("fields");
  const organisations = publicOrganisations();
  // The feeds speak the page's language; Dutch is the feed's default.
  const lang = locale === "nl" ? undefined : locale;
  const feedLink = (href: string, label: string) => (
    <a href={href} type="application/atom+xml">
      {label}
    </a>
  );

  return (
    <div className="open-data">
      <Heading1>{t("title")}</Heading1>
      <Paragraph lead>{t("intro")}</Paragraph>
      <nav aria-label={t("onThisPage")} className="open-data__toc">
        <ul>
          <li><a href="#licence">{t("licenceTitle")}</a></li>
          <li><a href="#downloads">{t("downloadsTitle")}</a></li>
          <li><a href="#api">{t("apiTitle")}</a></li>
          <li><a href="#feeds">{t("feedsTitle")}</a></li>
        </ul>
      </nav>

      <section aria-labelledby="licence">
        <Heading2 id="licence">{t("licenceTitle")}</Heading2>
        <Paragraph>
          {t.rich("licenceText", {
            licence: LICENCE.name,
            link: (chunks) => <a href={`${LICENCE.url}deed.${locale}`}>{chunks}</a>,
          })}
        </Paragraph>
        <Paragraph>{t("licenceResponsibility")}</Paragraph>
      </section>

      <section aria-labelledby="downloads">
        <Heading2 id="downloads">{t("downloadsTitle")}</Heading2>
        <Paragraph>{t("downloadsIntro")}</Paragraph>
        {DOWNLOADS.map((d) => {
          const rows = fieldRows(d, t, tf);
          const withFormat = rows.some((r) => r.format);
          return (
            <section key={d.slug} aria-labelledby={`download-${d.slug}`} className="open-data__download">
              <Heading3 id={`download-${d.slug}`}>{d.file}</Heading3>
              <Paragraph>{t(`downloads.${d.slug}`)}</Paragraph>
              <p>
                <a href={d.path} download={d.file} type={d.mediaType}>
                  {t("download", { file: d.file })}
                </a>{" "}
                <span className="muted">
                  ({t("format")}: {d.format}, <code>{d.mediaType}</code>)
                </span>
              </p>
              {d.fields.format === "geojson" && <Paragraph>{t("geojsonFeature")}</Paragraph>}
              <details className="open-data__fields">
                <summary>{t("fieldsSummary", { count: rows.length, file: d.file })}</summary>
                <DataTable
                  caption={t("fieldsCaption", { file: d.file })}
                  rowHeader
                  columns={[
                    { header: t("fieldName") },
                    { header: t("fieldMeaning") },
                    ...(withFormat ? [{ header: t("fieldFormat") }] : []),
                  ]}
                  rows={rows.map((r) => ({
                    key: r.name,
                    cells: [<code key="name">{r.name}</code>, r.meaning, ...(withFormat ? [r.format ?? ""] : [])],
                  }))}
                />
              </details>
            </section>
          );
        })}
      </section>

      <section aria-labelledby="api">
        <Heading2 id="api">{t("apiTitle")}</Heading2>
        <Paragraph>{t("apiIntro")}</Paragraph>
        <Paragraph>{t.rich("apiDescription", { link: (chunks) => <a href="/api/v1/openapi.json">{chunks}</a> })}</Paragraph>
        <DataTable
          caption={t("endpointsCaption")}
          showCaption
          rowHeader
          columns={[{ header: t("endpoint") }, { header: t("endpointWhat") }]}
          rows={API_ENDPOINTS.map((e) => ({
            key: e.slug,
            cells: [<code key="path">GET {e.path}</code>, t(`endpoints.${e.slug}`)],
          }))}
        />
        <Paragraph>{t("apiPaging")}</Paragraph>
        <Paragraph>{t("apiEtags")}</Paragraph>
        <Paragraph>{t("apiErrors")}</Paragraph>
      </section>

      <section aria-labelledby="feeds">
        <Heading2 id="feeds">{t("feedsTitle")}</Heading2>
        <Paragraph>{t("feedsIntro", { limit: FEED_LIMIT })}</Paragraph>
        <ul className="open-data__feeds">
          <li>{feedLink(feedPath({ lang }), t("feedAll"))}</li>
          <li>{feedLink(feedPath({ kind: "sensor", lang }), t("feedSensors"))}</li>
          <li>{feedLink(feedPath({ kind: "algorithm", lang }), t("feedAlgorithms"))}</li>
        </ul>
        <Heading3>{t("feedsPerOrganisation")}</Heading3>
        {organisations.length ? (
          <ul className="open-data__feeds">
            {organisations.map((o) => (
              <li key={o.slug}>
                {feedLink(feedPath({ organisation: o.slug, lang }), t("feedOrganisation", { organisation: o.name }))}{" "}
                <span className="muted">
                  ({t("organisationCounts", { sensors: o.sensors, algorithms: o.algorithms })}
                  {o.isExample ? `; ${t("example")}` : ""})
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph>{t("noOrganisations")}</Paragraph>
        )}
      </section>
    </div>
  );
}
