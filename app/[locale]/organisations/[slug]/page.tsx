import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading1, Heading2, Paragraph } from "@/components/ui";
import { RegisterCharts } from "@/components/charts/RegisterCharts";
import { ClientMessages } from "@/components/ClientMessages";
import { OrganisationMapLoader } from "@/components/map/OrganisationMapLoader";
import { OrganisationLink } from "@/components/organisations/OrganisationLink";
import { registerCharts } from "@/db/figures";
import { QuestionFigures } from "@/components/say/QuestionFigures";
import { questionFigures } from "@/db/questions";
import { getPublicOrganisation, organisationEntries, organisationSensorMarks, type OrganisationEntry } from "@/db/organisations";
import { valueBySlug, type Locale } from "@/lib/codio";
import { Link } from "@/lib/i18n/navigation";
import { feedPath } from "@/lib/open-data";
import { entryPath } from "@/lib/urls";
import { organisationKinds, type EntryKind } from "@/lib/vocab";

export const dynamic = "force-dynamic";

/** How many entries of each kind the page lists (the list pages show them all), and the most sensors on its small map. */
const LIST_LIMIT = 50;
const MAP_LIMIT = 500;

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const o = getPublicOrganisation(slug);
  return o ? { title: o.name } : {};
}

/**
 * /{locale}/organisations/{slug} — one organisation: its contact and where to object, its sensors (with a small
 * map) and algorithms, the CODIO values across its entries, and its figures. Unknown slugs, and organisations
 * without a public entry, are the normal 404.
 */
export default async function OrganisationPage({ params }: Props) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const o = getPublicOrganisation(slug);
  if (!o) notFound();
  const t = await getTranslations("organisation");
  const figuresT = await getTranslations("figures");
  const organisation = o.name;
  const sensors = organisationEntries({ organisationId: o.id, kind: "sensor", limit: LIST_LIMIT });
  const algorithms = organisationEntries({ organisationId: o.id, kind: "algorithm", limit: LIST_LIMIT });
  const marks = sensors.total ? organisationSensorMarks({ organisationId: o.id, limit: MAP_LIMIT }) : null;
  const charts = registerCharts({ organisationId: o.id });
  const linkedValues = charts.values.filter((v) => v.serves + v.atStake > 0);
  const unlinked = charts.values.filter((v) => v.serves + v.atStake === 0).map((v) => valueBySlug(v.slug)?.name[locale] ?? v.slug);
  const listOf = (kind: EntryKind, list: { total: number; items: OrganisationEntry[] }) => (
    <>
      {list.total > list.items.length && <p className="muted">{t("firstOf", { shown: list.items.length, total: list.total })}</p>}
      <ul className="entry-list">
        {list.items.map((e) => (
          <li key={e.publicId} className="entry-list__item">
            <Link href={entryPath(kind, e.publicId)} className="entry-list__title">
              {e.name}
            </Link>
            {e.ended && <span className="badge badge--archived">{t("ended")}</span>}
          </li>
        ))}
      </ul>
      <p>
        <Link href={`/${kind === "sensor" ? "sensors" : "algorithms"}?organisation=${o.slug}`}>
          {t(kind === "sensor" ? "allSensors" : "allAlgorithms", { count: list.total, organisation })}
        </Link>
      </p>
    </>
  );

  return (
    <article className="organisation-page">
      <nav aria-label={t("breadcrumb")} className="breadcrumb">
        <Link href="/organisations">{t("back")}</Link>
      </nav>
      <Heading1>{o.name}</Heading1>
      <p className="organisation-page__kind">
        <span className="badge">{organisationKinds.label(o.kind, locale)}</span>{" "}
        {o.isExample && <span className="badge badge--example">{t("exampleNotice")}</span>}
      </p>
      <Paragraph lead>{t("summary", { sensors: o.sensors, algorithms: o.algorithms })}</Paragraph>
      {o.moderator && <Paragraph>{t.rich("moderatedBy", { moderator: o.moderator.name, org: () => <OrganisationLink organisation={o.moderator!} /> })}</Paragraph>}

      <section aria-labelledby="organisation-objection">
        <Heading2 id="organisation-objection">{t("objectionTitle")}</Heading2>
        <Paragraph>{t("objectionText", { organisation })}</Paragraph>
        {o.objectionUrl || o.objectionAddress ? (
          <ul>
            {o.objectionUrl && (
              <li>
                <a href={o.objectionUrl}>{t("objectionUrl", { organisation })}</a>
              </li>
            )}
            {o.objectionAddress && (
              <li>
                {t("objectionAddress")}: <address className="organisation-page__address">{o.objectionAddress}</address>
              </li>
            )}
          </ul>
        ) : (
          <Paragraph>{t.rich("objectionNone", { organisation, email: o.contactEmail, mail: (chunks) => <a href={`mailto:${o.contactEmail}`}>{chunks}</a> })}</Paragraph>
        )}
        {o.algorithms > 0 && (
          <p>
            <Link href={`/contest?organisation=${o.slug}`}>{t("contestLink", { organisation })}</Link>
          </p>
        )}
      </section>

      <section aria-labelledby="organisation-contact">
        <Heading2 id="organisation-contact">{t("contactTitle")}</Heading2>
        <ul>
          <li>
            {t("contactEmail")}: <a href={`mailto:${o.contactEmail}`}>{o.contactEmail}</a>
          </li>
          {o.website && (
            <li>
              {t("website")}: <a href={o.website}>{o.website}</a>
            </li>
          )}
        </ul>
      </section>

      <section aria-labelledby="organisation-sensors">
        <Heading2 id="organisation-sensors">{t("sensorsTitle")}</Heading2>
        {sensors.total === 0 ? (
          <Paragraph>{t("noSensors", { organisation })}</Paragraph>
        ) : (
          <>
            {marks && (
              <div className="organisation-page__map">
                <ClientMessages island="locationMap">
                  <OrganisationMapLoader marks={marks} label={t("mapLabel", { organisation })} />
                </ClientMessages>
              </div>
            )}
            <p>
              <Link href={`/map?organisation=${o.slug}`}>{t("onMap", { organisation })}</Link>
            </p>
            {listOf("sensor", sensors)}
          </>
        )}
      </section>

      <section aria-labelledby="organisation-algorithms">
        <Heading2 id="organisation-algorithms">{t("algorithmsTitle")}</Heading2>
        {algorithms.total === 0 ? <Paragraph>{t("noAlgorithms", { organisation })}</Paragraph> : listOf("algorithm", algorithms)}
      </section>

      <section aria-labelledby="organisation-values">
        <Heading2 id="organisation-values">{t("valuesTitle")}</Heading2>
        {linkedValues.length === 0 ? (
          <Paragraph>{t("valuesNone", { organisation })}</Paragraph>
        ) : (
          <>
            <Paragraph>{t("valuesIntro", { organisation })}</Paragraph>
            <RegisterCharts charts={charts} sections={["values"]} headingLevel={3} organisation={o.slug} />
            {unlinked.length > 0 && <Paragraph>{t("valuesMissing", { count: unlinked.length, organisation, list: unlinked.join(", ") })}</Paragraph>}
          </>
        )}
      </section>

      <section aria-labelledby="organisation-figures">
        <Heading2 id="organisation-figures">{t("figuresTitle", { organisation })}</Heading2>
        <RegisterCharts
          charts={charts}
          sections={["sensorsByType", "sensorsByState", "algorithmsByCategory", "algorithmsByStatus", "assessed", "contest"]}
          headingLevel={3}
          organisation={o.slug}
        />
        <QuestionFigures figures={questionFigures(o.id)} headingLevel={3} />
        <p>
          <Link href="/figures">{figuresT("title")}</Link>
        </p>
      </section>

      <ul className="organisation-page__data">
        <li>
          <a href={`/api/v1/organisations/${o.slug}`} type="application/json">
            {t("api")}
          </a>
        </li>
        <li>
          <a href={feedPath({ organisation: o.slug, lang: locale === "nl" ? undefined : locale })} type="application/atom+xml">
            {t("feed", { organisation })}
          </a>
        </li>
      </ul>
    </article>
  );
}
