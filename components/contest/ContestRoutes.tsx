import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/codio";
import type { ContestRoute } from "@/lib/schemas/algorithm";
import type { OrganisationContact as Contact } from "@/db/algorithms";
import { contestRoutes } from "@/lib/vocab";
import { countsFromLetter, formatIsoDate, LETTER_DATE_PARAM, objectionDeadline, type ContestPlan, type LetterDate } from "@/lib/contest";
import { OrganisationContact } from "./GeneralHelp";
import { Channels, deadlineInWords, Heading, type HeadingLevel } from "./parts";
import { dutchLang } from "@/lib/content-language";

/**
 * The routes of one algorithm in the order that protects the resident (lib/contest.ts): first the formal
 * objection with its deadline (the last day when the date on the letter is known) and where to send it; then
 * "you can also…" (informal routes, which do not stop the clock); then what comes after. Used by the finder's
 * results (`compact`: the steps folded away) and by the contest box on the algorithm page and in print.
 */
export async function ContestRoutes({
  plan,
  organisation,
  letter,
  headingLevel,
  idPrefix,
  dateFieldId,
  compact = false,
  humanReview,
  nextSteps,
  afterDeadline,
}: {
  plan: ContestPlan;
  organisation: Contact;
  letter: LetterDate;
  /** Level of the three section headings (formal, "you can also", "after that"). */
  headingLevel: 3 | 4;
  /** Unique prefix for element ids. */
  idPrefix: string;
  /** The id of the "date on the letter" field on this page, to point to when no date was given. */
  dateFieldId?: string;
  compact?: boolean;
  /** The entry's text on the right to a human look (shown under "you can also"). */
  humanReview?: string;
  /** The entry's text on where to go after the objection (shown under "after that"). */
  nextSteps?: string;
  /** Shown right after the formal route's deadline (the contest box: the "date on the letter" form). */
  afterDeadline?: ReactNode;
}) {
  const t = await getTranslations("contest");
  const f = await getTranslations("fields.contest");
  const locale = (await getLocale()) as Locale;
  const sub = (headingLevel + 1) as HeadingLevel;
  const formal = plan.formal;
  const label = (r: ContestRoute) => contestRoutes.label(r.kind, locale);
  const nl = dutchLang(locale);
  const informal = await Promise.all(plan.informal.map(async (r) => ({ route: r, deadline: await deadlineInWords(r) })));
  const later = await Promise.all(plan.later.map(async (r) => ({ route: r, deadline: await deadlineInWords(r) })));

  return (
    <>
      {formal ? (
        <div className="contest-formal">
          <Heading level={headingLevel} id={`${idPrefix}-formal`} className="contest-formal__title">
            {t("formalTitle", { route: label(formal.route) })}
          </Heading>
          <p className="contest-formal__lead">{t(formal.route.kind === "objection" ? "formalLead" : "formalLeadAppeal")}</p>
          <Deadline route={formal.route} letter={letter} dateFieldId={dateFieldId} />
          {afterDeadline}
          <dl className="contest-route__facts">
            <div>
              <dt>{f("handler")}</dt>
              <dd lang={nl}>{formal.route.handler}</dd>
            </div>
          </dl>
          <p className="contest-route__label">{t("sendTo")}</p>
          {formal.send.webUrl || formal.send.email || formal.send.postalAddress || formal.send.phone ? (
            <Channels route={formal.send} />
          ) : (
            <p>{t("noChannels")}</p>
          )}
          {formal.fromOrganisation.length > 0 && <p className="muted">{t("fromOrganisation", { organisation: organisation.name })}</p>}
          {compact ? (
            <details className="contest-result__steps">
              <summary>{t("showSteps")}</summary>
              <Steps route={formal.route} />
            </details>
          ) : (
            <>
              <p className="contest-route__label">{f("steps")}</p>
              <Steps route={formal.route} />
            </>
          )}
        </div>
      ) : (
        <div className="contest-formal contest-formal--missing">
          <Heading level={headingLevel} id={`${idPrefix}-formal`} className="contest-formal__title">
            {t("formalTitle", { route: contestRoutes.label("objection", locale) })}
          </Heading>
          <p className="notice notice--warning">{t("noFormalRoute", { organisation: organisation.name })}</p>
          <OrganisationContact organisation={organisation} headingLevel={sub} id={`${idPrefix}-org`} landmark={false} />
        </div>
      )}

      {(informal.length > 0 || humanReview) && (
        <div className="contest-informal">
          <Heading level={headingLevel} id={`${idPrefix}-informal`}>
            {t("informalTitle")}
          </Heading>
          <p className="notice notice--warning contest-informal__warning">{t("informalWarning")}</p>
          {compact ? (
            <ul className="contest-informal__list">
              {informal.map(({ route }, i) => (
                <li key={i}>
                  <strong>{label(route)}</strong>: <span lang={nl}>{route.handler}</span>
                  <Channels route={route} />
                </li>
              ))}
            </ul>
          ) : (
            <>
              {informal.map(({ route, deadline }, i) => (
                <RouteDetails key={i} route={route} deadline={deadline} title={t("alsoRoute", { route: label(route) })} level={sub} />
              ))}
              {humanReview && (
                <>
                  <Heading level={sub}>{f("humanReview")}</Heading>
                  <p lang={nl}>{humanReview}</p>
                </>
              )}
            </>
          )}
        </div>
      )}

      {(later.length > 0 || (!compact && nextSteps)) && (
        <div className="contest-later">
          <Heading level={headingLevel} id={`${idPrefix}-later`}>
            {t("laterTitle")}
          </Heading>
          {compact ? (
            <ul>
              {later.map(({ route, deadline }, i) => (
                <li key={i}>
                  <strong>{label(route)}</strong>: {deadline}
                </li>
              ))}
            </ul>
          ) : (
            <>
              {later.map(({ route, deadline }, i) => (
                <RouteDetails key={i} route={route} deadline={deadline} title={label(route)} level={sub} />
              ))}
              {nextSteps && <p lang={nl}>{nextSteps}</p>}
            </>
          )}
        </div>
      )}
    </>
  );
}

/** A route in full (the contest box): who handles it, the deadline in words, the steps, how to send it. */
async function RouteDetails({ route, deadline, title, level }: { route: ContestRoute; deadline: string; title: string; level: HeadingLevel }) {
  const t = await getTranslations("contest");
  const f = await getTranslations("fields.contest");
  const locale = await getLocale();
  return (
    <div className="contest-route">
      <Heading level={level} className="contest-route__title">
        {title}
      </Heading>
      <dl className="contest-route__facts">
        <div>
          <dt>{f("handler")}</dt>
          <dd lang={dutchLang(locale)}>{route.handler}</dd>
        </div>
        <div>
          <dt>{f("deadline")}</dt>
          <dd>{deadline}</dd>
        </div>
      </dl>
      <Steps route={route} />
      <p className="contest-route__label">{t("howToSend")}</p>
      <Channels route={route} />
    </div>
  );
}

/** The registered steps: written in Dutch (lib/content-language.ts). */
async function Steps({ route }: { route: Pick<ContestRoute, "steps" | "include"> }) {
  const nl = dutchLang(await getLocale());
  return (
    <>
      <ol className="contest-steps" lang={nl}>
        {route.steps.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ol>
      {route.include && <IncludeText text={route.include} lang={nl} />}
    </>
  );
}

async function IncludeText({ text, lang }: { text: string; lang?: string }) {
  const f = await getTranslations("fields.contest");
  return (
    <>
      <p className="contest-route__label">{f("include")}</p>
      <p lang={lang}>{text}</p>
    </>
  );
}

/**
 * The formal route's deadline: the last day when the date on the letter is known ("Last day: Monday 14
 * December 2026"), else the term counted from the date on the letter ("Within 6 weeks of the date on the
 * letter"), else the term as registered; and plainly when the register gives none.
 */
async function Deadline({ route, letter, dateFieldId }: { route: ContestRoute; letter: LetterDate; dateFieldId?: string }) {
  const t = await getTranslations("contest");
  const locale = await getLocale();
  const hasTerm = Boolean(route.deadlineAmount && route.deadlineUnit && route.deadlineFrom);
  if (!hasTerm) return <p className="contest-deadline contest-deadline--unknown">{t("deadlineUnknown")}</p>;
  const term = { amount: route.deadlineAmount!, unit: route.deadlineUnit! };
  if (!countsFromLetter(route)) return <p className="contest-deadline">{await deadlineInWords(route)}</p>;
  const last = letter.state === "ok" ? objectionDeadline(route, letter.date) : null;
  if (letter.state === "ok" && last)
    return (
      <div className="contest-deadline">
        <p className="contest-deadline__day">{t("lastDay", { date: formatIsoDate(last.lastDay, locale) })}</p>
        <p>{t("lastDayCounted", { ...term, letterDate: formatIsoDate(letter.date, locale) })}</p>
        {last.moved && <p>{t("lastDayMoved", { termEnds: formatIsoDate(last.termEnds, locale) })}</p>}
        {last.passed ? <p className="notice notice--warning">{t("deadlinePassed")}</p> : <p>{t("lastDayInTime")}</p>}
      </div>
    );
  return (
    <div className="contest-deadline">
      <p className="contest-deadline__day">{t("deadlineFromLetter", term)}</p>
      {dateFieldId ? (
        <p>
          <a href={`#${dateFieldId}`}>{t("enterLetterDate")}</a>
        </p>
      ) : (
        <p>{t("enterLetterDate")}</p>
      )}
    </div>
  );
}

/** The optional "date on the letter" field of a GET form (the finder's form, the contest box's form). */
export async function LetterDateField({ id, letter, today }: { id: string; letter: LetterDate; today: string }) {
  const t = await getTranslations("contest");
  const error = letter.state === "invalid" ? t("letterDateInvalid", { raw: letter.raw }) : letter.state === "future" ? t("letterDateFuture", { raw: letter.raw }) : null;
  return (
    <div className={`utrecht-form-field utrecht-form-field--text ${error ? "utrecht-form-field--invalid" : ""}`}>
      <label className="utrecht-form-label" htmlFor={id}>
        {t("letterDateLabel")}
      </label>
      <p className="utrecht-form-field-description" id={`${id}-hint`}>
        {t("letterDateHint")}
      </p>
      {error && (
        <p className="utrecht-form-field-error-message" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      <input
        id={id}
        name={LETTER_DATE_PARAM}
        type="date"
        className="utrecht-textbox utrecht-textbox--html-input contest-date"
        defaultValue={letter.state === "ok" ? letter.date : undefined}
        max={today}
        aria-describedby={[`${id}-hint`, error ? `${id}-error` : ""].filter(Boolean).join(" ")}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
