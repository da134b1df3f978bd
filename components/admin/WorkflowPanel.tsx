"use client";
import { useState, type ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import {
  approveAction,
  archiveAction,
  rejectAction,
  submitAction,
} from "@/app/[locale]/admin/(workspace)/entries/actions";
import type { ActionState } from "@/lib/action-state";
import { ActionForm } from "@/components/form/ActionForm";
import { TextArea, TextField } from "@/components/form/fields";

type Action = (prev: ActionState, fd: FormData) => Promise<ActionState>;

/**
 * One workflow step as its own small form, with its own errors and busy state. It posts the versions the page
 * was rendered with (`seen`): when the entry changed since, the step is refused and the form links to the
 * page again, which shows the new version.
 */
function StepForm({
  action,
  publicId,
  seen,
  title,
  button,
  variant = "primary",
  children,
}: {
  action: Action;
  publicId: string;
  seen: Record<string, string>;
  title: string;
  button: string;
  variant?: "primary" | "secondary" | "subtle";
  children?: ReactNode;
}) {
  const t = useTranslations("form");
  const tw = useTranslations("admin.workflow");
  const locale = useLocale();
  return (
    <ActionForm action={action} label={title} hidden={{ publicId, ...seen }} className="workflow-step stack">
      {(pending, state) => (
        <>
          {state.message === "changedSinceOpened" && (
            <p>
              {/* A full page load, so everything on it is the new version. */}
              <a href={`/${locale}/admin/entries/${publicId}`}>{tw("reviewNewVersion")}</a>
            </p>
          )}
          {children}
          <button type="submit" className={`utrecht-button utrecht-button--${variant}-action`} disabled={pending} aria-disabled={pending}>
            {pending ? t("saving") : button}
          </button>
        </>
      )}
    </ActionForm>
  );
}

export function WorkflowPanel({
  publicId,
  draftVersion,
  revision,
  may,
  fourEyesBlocked,
  selfApprovalAllowed,
}: {
  publicId: string;
  /** The versions this page shows: the workflow steps act on exactly these. */
  draftVersion: number;
  revision: number;
  may: { submit: boolean; approve: boolean; reject: boolean; archive: boolean; discard: boolean };
  fourEyesBlocked: boolean;
  selfApprovalAllowed: boolean;
}) {
  const t = useTranslations("admin.workflow");
  const [changeNote, setChangeNote] = useState("");
  const [reason, setReason] = useState("");
  const [endedOn, setEndedOn] = useState("");
  const [archiveNote, setArchiveNote] = useState("");
  const seen = { draftVersion: String(draftVersion) };
  return (
    <div className="workflow">
      {fourEyesBlocked && <p className="notice notice--warning">{t("fourEyesBlocked")}</p>}
      {selfApprovalAllowed && <p className="notice">{t("selfApprovalAllowed")}</p>}
      {may.submit && <StepForm action={submitAction} publicId={publicId} seen={seen} title={t("submit")} button={t("submit")} />}
      {may.approve && (
        <StepForm action={approveAction} publicId={publicId} seen={seen} title={t("approve")} button={t("approve")}>
          <TextArea name="changeNote" label={t("changeNote")} hint={t("changeNoteHint")} required rows={3} value={changeNote} onChange={setChangeNote} maxLength={1000} />
        </StepForm>
      )}
      {may.reject && (
        <StepForm action={rejectAction} publicId={publicId} seen={seen} title={t("reject")} button={t("reject")} variant="secondary">
          <TextArea name="reason" label={t("reason")} required rows={3} value={reason} onChange={setReason} maxLength={1000} />
        </StepForm>
      )}
      {may.archive && (
        <StepForm action={archiveAction} publicId={publicId} seen={{ ...seen, revision: String(revision) }} title={t("archive")} button={t("archive")} variant="secondary">
          <TextField name="endedOn" type="date" label={t("endedOn")} required value={endedOn} onChange={setEndedOn} />
          <TextArea name="changeNote" label={t("archiveNote")} required rows={2} value={archiveNote} onChange={setArchiveNote} maxLength={1000} />
        </StepForm>
      )}
      {may.discard && (
        // Throwing a draft away cannot be undone: the button leads to a page that says what will be lost and
        // asks to confirm (it works the same without JavaScript).
        <p className="workflow-step">
          <Link
            href={`/admin/entries/${publicId}/discard?version=${draftVersion}`}
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--subtle"
          >
            {t("discard")}
          </Link>
        </p>
      )}
    </div>
  );
}
