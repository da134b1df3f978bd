import type { ReactNode } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/codio";
import type { Algorithm } from "@/lib/schemas/algorithm";
import { algorithmCategories, algorithmStatuses, impactAssessmentKinds, publicationCategories } from "@/lib/vocab";
import { RichText } from "@/components/entry/RichText";
import { themeLabel } from "./format";
import { dutchLang } from "@/lib/content-language";

/** "2020-02" → "februari 2020" / "February 2020". */
export async function monthText(month: string | undefined) {
  if (!month) return "";
  const format = await getFormatter();
  const [y, m] = month.split("-").map(Number);
  return format.dateTime(new Date(Date.UTC(y!, (m ?? 1) - 1, 1)), { month: "long", year: "numeric", timeZone: "UTC" });
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="algorithm-fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** An address from a record is a link only when it is http(s); anything else stays text. */
const isWebAddress = (u: string) => /^https?:\/\/\S+$/i.test(u);

function LinkList({ links, none }: { links: { title: string; url: string }[]; none: string }) {
  if (!links.length) return <p className="muted">{none}</p>;
  return (
    <ul className="algorithm-links">
      {links.map((l, i) => (
        <li key={i}>
          {isWebAddress(l.url) ? (
            <a href={l.url}>{l.title}</a>
          ) : (
            <>
              {l.title}: <span className="break-anywhere">{l.url}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * Every field of the Algoritmeregister publication standard 1.0, in plain order; a missing optional field
 * says so instead of leaving a silent gap. Fields that may carry the standard's HTML show their
 * paragraphs and lists.
 */
export async function AlgorithmDetails({ a }: { a: Algorithm }) {
  const t = await getTranslations("algorithmDetail");
  const f = await getTranslations("fields.algorithm");
  const fi = await getTranslations("fields.impact");
  const yesNo = await getTranslations("fields");
  const locale = (await getLocale()) as Locale;
  const format = await getFormatter();
  const none = <p className="muted">{t("notProvided")}</p>;
  const url = (u: string | undefined) => (u ? <a href={u} className="break-anywhere">{u}</a> : none);
  // The texts are written in Dutch (lib/content-language.ts).
  const nl = dutchLang(locale);
  const rich = (v: string | undefined) => (v ? <RichText value={v} lang={nl} /> : none);
  const since = !a.beginMonth
    ? ""
    : a.endMonth
      ? t("monthRange", { from: await monthText(a.beginMonth), to: await monthText(a.endMonth) })
      : t("monthFrom", { month: await monthText(a.beginMonth) });
  const published = a.originalPublishedAt ? new Date(a.originalPublishedAt) : null;
  return (
    <dl className="algorithm-facts">
      <Item label={f("status")}>
        {since ? t("statusSince", { status: algorithmStatuses.label(a.status, locale), since }) : algorithmStatuses.label(a.status, locale)}
      </Item>
      <Item label={f("publicationCategory")}>
        {publicationCategories.label(a.publicationCategory, locale)}
        {publicationCategories.get(a.publicationCategory)?.help && (
          <span className="muted"> — {publicationCategories.get(a.publicationCategory)!.help![locale]}</span>
        )}
      </Item>
      <Item label={f("categories")}>{a.categories.length ? a.categories.map((s) => algorithmCategories.label(s, locale)).join(", ") : none}</Item>
      {a.themes.length > 0 && <Item label={f("themes")}>{a.themes.map((s) => themeLabel(s, locale)).join(", ")}</Item>}
      <Item label={f("considerations")}>{rich(a.considerations)}</Item>
      <Item label={f("humanIntervention")}>{rich(a.humanIntervention)}</Item>
      <Item label={f("riskManagement")}>{rich(a.riskManagement)}</Item>
      <Item label={f("lawfulBasis")}>
        {rich(a.lawfulBasis)}
        <p className="algorithm-fact__sub">{f("lawfulBasisLinks")}</p>
        <LinkList links={a.lawfulBasisLinks} none={t("noLinks")} />
      </Item>
      <Item label={f("impactAssessments")}>
        {a.impactAssessments.length ? (
          <ul className="algorithm-links">
            {a.impactAssessments.map((ia, i) => (
              <li key={i}>
                {ia.url && isWebAddress(ia.url) ? <a href={ia.url}>{ia.title}</a> : ia.url ? `${ia.title}: ${ia.url}` : ia.title}
                {ia.kind && (
                  <>
                    {" "}
                    <span className="muted">
                      ({fi("kind")}: {impactAssessmentKinds.label(ia.kind, locale)})
                    </span>
                  </>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("noAssessment")}</p>
        )}
        {a.impactAssessmentNoneReason && (
          <>
            <p className="algorithm-fact__sub">{f("impactAssessmentNoneReason")}</p>
            <RichText value={a.impactAssessmentNoneReason} lang={nl} />
          </>
        )}
      </Item>
      <Item label={f("dataUsed")}>
        {rich(a.dataUsed)}
        <p className="algorithm-fact__sub">{f("dataLinks")}</p>
        <LinkList links={a.dataLinks} none={t("noLinks")} />
      </Item>
      <Item label={f("technicalOperation")}>{rich(a.technicalOperation)}</Item>
      <Item label={f("selfLearning")}>{a.selfLearning === undefined ? none : a.selfLearning ? yesNo("yes") : yesNo("no")}</Item>
      <Item label={f("supplier")}>{a.supplier ?? none}</Item>
      <Item label={f("sourceCodeUrl")}>{url(a.sourceCodeUrl)}</Item>
      <Item label={f("processingRegisterUrl")}>{url(a.processingRegisterUrl)}</Item>
      <Item label={f("contactEmail")}>
        {isWebAddress(a.contactEmail) ? (
          <a href={a.contactEmail} className="break-anywhere">{a.contactEmail}</a>
        ) : (
          <a href={`mailto:${a.contactEmail}`}>{a.contactEmail}</a>
        )}
      </Item>
      <Item label={f("publicPageUrl")}>{url(a.publicPageUrl)}</Item>
      {(a.lars || a.sourceId || a.sourceUrl || published) && (
        <Item label={t("registrations")}>
          <ul className="algorithm-links">
            {a.lars && (
              <li>
                {f("lars")}: {a.lars}
              </li>
            )}
            {published && !Number.isNaN(published.getTime()) && (
              <li>
                {f("originalPublishedAt")}: {format.dateTime(published, { dateStyle: "long" })}
              </li>
            )}
            {a.sourceId && (
              <li>
                {f("sourceId")}: {a.sourceId}
              </li>
            )}
            {a.sourceUrl && (
              <li>
                {f("sourceUrl")}: <a href={a.sourceUrl} className="break-anywhere">{a.sourceUrl}</a>
              </li>
            )}
          </ul>
        </Item>
      )}
    </dl>
  );
}

/** What is deliberately not published, and why — shown instead of silent gaps. */
export async function TransparencyLimits({ limits }: { limits: Algorithm["transparencyLimits"] }) {
  const t = await getTranslations("algorithmDetail");
  const l = await getTranslations("fields.limit");
  const nl = dutchLang(await getLocale());
  return (
    <section aria-labelledby="limits" className="transparency-limits">
      <h2 id="limits" className="utrecht-heading-2">
        {t("limitsTitle")}
      </h2>
      <p>{t("limitsIntro")}</p>
      {limits.length ? (
        <ul className="transparency-limits__list">
          {limits.map((x, i) => (
            <li key={i}>
              <p>
                <strong>{l("what")}:</strong> <span lang={nl}>{x.what}</span>
              </p>
              <p>
                <strong>{l("why")}:</strong> <span lang={nl}>{x.why}</span>
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("limitsNone")}</p>
      )}
    </section>
  );
}

