"use client";
/**
 * Creates a write-API token: organisation (when the publisher has several), name, scope. The new token is
 * shown once, here, with "copy it now"; the server keeps only its hash. Works without JavaScript (the form
 * posts to the server action and the page shows its answer); the copy button appears only with JavaScript.
 */
import { useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { createTokenAction } from "@/app/[locale]/admin/(workspace)/tokens/actions";
import { FieldErrorsProvider } from "@/components/form/FieldErrors";
import { FormMessage } from "@/components/form/FormMessage";
import { useFormAction } from "@/components/form/useFormAction";
import { SelectField, TextField } from "@/components/form/fields";
import { idleState } from "@/lib/action-state";

const noSubscription = () => () => {};

function NewToken({ token, name, organisation }: { token: string; name: string; organisation: string }) {
  const t = useTranslations("admin.tokens");
  // Copying is offered only where the browser can (JavaScript on, a secure context); never on the server.
  const canCopy = useSyncExternalStore(noSubscription, () => !!navigator.clipboard, () => false);
  const [copied, setCopied] = useState(false);
  return (
    <div className="notice notice--success stack new-token">
      <p role="status">{t("created", { name, organisation })}</p>
      <p>
        <strong>{t("copyNow")}</strong>
      </p>
      <div className="utrecht-form-field">
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor="new-token">
            {t("tokenLabel")}
          </label>
        </div>
        <div className="utrecht-form-field__input new-token__row">
          <input
            id="new-token"
            className="utrecht-textbox utrecht-textbox--html-input new-token__value"
            readOnly
            value={token}
            spellCheck={false}
            autoComplete="off"
            onFocus={(e) => e.currentTarget.select()}
          />
          {canCopy && (
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => navigator.clipboard.writeText(token).then(() => setCopied(true), () => setCopied(false))}
            >
              {t("copy")}
            </button>
          )}
        </div>
      </div>
      <p aria-live="polite">{copied ? t("copied") : ""}</p>
      <p>{t("usage")}</p>
    </div>
  );
}

export function NewTokenForm({ organisations }: { organisations: { id: number; name: string }[] }) {
  const t = useTranslations("admin.tokens");
  const tForm = useTranslations("form");
  const { state, dispatch, onSubmit, pending } = useFormAction(createTokenAction);
  const [organisationId, setOrganisationId] = useState(String(organisations[0]?.id ?? ""));
  const [name, setName] = useState("");
  const created =
    state.status === "ok" && typeof state.result?.token === "string"
      ? (state.result as { token: string; name: string; organisationId: number })
      : null;
  // After a token is made the name field starts empty again, ready for the next one.
  const [shown, setShown] = useState<string | null>(null);
  if (created && shown !== created.token) {
    setShown(created.token);
    setName("");
  }
  const fieldLabel = (path: string) => (path === "name" ? t("name") : path === "organisationId" ? t("organisation") : undefined);
  return (
    <>
      {created && (
        <NewToken
          token={created.token}
          name={created.name}
          organisation={organisations.find((o) => o.id === created.organisationId)?.name ?? ""}
        />
      )}
      <FieldErrorsProvider errors={state.fieldErrors}>
        <form action={dispatch} onSubmit={onSubmit} noValidate className="stack admin-form" aria-label={t("formLabel")}>
          <FormMessage state={state.status === "ok" ? idleState : state} fieldLabel={fieldLabel} />
          {organisations.length > 1 ? (
            <SelectField
              name="organisationId"
              label={t("organisation")}
              required
              options={organisations.map((o) => ({ value: String(o.id), label: o.name }))}
              value={organisationId}
              onChange={setOrganisationId}
            />
          ) : (
            <input type="hidden" name="organisationId" value={organisationId} />
          )}
          <TextField name="name" label={t("name")} hint={t("nameHint")} required value={name} onChange={setName} maxLength={100} autoComplete="off" />
          <input type="hidden" name="scope" value="draft" />
          <p>
            {t("scope")}: {t("scopes.draft")}
          </p>
          <div className="button-row">
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={pending} aria-disabled={pending}>
              {pending ? tForm("saving") : t("create")}
            </button>
          </div>
        </form>
      </FieldErrorsProvider>
    </>
  );
}
