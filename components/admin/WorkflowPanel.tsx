"use client";
import { useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import {
  approveAction,
  archiveAction,
  discardAction,
  rejectAction,
  submitAction,
} from "@/app/[locale]/admin/(workspace)/entries/actions";
import type { ActionState } from "@/lib/action-state";
import { ActionForm } from "@/components/form/ActionForm";
import { TextArea, TextField } from "@/components/form/fields";

type Action = (prev: ActionState, fd: FormData) => Promise<ActionState>;

/** One workflow step as its own small form, with its own errors and busy state. */
/** One workflow step as its own small form, with its own errors and busy state. */
function StepForm({
  action,
  publicId,
  title,
  button,
  variant = "primary",
  children,
}: {
  action: Action;
  publicId: string;
  title: string;
  button: string;
  variant?: "primary" | "secondary" | "subtle";
  children?: ReactNode;
}) {
  const t = useTranslations("form");
  return (
    <ActionForm action={action} label={title} hidden={{ publicId }} className="workflow-step stack">
      {(pending) => (
        <>
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
  may,
  fourEyesBlocked,
  selfApprovalAllowed,
}: {
  publicId: string;
  may: { submit: boolean; approve: boolean; reject: boolean; archive: boolean; discard: boolean };
  fourEyesBlocked: boolean;
  selfApprovalAllowed: boolean;
}) {
  const t = useTranslations("admin.workflow");
  const [changeNote, setChangeNote] = useState("");
  const [reason, setReason] = useState("");
  const [endedOn, setEndedOn] = useState("");
  const [archiveNote, setArchiveNote] = useState("");
  return (
    <div className="workflow">
      {fourEyesBlocked && <p className="notice notice--warning">{t("fourEyesBlocked")}</p>}
      {selfApprovalAllowed && <p className="notice">{t("selfApprovalAllowed")}</p>}
      {may.submit && <StepForm action={submitAction} publicId={publicId} title={t("submit")} button={t("submit")} />}
      {may.approve && (
        <StepForm action={approveAction} publicId={publicId} title={t("approve")} button={t("approve")}>
          <TextArea name="changeNote" label={t("changeNote")} hint={t("changeNoteHint")} required rows={3} value={changeNote} onChange={setChangeNote} maxLength={1000} />
        </StepForm>
      )}
      {may.reject && (
        <StepForm action={rejectAction} publicId={publicId} title={t("reject")} button={t("reject")} variant="secondary">
          <TextArea name="reason" label={t("reason")} required rows={3} value={reason} onChange={setReason} maxLength={1000} />
        </StepForm>
      )}
      {may.archive && (
        <StepForm action={archiveAction} publicId={publicId} title={t("archive")} button={t("archive")} variant="secondary">
          <TextField name="endedOn" type="date" label={t("endedOn")} required value={endedOn} onChange={setEndedOn} />
          <TextArea name="changeNote" label={t("archiveNote")} required rows={2} value={archiveNote} onChange={setArchiveNote} maxLength={1000} />
        </StepForm>
      )}
      {may.discard && (
        <StepForm action={discardAction} publicId={publicId} title={t("discard")} button={t("discard")} variant="subtle" />
      )}
    </div>
  );
}
