/**
 * Entries that belong together (the `related` field of sensors and algorithms, lib/schemas/related.ts): the
 * check of the ids an entry names, the `entry_links` projection, and what a detail page shows — in both
 * directions, so the entry that is named links back without anyone editing it.
 */
import "server-only";
import { and, asc, eq, inArray, ne, or } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import { msg } from "@/lib/schemas/common";
import { getDb, type Tx } from "./client";
import { isPublic, summaryColumns, toSummary, type EntrySummary } from "./public";
import { entries, entryLinks, organisations } from "./schema";

const idsOf = (data: Record<string, unknown> | null | undefined): string[] =>
  Array.isArray(data?.related) ? data.related.filter((v): v is string => typeof v === "string") : [];

/** Only published entries show as related on public pages: archived ones (no longer in use) and drafts do not. */
const isShown = eq(entries.status, "published");

/**
 * Refuses (a validation error on `related`, every problem at once) the entry's own id and ids that name
 * neither an entry of the entry's own organisation (in any state: a draft shows once it is published) nor a
 * published or archived entry of another organisation. Another organisation's drafts get the same answer as
 * ids that do not exist, so they do not leak. Runs when an entry is submitted for review and again when it is
 * published; a draft may name anything while it is being written.
 */
export function checkRelated(tx: Tx, entry: { publicId: string; organisationId: number }, data: Record<string, unknown>) {
  const ids = idsOf(data);
  if (!ids.length) return;
  const found = new Set(
    tx
      .select({ publicId: entries.publicId })
      .from(entries)
      .where(and(inArray(entries.publicId, ids), or(isPublic, eq(entries.organisationId, entry.organisationId))))
      .all()
      .map((r) => r.publicId),
  );
  const problems = ids.flatMap((id) => (id === entry.publicId ? ["relatedSelf"] : found.has(id) ? [] : [msg("relatedUnknown", id)]));
  if (problems.length) throw new DomainError("validation", "validation", { fields: { related: problems } });
}

/** The published `related` ids as the projection `entry_links` (called whenever published content is projected). */
export function projectLinks(tx: Tx, entryId: number, data: Record<string, unknown>) {
  tx.delete(entryLinks).where(eq(entryLinks.entryId, entryId)).run();
  const ids = [...new Set(idsOf(data))];
  if (ids.length) tx.insert(entryLinks).values(ids.map((target) => ({ entryId, target }))).run();
}

/**
 * The published entries related to one: those it names (in its order), then those that name it (by name),
 * each once. Drafts and archived entries are left out.
 */
export function relatedEntries(entry: { publicId: string; data: Record<string, unknown> }): EntrySummary[] {
  const db = getDb();
  const named = idsOf(entry.data);
  const outgoing = named.length
    ? db
        .select(summaryColumns)
        .from(entries)
        .innerJoin(organisations, eq(organisations.id, entries.organisationId))
        .where(and(inArray(entries.publicId, named), isShown))
        .all()
        .map(toSummary)
        .sort((a, b) => named.indexOf(a.publicId) - named.indexOf(b.publicId))
    : [];
  const incoming = db
    .select(summaryColumns)
    .from(entryLinks)
    .innerJoin(entries, eq(entries.id, entryLinks.entryId))
    .innerJoin(organisations, eq(organisations.id, entries.organisationId))
    .where(and(eq(entryLinks.target, entry.publicId), isShown))
    .orderBy(asc(entries.name))
    .all()
    .map(toSummary);
  const seen = new Set<string>([entry.publicId]);
  return [...outgoing, ...incoming].filter((e) => !seen.has(e.publicId) && (seen.add(e.publicId), true));
}

/** At most this many of the organisation's own entries are listed beside the form's field. */
export const LINKABLE_MAX = 300;

/**
 * The entries of the given organisations, in any state (the ones an official can always link), by kind and
 * name, for the list of numbers beside the entry form's field. `except`: the entry being edited.
 */
export function linkableEntries(organisationIds: number[], except?: string) {
  if (!organisationIds.length) return [];
  return getDb()
    .select({ publicId: entries.publicId, name: entries.name, kind: entries.kind })
    .from(entries)
    .where(and(inArray(entries.organisationId, organisationIds), except ? ne(entries.publicId, except) : undefined))
    .orderBy(asc(entries.kind), asc(entries.name))
    .limit(LINKABLE_MAX)
    .all();
}
