"use client";
/**
 * Creates an official: name, email, a typed initial password or "generate one" (then shown once, here),
 * and the optional admin flag. What the admin typed stays in React state when the server refuses it.
 */
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { createOfficialAction } from "@/app/[locale]/admin/(workspace)/users/actions";
import { FieldErrorsProvider } from "@/components/form/FieldErrors";
import { FormMessage } from "@/components/form/FormMessage";
import { useFormAction } from "@/components/form/useFormAction";
import { CheckboxField, TextField } from "@/components/form/fields";
import { OneTimePassword } from "./OneTimePassword";

export function NewOfficialForm() {
  const t = useTranslations("admin.users");
  const tForm = useTranslations("form");
  const { state, dispatch, onSubmit, pending } = useFormAction(createOfficialAction);
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [generate, setGenerate] = useState(false);
  const [isAdmin, setIsAdmin] = useState(false);
  const fieldLabel = (path: string) => (t.has(`fields.${path}` as never) ? t(`fields.${path}` as never) : undefined);

  if (state.status === "ok" && typeof state.result?.password === "string") {
    const created = state.result as { userId: string; name: string; password: string };
    return (
      <div role="status" className="notice notice--success">
        <p>{t("createdWithPassword", { name: created.name })}</p>
        <OneTimePassword password={created.password} />
        <p>
          <Link href={`/admin/users/${created.userId}`}>{t("manageCreated", { name: created.name })}</Link>
        </p>
      </div>
    );
  }

  return (
    <FieldErrorsProvider errors={state.fieldErrors}>
      <form action={dispatch} onSubmit={onSubmit} noValidate className="stack admin-form">
        <FormMessage state={state} fieldLabel={fieldLabel} />
        <TextField name="name" label={t("fields.name")} required value={name} onChange={setName} maxLength={200} autoComplete="off" />
        <TextField
          name="email"
          type="email"
          label={t("fields.email")}
          hint={t("fields.emailHint")}
          required
          value={email}
          onChange={setEmail}
          autoComplete="off"
        />
        <CheckboxField
          name="generatePassword"
          label={t("fields.generatePassword")}
          hint={t("fields.generatePasswordHint")}
          checked={generate}
          onChange={setGenerate}
        />
        {!generate && (
          <TextField
            name="password"
            type="password"
            label={t("fields.password")}
            hint={t("fields.passwordHint")}
            required
            value={password}
            onChange={setPassword}
            autoComplete="new-password"
            maxLength={128}
          />
        )}
        <CheckboxField name="isAdmin" label={t("fields.isAdmin")} hint={t("fields.isAdminHint")} checked={isAdmin} onChange={setIsAdmin} />
        <div className="button-row">
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={pending} aria-disabled={pending}>
            {pending ? tForm("saving") : t("create")}
          </button>
        </div>
      </form>
    </FieldErrorsProvider>
  );
}
