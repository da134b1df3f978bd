"use client";
/**
 * The algorithm-specific fields of the entry form: the Algoritmeregister publication standard 1.0, the
 * structured route to contest a decision, and the transparency limits. Every control is named by its path in
 * the form's values (lib/schemas/form-data.ts); the buttons that add and remove groups are form buttons that
 * also work without JavaScript.
 */
import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/codio";
import {
  algorithmCategories,
  algorithmStatuses,
  contestRequiredCategories,
  contestRoutes,
  deadlineStarts,
  deadlineUnits,
  impactAssessmentKinds,
  publicationCategories,
  themes,
} from "@/lib/vocab";
import { CheckboxField, CheckboxGroup, RadioGroup, SelectField, TextArea, TextField } from "@/components/form/fields";
import { fieldId, useFieldErrors, useFieldRule } from "@/components/form/FieldErrors";
import { IntentButton, Switchable } from "@/components/form/progressive";
import { BLANK_ROUTE } from "@/lib/schemas/form-data";
import { bind, getPath, type FormValues, type SetValue } from "./form-state";

const options = (v: { terms: readonly { slug: string; name: { nl: string; en: string } }[] }, locale: Locale) =>
  v.terms.map((t) => ({ value: t.slug, label: t.name[locale] }));

/**
 * A repeatable group of fields with add and remove buttons (`add:<path>`, `remove:<path>.<i>`): without
 * JavaScript they post the form and the server sends it back with one group more or less, everything typed
 * kept; with JavaScript they change the form at once.
 */
function ListEditor({
  path,
  values,
  set,
  legend,
  addLabel,
  removeLabel,
  blank,
  max,
  children,
}: {
  path: string;
  values: FormValues;
  set: SetValue;
  legend: string;
  addLabel: string;
  removeLabel: (i: number) => string;
  blank: FormValues;
  max: number;
  children: (base: string, i: number) => ReactNode;
}) {
  const items = (getPath(values, path) as FormValues[] | undefined) ?? [];
  const errors = useFieldErrors(path);
  const rule = useFieldRule(path);
  const id = fieldId(path);
  return (
    <fieldset
      className="utrecht-form-fieldset list-editor"
      id={id}
      aria-describedby={[rule ? `${id}-rule` : "", errors.length ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined}
    >
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      {rule && (
        <p className="utrecht-form-field-description field-rule" id={`${id}-rule`}>
          {rule}
        </p>
      )}
      {errors.length > 0 && (
        <p className="utrecht-form-field-error-message" id={`${id}-error`}>
          {errors.join(" ")}
        </p>
      )}
      {items.map((_, i) => (
        <div key={i} className="list-editor__item">
          {children(`${path}.${i}`, i)}
          <IntentButton
            intent={`remove:${path}.${i}`}
            className="utrecht-button utrecht-button--subtle"
            onActivate={() => set(path, items.filter((__, j) => j !== i))}
          >
            {removeLabel(i)}
          </IntentButton>
        </div>
      ))}
      {items.length < max && (
        <IntentButton intent={`add:${path}`} onActivate={() => set(path, [...items, { ...blank }])}>
          {addLabel}
        </IntentButton>
      )}
    </fieldset>
  );
}

/**
 * `level` is what publication will require of this algorithm (lib/completeness.ts): fields the national
 * standard requires are always marked required; what the register adds is marked required only at `full`.
 */
export function AlgorithmFields({ values, set, level }: { values: FormValues; set: SetValue; level: "standard" | "full" }) {
  const f = useTranslations("fields");
  const h = useTranslations("algorithmForm");
  const locale = useLocale() as Locale;
  const hasContest = values.hasContest === "on";
  const contestRequired = contestRequiredCategories.includes(String(values.publicationCategory ?? ""));
  const full = level === "full";
  const richHint = h("richHint");
  const contestErrors = useFieldErrors("contest");
  const b = (path: string) => bind(values, set, path);
  const yesNo = [
    { value: "yes", label: f("yes") },
    { value: "no", label: f("no") },
  ];
  const link = (base: string) => (
    <div className="field-row">
      <TextField {...b(`${base}.title`)} label={f("link.title")} required maxLength={500} />
      <TextField {...b(`${base}.url`)} label={f("link.url")} hint={h("linkHint")} required maxLength={500} />
    </div>
  );
  return (
    <>
      <section aria-labelledby="a-basics" className="form-section">
        <h2 id="a-basics" className="utrecht-heading-2">{h("basics")}</h2>
        <TextField {...b("name")} label={f("algorithm.name")} required maxLength={100} />
        <TextArea {...b("shortDescription")} label={f("algorithm.shortDescription")} hint={h("shortDescriptionHint")} required rows={3} maxLength={400} />
        <SelectField {...b("publicationCategory")} label={f("algorithm.publicationCategory")} hint={h("categoryHint")} required empty={h("choose")} options={options(publicationCategories, locale)} />
        <SelectField {...b("status")} label={f("algorithm.status")} required empty={h("choose")} options={options(algorithmStatuses, locale)} />
        <div className="field-row">
          <TextField {...b("beginMonth")} type="month" label={f("algorithm.beginMonth")} hint={h("monthHint")} required={full} />
          <TextField {...b("endMonth")} type="month" label={f("algorithm.endMonth")} hint={h("monthHint")} />
        </div>
        <CheckboxGroup name="categories" label={f("algorithm.categories")} hint={h("categoriesHint")} columns options={options(algorithmCategories, locale)} value={(values.categories as string[]) ?? []} onChange={(v) => set("categories", v)} />
        <CheckboxGroup name="themes" label={f("algorithm.themes")} hint={h("themesHint")} required={full} columns options={options(themes, locale)} value={(values.themes as string[]) ?? []} onChange={(v) => set("themes", v)} />
        <TextField {...b("contactEmail")} label={f("algorithm.contactEmail")} hint={h("contactHint")} required maxLength={500} />
        <TextField {...b("publicPageUrl")} type="url" label={f("algorithm.publicPageUrl")} maxLength={500} />
      </section>

      <section aria-labelledby="a-goal" className="form-section">
        <h2 id="a-goal" className="utrecht-heading-2">{h("goal")}</h2>
        <TextArea {...b("goal")} label={f("algorithm.goal")} hint={<>{h("goalHint")} {richHint}</>} required={full} rows={5} maxLength={2500} />
        <TextArea {...b("considerations")} label={f("algorithm.considerations")} hint={richHint} required={full} rows={4} maxLength={2500} />
        <TextArea {...b("humanIntervention")} label={f("algorithm.humanIntervention")} hint={richHint} required={full} rows={4} maxLength={2500} />
        <TextArea {...b("riskManagement")} label={f("algorithm.riskManagement")} hint={richHint} required={full} rows={4} maxLength={2500} />
      </section>

      <section aria-labelledby="a-contest" className="form-section" id={fieldId("contest")}>
        <h2 id="a-contest" className="utrecht-heading-2">{h("contest")}</h2>
        <p>{contestRequired ? h("contestRequired") : h("contestOptional")}</p>
        {contestErrors.length > 0 && <p className="utrecht-form-field-error-message">{contestErrors.join(" ")}</p>}
        <CheckboxField
          name="hasContest"
          label={h("hasContest")}
          hint={h("hasContestHint")}
          checked={hasContest}
          onChange={(on) => set("hasContest", on ? "on" : "")}
        />
        {/* Without JavaScript the route is always on the page; once interactive, only when the box is ticked
            (and only then sent: what was typed stays in the form and comes back with the tick). */}
        <Switchable on={hasContest}>
          <TextArea {...b("contest.decisions")} label={f("contest.decisions")} hint={h("decisionsHint")} required rows={3} />
          <ListEditor
            path="contest.routes"
            values={values}
            set={set}
            legend={f("contest.routes")}
            addLabel={h("addRoute")}
            removeLabel={(i) => h("removeRoute", { n: i + 1 })}
            blank={BLANK_ROUTE}
            max={5}
          >
            {(base, i) => (
              <div className="stack">
                <p className="list-editor__title">{h("route", { n: i + 1 })}</p>
                <SelectField {...b(`${base}.kind`)} label={f("contest.kind")} required empty={h("choose")} options={options(contestRoutes, locale)} />
                <TextField {...b(`${base}.handler`)} label={f("contest.handler")} hint={h("handlerHint")} required maxLength={300} />
                <div className="field-row">
                  <TextField {...b(`${base}.deadlineAmount`)} type="number" label={f("contest.deadlineAmount")} inputMode="numeric" />
                  <SelectField {...b(`${base}.deadlineUnit`)} label={f("contest.deadlineUnit")} empty="—" options={options(deadlineUnits, locale)} />
                  <SelectField {...b(`${base}.deadlineFrom`)} label={f("contest.deadlineFrom")} empty="—" options={options(deadlineStarts, locale)} />
                </div>
                <TextArea {...b(`${base}.steps`)} label={f("contest.steps")} hint={h("stepsHint")} required rows={4} />
                <TextArea {...b(`${base}.include`)} label={f("contest.include")} rows={2} maxLength={1000} />
                <p className="utrecht-form-field-description">{h("channelsHint")}</p>
                <TextField {...b(`${base}.webUrl`)} type="url" label={f("contest.webUrl")} />
                <TextField {...b(`${base}.email`)} type="email" label={f("contest.email")} />
                <TextField {...b(`${base}.postalAddress`)} label={f("contest.postalAddress")} maxLength={300} />
                <TextField {...b(`${base}.phone`)} type="tel" label={f("contest.phone")} />
              </div>
            )}
          </ListEditor>
          <TextArea {...b("contest.humanReview")} label={f("contest.humanReview")} hint={h("humanReviewHint")} required rows={2} maxLength={1000} />
          <TextArea {...b("contest.nextSteps")} label={f("contest.nextSteps")} hint={h("nextStepsHint")} required rows={2} maxLength={1000} />
        </Switchable>
      </section>

      <section aria-labelledby="a-law" className="form-section">
        <h2 id="a-law" className="utrecht-heading-2">{h("law")}</h2>
        <TextArea {...b("lawfulBasis")} label={f("algorithm.lawfulBasis")} hint={richHint} required={full} rows={3} maxLength={2500} />
        <ListEditor path="lawfulBasisLinks" values={values} set={set} legend={f("algorithm.lawfulBasisLinks")} addLabel={h("addLink")} removeLabel={(i) => h("removeItem", { n: i + 1 })} blank={{ title: "", url: "" }} max={50}>
          {link}
        </ListEditor>
        <ListEditor path="impactAssessments" values={values} set={set} legend={f("algorithm.impactAssessments")} addLabel={h("addAssessment")} removeLabel={(i) => h("removeItem", { n: i + 1 })} blank={{ kind: "dpia", title: "", url: "" }} max={20}>
          {(base) => (
            <div className="field-row">
              <SelectField {...b(`${base}.kind`)} label={f("impact.kind")} required={full} empty={h("choose")} options={options(impactAssessmentKinds, locale)} />
              <TextField {...b(`${base}.title`)} label={f("impact.title")} required maxLength={500} />
              <TextField {...b(`${base}.url`)} label={f("impact.url")} maxLength={500} />
            </div>
          )}
        </ListEditor>
        <TextArea {...b("impactAssessmentNoneReason")} label={f("algorithm.impactAssessmentNoneReason")} hint={<>{h("noAssessmentHint")} {richHint}</>} rows={2} maxLength={2500} />
      </section>

      <section aria-labelledby="a-tech" className="form-section">
        <h2 id="a-tech" className="utrecht-heading-2">{h("tech")}</h2>
        <TextArea {...b("dataUsed")} label={f("algorithm.dataUsed")} hint={richHint} required={full} rows={3} maxLength={2500} />
        <ListEditor path="dataLinks" values={values} set={set} legend={f("algorithm.dataLinks")} addLabel={h("addLink")} removeLabel={(i) => h("removeItem", { n: i + 1 })} blank={{ title: "", url: "" }} max={50}>
          {link}
        </ListEditor>
        <TextArea {...b("technicalOperation")} label={f("algorithm.technicalOperation")} hint={richHint} required={full} rows={4} maxLength={5000} />
        <RadioGroup name="selfLearning" label={f("algorithm.selfLearning")} required={full} options={yesNo} value={String(values.selfLearning ?? "")} onChange={(v) => set("selfLearning", v)} />
        <TextField {...b("supplier")} label={f("algorithm.supplier")} hint={h("supplierHint")} required={full} maxLength={200} />
        <TextField {...b("sourceCodeUrl")} type="url" label={f("algorithm.sourceCodeUrl")} maxLength={500} />
        <TextField {...b("processingRegisterUrl")} type="url" label={f("algorithm.processingRegisterUrl")} maxLength={500} />
      </section>

      <section aria-labelledby="a-ids" className="form-section">
        <h2 id="a-ids" className="utrecht-heading-2">{h("identifiers")}</h2>
        <p>{h("identifiersHint")}</p>
        <TextArea {...b("tags")} label={f("algorithm.tags")} hint={h("tagsHint")} rows={2} maxLength={2500} />
        <TextField {...b("sourceId")} label={f("algorithm.sourceId")} hint={h("sourceIdHint")} maxLength={100} />
        <TextField {...b("lars")} label={f("algorithm.lars")} hint={h("larsHint")} maxLength={100} />
        <TextField {...b("sourceUrl")} type="url" label={f("algorithm.sourceUrl")} hint={h("sourceUrlHint")} maxLength={500} />
        {/* Not edited here, but part of the record (when it was first published nationally): kept as it is. */}
        <input type="hidden" name="originalPublishedAt" value={String(values.originalPublishedAt ?? "")} />
      </section>

      <section aria-labelledby="a-limits" className="form-section">
        <h2 id="a-limits" className="utrecht-heading-2">{h("limits")}</h2>
        <p>{h("limitsHint")}</p>
        <ListEditor path="transparencyLimits" values={values} set={set} legend={f("algorithm.transparencyLimits")} addLabel={h("addLimit")} removeLabel={(i) => h("removeItem", { n: i + 1 })} blank={{ what: "", why: "" }} max={10}>
          {(base) => (
            <>
              <TextField {...b(`${base}.what`)} label={f("limit.what")} required maxLength={300} />
              <TextArea {...b(`${base}.why`)} label={f("limit.why")} required rows={2} maxLength={1000} />
            </>
          )}
        </ListEditor>
      </section>
    </>
  );
}
