"use client";
/**
 * The import page's forms: upload a file for a dry run, and start the import from a finished dry run (or a
 * failed job again). Both post through useFormAction, so the chosen organisation and file stay when the
 * server refuses; a refusal is a message in the form's live region, which takes focus.
 */
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { startImportAction, uploadImportAction } from "@/app/[locale]/admin/(workspace)/import/actions";
import type { ActionState } from "@/lib/action-state";
import { FormMessage } from "@/components/form/FormMessage";
import { FieldErrorsProvider } from "@/components/form/FieldErrors";
import { useFormAction } from "@/components/form/useFormAction";
import { FileField, SelectField } from "@/components/form/fields";

/** The import page's text for a refusal (admin.import.errors.*), else the shared one. */
function useImportMessage() {
  const t = useTranslations("admin.import.errors");
  return (state: ActionState) => {
    const key = state.message ?? "";
    if (state.status !== "error" || !t.has(key as never)) return undefined;
    return t(key as never, { reason: String(state.result?.reason ?? "") } as never);
  };
}

export function UploadForm({ organisations, maxBytes }: { organisations: { id: number; name: string }[]; maxBytes: number }) {
  const t = useTranslations("admin.import");
  const message = useImportMessage();
  const { state, dispatch, onSubmit, pending } = useFormAction(uploadImportAction);
  // A file over the limit is refused here, before it is sent (the server refuses it too).
  const [local, setLocal] = useState<ActionState | null>(null);
  const shown = local ?? state;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    const input = e.currentTarget.elements.namedItem("file") as HTMLInputElement | null;
    if ((input?.files?.[0]?.size ?? 0) > maxBytes) {
      e.preventDefault();
      setLocal({ status: "error", message: "importTooLarge" });
      return;
    }
    setLocal(null);
    onSubmit(e);
  };
  const chosen = String(state.result?.organisationId ?? "");
  return (
    <FieldErrorsProvider errors={shown.fieldErrors}>
      <form action={dispatch} onSubmit={submit} noValidate className="stack narrow" aria-label={t("formLabel")}>
        <FormMessage state={shown} text={message(shown)} />
        {organisations.length > 1 ? (
          <SelectField
            name="organisationId"
            label={t("organisation")}
            hint={t("organisationHint")}
            required
            options={organisations.map((o) => ({ value: String(o.id), label: o.name }))}
            defaultValue={organisations.some((o) => String(o.id) === chosen) ? chosen : String(organisations[0]!.id)}
          />
        ) : (
          <>
            <input type="hidden" name="organisationId" value={organisations[0]!.id} />
            <p>{t("into", { organisation: organisations[0]!.name })}</p>
          </>
        )}
        <FileField name="file" label={t("file")} hint={t("fileHint")} accept=".json,.geojson,.csv,application/json,application/geo+json,text/csv" required />
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={pending} aria-disabled={pending}>
          {pending ? t("uploading") : t("check")}
        </button>
      </form>
    </FieldErrorsProvider>
  );
}

/**
 * From a finished dry run: "import as drafts" and "import and submit complete records for review"; from a
 * failed job: "start again".
 */
export function StartForm({ token, restart }: { token: string; restart: boolean }) {
  const t = useTranslations("admin.import.job");
  const message = useImportMessage();
  const { state, dispatch, onSubmit, pending } = useFormAction(startImportAction);
  return (
    <form action={dispatch} onSubmit={onSubmit} noValidate className="stack" aria-label={restart ? t("restart") : t("nextTitle")}>
      <FormMessage state={state} text={message(state)} />
      <input type="hidden" name="token" value={token} />
      <div className="button-row">
        {restart ? (
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={pending} aria-disabled={pending}>
            {pending ? t("starting") : t("restart")}
          </button>
        ) : (
          <>
            <button type="submit" name="submit" value="0" className="utrecht-button utrecht-button--primary-action" disabled={pending} aria-disabled={pending}>
              {t("importDrafts")}
            </button>
            <button type="submit" name="submit" value="1" className="utrecht-button utrecht-button--secondary-action" disabled={pending} aria-disabled={pending}>
              {t("importSubmit")}
            </button>
            {pending && <span role="status">{t("starting")}</span>}
          </>
        )}
      </div>
    </form>
  );
}
