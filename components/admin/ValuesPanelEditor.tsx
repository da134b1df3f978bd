"use client";
/**
 * The CODIO values panel of the officials' form (sensors and algorithms alike). Every value is shown,
 * grouped by principle: the official marks it "serves", "at stake" or leaves it "not assessed". Serves and
 * at stake need an explanation; a safeguarding action (one of the six CODIO categories) is optional.
 */
import { useRef } from "react";
import { useLocale, useTranslations } from "next-intl";
import { actionCategories, foundations, principlesOfFoundation, valuesOfPrinciple, type Locale } from "@/lib/codio";
import { assessmentCompleteness } from "@/lib/schemas/values";
import { valueAssessments } from "@/lib/vocab";
import { fieldId, useFieldErrors } from "@/components/form/FieldErrors";
import { SelectField, TextArea } from "@/components/form/fields";

export interface ValueLinkDraft {
  value: string;
  assessment: "serves" | "at_stake";
  explanation: string;
  actionCategory?: string;
  action?: string;
}

export function ValuesPanelEditor({ links, onChange }: { links: ValueLinkDraft[]; onChange: (links: ValueLinkDraft[]) => void }) {
  const t = useTranslations("valuesEditor");
  const locale = useLocale() as Locale;
  const panelErrors = useFieldErrors("values");
  // Keeps what was typed for a value when it is switched to "not assessed" and back.
  const remembered = useRef(new Map<string, ValueLinkDraft>());
  const { assessed, total } = assessmentCompleteness(links);

  const setAssessment = (slug: string, assessment: string) => {
    const i = links.findIndex((l) => l.value === slug);
    if (assessment === "not_assessed") {
      if (i >= 0) {
        remembered.current.set(slug, links[i]!);
        onChange(links.filter((l) => l.value !== slug));
      }
      return;
    }
    const a = assessment as ValueLinkDraft["assessment"];
    if (i >= 0) onChange(links.map((l) => (l.value === slug ? { ...l, assessment: a } : l)));
    else onChange([...links, { ...(remembered.current.get(slug) ?? { value: slug, explanation: "" }), value: slug, assessment: a }]);
  };
  const update = (slug: string, patch: Partial<ValueLinkDraft>) =>
    onChange(links.map((l) => (l.value === slug ? { ...l, ...patch } : l)));

  return (
    <section aria-labelledby="values-editor" className="values-editor" id={fieldId("values")}>
      <h2 id="values-editor" className="utrecht-heading-2">
        {t("title")}
      </h2>
      <p>{t("intro")}</p>
      <p role="status" aria-live="polite" className="values-editor__progress">
        <meter min={0} max={total} value={assessed} aria-hidden="true" /> {t("progress", { assessed, total })}
      </p>
      {panelErrors.length > 0 && <p className="utrecht-form-field-error-message">{panelErrors.join(" ")}</p>}
      {foundations.map((f) =>
        principlesOfFoundation(f.slug).map((p) => (
          <fieldset key={p.slug} className="utrecht-form-fieldset values-editor__principle">
            <legend className="utrecht-form-fieldset__legend">
              {p.name[locale]} <span className="muted">({f.name[locale]})</span>
            </legend>
            {valuesOfPrinciple(p.slug).map((v) => {
              const i = links.findIndex((l) => l.value === v.slug);
              const link = i >= 0 ? links[i] : undefined;
              const current = link?.assessment ?? "not_assessed";
              const base = `values.${i}`;
              return (
                <div key={v.slug} className={`values-editor__value values-editor__value--${current}`}>
                  <fieldset className="values-editor__choice">
                    <legend>
                      <strong>{v.name[locale]}</strong>
                      <span className="values-editor__definition">{v.definition[locale]}</span>
                    </legend>
                    <div className="values-editor__radios">
                      {valueAssessments.terms.map((term) => {
                        const id = `value-${v.slug}-${term.slug}`;
                        return (
                          <span key={term.slug} className="values-editor__radio">
                            <input
                              type="radio"
                              id={id}
                              name={`assessment-${v.slug}`}
                              value={term.slug}
                              checked={current === term.slug}
                              onChange={() => setAssessment(v.slug, term.slug)}
                              className="utrecht-radio-button utrecht-radio-button--html-input"
                            />
                            <label htmlFor={id}>{term.name[locale]}</label>
                          </span>
                        );
                      })}
                    </div>
                  </fieldset>
                  {link && (
                    <div className="values-editor__details">
                      <TextArea
                        name={`${base}.explanation`}
                        label={t(link.assessment === "serves" ? "explanationServes" : "explanationAtStake", { value: v.name[locale] })}
                        required
                        rows={2}
                        maxLength={1000}
                        value={link.explanation}
                        onChange={(s) => update(v.slug, { explanation: s })}
                      />
                      <SelectField
                        name={`${base}.actionCategory`}
                        label={t("actionCategory", { value: v.name[locale] })}
                        empty={t("noAction")}
                        options={actionCategories.map((c) => ({ value: c.slug, label: c.name[locale] }))}
                        value={link.actionCategory ?? ""}
                        onChange={(s) => update(v.slug, { actionCategory: s || undefined })}
                      />
                      {link.actionCategory && (
                        <TextArea
                          name={`${base}.action`}
                          label={t("action", { value: v.name[locale] })}
                          required
                          rows={2}
                          maxLength={1000}
                          value={link.action ?? ""}
                          onChange={(s) => update(v.slug, { action: s })}
                        />
                      )}
                    </div>
                  )}
                </div>
              );
            })}
          </fieldset>
        )),
      )}
    </section>
  );
}
