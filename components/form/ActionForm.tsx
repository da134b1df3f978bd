"use client";
/**
 * A small form that posts to one server action, with its own errors and busy state: the workflow steps,
 * the role, block and password forms. Fields stay as typed when the server refuses (see useFormAction).
 */
import type { ReactNode } from "react";
import { idleState, type ActionState } from "@/lib/action-state";
import { FieldErrorsProvider } from "./FieldErrors";
import { FormMessage } from "./FormMessage";
import { useFormAction } from "./useFormAction";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function ActionForm({
  action,
  label,
  hidden,
  className = "stack",
  errorsOnly = false,
  children,
  after,
}: {
  action: Action;
  /** Accessible name of the form. */
  label: string;
  /** Hidden fields, e.g. the id of what the action works on. */
  hidden: Record<string, string>;
  className?: string;
  /** Show only errors here (success is shown by the page after a redirect, or by `after`). */
  errorsOnly?: boolean;
  children: (pending: boolean, state: ActionState) => ReactNode;
  /** Rendered after the form, e.g. a one-time result. */
  after?: (state: ActionState) => ReactNode;
}) {
  const { state, dispatch, onSubmit, pending } = useFormAction(action);
  return (
    <FieldErrorsProvider errors={state.fieldErrors}>
      <form action={dispatch} onSubmit={onSubmit} noValidate className={className} aria-label={label}>
        <FormMessage state={errorsOnly && state.status === "ok" ? idleState : state} />
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {children(pending, state)}
      </form>
      {after?.(state)}
    </FieldErrorsProvider>
  );
}
