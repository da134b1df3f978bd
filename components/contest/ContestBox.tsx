import { getTranslations } from "next-intl/server";
import type { Contest } from "@/lib/schemas/algorithm";
import type { OrganisationContact as Contact } from "@/db/algorithms";
import { LETTER_DATE_PARAM, planContest, todayInNetherlands, type LetterDate } from "@/lib/contest";
import { GeneralHelp, OrganisationContact } from "./GeneralHelp";
import { ContestRoutes, LetterDateField } from "./ContestRoutes";
import { Heading, type HeadingLevel } from "./parts";

/**
 * "How to contest a decision": the decisions the algorithm makes or supports; the formal objection first,
 * with its deadline (the last day, when the resident entered the date on the letter in the box's own GET
 * form) and where to send it; then "you can also…" (informal routes and the right to a human look, which do
 * not stop the clock); then what comes after. Printable: in print the algorithm, the organisation and the
 * URL of the page are part of the box. Without a registered route it still shows the organisation's
 * general objection contact and the general rule.
 */
export async function ContestBox({
  name,
  url,
  contest,
  organisation,
  headingLevel = 2,
  printHref,
  routeExpected = false,
  id = "contest",
  letter = { state: "none" },
  dateForm,
}: {
  /** The algorithm's name. */
  name: string;
  /** Canonical URL of the algorithm page (shown in print). */
  url: string;
  contest: Contest | null;
  /** Whether this algorithm should have a registered route (impactful or high-risk): then "not yet described". */
  routeExpected?: boolean;
  organisation: Contact;
  headingLevel?: 2 | 3;
  /** Link to the printable view; omitted in the printable view itself. */
  printHref?: string;
  id?: string;
  /** The date on the resident's letter (from the query string). */
  letter?: LetterDate;
  /** Where the box's "date on the letter" form goes (this page), and what it keeps (e.g. print=1). */
  dateForm?: { action: string; hidden?: Record<string, string> };
}) {
  const t = await getTranslations("contest");
  const sub = (headingLevel + 1) as HeadingLevel;
  const withDate = (href: string) =>
    letter.state === "ok" ? `${href}${href.includes("?") ? "&" : "?"}${LETTER_DATE_PARAM}=${letter.date}` : href;
  return (
    <section id={id} className="contest-box" aria-labelledby={`${id}-title`}>
      <Heading level={headingLevel} id={`${id}-title`} className="contest-box__title">
        {t("boxTitle")}
      </Heading>
      <p className="contest-box__about">
        <strong>{name}</strong> · {organisation.name}
        <span className="print-only"> · {url}</span>
      </p>
      <p>{t("boxIntro")}</p>
      {contest ? (
        <>
          <p className="contest-box__applies">{t("appliesTo")}</p>
          <ul className="contest-decisions">
            {contest.decisions.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
          <ContestRoutes
            plan={planContest(contest, organisation)}
            organisation={organisation}
            letter={letter}
            headingLevel={sub as 3 | 4}
            idPrefix={id}
            dateFieldId={dateForm ? `${id}-letter-date` : undefined}
            humanReview={contest.humanReview}
            nextSteps={contest.nextSteps}
            afterDeadline={
              dateForm && (
                <form method="get" action={`${dateForm.action}#${id}`} className="contest-date-form no-print" aria-label={t("letterDateForm")}>
                  {Object.entries(dateForm.hidden ?? {}).map(([k, v]) => (
                    <input key={k} type="hidden" name={k} value={v} />
                  ))}
                  <LetterDateField id={`${id}-letter-date`} letter={letter} today={todayInNetherlands()} />
                  <button type="submit" className="utrecht-button utrecht-button--secondary-action">
                    {t("letterDateSubmit")}
                  </button>
                </form>
              )
            }
          />
        </>
      ) : (
        <>
          <p className={routeExpected ? "notice notice--warning" : undefined}>
            {t(routeExpected ? "routeNotYetDescribed" : "noRoute", { organisation: organisation.name })}
          </p>
          <OrganisationContact organisation={organisation} headingLevel={sub} id={`${id}-org`} />
          <GeneralHelp headingLevel={sub} id={`${id}-general`} />
        </>
      )}
      {printHref && (
        <p className="contest-box__print no-print">
          <a href={withDate(printHref)} className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action">
            {t("printVersion")}
          </a>
        </p>
      )}
    </section>
  );
}
