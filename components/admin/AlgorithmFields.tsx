"use client";
/**
 * The algorithm-specific fields of the entry form: the Algoritmeregister publication standard 1.0, the
 * structured route to contest a decision, and the transparency limits.
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
import { fieldId, useFieldErrors } from "@/components/form/FieldErrors";
import { bind, bindLines, getPath, type Content } from "./content-state";

type Set = (path: string, v: unknown) => void;
const options = (v: { terms: readonly { slug: string; name: { nl: string; en: string } }[] }, locale: Locale) =>
  v.terms.map((t) => ({ value: t.slug, label: t.name[locale] }));

/** A repeatable group of fields with add and remove buttons. */
function ListEditor({
  path,
  value,
  set,
  legend,
  addLabel,
  removeLabel,
  blank,
  children,
}: {
  path: string;
  value: Content;
  set: Set;
  legend: string;
  addLabel: string;
  removeLabel: (i: number) => string;
  blank: Content;
  children: (base: string, i: number) => ReactNode;
}) {
  const items = (getPath(value, path) as Content[] | undefined) ?? [];
  const errors = useFieldErrors(path);
  return (
    <fieldset className="utrecht-form-fieldset list-editor" id={fieldId(path)}>
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      {errors.length > 0 && <p className="utrecht-form-field-error-message">{errors.join(" ")}</p>}
      {items.map((_, i) => (
        <div key={i} className="list-editor__item">
          {children(`${path}.${i}`, i)}
          <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => set(path, items.filter((__, j) => j !== i))}>
            {removeLabel(i)}
          </button>
        </div>
      ))}
      <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => set(path, [...items, blank])}>
        {addLabel}
      </button>
    </fieldset>
  );
}

/**
 * `level` is what publication will require of this algorithm (lib/completeness.ts): fields the national
 * standard requires are always marked required; what the register adds is marked required only at `full`.
 */
export function AlgorithmFields({ value, set, level }: { value: Content; set: Set; level: "standard" | "full" }) {
  const f = useTranslations("fields");
  const h = useTranslations("algorithmForm");
  const locale = useLocale() as Locale;
  const contest = value.contest as Content | undefined;
  const contestRequired = contestRequiredCategories.includes(String(value.publicationCategory ?? ""));
  const full = level === "full";
  const richHint = h("richHint");
  const contestErrors = useFieldErrors("contest");
  const yesNo = [
    { value: "yes", label: f("yes") },
    { value: "no", label: f("no") },
  ];
  const link = (base: string) => (
    <div className="field-row">
      <TextField {...bind(value, set, `${base}.title`)} label={f("link.title")} required maxLength={500} />
      <TextField {...bind(value, set, `${base}.url`)} label={f("link.url")} hint={h("linkHint")} required maxLength={500} />
    </div>
  );
  return (
    <>
      <section aria-labelledby="a-basics" className="form-section">
        <h2 id="a-basics" className="utrecht-heading-2">{h("basics")}</h2>
        <TextField {...bind(value, set, "name")} label={f("algorithm.name")} required maxLength={100} />
        <TextArea {...bind(value, set, "shortDescription")} label={f("algorithm.shortDescription")} hint={h("shortDescriptionHint")} required rows={3} maxLength={400} />
        <SelectField {...bind(value, set, "publicationCategory")} label={f("algorithm.publicationCategory")} hint={h("categoryHint")} required empty={h("choose")} options={options(publicationCategories, locale)} />
        <SelectField {...bind(value, set, "status")} label={f("algorithm.status")} required empty={h("choose")} options={options(algorithmStatuses, locale)} />
        <div className="field-row">
          <TextField {...bind(value, set, "beginMonth")} type="month" label={f("algorithm.beginMonth")} hint={h("monthHint")} required={full} />
          <TextField {...bind(value, set, "endMonth")} type="month" label={f("algorithm.endMonth")} hint={h("monthHint")} />
        </div>
        <CheckboxGroup name="categories" label={f("algorithm.categories")} hint={h("categoriesHint")} columns options={options(algorithmCategories, locale)} value={(value.categories as string[]) ?? []} onChange={(v) => set("categories", v)} />
        <CheckboxGroup name="themes" label={f("algorithm.themes")} hint={h("themesHint")} required={full} columns options={options(themes, locale)} value={(value.themes as string[]) ?? []} onChange={(v) => set("themes", v)} />
        <TextField {...bind(value, set, "contactEmail")} label={f("algorithm.contactEmail")} hint={h("contactHint")} required maxLength={500} />
        <TextField {...bind(value, set, "publicPageUrl")} type="url" label={f("algorithm.publicPageUrl")} maxLength={500} />
      </section>

      <section aria-labelledby="a-goal" className="form-section">
        <h2 id="a-goal" className="utrecht-heading-2">{h("goal")}</h2>
        <TextArea {...bind(value, set, "goal")} label={f("algorithm.goal")} hint={<>{h("goalHint")} {richHint}</>} required={full} rows={5} maxLength={2500} />
        <TextArea {...bind(value, set, "considerations")} label={f("algorithm.considerations")} hint={richHint} required={full} rows={4} maxLength={2500} />
        <TextArea {...bind(value, set, "humanIntervention")} label={f("algorithm.humanIntervention")} hint={richHint} required={full} rows={4} maxLength={2500} />
        <TextArea {...bind(value, set, "riskManagement")} label={f("algorithm.riskManagement")} hint={richHint} required={full} rows={4} maxLength={2500} />
      </section>

      <section aria-labelledby="a-contest" className="form-section" id={fieldId("contest")}>
        <h2 id="a-contest" className="utrecht-heading-2">{h("contest")}</h2>
        <p>{contestRequired ? h("contestRequired") : h("contestOptional")}</p>
        {contestErrors.length > 0 && <p className="utrecht-form-field-error-message">{contestErrors.join(" ")}</p>}
        <CheckboxField
          name="hasContest"
          label={h("hasContest")}
          checked={!!contest}
          onChange={(on) =>
            set(
              "contest",
              on
                ? { decisions: [], routes: [{ kind: "objection", steps: [], deadlineAmount: "6", deadlineUnit: "weeks", deadlineFrom: "day_after_sent" }], humanReview: "", nextSteps: "" }
                : undefined,
            )
          }
        />
        {contest && (
          <>
            <TextArea {...bindLines(value, set, "contest.decisions")} label={f("contest.decisions")} hint={h("decisionsHint")} required rows={3} />
            <ListEditor
              path="contest.routes"
              value={value}
              set={set}
              legend={f("contest.routes")}
              addLabel={h("addRoute")}
              removeLabel={(i) => h("removeRoute", { n: i + 1 })}
              blank={{ kind: "", steps: [] }}
            >
              {(base, i) => (
                <div className="stack">
                  <p className="list-editor__title">{h("route", { n: i + 1 })}</p>
                  <SelectField {...bind(value, set, `${base}.kind`)} label={f("contest.kind")} required empty={h("choose")} options={options(contestRoutes, locale)} />
                  <TextField {...bind(value, set, `${base}.handler`)} label={f("contest.handler")} hint={h("handlerHint")} required maxLength={300} />
                  <div className="field-row">
                    <TextField {...bind(value, set, `${base}.deadlineAmount`)} type="number" label={f("contest.deadlineAmount")} inputMode="numeric" />
                    <SelectField {...bind(value, set, `${base}.deadlineUnit`)} label={f("contest.deadlineUnit")} empty="—" options={options(deadlineUnits, locale)} />
                    <SelectField {...bind(value, set, `${base}.deadlineFrom`)} label={f("contest.deadlineFrom")} empty="—" options={options(deadlineStarts, locale)} />
                  </div>
                  <TextArea {...bindLines(value, set, `${base}.steps`)} label={f("contest.steps")} hint={h("stepsHint")} required rows={4} />
                  <TextArea {...bind(value, set, `${base}.include`)} label={f("contest.include")} rows={2} maxLength={1000} />
                  <p className="utrecht-form-field-description">{h("channelsHint")}</p>
                  <TextField {...bind(value, set, `${base}.webUrl`)} type="url" label={f("contest.webUrl")} errorPath={`${base}.webUrl`} />
                  <TextField {...bind(value, set, `${base}.email`)} type="email" label={f("contest.email")} />
                  <TextField {...bind(value, set, `${base}.postalAddress`)} label={f("contest.postalAddress")} maxLength={300} />
                  <TextField {...bind(value, set, `${base}.phone`)} type="tel" label={f("contest.phone")} />
                </div>
              )}
            </ListEditor>
            <TextArea {...bind(value, set, "contest.humanReview")} label={f("contest.humanReview")} hint={h("humanReviewHint")} required rows={2} maxLength={1000} />
            <TextArea {...bind(value, set, "contest.nextSteps")} label={f("contest.nextSteps")} hint={h("nextStepsHint")} required rows={2} maxLength={1000} />
          </>
        )}
      </section>

      <section aria-labelledby="a-law" className="form-section">
        <h2 id="a-law" className="utrecht-heading-2">{h("law")}</h2>
        <TextArea {...bind(value, set, "lawfulBasis")} label={f("algorithm.lawfulBasis")} hint={richHint} required={full} rows={3} maxLength={2500} />
        <ListEditor path="lawfulBasisLinks" value={value} set={set} legend={f("algorithm.lawfulBasisLinks")} addLabel={h("addLink")} removeLabel={(i) => h("removeItem", { n: i + 1 })} blank={{ title: "", url: "" }}>
          {link}
        </ListEditor>
        <ListEditor path="impactAssessments" value={value} set={set} legend={f("algorithm.impactAssessments")} addLabel={h("addAssessment")} removeLabel={(i) => h("removeItem", { n: i + 1 })} blank={{ kind: "dpia", title: "", url: "" }}>
          {(base) => (
            <div className="field-row">
              <SelectField {...bind(value, set, `${base}.kind`)} label={f("impact.kind")} required={full} empty={h("choose")} options={options(impactAssessmentKinds, locale)} />
              <TextField {...bind(value, set, `${base}.title`)} label={f("impact.title")} required maxLength={500} />
              <TextField {...bind(value, set, `${base}.url`)} label={f("impact.url")} maxLength={500} />
            </div>
          )}
        </ListEditor>
        <TextArea {...bind(value, set, "impactAssessmentNoneReason")} label={f("algorithm.impactAssessmentNoneReason")} hint={<>{h("noAssessmentHint")} {richHint}</>} rows={2} maxLength={2500} />
      </section>

      <section aria-labelledby="a-tech" className="form-section">
        <h2 id="a-tech" className="utrecht-heading-2">{h("tech")}</h2>
        <TextArea {...bind(value, set, "dataUsed")} label={f("algorithm.dataUsed")} hint={richHint} required={full} rows={3} maxLength={2500} />
        <ListEditor path="dataLinks" value={value} set={set} legend={f("algorithm.dataLinks")} addLabel={h("addLink")} removeLabel={(i) => h("removeItem", { n: i + 1 })} blank={{ title: "", url: "" }}>
          {link}
        </ListEditor>
        <TextArea {...bind(value, set, "technicalOperation")} label={f("algorithm.technicalOperation")} hint={richHint} required={full} rows={4} maxLength={5000} />
        <RadioGroup name="selfLearning" label={f("algorithm.selfLearning")} required={full} options={yesNo} value={value.selfLearning === true ? "yes" : value.selfLearning === false ? "no" : ""} onChange={(v) => set("selfLearning", v === "yes")} />
        <TextField {...bind(value, set, "supplier")} label={f("algorithm.supplier")} hint={h("supplierHint")} required={full} maxLength={200} />
        <TextField {...bind(value, set, "sourceCodeUrl")} type="url" label={f("algorithm.sourceCodeUrl")} maxLength={500} />
        <TextField {...bind(value, set, "processingRegisterUrl")} type="url" label={f("algorithm.processingRegisterUrl")} maxLength={500} />
      </section>

      <section aria-labelledby="a-ids" className="form-section">
        <h2 id="a-ids" className="utrecht-heading-2">{h("identifiers")}</h2>
        <p>{h("identifiersHint")}</p>
        <TextArea {...bind(value, set, "tags")} label={f("algorithm.tags")} hint={h("tagsHint")} rows={2} maxLength={2500} />
        <TextField {...bind(value, set, "sourceId")} label={f("algorithm.sourceId")} hint={h("sourceIdHint")} maxLength={100} />
        <TextField {...bind(value, set, "lars")} label={f("algorithm.lars")} hint={h("larsHint")} maxLength={100} />
        <TextField {...bind(value, set, "sourceUrl")} type="url" label={f("algorithm.sourceUrl")} hint={h("sourceUrlHint")} maxLength={500} />
      </section>

      <section aria-labelledby="a-limits" className="form-section">
        <h2 id="a-limits" className="utrecht-heading-2">{h("limits")}</h2>
        <p>{h("limitsHint")}</p>
        <ListEditor path="transparencyLimits" value={value} set={set} legend={f("algorithm.transparencyLimits")} addLabel={h("addLimit")} removeLabel={(i) => h("removeItem", { n: i + 1 })} blank={{ what: "", why: "" }}>
          {(base) => (
            <>
              <TextField {...bind(value, set, `${base}.what`)} label={f("limit.what")} required maxLength={300} />
              <TextArea {...bind(value, set, `${base}.why`)} label={f("limit.why")} required rows={2} maxLength={1000} />
            </>
          )}
        </ListEditor>
      </section>
    </>
  );
}
