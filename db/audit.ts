/** The append-only audit log of official actions. */
import "server-only";
import { actorId, type Actor } from "@/lib/permissions";
import type { Tx } from "./client";
import { auditLog } from "./schema";

export function audit(
  tx: Tx,
  e: { actor: Actor; action: string; organisationId?: number | null; entryId?: number | null; detail?: Record<string, unknown> },
) {
  tx.insert(auditLog)
    .values({
      actorId: actorId(e.actor),
      actorName: e.actor.name,
      action: e.action,
      organisationId: e.organisationId ?? null,
      entryId: e.entryId ?? null,
      detail: e.detail ?? null,
    })
    .run();
}
