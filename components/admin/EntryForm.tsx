"use client";
/**
 * The officials' form for a sensor or an algorithm: the kind's own fields, the shared CODIO values panel, and
 * the shared save logic. Every field is a real control named by its path (lib/schemas/form-data.ts), so the
 * form works the same without JavaScript: a plain POST carries everything, the server answers with the form
 * as it was sent (with its errors, or changed by a form button such as "add a route"), and nothing typed is
 * lost. With JavaScript the same controls are bound to state: groups are added and removed at once, the map
 * places the sensor, and the page does not reload. All field errors come back at once, next to their fields
 * and in a summary. When someone else saved the same draft in between, the conflict is shown field by field.
 */
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { saveEntryAction } from "@/app/[locale]/admin/(workspace)/entries/actions";
import { useFormAction } from "@/components/form/useFormAction";
import type { Locale } from "@/lib/codio";
import { contentRows, diffRows } from "@/lib/content-rows";
import type { EntryKind } from "@/lib/vocab";
import { requiredLevel, type Origin } from "@/lib/completeness";
import type { ActionState } from "@/lib/action-state";
import { contentFromFormValues, controlFor } from "@/lib/schemas/form-data";
import { FieldErrorsProvider, FieldFocusProvider, FieldRulesProvider } from "@/components/form/FieldErrors";
import { FormMessage } from "@/components/form/FormMessage";
import { SelectField, TextArea } from "@/components/form/fields";
import { MAX_RELATED } from "@/lib/schemas/related";
import { ChangeTable } from "@/components/entry/ChangeTable";
import { AlgorithmFields } from "./AlgorithmFields";
import { EnglishFields } from "./EnglishFields";
import { bind, useFormValues, type FormValues } from "./form-state";
import { SensorFields } from "./SensorFields";
import { ValuesPanelEditor } from "./ValuesPanelEditor";

export function EntryForm({
  kind,
  publicId,
  organisations,
  initial,
  baseVersion,
  origin = "form",
  initialErrors,
  rules,
  linkable,
}: {
  kind: EntryKind;
  publicId?: string;
  organisations?: { id: number; name: string }[];
  /** The form's values to start from (lib/schemas/form-content.ts, formValuesOf). */
  initial: FormValues;
  baseVersion: number;
  /** How the entry came in (decides what publication requires, lib/completeness.ts). */
  origin?: Origin;
  /** What is still missing, shown when the form opens (after "save and submit" found gaps), by the form's names. */
  initialErrors?: Record<string, string[]>;
  /** Per completeness level, the fields a rule makes required in some combinations (lib/schemas/rules.ts). */
  rules: Record<"standard" | "full", Record<string, string>>;
  /** The own organisation's entries, listed with their numbers beside the "related entries" field (db/related.ts). */
  linkable?: { publicId: string; name: string }[];
}) {
  const t = useTranslations("entryForm");
  const tAll = useTranslations();
  const tRule = useTranslations("rules");
  const locale = useLocale() as Locale;
  const { state, dispatch, onSubmit, pending } = useFormAction(saveEntryAction);
  // Without JavaScript the page is drawn anew after every post: the form then starts from what was sent.
  const { values, set, replace } = useFormValues(state.form?.values ?? initial);
  const [version, setVersion] = useState(state.form?.version ?? baseVersion);
  const [handledConflict, setHandledConflict] = useState<unknown>(null);
  const conflict = state.conflict && state.conflict !== handledConflict ? state.conflict : undefined;
  // Until the form is sent again, show what the server found missing when the draft was submitted.
  const shown: ActionState =
    state.status === "idle" && initialErrors ? { status: "error", message: "incomplete", fieldErrors: initialErrors } : state;
  const level = requiredLevel(kind, origin, { publicationCategory: values.publicationCategory });
  const ruleTexts = Object.fromEntries(Object.entries(rules[level]).map(([path, key]) => [path, tRule(key as never)]));

  const tr = (key: string, v?: Record<string, string | number>) => tAll(key as never, v as never);
  const fieldLabel = (path: string) => {
    const top = path.split(".")[0]!;
    return tAll.has(`fields.${kind}.${top}` as never) ? tAll(`fields.${kind}.${top}` as never) : undefined;
  };
  const rows = (v: FormValues) => contentRows(kind, contentFromFormValues(kind, v).content, tr, locale);

  return (
    <FieldErrorsProvider errors={shown.fieldErrors}>
      <FieldRulesProvider rules={ruleTexts}>
        <FieldFocusProvider name={state.form?.focus}>
          <form action={dispatch} onSubmit={onSubmit} noValidate className="entry-form stack">
            {/* Pressing Enter in a field saves the draft: the first submit button of a form is the one Enter uses. */}
            <button type="submit" name="then" value="save" className="visually-hidden" tabIndex={-1} aria-hidden="true">
              {t("saveDraft")}
            </button>
            <FormMessage state={shown} fieldLabel={fieldLabel} controlFor={(path) => controlFor(path, values.geometryType)} />
            <p className="notice">{t(level === "full" ? "requiredNoteFull" : "requiredNote")}</p>
            {conflict && (
              <section className="notice notice--warning" aria-labelledby="conflict-title">
                <h2 id="conflict-title" className="utrecht-heading-3">
                  {t("conflictTitle", { by: conflict.by ?? "?" })}
                </h2>
                <p>{t("conflictText")}</p>
                <ChangeTable
                  caption={t("conflictCaption")}
                  labels={{ field: tAll("changes.field"), before: t("theirs"), after: t("yours"), none: tAll("changes.none"), empty: tAll("changes.empty") }}
                  changes={diffRows(rows((conflict.current ?? {}) as FormValues), rows(values))}
                />
                <input type="hidden" name="conflictVersion" value={conflict.version} />
                {/* Submit buttons, so the choice also works without JavaScript (the server sends the form back). */}
                <p className="button-row">
                  <button
                    type="submit"
                    name="intent"
                    value="keepMine"
                    className="utrecht-button utrecht-button--primary-action"
                    onClick={(e) => {
                      e.preventDefault();
                      setVersion(conflict.version);
                      setHandledConflict(state.conflict);
                    }}
                  >
                    {t("keepMine")}
                  </button>{" "}
                  <button
                    type="submit"
                    name="intent"
                    value="takeTheirs"
                    className="utrecht-button utrecht-button--secondary-action"
                    onClick={(e) => {
                      e.preventDefault();
                      replace((conflict.current ?? {}) as FormValues);
                      setVersion(conflict.version);
                      setHandledConflict(state.conflict);
                    }}
                  >
                    {t("takeTheirs")}
                  </button>
                </p>
              </section>
            )}
            <input type="hidden" name="kind" value={kind} />
            {publicId && <input type="hidden" name="publicId" value={publicId} />}
            <input type="hidden" name="baseVersion" value={version} />
            {!publicId && organisations && organisations.length > 1 && (
              <SelectField
                name="organisationId"
                label={t("organisation")}
                required
                options={organisations.map((o) => ({ value: String(o.id), label: o.name }))}
                value={String(values.organisationId ?? organisations[0]!.id)}
                onChange={(v) => set("organisationId", v)}
              />
            )}
            {!publicId && organisations?.length === 1 && <input type="hidden" name="organisationId" value={organisations[0]!.id} />}

            {kind === "sensor" ? <SensorFields values={values} set={set} /> : <AlgorithmFields values={values} set={set} level={level} />}

            <ValuesPanelEditor values={values} set={set} />

            <TextArea
              {...bind(values, set, "related")}
              label={tAll(`fields.${kind}.related`)}
              hint={t("relatedHint", { max: MAX_RELATED })}
              rows={3}
            />
            {linkable && linkable.length > 0 && (
              <details className="related-choices">
                <summary>{t("relatedChoices", { count: linkable.length })}</summary>
                <ul>
                  {linkable.map((e) => (
                    <li key={e.publicId}>
                      <code>{e.publicId}</code> {e.name}
                    </li>
                  ))}
                </ul>
              </details>
            )}

            <EnglishFields kind={kind} values={values} set={set} />

            <div className="button-row entry-form__actions">
              <button type="submit" name="then" value="save" className="utrecht-button utrecht-button--primary-action" disabled={pending} aria-disabled={pending}>
                {pending ? tAll("form.saving") : t("saveDraft")}
              </button>{" "}
              <button type="submit" name="then" value="submit" className="utrecht-button utrecht-button--secondary-action" disabled={pending} aria-disabled={pending}>
                {t("saveAndSubmit")}
              </button>
            </div>
            <p className="muted">{t("draftNote")}</p>
          </form>
        </FieldFocusProvider>
      </FieldRulesProvider>
    </FieldErrorsProvider>
  );
}
