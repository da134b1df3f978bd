"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { signIn } from "@/app/[locale]/admin/login/actions";
import { useFormAction } from "@/components/form/useFormAction";
import { FormMessage } from "@/components/form/FormMessage";
import { TextField } from "@/components/form/fields";
import { FieldErrorsProvider } from "@/components/form/FieldErrors";

export function LoginForm({ next }: { next?: string }) {
  const t = useTranslations("admin.login");
  const { state, dispatch, onSubmit, pending } = useFormAction(signIn);
  const [email, setEmail] = useState("");
  const message =
    state.message === "failed"
      ? t("failed")
      : state.message === "throttled"
        ? t("throttled", { seconds: Number(state.result?.seconds ?? 0) })
        : state.message === "blocked"
          ? t("blocked")
          : undefined;
  return (
    <FieldErrorsProvider errors={state.fieldErrors}>
      <form action={dispatch} onSubmit={onSubmit} noValidate className="stack">
        <FormMessage state={state} text={message} />
        {next && <input type="hidden" name="next" value={next} />}
        <TextField name="email" label={t("email")} type="email" autoComplete="username" required value={email} onChange={setEmail} />
        <TextField name="password" label={t("password")} type="password" autoComplete="current-password" required />
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={pending} aria-disabled={pending}>
          {pending ? t("busy") : t("submit")}
        </button>
      </form>
    </FieldErrorsProvider>
  );
}
