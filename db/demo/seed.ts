/**
 * Loads the clearly labelled example data into an EMPTY database only. A database that holds any
 * organisation is never touched. Every entry goes through the same lifecycle functions as officials use.
 */
import "server-only";
import { count } from "drizzle-orm";
import type { Actor } from "@/lib/permissions";
import type { EntryKind } from "@/lib/vocab";
import { organisationSchema } from "@/lib/schemas/organisation";
import { publicIdPrefix } from "@/lib/schemas/public-id";
import { getDb } from "../client";
import { approve, archive, createEntry, submitForReview } from "../entries";
import { organisations } from "../schema";
import { createOfficial, setMembership } from "../officials";
import { demoAccounts, DEMO_PASSWORD } from "./accounts";
import { demoAlgorithms } from "./algorithms";
import { demoOrganisations } from "./organisations";
import { demoSensors } from "./sensors";
import type { DemoEntry } from "./types";

const importer: Actor = { kind: "system", name: "Voorbeeldgegevens" };

export function isEmpty() {
  return (getDb().select({ n: count() }).from(organisations).get()?.n ?? 0) === 0;
}

/** Related entries of kinds not seeded (a test that loads only the algorithms) are left out: they would not be found. */
function onlySeeded(data: unknown, kinds: readonly EntryKind[]): unknown {
  const d = data as { related?: string[] };
  if (!d.related) return data;
  return { ...d, related: d.related.filter((id) => kinds.some((k) => id.startsWith(`${publicIdPrefix[k]}-`))) };
}

/**
 * The example organisations and entries (no accounts), through the officials' lifecycle functions.
 * Returns the organisation ids by slug. Used by seedDemo and by the unit tests.
 */
export function seedDemoContent(kinds: readonly EntryKind[] = ["sensor", "algorithm"]): Map<string, number> {
  const db = getDb();
  const orgIds = new Map<string, number>();
  for (const input of demoOrganisations) {
    const { moderator, ...org } = organisationSchema.parse(input);
    const moderatorId = moderator ? orgIds.get(moderator) : null;
    if (moderator && !moderatorId) throw new Error(`demo organisation ${org.slug}: moderator ${moderator} must come before it`);
    const row = db.insert(organisations).values({ ...org, moderatorId, isExample: true }).returning().get();
    orgIds.set(org.slug, row.id);
  }
  const lists: Record<EntryKind, DemoEntry<unknown>[]> = { sensor: demoSensors, algorithm: demoAlgorithms };
  for (const kind of kinds)
    for (const e of lists[kind]) {
      const organisationId = orgIds.get(e.organisation);
      if (!organisationId) throw new Error(`demo entry ${e.publicId}: unknown organisation ${e.organisation}`);
      createEntry({ actor: importer, kind, organisationId, input: onlySeeded(e.data, kinds), publicId: e.publicId, origin: e.origin });
      if (e.status === "draft") continue;
      submitForReview({ actor: importer, publicId: e.publicId });
      if (e.status === "in_review") continue;
      approve({ actor: importer, publicId: e.publicId, changeNote: "Eerste publicatie (voorbeeldgegevens)." });
      if (e.status === "archived")
        archive({ actor: importer, publicId: e.publicId, endedOn: e.endedOn!, changeNote: "Niet meer in gebruik." });
    }
  return orgIds;
}

/** Everything of the demo: organisations, entries and the demo accounts with their roles. */
export async function seedDemo() {
  const orgIds = seedDemoContent();
  for (const a of demoAccounts) {
    const userId = await createOfficial({ actor: importer, email: a.email, name: a.name, password: DEMO_PASSWORD, isAdmin: a.isAdmin, isDemo: true });
    for (const r of a.roles) setMembership({ actor: importer, userId, organisationId: orgIds.get(r.organisation)!, role: r.role });
  }
  return { organisations: orgIds.size, sensors: demoSensors.length, algorithms: demoAlgorithms.length, accounts: demoAccounts.length };
}
