/**
 * The one wrapper for every server action: authenticate, run the domain function (which authorises and
 * validates itself), and turn every failure into a safe ActionState. Every server action is a public POST
 * endpoint, so nothing here trusts the caller.
 */
import "server-only";
import { unstable_rethrow } from "next/navigation";
import { plain } from "@/lib/dict";
import { isDomainError } from "@/lib/errors";
import { requireActor, type UserActor } from "@/lib/auth/session";
import type { ActionState } from "@/lib/action-state";

export function toActionState(e: unknown): ActionState {
  if (isDomainError(e)) {
    const details = e.details ?? {};
    // An edit conflict carries the other official's draft for the form's comparison; other conflicts
    // ("changed since you opened it") are a message like any other.
    if (e.code === "conflict" && e.key === "conflict")
      return {
        status: "error",
        message: "conflict",
        conflict: details as ActionState["conflict"],
      };
    return {
      status: "error",
      message: e.key,
      // A plain copy: React refuses null-prototype objects (lib/dict.ts) in what goes to the client.
      fieldErrors: details.fields ? plain(details.fields as Record<string, string[]>) : undefined,
    };
  }
  console.error("unexpected error in server action", e);
  return { status: "error", message: "unexpected" };
}

export function secureAction(
  run: (actor: UserActor, formData: FormData) => Promise<ActionState | void> | ActionState | void,
) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    try {
      const actor = await requireActor();
      return (await run(actor, formData)) ?? { status: "ok" };
    } catch (e) {
      unstable_rethrow(e); // let Next's redirect() and notFound() through
      return toActionState(e);
    }
  };
}

export function textField(formData: FormData, name: string, max = 5000): string {
  const raw = formData.get(name);
  return typeof raw === "string" ? raw.slice(0, max) : "";
}

/** A whole number typed as digits; anything else (absent, blank, "1e3", " 7") is NaN. */
export function intField(formData: FormData, name: string): number {
  const raw = formData.get(name);
  return typeof raw === "string" && /^-?\d{1,15}$/.test(raw) ? Number(raw) : NaN;
}
