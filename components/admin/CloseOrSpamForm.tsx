"use client";
/**
 * Closing a citizen's question or report without further action, or marking it as spam: two buttons of one
 * form (`reason` = closed | spam), each with its hint. Shared by the questions' and the reports' pages.
 */
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/form/ActionForm";

export function CloseOrSpamForm({
  action,
  id,
  namespace,
}: {
  action: Parameters<typeof ActionForm>[0]["action"];
  id: number;
  /** The messages' namespace: closeTitle, close, closeHint, spam, spamHint. */
  namespace: "admin.questions" | "admin.reports";
}) {
  const t = useTranslations(namespace);
  const prefix = namespace === "admin.questions" ? "question" : "report";
  return (
    <ActionForm action={action} label={t("closeTitle")} hidden={{ id: String(id) }} errorsOnly>
      {(pending) => (
        <ul className="stack">
          {(["closed", "spam"] as const).map((reason) => {
            const key = reason === "closed" ? "close" : "spam";
            return (
              <li key={reason}>
                <button
                  type="submit"
                  name="reason"
                  value={reason}
                  className="utrecht-button utrecht-button--secondary-action"
                  disabled={pending}
                  aria-describedby={`${prefix}-${key}-hint`}
                >
                  {t(key)}
                </button>{" "}
                <span id={`${prefix}-${key}-hint`} className="muted">
                  {t(`${key}Hint`)}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </ActionForm>
  );
}
