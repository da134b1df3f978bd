import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/codio";
import type { ContestHit } from "@/db/algorithms";
import { entryPath } from "@/lib/urls";
import { contestRoutes } from "@/lib/vocab";
import { OrganisationContact } from "./GeneralHelp";
import { Channels, deadlineInWords } from "./parts";
import { OrganisationLink } from "@/components/organisations/OrganisationLink";

/**
 * One result of the contest finder: which algorithm and organisation, which of its decisions match the
 * letter, and the essentials of the first route (who, deadline, how to send, the steps), with a link to
 * the full contest box.
 */
export async function ContestResult({ hit }: { hit: ContestHit }) {
  const t = await getTranslations("contest");
  const f = await getTranslations("fields.contest");
  const e = await getTranslations("entry");
  const locale = (await getLocale()) as Locale;
  const headingId = `result-${hit.publicId}`;
  const [first, ...others] = hit.contest?.routes ?? [];
  const deadlines = hit.contest ? await Promise.all(hit.contest.routes.map((r) => deadlineInWords(r))) : [];
  const href = entryPath("algorithm", hit.publicId);
  return (
    <li className="contest-result">
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="utrecht-heading-3 contest-result__title">
          <Link href={href}>{hit.name}</Link>
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
            <ul className="contest-decisions">
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
            <span dangerouslySetInnerHTML={{ __html: hit.snippet }} />
          </p>
        )}
        {hit.entryStatus === "archived" && (
          <p className="notice notice--warning" role="note">
            {t("archivedNote")}
          </p>
        )}
        {first ? (
          <>
            <p>{t("routeCount", { count: hit.contest!.routes.length })}</p>
            <dl className="contest-route__facts">
              <div>
                <dt>{t("firstRoute")}</dt>
                <dd>
                  <strong>{contestRoutes.label(first.kind, locale)}</strong>
                </dd>
              </div>
              <div>
                <dt>{f("handler")}</dt>
                <dd>{first.handler}</dd>
              </div>
              <div>
                <dt>{f("deadline")}</dt>
                <dd className="contest-route__deadline">{deadlines[0]}</dd>
              </div>
            </dl>
            <p className="contest-route__label">{t("howToSend")}</p>
            <Channels route={first} />
            <details className="contest-result__steps">
              <summary>{t("showSteps")}</summary>
              <ol className="contest-steps">
                {first.steps.map((s, i) => (
                  <li key={i}>{s}</li>
                ))}
              </ol>
              {first.include && (
                <>
                  <p className="contest-route__label">{f("include")}</p>
                  <p>{first.include}</p>
                </>
              )}
            </details>
            {others.length > 0 && (
              <ul className="contest-result__other-routes">
                {others.map((r, i) => (
                  <li key={i}>
                    <strong>{contestRoutes.label(r.kind, locale)}</strong>: {deadlines[i + 1]}
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <>
            <p>{t("noRouteForAlgorithm", { organisation: hit.organisation.name })}</p>
            <OrganisationContact organisation={hit.organisation} headingLevel={4} id={`${headingId}-org`} landmark={false} />
          </>
        )}
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
