import { dutchLang } from "@/lib/content-language";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { actionCategoryBySlug, principleBySlug, valueBySlug, type Locale } from "@/lib/codio";
import { assessmentCompleteness, type ValueLink } from "@/lib/schemas/values";

/**
 * The public CODIO assessment of an entry (sensors and algorithms alike): the values it serves with the
 * explanation, the values at stake with their safeguards, and how complete the assessment is.
 */
export async function ValuesAssessment({ links, headingLevel = 2 }: { links: ValueLink[]; headingLevel?: 2 | 3 }) {
  const t = await getTranslations("valuesPanel");
  const locale = (await getLocale()) as Locale;
  const H = `h${headingLevel}` as const;
  // Explanations and safeguards are written in Dutch (lib/content-language.ts).
  const nl = dutchLang(locale);
  const Sub = `h${headingLevel + 1}` as "h3" | "h4";
  const { assessed, total } = assessmentCompleteness(links);
  const serves = links.filter((l) => l.assessment === "serves");
  const atStake = links.filter((l) => l.assessment === "at_stake");
  const item = (l: ValueLink) => {
    const v = valueBySlug(l.value);
    if (!v) return null;
    const category = l.actionCategory ? actionCategoryBySlug(l.actionCategory) : undefined;
    return (
      <li key={l.value} className="value-item">
        <Link href={`/values/${l.value}`} className="value-item__name">
          {v.name[locale]}
        </Link>{" "}
        <span className="muted">({principleBySlug(v.principle)?.name[locale]})</span>
        <p className="value-item__text" lang={nl}>
          {l.explanation}
        </p>
        {l.action && (
          <p className="value-item__safeguard">
            <strong>{t("safeguard")}</strong>
            {category ? ` (${category.name[locale]})` : ""}: <span lang={nl}>{l.action}</span>
          </p>
        )}
      </li>
    );
  };
  return (
    <section aria-labelledby="values-assessment" className="values-assessment">
      <H id="values-assessment" className={`utrecht-heading-${headingLevel}`}>
        {t("title")}
      </H>
      {links.length === 0 ? (
        <p className="notice values-assessment__none">{t("notYetAssessed")}</p>
      ) : (
        <>
      {/* Not a score: it says how many values the entry is linked to, without a gauge that reads as a grade. */}
      <p className="values-assessment__completeness">{t("completeness", { assessed, total })}</p>
      <Sub className={`utrecht-heading-${headingLevel + 1}`}>{t("serves")}</Sub>
      {serves.length ? <ul className="value-list">{serves.map(item)}</ul> : <p>{t("none")}</p>}
      <Sub className={`utrecht-heading-${headingLevel + 1}`}>{t("atStake")}</Sub>
      {atStake.length ? <ul className="value-list value-list--at-stake">{atStake.map(item)}</ul> : <p>{t("noneAtStake")}</p>}
        </>
      )}
      <p className="muted">
        {t("about")} <Link href="/values">{t("aboutLink")}</Link>
      </p>
    </section>
  );
}
