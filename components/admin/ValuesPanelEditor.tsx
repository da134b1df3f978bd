"use client";
/**
 * The CODIO values panel of the officials' form (sensors and algorithms alike). Every value is shown,
 * grouped by principle: the official marks it "serves", "at stake" or leaves it "not assessed". Serves and
 * at stake need an explanation; a safeguarding action (one of the six CODIO categories) is optional.
 *
 * The controls are named by value (`values.privacy.assessment`, `.explanation`, `.actionCategory`, `.action`;
 * lib/schemas/form-data.ts). Without JavaScript every value's explanation is on the page; once interactive,
 * only those of assessed values (what was typed for a value switched back to "not assessed" is kept).
 */
import { useLocale, useTranslations } from "next-intl";
import { actionCategories, foundations, principlesOfFoundation, valuesOfPrinciple, type Locale } from "@/lib/codio";
import { valueAssessments } from "@/lib/vocab";
import { NOT_ASSESSED, type ValueDraft } from "@/lib/schemas/form-data";
import { fieldId, useFieldErrors } from "@/components/form/FieldErrors";
import { SelectField, TextArea } from "@/components/form/fields";
import { Switchable } from "@/components/form/progressive";
import type { FormValues, SetValue } from "./form-state";

export function ValuesPanelEditor({ values, set }: { values: FormValues; set: SetValue }) {
  const t = useTranslations("valuesEditor");
  const locale = useLocale() as Locale;
  const panelErrors = useFieldErrors("values");
  const drafts = (values.values ?? {}) as Record<string, Partial<ValueDraft>>;
  const draftOf = (slug: string): ValueDraft => {
    const d = Object.hasOwn(drafts, slug) ? drafts[slug]! : {};
    return { assessment: d.assessment || NOT_ASSESSED, explanation: d.explanation ?? "", actionCategory: d.actionCategory ?? "", action: d.action ?? "" };
  };
  const update = (slug: string, patch: Partial<ValueDraft>) => set("values", { ...drafts, [slug]: { ...draftOf(slug), ...patch } });
  const all = foundations.flatMap((f) => principlesOfFoundation(f.slug).flatMap((p) => valuesOfPrinciple(p.slug)));
  const assessed = all.filter((v) => draftOf(v.slug).assessment !== NOT_ASSESSED).length;

  return (
    <section aria-labelledby="values-editor" className="values-editor" id={fieldId("values")}>
      <h2 id="values-editor" className="utrecht-heading-2">
        {t("title")}
      </h2>
      <p>{t("intro")}</p>
      <p role="status" aria-live="polite" className="values-editor__progress">
        <meter min={0} max={all.length} value={assessed} aria-hidden="true" /> {t("progress", { assessed, total: all.length })}
      </p>
      {panelErrors.length > 0 && <p className="utrecht-form-field-error-message">{panelErrors.join(" ")}</p>}
      {foundations.map((f) =>
        principlesOfFoundation(f.slug).map((p) => (
          <fieldset key={p.slug} className="utrecht-form-fieldset values-editor__principle">
            <legend className="utrecht-form-fieldset__legend">
              {p.name[locale]} <span className="muted">({f.name[locale]})</span>
            </legend>
            {valuesOfPrinciple(p.slug).map((v) => (
              <ValueEditor
                key={v.slug}
                slug={v.slug}
                name={v.name[locale]}
                definition={v.definition[locale]}
                draft={draftOf(v.slug)}
                update={(patch) => update(v.slug, patch)}
              />
            ))}
          </fieldset>
        )),
      )}
    </section>
  );
}

function ValueEditor({
  slug,
  name,
  definition,
  draft,
  update,
}: {
  slug: string;
  name: string;
  definition: string;
  draft: ValueDraft;
  update: (patch: Partial<ValueDraft>) => void;
}) {
  const t = useTranslations("valuesEditor");
  const locale = useLocale() as Locale;
  const base = `values.${slug}`;
  const choiceErrors = useFieldErrors(`${base}.assessment`);
  const current = draft.assessment;
  const choiceId = fieldId(`${base}.assessment`);
  return (
    <div className={`values-editor__value values-editor__value--${current}`}>
      <fieldset
        className="values-editor__choice"
        id={choiceId}
        aria-invalid={choiceErrors.length ? true : undefined}
        aria-describedby={choiceErrors.length ? `${choiceId}-error` : undefined}
      >
        <legend>
          <strong>{name}</strong>
          <span className="values-editor__definition">{definition}</span>
        </legend>
        {choiceErrors.length > 0 && (
          <p className="utrecht-form-field-error-message" id={`${choiceId}-error`}>
            {choiceErrors.join(" ")}
          </p>
        )}
        <div className="values-editor__radios">
          {valueAssessments.terms.map((term) => {
            const id = `value-${slug}-${term.slug}`;
            return (
              <span key={term.slug} className="values-editor__radio">
                <input
                  type="radio"
                  id={id}
                  name={`${base}.assessment`}
                  value={term.slug}
                  checked={current === term.slug}
                  onChange={() => update({ assessment: term.slug })}
                  className="utrecht-radio-button utrecht-radio-button--html-input"
                />
                <label htmlFor={id}>{term.name[locale]}</label>
              </span>
            );
          })}
        </div>
      </fieldset>
      <Switchable on={current !== NOT_ASSESSED}>
        <div className="values-editor__details">
          <TextArea
            name={`${base}.explanation`}
            label={t(current === "serves" ? "explanationServes" : current === "at_stake" ? "explanationAtStake" : "explanation", { value: name })}
            required
            rows={2}
            maxLength={1000}
            value={draft.explanation}
            onChange={(s) => update({ explanation: s })}
          />
          <SelectField
            name={`${base}.actionCategory`}
            label={t("actionCategory", { value: name })}
            empty={t("noAction")}
            options={actionCategories.map((c) => ({ value: c.slug, label: c.name[locale] }))}
            value={draft.actionCategory}
            onChange={(s) => update({ actionCategory: s })}
          />
          <Switchable on={!!draft.actionCategory}>
            <TextArea
              name={`${base}.action`}
              label={t("action", { value: name })}
              required
              rows={2}
              maxLength={1000}
              value={draft.action}
              onChange={(s) => update({ action: s })}
            />
          </Switchable>
        </div>
      </Switchable>
    </div>
  );
}
