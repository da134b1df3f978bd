"use client";
/**
 * The officials' form for a sensor or an algorithm: the kind's own fields, the shared CODIO values panel,
 * and the shared save logic. What the official typed lives in React state, so nothing is lost when the
 * server refuses it; all field errors come back at once and are shown next to their fields and in a
 * summary. When someone else saved the same draft in between, the conflict is shown field by field.
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
import { FieldErrorsProvider } from "@/components/form/FieldErrors";
import { FormMessage } from "@/components/form/FormMessage";
import { SelectField } from "@/components/form/fields";
import { ChangeTable } from "@/components/entry/ChangeTable";
import { AlgorithmFields } from "./AlgorithmFields";
import { cleanLines, useContent, type Content } from "./content-state";
import { SensorFields } from "./SensorFields";
import { ValuesPanelEditor, type ValueLinkDraft } from "./ValuesPanelEditor";

export function EntryForm({
  kind,
  publicId,
  organisations,
  initial,
  baseVersion,
  origin = "form",
  initialErrors,
}: {
  kind: EntryKind;
  publicId?: string;
  organisations?: { id: number; name: string }[];
  initial: Content;
  baseVersion: number;
  /** How the entry came in (decides what publication requires, lib/completeness.ts). */
  origin?: Origin;
  /** What is still missing, shown when the form opens (after "save and submit" found gaps). */
  initialErrors?: Record<string, string[]>;
}) {
  const t = useTranslations("entryForm");
  const tAll = useTranslations();
  const locale = useLocale() as Locale;
  const { value, set, replace } = useContent(initial);
  const [version, setVersion] = useState(baseVersion);
  const [organisationId, setOrganisationId] = useState(String(organisations?.[0]?.id ?? ""));
  const { state, dispatch, onSubmit, pending } = useFormAction(saveEntryAction);
  const [handledConflict, setHandledConflict] = useState<unknown>(null);
  const conflict = state.conflict && state.conflict !== handledConflict ? state.conflict : undefined;
  // Until the form is sent again, show what the server found missing when the draft was submitted.
  const shown: ActionState =
    state.status === "idle" && initialErrors ? { status: "error", message: "incomplete", fieldErrors: initialErrors } : state;
  const level = requiredLevel(kind, origin, value);

  const tr = (key: string, values?: Record<string, string | number>) => tAll(key as never, values as never);
  const fieldLabel = (path: string) => {
    const top = path.split(".")[0]!;
    return tAll.has(`fields.${kind}.${top}` as never) ? tAll(`fields.${kind}.${top}` as never) : undefined;
  };

  return (
    <FieldErrorsProvider errors={shown.fieldErrors}>
      <form action={dispatch} onSubmit={onSubmit} noValidate className="entry-form stack">
        <FormMessage state={shown} fieldLabel={fieldLabel} />
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
              changes={diffRows(
                contentRows(kind, (conflict.current ?? {}) as Content, tr, locale),
                contentRows(kind, cleanLines(value) as Content, tr, locale),
              )}
            />
            <p className="button-row">
              <button
                type="button"
                className="utrecht-button utrecht-button--primary-action"
                onClick={() => {
                  setVersion(conflict.version);
                  setHandledConflict(state.conflict);
                }}
              >
                {t("keepMine")}
              </button>{" "}
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action"
                onClick={() => {
                  replace((conflict.current ?? {}) as Content);
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
        <input type="hidden" name="payload" value={JSON.stringify(cleanLines(value))} />
        {!publicId && organisations && organisations.length > 1 && (
          <SelectField
            name="organisationId"
            label={t("organisation")}
            required
            options={organisations.map((o) => ({ value: String(o.id), label: o.name }))}
            value={organisationId}
            onChange={setOrganisationId}
          />
        )}
        {!publicId && organisations?.length === 1 && <input type="hidden" name="organisationId" value={organisationId} />}

        {kind === "sensor" ? <SensorFields value={value} set={set} /> : <AlgorithmFields value={value} set={set} level={level} />}

        <ValuesPanelEditor links={(value.values as ValueLinkDraft[]) ?? []} onChange={(links) => set("values", links)} />

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
    </FieldErrorsProvider>
  );
}
