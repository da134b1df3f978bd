import { getLocale, getTranslations } from "next-intl/server";
import { dutchLang } from "@/lib/content-language";
import { Link } from "@/lib/i18n/navigation";
import type { ContestHit } from "@/db/algorithms";
import { entryPath } from "@/lib/urls";
import { LETTER_DATE_PARAM, planContest, type LetterDate } from "@/lib/contest";
import { ContestRoutes } from "./ContestRoutes";
import { OrganisationLink } from "@/components/organisations/OrganisationLink";

/**
 * One result of the contest finder: which algorithm and organisation, which of its decisions match the
 * letter, then the formal objection first (its deadline, the last day when the date on the letter is known,
 * and where to send it), the informal routes as "you can also…", and a link to the full contest box.
 */
export async function ContestResult({ hit, letter, dateFieldId }: { hit: ContestHit; letter: LetterDate; dateFieldId?: string }) {
  const t = await getTranslations("contest");
  const e = await getTranslations("entry");
  // The registered decisions and texts are written in Dutch (lib/content-language.ts).
  const nl = dutchLang(await getLocale());
  const headingId = `result-${hit.publicId}`;
  const path = entryPath("algorithm", hit.publicId);
  const href = letter.state === "ok" ? `${path}?${LETTER_DATE_PARAM}=${letter.date}` : path;
  return (
    <li className="contest-result">
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="utrecht-heading-3 contest-result__title">
          <Link href={path}>{hit.name}</Link>
        </h3>
        <p className="contest-result__org">
          {t.rich("byLink", {
            organisation: hit.organisation.name,
            org: () => <OrganisationLink organisation={hit.organisation} />,
          })}
          {hit.organisation.isExample && <span className="badge badge--example">{e("example")}</span>}
        </p>
        {hit.matchedDecisions.length > 0 && (
          <div className="contest-result__decisions">
            <p>{hit.snippet !== undefined ? t("matched") : t("decisions")}</p>
            <ul className="contest-decisions" lang={nl}>
              {hit.matchedDecisions.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          </div>
        )}
        {hit.matchedDecisions.length === 0 && hit.snippet && (
          <p className="algorithm-item__snippet">
            {t("foundInText")}{" "}
            {/* Safe HTML from db/search/snippets.ts: escaped text with our own <mark> only. */}
            <span lang={nl} dangerouslySetInnerHTML={{ __html: hit.snippet }} />
          </p>
        )}
        {hit.entryStatus === "archived" && (
          <p className="notice notice--warning" role="note">
            {t("archivedNote")}
          </p>
        )}
        <ContestRoutes
          plan={planContest(hit.contest, hit.organisation)}
          organisation={hit.organisation}
          letter={letter}
          headingLevel={4}
          idPrefix={headingId}
          dateFieldId={dateFieldId}
          compact
        />
        <p className="contest-result__more">
          <Link href={`${href}#contest`}>
            {t("fullBox")}
            <span className="visually-hidden"> {t("fullBoxFor", { name: hit.name })}</span>
          </Link>
        </p>
      </article>
    </li>
  );
}
