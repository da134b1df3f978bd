import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Heading1, Heading2, Paragraph } from "@/components/ui";
import { EntryList } from "@/components/EntryList";
import { actionCategoryBySlug, examplesOfValue, foundationBySlug, principleBySlug, valueBySlug, type Locale } from "@/lib/codio";
import { entriesForValue } from "@/db/public";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const value = valueBySlug(slug);
  return { title: value ? value.name[locale] : undefined };
}

export default async function ValuePage({ params }: Props) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const value = valueBySlug(slug);
  if (!value) notFound();
  const principle = principleBySlug(value.principle)!;
  const foundation = foundationBySlug(principle.foundation)!;
  const t = await getTranslations("values");
  const examples = examplesOfValue(value.slug);
  const linked = entriesForValue(value.slug);
  const serving = linked.filter((e) => e.assessment === "serves");
  const atStake = linked.filter((e) => e.assessment === "at_stake");
  return (
    <article>
      <nav aria-label={t("breadcrumb")} className="breadcrumb">
        <Link href="/values">{t("backToOverview")}</Link> › {foundation.name[locale]} › {principle.name[locale]}
      </nav>
      <Heading1>{value.name[locale]}</Heading1>
      <dl className="definition-list">
        <div>
          <dt>{t("foundation")}</dt>
          <dd>{foundation.name[locale]}</dd>
        </div>
        <div>
          <dt>{t("principle")}</dt>
          <dd>{principle.name[locale]}</dd>
        </div>
      </dl>
      <Heading2>{t("definition")}</Heading2>
      <blockquote className="definition">
        <Paragraph>{value.definition[locale]}</Paragraph>
      </blockquote>
      {!value.inFigure3 && <p className="muted">{t("notInFigure")}</p>}
      <Heading2>{t("exampleActions")}</Heading2>
      {examples.length ? (
        <ul>
          {examples.map((ex, i) => (
            <li key={i}>
              {ex.text[locale]}{" "}
              <span className="muted">
                ({t("category")}: {actionCategoryBySlug(ex.category)?.name[locale]})
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>{t("exampleActionsNone")}</Paragraph>
      )}
      <Heading2>{t("entriesServing")}</Heading2>
      {serving.length ? <EntryList entries={serving} showExplanation /> : <Paragraph>{t("entriesNone")}</Paragraph>}
      {atStake.length > 0 && (
        <>
          <Heading2>{t("entriesAtStake")}</Heading2>
          <EntryList entries={atStake} showExplanation />
        </>
      )}
    </article>
  );
}
