"use client";
/**
 * The confirmation step of a destructive action: one clearly labelled button that posts to the action, on a
 * page of its own that says what will happen (throwing a draft away, blocking an official, taking a role
 * away). Because the step is a page with a plain form, it works the same with and without JavaScript.
 */
import type { ActionState } from "@/lib/action-state";
import { ActionForm } from "./ActionForm";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function ConfirmForm({
  action,
  label,
  hidden,
  confirm,
}: {
  action: Action;
  /** Accessible name of the form (the question). */
  label: string;
  hidden: Record<string, string>;
  /** The button, naming what it does: "Ja, medewerker blokkeren". */
  confirm: string;
}) {
  return (
    <ActionForm action={action} label={label} hidden={hidden} className="stack" errorsOnly>
      {(pending) => (
        <div className="button-row">
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={pending} aria-disabled={pending}>
            {confirm}
          </button>
        </div>
      )}
    </ActionForm>
  );
}
