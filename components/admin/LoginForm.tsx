"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { signIn } from "@/app/[locale]/admin/login/actions";
import { idleState } from "@/lib/action-state";
import { FormMessage } from "@/components/form/FormMessage";
import { TextField } from "@/components/form/fields";
import { FieldErrorsProvider } from "@/components/form/FieldErrors";

export function LoginForm({ next }: { next?: string }) {
  const t = useTranslations("admin.login");
  const [state, action, pending] = useActionState(signIn, idleState);
  const [email, setEmail] = useState("");
  const message =
    state.message === "failed"
      ? t("failed")
      : state.message === "throttled"
        ? t("throttled", { minutes: Number(state.result?.minutes ?? 15) })
        : undefined;
  return (
    <FieldErrorsProvider errors={state.fieldErrors}>
      <form action={action} noValidate className="stack">
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
