import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { contestOrganisations, exampleDecisions, findContest, type ContestFinderResult } from "@/db/algorithms";
import { ContestResult } from "@/components/contest/ContestResult";
import { GeneralHelp } from "@/components/contest/GeneralHelp";
import { LetterDateField } from "@/components/contest/ContestRoutes";
import { ListSearchForm } from "@/components/entry/ListSearchForm";
import { LETTER_DATE_PARAM, parseLetterDate, todayInNetherlands } from "@/lib/contest";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

function readQuery(sp: Record<string, string | string[] | undefined>) {
  return { q: first(sp.q).slice(0, 2000), organisation: first(sp.organisation).slice(0, 100), letterDate: first(sp[LETTER_DATE_PARAM]) };
}

const DATE_FIELD = "contest-letter-date";

/** The sentence that says how many results there are (also the page title, so screen readers hear it first). */
async function countText(result: ContestFinderResult, q: string) {
  const t = await getTranslations("contest");
  const shortQ = q.trim().length > 80 ? `${q.trim().slice(0, 80)}…` : q.trim();
  if (result.kind === "browse") return t("countOrg", { count: result.total, organisation: result.organisation!.name });
  if (result.organisation) return t("countQueryOrg", { count: result.total, q: shortQ, organisation: result.organisation.name });
  return t("countQuery", { count: result.total, q: shortQ });
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "contest" });
  const { q, organisation } = readQuery(await searchParams);
  const result = findContest({ q, organisation, lang: locale === "en" ? "en" : "nl" });
  if (result.kind === "empty") return { title: t("title") };
  return { title: `${await countText(result, q)} – ${t("title")}` };
}

export default async function ContestPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("contest");
  const { q, organisation, letterDate } = readQuery(await searchParams);
  // The page's language decides how typed words match: English words whole on /en (db/search/query.ts).
  const result = findContest({ q, organisation, lang: locale === "en" ? "en" : "nl" });
  const today = todayInNetherlands();
  const letter = parseLetterDate(letterDate, today);
  const organisations = contestOrganisations();
  const examples = result.kind === "empty" || result.total === 0 ? exampleDecisions() : [];

  return (
    <div className="contest-page">
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t("intro")}</p>

      <ListSearchForm
        action={`/${locale}/contest`}
        id="contest"
        className="contest-form"
        label={t("qLabel")}
        formLabel={t("formLabel")}
        hint={t("qHint")}
        q={q}
        hidden={{}}
        button={t("submit")}
      >
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="contest-organisation">
            {t("orgLabel")}
          </label>
          <p className="utrecht-form-field-description" id="contest-organisation-hint">
            {t("orgHint")}
          </p>
          <select
            id="contest-organisation"
            name="organisation"
            className="utrecht-select utrecht-select--html-select"
            defaultValue={result.organisation?.slug ?? ""}
            aria-describedby="contest-organisation-hint"
          >
            <option value="">{t("orgAny")}</option>
            {organisations.map((o) => (
              <option key={o.slug} value={o.slug}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <LetterDateField id={DATE_FIELD} letter={letter} today={today} />
      </ListSearchForm>

      {result.kind === "empty" ? (
        examples.length > 0 && (
          <section aria-labelledby="examples" className="contest-examples">
            <h2 id="examples" className="utrecht-heading-2">
              {t("examplesTitle")}
            </h2>
            <p>{t("examplesIntro")}</p>
            <ul className="contest-examples__list">
              {examples.map((d) => (
                <li key={d}>
                  <Link href={{ pathname: "/contest", query: { q: d } }}>{d}</Link>
                </li>
              ))}
            </ul>
          </section>
        )
      ) : (
        <section aria-labelledby="results" className="contest-results-section">
          <h2 id="results" className="utrecht-heading-2">
            {t("resultsHeading")}
          </h2>
          <p role="status" className="contest-count">
            {await countText(result, q)}
          </p>
          {result.kind === "unsearchable" && <p className="notice">{t("unsearchable")}</p>}
          {result.kind === "search" && result.total === 0 && <p className="notice">{t("noMatch")}</p>}
          {result.total === 0 && result.organisation && (
            <p>
              <Link href={{ pathname: "/contest", query: { organisation: result.organisation.slug } }}>
                {t("browseOrg", { organisation: result.organisation.name })}
              </Link>
            </p>
          )}
          {result.mode === "any" && result.total > 0 && <p className="notice">{t("partial")}</p>}
          {result.total === 0 && !result.organisation && examples.length > 0 && (
            <>
              <p>{t("examplesIntro")}</p>
              <ul className="contest-examples__list" aria-label={t("examplesTitle")}>
                {examples.map((d) => (
                  <li key={d}>
                    <Link href={{ pathname: "/contest", query: { q: d } }}>{d}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
          {result.hits.length > 0 && (
            <ol className="contest-results">
              {result.hits.map((hit) => (
                <ContestResult key={hit.publicId} hit={hit} letter={letter} dateFieldId={DATE_FIELD} />
              ))}
            </ol>
          )}
        </section>
      )}

      <GeneralHelp organisation={result.organisation} />
    </div>
  );
}
