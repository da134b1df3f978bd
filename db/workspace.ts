/**
 * Officials' workspace queries: entries of the organisations the official belongs to, with their drafts.
 * Every function checks the actor's rights itself; another organisation's entry is "not found".
 */
import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { can, type Actor } from "@/lib/permissions";
import { DomainError } from "@/lib/errors";
import { getDb } from "./client";
import { fourEyesAllows } from "./entries";
import { assess } from "@/lib/schemas/check";
import { entries, organisations } from "./schema";

export interface WorkspaceEntry {
  publicId: string;
  kind: "sensor" | "algorithm";
  name: string;
  status: "draft" | "in_review" | "published" | "archived";
  draftState: "draft" | "in_review" | null;
  draftUpdatedBy: string | null;
  updatedAt: Date;
  organisation: { id: number; name: string };
}

const memberOrgIds = (actor: Actor) => (actor.kind === "user" ? [...actor.roles.keys()] : []);

export function workspaceEntries(actor: Actor, filter: { kind?: "sensor" | "algorithm"; pending?: boolean } = {}): WorkspaceEntry[] {
  const orgIds = memberOrgIds(actor);
  if (!orgIds.length) return [];
  const rows = getDb()
    .select({ e: entries, orgName: organisations.name })
    .from(entries)
    .innerJoin(organisations, eq(organisations.id, entries.organisationId))
    .where(and(inArray(entries.organisationId, orgIds), filter.kind ? eq(entries.kind, filter.kind) : undefined))
    .orderBy(desc(entries.updatedAt))
    .all();
  return rows
    .filter((r) => !filter.pending || r.e.draftState)
    .map(({ e, orgName }) => ({
      publicId: e.publicId,
      kind: e.kind,
      name: e.draft && typeof e.draft.name === "string" ? e.draft.name : e.name,
      status: e.status,
      draftState: e.draftState,
      draftUpdatedBy: e.draftUpdatedBy,
      updatedAt: e.updatedAt,
      organisation: { id: e.organisationId, name: orgName },
    }));
}

/** Drafts in review that this actor may approve (publisher of the organisation, four-eyes respected). */
export function awaitingReview(actor: Actor): WorkspaceEntry[] {
  return workspaceEntries(actor, { pending: true }).filter(
    (e) => e.draftState === "in_review" && can(actor, "publish", e.organisation.id),
  );
}

/** One entry as an official sees it: published content, draft, and what this official may do. */
export function entryForOfficial(actor: Actor, publicId: string) {
  const r = getDb()
    .select({ e: entries, org: organisations })
    .from(entries)
    .innerJoin(organisations, eq(organisations.id, entries.organisationId))
    .where(eq(entries.publicId, publicId))
    .get();
  if (!r || !can(actor, "read-drafts", r.e.organisationId)) throw new DomainError("not_found");
  const { e, org } = r;
  const completeness = assess(e.kind, e.origin, (e.draft ?? e.data ?? {}) as Record<string, unknown>);
  const canPublish = can(actor, "publish", org.id);
  return {
    publicId: e.publicId,
    kind: e.kind,
    name: e.draft && typeof e.draft.name === "string" ? e.draft.name : e.name,
    status: e.status,
    revision: e.revision,
    published: e.data,
    draft: e.draft,
    draftState: e.draftState,
    draftVersion: e.draftVersion,
    draftUpdatedBy: e.draftUpdatedBy,
    draftUpdatedAt: e.draftUpdatedAt,
    publishedAt: e.publishedAt,
    endedOn: e.endedOn,
    origin: e.origin,
    /** What the working copy (the draft, else the published content) still needs. */
    completeness,
    organisation: { id: org.id, name: org.name, allowSelfApproval: org.allowSelfApproval },
    may: {
      edit: can(actor, "edit", org.id) && e.status !== "archived",
      submit: can(actor, "edit", org.id) && e.draftState === "draft" && Object.keys(completeness.problems).length === 0,
      approve: canPublish && e.draftState === "in_review" && fourEyesAllows(actor, e, org.allowSelfApproval),
      reject: canPublish && e.draftState === "in_review",
      archive: canPublish && e.status === "published",
      discard: can(actor, "edit", org.id) && !!e.draft,
    },
    /** True when this publisher is blocked only by the four-eyes rule. */
    fourEyesBlocked: canPublish && e.draftState === "in_review" && !fourEyesAllows(actor, e, org.allowSelfApproval),
  };
}
export type OfficialEntry = ReturnType<typeof entryForOfficial>;

/** Organisations where the actor may create entries. */
export function editableOrganisations(actor: Actor) {
  const ids = memberOrgIds(actor);
  if (!ids.length) return [];
  return getDb()
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, ids))
    .orderBy(organisations.name)
    .all();
}
