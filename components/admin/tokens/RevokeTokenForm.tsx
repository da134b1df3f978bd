"use client";
/**
 * The confirmation of revoking a token: one button on its own page (reached by the "Revoke" link in the
 * list), so it works the same without JavaScript. The action redirects back to the list.
 */
import { useTranslations } from "next-intl";
import { revokeTokenAction } from "@/app/[locale]/admin/(workspace)/tokens/actions";
import { ActionForm } from "@/components/form/ActionForm";

export function RevokeTokenForm({ tokenId }: { tokenId: number }) {
  const t = useTranslations("admin.tokens");
  return (
    <ActionForm action={revokeTokenAction} label={t("revokeTitle")} hidden={{ tokenId: String(tokenId) }} className="stack">
      {(pending) => (
        <div className="button-row">
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={pending} aria-disabled={pending}>
            {t("revokeConfirm")}
          </button>
        </div>
      )}
    </ActionForm>
  );
}
