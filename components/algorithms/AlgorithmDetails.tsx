import type { ReactNode } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/codio";
import type { Algorithm } from "@/lib/schemas/algorithm";
import { algorithmStatuses, impactAssessmentKinds, publicationCategories } from "@/lib/vocab";
import { themeLabel } from "./format";

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

function LinkList({ links, none }: { links: { title: string; url: string }[]; none: string }) {
  if (!links.length) return <p className="muted">{none}</p>;
  return (
    <ul className="algorithm-links">
      {links.map((l) => (
        <li key={l.url + l.title}>
          <a href={l.url}>{l.title}</a>
        </li>
      ))}
    </ul>
  );
}

/** Paragraphs of a longer text, split on blank lines. */
function Text({ value }: { value: string }) {
  return (
    <>
      {value.split(/\n\s*\n/).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </>
  );
}

/**
 * Every field of the Algoritmeregister publication standard 1.0, in plain order; a missing optional field
 * says so instead of leaving a silent gap.
 */
export async function AlgorithmDetails({ a }: { a: Algorithm }) {
  const t = await getTranslations("algorithmDetail");
  const f = await getTranslations("fields.algorithm");
  const fi = await getTranslations("fields.impact");
  const yesNo = await getTranslations("fields");
  const locale = (await getLocale()) as Locale;
  const none = <p className="muted">{t("notProvided")}</p>;
  const url = (u: string | undefined) => (u ? <a href={u}>{u}</a> : none);
  const since = a.endMonth
    ? t("monthRange", { from: await monthText(a.beginMonth), to: await monthText(a.endMonth) })
    : t("monthFrom", { month: await monthText(a.beginMonth) });
  return (
    <dl className="algorithm-facts">
      <Item label={f("status")}>{t("statusSince", { status: algorithmStatuses.label(a.status, locale), since })}</Item>
      <Item label={f("publicationCategory")}>
        {publicationCategories.label(a.publicationCategory, locale)}
        {publicationCategories.get(a.publicationCategory)?.help && (
          <span className="muted"> — {publicationCategories.get(a.publicationCategory)!.help![locale]}</span>
        )}
      </Item>
      <Item label={f("themes")}>{a.themes.map((s) => themeLabel(s, locale)).join(", ")}</Item>
      <Item label={f("considerations")}>
        <Text value={a.considerations} />
      </Item>
      <Item label={f("humanIntervention")}>
        <Text value={a.humanIntervention} />
      </Item>
      <Item label={f("riskManagement")}>
        <Text value={a.riskManagement} />
      </Item>
      <Item label={f("lawfulBasis")}>
        <Text value={a.lawfulBasis} />
        <p className="algorithm-fact__sub">{f("lawfulBasisLinks")}</p>
        <LinkList links={a.lawfulBasisLinks} none={t("noLinks")} />
      </Item>
      <Item label={f("impactAssessments")}>
        {a.impactAssessments.length ? (
          <ul className="algorithm-links">
            {a.impactAssessments.map((ia, i) => (
              <li key={i}>
                {ia.url ? <a href={ia.url}>{ia.title}</a> : ia.title}{" "}
                <span className="muted">
                  ({fi("kind")}: {impactAssessmentKinds.label(ia.kind, locale)})
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("noAssessment")}</p>
        )}
        {a.impactAssessmentNoneReason && (
          <>
            <p className="algorithm-fact__sub">{f("impactAssessmentNoneReason")}</p>
            <Text value={a.impactAssessmentNoneReason} />
          </>
        )}
      </Item>
      <Item label={f("dataUsed")}>
        <Text value={a.dataUsed} />
        <p className="algorithm-fact__sub">{f("dataLinks")}</p>
        <LinkList links={a.dataLinks} none={t("noLinks")} />
      </Item>
      <Item label={f("technicalOperation")}>
        <Text value={a.technicalOperation} />
      </Item>
      <Item label={f("selfLearning")}>{a.selfLearning ? yesNo("yes") : yesNo("no")}</Item>
      <Item label={f("supplier")}>{a.supplier}</Item>
      <Item label={f("sourceCodeUrl")}>{url(a.sourceCodeUrl)}</Item>
      <Item label={f("processingRegisterUrl")}>{url(a.processingRegisterUrl)}</Item>
      <Item label={f("contactEmail")}>
        <a href={`mailto:${a.contactEmail}`}>{a.contactEmail}</a>
      </Item>
      <Item label={f("publicPageUrl")}>{url(a.publicPageUrl)}</Item>
    </dl>
  );
}

/** What is deliberately not published, and why — shown instead of silent gaps. */
export async function TransparencyLimits({ limits }: { limits: Algorithm["transparencyLimits"] }) {
  const t = await getTranslations("algorithmDetail");
  const l = await getTranslations("fields.limit");
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
                <strong>{l("what")}:</strong> {x.what}
              </p>
              <p>
                <strong>{l("why")}:</strong> {x.why}
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

