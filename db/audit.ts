/** The append-only audit log of official actions (and of what write-API tokens do). */
import "server-only";
import { actorId, type Actor } from "@/lib/permissions";
import type { Tx } from "./client";
import { auditLog } from "./schema";

export function audit(
  tx: Tx,
  e: { actor: Actor; action: string; organisationId?: number | null; entryId?: number | null; detail?: Record<string, unknown> },
) {
  // A token acts under its own name ("token: <name>"); the detail says which token it was.
  const detail = e.actor.kind === "token" ? { ...e.detail, actorTokenId: e.actor.tokenId } : (e.detail ?? null);
  tx.insert(auditLog)
    .values({
      actorId: actorId(e.actor),
      actorName: e.actor.name,
      action: e.action,
      organisationId: e.organisationId ?? null,
      entryId: e.entryId ?? null,
      detail,
    })
    .run();
}
