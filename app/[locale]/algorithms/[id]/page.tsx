import type { Metadata } from "next";
import { QuestionsSection } from "@/components/say/QuestionsSection";
import { FLASH_PARAM } from "@/lib/caching";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/codio";
import { getAlgorithm, organisationContact, type OrganisationContact } from "@/db/algorithms";
import type { PublicEntry } from "@/db/public";
import type { Algorithm } from "@/lib/schemas/algorithm";
import { canonicalUrl } from "@/lib/urls";
import { EntryStatus } from "@/components/entry/EntryStatus";
import { ValuesAssessment } from "@/components/entry/ValuesAssessment";
import { RelatedEntries } from "@/components/entry/RelatedEntries";
import { AlgorithmDetails, TransparencyLimits } from "@/components/algorithms/AlgorithmDetails";
import { ContestBox } from "@/components/contest/ContestBox";
import { GeneralHelp } from "@/components/contest/GeneralHelp";
import { PrintButton } from "@/components/PrintButton";
import { RichText } from "@/components/entry/RichText";
import { contestRequiredCategories } from "@/lib/vocab";
import { LETTER_DATE_PARAM, parseLetterDate } from "@/lib/contest";
import { localized } from "@/lib/content-language";
import { DutchOnlyNotice } from "@/components/entry/DutchOnlyNotice";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const isPrint = (v: string | string[] | undefined) => first(v) === "1";

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const entry = getAlgorithm(id);
  if (!entry) return {};
  if (isPrint((await searchParams).print)) {
    const t = await getTranslations({ locale, namespace: "algorithmDetail" });
    return { title: t("printTitle", { name: entry.name }), robots: { index: false } };
  }
  const text = (field: string) => localized(entry.data, field, locale).text;
  return { title: text("name"), description: text("shortDescription") };
}

function contactOf(entry: PublicEntry<Algorithm>): OrganisationContact {
  const o = entry.organisation;
  return (
    organisationContact(o.slug) ?? {
      slug: o.slug,
      name: o.name,
      isExample: o.isExample,
      contactEmail: o.contactEmail,
      website: o.website,
      objectionUrl: o.objectionUrl,
      objectionAddress: o.objectionAddress,
    }
  );
}

export default async function AlgorithmPage({ params, searchParams }: Props) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const entry = getAlgorithm(id);
  if (!entry) {
    // Register numbers copied from a letter may be typed in lower case: "a-pk4r7m".
    if (id !== id.toUpperCase() && getAlgorithm(id.toUpperCase())) redirect(`/${locale}/algorithms/${id.toUpperCase()}`);
    notFound();
  }
  const a = entry.data;
  const t = await getTranslations("algorithmDetail");
  const c = await getTranslations("contest");
  const f = await getTranslations("fields.algorithm");
  const url = canonicalUrl("algorithm", entry.publicId, locale);
  const organisation = contactOf(entry);
  const routeExpected = contestRequiredCategories.includes(a.publicationCategory);
  const query = await searchParams;
  // The date on the resident's letter, entered in the contest box's own GET form: the box shows the last day.
  const letter = parseLetterDate(first(query[LETTER_DATE_PARAM]));
  const pagePath = `/${locale}/algorithms/${entry.publicId}`;
  // Content is written in Dutch; English texts where the officials gave them (lib/content-language.ts).
  const name = localized(a, "name", locale);
  const short = localized(a, "shortDescription", locale);
  const goal = localized(a, "goal", locale);
  const box = { name: entry.name, url, contest: a.contest ?? null, organisation, routeExpected, letter };

  if (isPrint(query.print)) {
    const format = await getFormatter();
    return (
      <article className="algorithm-print">
        <p className="no-print">
          <Link href={`/algorithms/${entry.publicId}`}>{t("backToPage")}</Link>
        </p>
        <h1 className="utrecht-heading-1">{t("printTitle", { name: entry.name })}</h1>
        <p>{t("printIntro")}</p>
        <ul className="algorithm-print__meta">
          <li>{c("by", { organisation: entry.organisation.name })}</li>
          <li>{t("printSource", { url })}</li>
          <li>{t("printDate", { date: format.dateTime(new Date(), { dateStyle: "long" }) })}</li>
        </ul>
        <p className="no-print">
          <PrintButton label={c("print")} />
        </p>
        <ContestBox {...box} dateForm={{ action: pagePath, hidden: { print: "1" } }} />
        {a.contest && <GeneralHelp headingLevel={2} />}
      </article>
    );
  }

  return (
    <article className="algorithm-page">
      <nav aria-label={t("breadcrumb")} className="breadcrumb no-print">
        <Link href="/algorithms">{t("back")}</Link>
      </nav>
      <h1 className="utrecht-heading-1" lang={name.lang}>
        {name.text}
      </h1>
      <EntryStatus entry={entry} />
      <DutchOnlyNotice kind="algorithm" data={a} locale={locale} />
      <p className="no-print">
        <a href="#contest">{t("jumpToContest")}</a>
      </p>

      <section aria-labelledby="explanation" className="algorithm-explanation">
        <h2 id="explanation" className="utrecht-heading-2">
          {t("whatItDoes")}
        </h2>
        <p className="utrecht-paragraph utrecht-paragraph--lead" lang={short.lang}>
          {short.text}
        </p>
        <h3 className="utrecht-heading-3">{f("goal")}</h3>
        {goal.text ? <RichText value={goal.text} lang={goal.lang} /> : <p className="muted">{t("notProvided")}</p>}
        {a.publicPageUrl && (
          <p>
            <a href={a.publicPageUrl}>{t("publicPage")}</a>
          </p>
        )}
      </section>

      <ContestBox {...box} printHref={`${pagePath}?print=1`} dateForm={{ action: pagePath }} />

      <section aria-labelledby="details" className="algorithm-details">
        <h2 id="details" className="utrecht-heading-2">
          {t("details")}
        </h2>
        <p className="muted">{t("detailsIntro")}</p>
        <AlgorithmDetails a={a} />
      </section>

      <TransparencyLimits limits={a.transparencyLimits} />

      <ValuesAssessment links={a.values} />

      <RelatedEntries entry={entry} />

      <QuestionsSection entry={entry} flash={query[FLASH_PARAM]} />
    </article>
  );
}
