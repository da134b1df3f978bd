"use client";
/**
 * Handling a citizen's report of a sensor not in the register: make a sensor draft of it, or close it (README,
 * "Questions and reports"). Forms that post to server actions, so they work the same without JavaScript.
 */
import { useTranslations } from "next-intl";
import { convertReportAction } from "@/app/[locale]/admin/(workspace)/reports/actions";
import { ActionForm } from "@/components/form/ActionForm";

export function ConvertReportForm({ id }: { id: number }) {
  const t = useTranslations("admin.reports");
  return (
    <ActionForm action={convertReportAction} label={t("convertTitle")} hidden={{ id: String(id) }} errorsOnly>
      {(pending) => (
        <p>
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={pending} aria-disabled={pending}>
            {t("convert")}
          </button>
        </p>
      )}
    </ActionForm>
  );
}
