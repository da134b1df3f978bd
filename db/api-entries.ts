/**
 * Drafts through the write API: a token creates an entry or saves a new draft of one, through the same
 * lifecycle functions as the workspace (db/entries.ts, which authorise the token themselves), and learns
 * what still stands between the draft and publication. Entries made here have origin "api": publication needs
 * the standard level (lib/completeness.ts), and a publisher approves them like any other (four eyes).
 */
import "server-only";
import { eq } from "drizzle-orm";
import { can, type TokenActor } from "@/lib/permissions";
import { DomainError } from "@/lib/errors";
import { todoFlags, type TodoFlag } from "@/lib/completeness";
import { assess } from "@/lib/schemas/check";
import type { EntryKind } from "@/lib/vocab";
import { getDb } from "./client";
import { createEntry, saveDraft } from "./entries";
import { entries, type EntryRow } from "./schema";

export interface ApiDraft {
  publicId: string;
  kind: EntryKind;
  /** "draft" while never published; "published" when a published version stays live beside the draft. */
  registerStatus: "draft" | "published";
  draftVersion: number;
  /** What stands between the draft and publication: message keys by field path of the content. */
  missing: Record<string, string[]>;
  /** The to-do flags of the draft (incomplete, values, contest). */
  todo: TodoFlag[];
  /** The content as saved (for mapping error paths back to the body). */
  content: Record<string, unknown>;
}

function answer(row: EntryRow): ApiDraft {
  const content = (row.draft ?? row.data ?? {}) as Record<string, unknown>;
  const { problems, todo } = assess(row.kind, row.origin, content);
  return {
    publicId: row.publicId,
    kind: row.kind,
    registerStatus: row.revision > 0 ? "published" : "draft",
    draftVersion: row.draftVersion,
    missing: problems,
    todo: todoFlags(todo),
    content,
  };
}

/** A new entry of the token's organisation, saved as a draft (origin "api"). */
export function createApiDraft(p: { actor: TokenActor; kind: EntryKind; content: unknown }): ApiDraft {
  const row = createEntry({ actor: p.actor, kind: p.kind, organisationId: p.actor.organisationId, input: p.content, origin: "api" });
  return answer(row);
}

/**
 * Saves a new draft of an entry of the token's organisation (a published entry gets a new draft; it stays
 * live until a publisher approves). `ifMatch`: the draft versions the client expects (HTTP If-Match); when the
 * current one is not among them, a `conflict` error carries it. Without `ifMatch` the save goes on the current
 * version. An unknown id (or one of the other kind) is `not_found`; an entry of another organisation is
 * `forbidden` (the issue asks to say so rather than hide it).
 */
export function saveApiDraft(p: { actor: TokenActor; kind: EntryKind; publicId: string; content: unknown; ifMatch?: number[] }): ApiDraft {
  const current = getDb()
    .select({ kind: entries.kind, organisationId: entries.organisationId, draftVersion: entries.draftVersion })
    .from(entries)
    .where(eq(entries.publicId, p.publicId))
    .get();
  if (!current || current.kind !== p.kind) throw new DomainError("not_found");
  if (!can(p.actor, "read-drafts", current.organisationId)) throw new DomainError("forbidden");
  if (p.ifMatch && !p.ifMatch.includes(current.draftVersion))
    throw new DomainError("conflict", "conflict", { version: current.draftVersion });
  // No await between the read above and the save: in this process nobody else writes in between, and
  // saveDraft checks the version again inside its own transaction.
  const row = saveDraft({ actor: p.actor, publicId: p.publicId, input: p.content, baseVersion: current.draftVersion });
  return answer(row);
}
