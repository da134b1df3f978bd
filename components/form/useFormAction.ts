"use client";
import { startTransition, useActionState, type FormEvent } from "react";
import { idleState, type ActionState } from "@/lib/action-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * Runs a server action from a form without React's automatic form reset, so controlled fields keep
 * what the user typed when the server answers with errors. The `action` prop stays for the no-JS path.
 */
export function useFormAction(action: Action) {
  const [state, dispatch, pending] = useActionState(action, idleState);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const formData = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(formData));
  };
  return { state, dispatch, onSubmit, pending };
}
