"use client";
/**
 * The confirmation of throwing a draft away: one clearly labelled button on its own page (reached from the
 * entry's workflow panel), so it works the same without JavaScript. It posts the draft version the page
 * showed; the action redirects to the entry, or to the dashboard when the entry is gone.
 */
import { useTranslations } from "next-intl";
import { discardAction } from "@/app/[locale]/admin/(workspace)/entries/actions";
import { ActionForm } from "@/components/form/ActionForm";

export function DiscardDraftForm({ publicId, draftVersion }: { publicId: string; draftVersion: number }) {
  const t = useTranslations("admin.discard");
  return (
    <ActionForm action={discardAction} label={t("title")} hidden={{ publicId, draftVersion: String(draftVersion) }} className="stack">
      {(pending, state) => (
        <>
          {state.message === "changedSinceOpened" && (
            <p>
              <a href="">{t("reload")}</a>
            </p>
          )}
          <div className="button-row">
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={pending} aria-disabled={pending}>
              {t("confirm")}
            </button>
          </div>
        </>
      )}
    </ActionForm>
  );
}
