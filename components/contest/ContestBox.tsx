import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/codio";
import type { Contest } from "@/lib/schemas/algorithm";
import type { OrganisationContact as Contact } from "@/db/algorithms";
import { contestRoutes } from "@/lib/vocab";
import { GeneralHelp, OrganisationContact } from "./GeneralHelp";
import { Channels, deadlineInWords, Heading, type HeadingLevel } from "./parts";

/**
 * "How to contest a decision": the decisions the algorithm makes or supports, then per route what it is,
 * who handles it, the deadline in words, the numbered steps, what to include and how to send it; the right
 * to a human look and where to go next. Printable: in print the algorithm, the organisation and the URL
 * of the page are part of the box. Without a registered route it still shows the organisation's general
 * objection contact and the general rule.
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
}) {
  const t = await getTranslations("contest");
  const f = await getTranslations("fields.contest");
  const locale = (await getLocale()) as Locale;
  const sub = (headingLevel + 1) as HeadingLevel;
  const subsub = (headingLevel + 2) as HeadingLevel;
  const deadlines = contest ? await Promise.all(contest.routes.map((r) => deadlineInWords(r))) : [];
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
          <Heading level={sub}>{t("routesTitle")}</Heading>
          <ol className="contest-routes">
            {contest.routes.map((route, i) => (
              <li key={i} className="contest-route">
                <Heading level={subsub} className="contest-route__title">
                  {contestRoutes.label(route.kind, locale)}
                </Heading>
                <dl className="contest-route__facts">
                  <div>
                    <dt>{f("handler")}</dt>
                    <dd>{route.handler}</dd>
                  </div>
                  <div>
                    <dt>{f("deadline")}</dt>
                    <dd className="contest-route__deadline">{deadlines[i]}</dd>
                  </div>
                </dl>
                <p className="contest-route__label">{f("steps")}</p>
                <ol className="contest-steps">
                  {route.steps.map((s, j) => (
                    <li key={j}>{s}</li>
                  ))}
                </ol>
                {route.include && (
                  <>
                    <p className="contest-route__label">{f("include")}</p>
                    <p>{route.include}</p>
                  </>
                )}
                <p className="contest-route__label">{t("howToSend")}</p>
                <Channels route={route} />
              </li>
            ))}
          </ol>
          <Heading level={sub}>{f("humanReview")}</Heading>
          <p>{contest.humanReview}</p>
          <Heading level={sub}>{f("nextSteps")}</Heading>
          <p>{contest.nextSteps}</p>
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
          <a href={printHref} className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action">
            {t("printVersion")}
          </a>
        </p>
      )}
    </section>
  );
}
