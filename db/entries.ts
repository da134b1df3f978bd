/**
 * The shared lifecycle of register entries (sensors and algorithms alike):
 * draft → in review → published → archived, with optimistic locking on drafts, four-eyes approval,
 * immutable revisions and the query projections of the published content.
 * Every function authorises the actor itself; callers cannot skip the check.
 */
import "server-only";
import { randomInt } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { accountableId, can, actorId, type Actor } from "@/lib/permissions";
import { DomainError } from "@/lib/errors";
import { PUBLIC_ID_ALPHABET, publicIdPrefix, type Level } from "@/lib/schemas";
import { multilineText } from "@/lib/schemas/common";
import { additionsTodo, requiredLevel, type Origin } from "@/lib/completeness";
import { assess, checkAt } from "@/lib/schemas/check";
import { algorithmCategories, type EntryKind } from "@/lib/vocab";
import { getDb, type Tx } from "./client";
import { entries, entryThemes, entryValues, organisations, revisions, type EntryRow } from "./schema";
import { projectKind } from "./projection";
import { checkRelated, projectLinks } from "./related";
import { audit } from "./audit";
import { isOfficialEmail } from "./officials";

type Content = Record<string, unknown>;

export function newPublicId(kind: EntryKind): string {
  let id = `${publicIdPrefix[kind]}-`;
  for (let i = 0; i < 6; i++) id += PUBLIC_ID_ALPHABET[randomInt(PUBLIC_ID_ALPHABET.length)];
  return id;
}

/**
 * Validates content against its kind's schema at a completeness level (lib/schemas/levels.ts); throws a
 * validation DomainError with all field errors. `key` is the message shown above them.
 */
export function validateContent(kind: EntryKind, input: unknown, level: Level, key = "validation"): Content {
  const checked = checkAt(kind, input, level);
  if (!checked.ok) throw new DomainError("validation", key, { fields: checked.fields });
  return checked.data;
}

/**
 * The columns kept from the working copy (the draft, else the published content): to-dos and the ids imports
 * match on. `publishable`: the content is known to meet what publication needs (it was just checked).
 */
function workingCopy(kind: EntryKind, origin: Origin, content: Content | null, publishable = false) {
  const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);
  return {
    todo: !content ? 0 : publishable ? additionsTodo(kind, content) : assess(kind, origin, content).todo,
    lars: text(content?.lars),
    sourceId: text(content?.sourceId ?? content?.ownerReference),
  };
}

/** Paths of e-mail fields ("contactEmail", "contest.routes.0.email") with their values. */
function emailFields(value: unknown, path: string[] = []): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => emailFields(v, [...path, String(i)]));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) =>
      typeof v === "string" && /email$/i.test(k) ? [[[...path, k].join("."), v] as [string, string]] : emailFields(v, [...path, k]),
    );
  return [];
}

/** A person's own address is never published: an official's login address is refused as a contact. */
function rejectPersonalContacts(data: Content) {
  const personal = emailFields(data).filter(([, email]) => isOfficialEmail(email));
  if (personal.length)
    throw new DomainError("validation", "validation", {
      fields: Object.fromEntries(personal.map(([path]) => [path, ["personalContact"]])),
    });
}

function load(tx: Tx, publicId: string): EntryRow {
  const row = tx.select().from(entries).where(eq(entries.publicId, publicId)).get();
  if (!row) throw new DomainError("not_found");
  return row;
}

/** Outside their own organisations officials see nothing: "not found", so drafts do not even leak by id. */
function authorise(actor: Actor, permission: Parameters<typeof can>[1], entry: Pick<EntryRow, "organisationId">) {
  if (!can(actor, "read-drafts", entry.organisationId)) throw new DomainError("not_found");
  if (!can(actor, permission, entry.organisationId)) throw new DomainError("forbidden");
}

const now = () => new Date();

/**
 * A person acts on what was on their screen: approving, sending back, archiving and discarding carry the
 * version the page showed (`draftVersion`, and for archiving also the published `revision`). When the entry
 * changed since — someone saved the draft, published, discarded or archived it — the step is refused and
 * nothing changes; the official looks at the new version first. The system (command-line import, the demo
 * data) acts on what it just read in the same run, so it may leave the versions out; a person may not.
 */
function expectSeen(
  actor: Actor,
  entry: Pick<EntryRow, "draftVersion" | "revision">,
  seen: { draftVersion?: number; revision?: number },
  revisionToo = false,
) {
  const person = actor.kind === "user";
  const differs = (given: number | undefined, current: number) => (person || given !== undefined) && given !== current;
  if (differs(seen.draftVersion, entry.draftVersion) || (revisionToo && differs(seen.revision, entry.revision)))
    throw new DomainError("conflict", "changedSinceOpened", { version: entry.draftVersion, revision: entry.revision });
}
/** The editors of a draft after this actor's save (a token counts as the official who created it). */
const editorsWith = (editors: string[] | null, actor: Actor) => {
  const id = accountableId(actor);
  const list = editors ?? [];
  return id && !list.includes(id) ? [...list, id] : list;
};

/**
 * Creates a new entry as a draft of the given organisation. A draft needs only a name; what publication
 * needs is checked when it is submitted for review and when it is approved.
 */
export function createEntry(p: {
  actor: Actor;
  kind: EntryKind;
  organisationId: number;
  input: unknown;
  publicId?: string;
  origin?: Origin;
}) {
  if (!can(p.actor, "edit", p.organisationId)) throw new DomainError("forbidden");
  const origin = p.origin ?? "form";
  const data = validateContent(p.kind, p.input, "draft");
  rejectPersonalContacts(data);
  return getDb().transaction((tx) => {
    const org = tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, p.organisationId)).get();
    if (!org) throw new DomainError("not_found", "organisationNotFound");
    let publicId = p.publicId ?? newPublicId(p.kind);
    while (tx.select({ id: entries.id }).from(entries).where(eq(entries.publicId, publicId)).get())
      publicId = newPublicId(p.kind);
    const row = tx
      .insert(entries)
      .values({
        publicId,
        kind: p.kind,
        organisationId: p.organisationId,
        status: "draft",
        name: String(data.name),
        draft: data,
        draftState: "draft",
        draftVersion: 1,
        draftEditors: editorsWith(null, p.actor),
        draftUpdatedBy: p.actor.name,
        draftUpdatedAt: now(),
        origin,
        ...workingCopy(p.kind, origin, data),
      })
      .returning()
      .get();
    audit(tx, { actor: p.actor, action: "entry.create", organisationId: p.organisationId, entryId: row.id, detail: { publicId } });
    return row;
  });
}

/**
 * Saves the working draft. `baseVersion` is the draft version the official started from; when someone
 * else saved in between, a conflict error carries the current draft so the form can show what changed.
 * Editing a published entry creates a new draft; the published version stays live until approval.
 */
export function saveDraft(p: { actor: Actor; publicId: string; input: unknown; baseVersion: number }) {
  return getDb().transaction((tx) => {
    const entry = load(tx, p.publicId);
    authorise(p.actor, "edit", entry);
    if (entry.status === "archived") throw new DomainError("invalid_state", "archivedReadOnly");
    const data = validateContent(entry.kind, p.input, "draft");
    rejectPersonalContacts(data);
    if (entry.draftVersion !== p.baseVersion)
      throw new DomainError("conflict", "conflict", {
        current: entry.draft ?? entry.data,
        version: entry.draftVersion,
        by: entry.draftUpdatedBy,
        at: entry.draftUpdatedAt?.toISOString(),
      });
    const updated = tx
      .update(entries)
      .set({
        draft: data,
        draftState: "draft",
        draftVersion: entry.draftVersion + 1,
        draftEditors: editorsWith(entry.draft ? entry.draftEditors : null, p.actor),
        draftUpdatedBy: p.actor.name,
        draftUpdatedAt: now(),
        ...(entry.status === "published" ? {} : { status: "draft" as const, name: String(data.name) }),
        ...workingCopy(entry.kind, entry.origin, data),
        updatedAt: now(),
      })
      .where(and(eq(entries.id, entry.id), eq(entries.draftVersion, p.baseVersion)))
      .returning()
      .get();
    if (!updated) throw new DomainError("conflict");
    audit(tx, { actor: p.actor, action: "entry.edit", organisationId: entry.organisationId, entryId: entry.id });
    return updated;
  });
}

/** Whether a draft meets what publication requires; throws the field errors (message "incomplete") when not. */
function checkPublishable(tx: Tx, entry: EntryRow, draft: Content): Content {
  const data = validateContent(entry.kind, draft, requiredLevel(entry.kind, entry.origin, draft), "incomplete");
  checkRelated(tx, entry, data);
  return data;
}

/**
 * Sends the pending draft to a publisher; it must meet what publication requires. Submitting counts as
 * working on the change: the official who submits joins its editors, so under the four-eyes rule they cannot
 * approve it themselves (they decided this version is ready; someone else checks it).
 */
export function submitForReview(p: { actor: Actor; publicId: string }) {
  return getDb().transaction((tx) => {
    const entry = load(tx, p.publicId);
    authorise(p.actor, "edit", entry);
    if (!entry.draft || entry.draftState !== "draft") throw new DomainError("invalid_state", "nothingToSubmit");
    checkPublishable(tx, entry, entry.draft);
    tx.update(entries)
      .set({
        draftState: "in_review",
        draftEditors: editorsWith(entry.draftEditors, p.actor),
        ...(entry.status === "draft" ? { status: "in_review" as const } : {}),
        updatedAt: now(),
      })
      .where(eq(entries.id, entry.id))
      .run();
    audit(tx, { actor: p.actor, action: "entry.submit", organisationId: entry.organisationId, entryId: entry.id });
  });
}

/** A change note or reason: a trimmed text of 3–1000 characters, line breaks allowed, no control characters. */
const noteSchema = multilineText(1000, 3);
/** Checks a required note; `message` says what is missing when it is too short or too long. */
function noteProblem(text: string, message: string): string | undefined {
  const parsed = noteSchema.safeParse(text);
  if (parsed.success) return undefined;
  return parsed.error.issues.some((i) => i.message === "controlCharacters") ? "controlCharacters" : message;
}
/** A required short text (change note, reason), else a field error. */
function requiredNote(text: string, field: string, message: string): string {
  const problem = noteProblem(text, message);
  if (problem) throw new DomainError("validation", "validation", { fields: { [field]: [problem] } });
  return text.trim();
}

/** Writes the next immutable revision of an entry and returns its number. */
function writeRevision(
  tx: Tx,
  entry: EntryRow,
  r: { status: "published" | "archived"; data: Content; changeNote: string; author: { id: string | null; name: string }; approver: Actor; at: Date },
) {
  const number = entry.revision + 1;
  tx.insert(revisions)
    .values({
      entryId: entry.id,
      number,
      status: r.status,
      data: r.data,
      changeNote: r.changeNote,
      authorId: r.author.id,
      authorName: r.author.name,
      approvedById: actorId(r.approver),
      approvedByName: r.approver.name,
      createdAt: r.at,
    })
    .run();
  return number;
}

/** Whether this actor may approve the pending draft under the four-eyes rule. */
export function fourEyesAllows(actor: Actor, entry: Pick<EntryRow, "draftEditors">, allowSelfApproval: boolean) {
  const id = actorId(actor);
  return allowSelfApproval || !id || !(entry.draftEditors ?? []).includes(id);
}

/**
 * Publishes the draft in review: an immutable revision, the live content and its projections. `draftVersion`
 * is the version the publisher reviewed (see expectSeen).
 */
export function approve(p: { actor: Actor; publicId: string; changeNote: string; draftVersion?: number }) {
  const changeNote = requiredNote(p.changeNote, "changeNote", "changeNoteRequired");
  return getDb().transaction((tx) => {
    const entry = load(tx, p.publicId);
    authorise(p.actor, "publish", entry);
    expectSeen(p.actor, entry, p);
    if (!entry.draft || entry.draftState !== "in_review") throw new DomainError("invalid_state", "notInReview");
    const org = tx.select().from(organisations).where(eq(organisations.id, entry.organisationId)).get()!;
    if (!fourEyesAllows(p.actor, entry, org.allowSelfApproval)) throw new DomainError("forbidden", "fourEyes");
    // Re-validate: the schema may have become stricter since the draft was submitted.
    const data = checkPublishable(tx, entry, entry.draft);
    const at = now();
    const number = writeRevision(tx, entry, {
      status: "published",
      data,
      changeNote,
      author: { id: entry.draftEditors?.[0] ?? null, name: entry.draftUpdatedBy ?? p.actor.name },
      approver: p.actor,
      at,
    });
    const published = tx
      .update(entries)
      .set({
        status: "published",
        name: String(data.name),
        data,
        revision: number,
        publishedAt: at,
        draft: null,
        draftState: null,
        draftEditors: null,
        draftVersion: entry.draftVersion + 1,
        ...workingCopy(entry.kind, entry.origin, data, true),
        updatedAt: at,
      })
      .where(eq(entries.id, entry.id))
      .returning()
      .get();
    project(tx, published, data);
    audit(tx, {
      actor: p.actor,
      action: "entry.approve",
      organisationId: entry.organisationId,
      entryId: entry.id,
      detail: { revision: number, changeNote },
    });
    return published;
  });
}

/** Sends a draft in review back to its editors with a reason; `draftVersion` as for approve. */
export function reject(p: { actor: Actor; publicId: string; reason: string; draftVersion?: number }) {
  const reason = requiredNote(p.reason, "reason", "reasonRequired");
  return getDb().transaction((tx) => {
    const entry = load(tx, p.publicId);
    authorise(p.actor, "publish", entry);
    expectSeen(p.actor, entry, p);
    if (entry.draftState !== "in_review") throw new DomainError("invalid_state", "notInReview");
    tx.update(entries)
      .set({
        draftState: "draft",
        ...(entry.status === "in_review" ? { status: "draft" as const } : {}),
        updatedAt: now(),
      })
      .where(eq(entries.id, entry.id))
      .run();
    audit(tx, {
      actor: p.actor,
      action: "entry.reject",
      organisationId: entry.organisationId,
      entryId: entry.id,
      detail: { reason },
    });
  });
}

/**
 * Throws away the pending draft. A never-published entry is deleted altogether (then returns true).
 * `draftVersion` is the version the official confirmed to throw away (see expectSeen).
 */
export function discardDraft(p: { actor: Actor; publicId: string; draftVersion?: number }): boolean {
  return getDb().transaction((tx) => {
    const entry = load(tx, p.publicId);
    authorise(p.actor, "edit", entry);
    expectSeen(p.actor, entry, p);
    if (!entry.draft) throw new DomainError("invalid_state", "nothingToDiscard");
    audit(tx, { actor: p.actor, action: "entry.discard", organisationId: entry.organisationId, entryId: null, detail: { publicId: entry.publicId } });
    if (entry.revision === 0) {
      tx.delete(entries).where(eq(entries.id, entry.id)).run();
      return true;
    }
    tx.update(entries)
      .set({
        draft: null,
        draftState: null,
        draftEditors: null,
        draftVersion: entry.draftVersion + 1,
        ...workingCopy(entry.kind, entry.origin, entry.data, true),
        updatedAt: now(),
      })
      .where(eq(entries.id, entry.id))
      .run();
    return false;
  });
}

/**
 * Archives a published entry: it stays public, marked as no longer in use since `endedOn`. One publisher
 * suffices (no four eyes): archiving changes nothing in the content, writes a revision with its note that
 * the public history shows, and is in the audit log. It also ends a pending draft, so it is bound to both
 * the published `revision` and the `draftVersion` the publisher saw (see expectSeen).
 */
export function archive(p: { actor: Actor; publicId: string; endedOn: string; changeNote: string; revision?: number; draftVersion?: number }) {
  const fields: Record<string, string[]> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(p.endedOn) || Number.isNaN(Date.parse(p.endedOn))) fields.endedOn = ["date"];
  const changeNote = p.changeNote.trim();
  const noteIssue = noteProblem(p.changeNote, "changeNoteRequired");
  if (noteIssue) fields.changeNote = [noteIssue];
  if (Object.keys(fields).length) throw new DomainError("validation", "validation", { fields });
  return getDb().transaction((tx) => {
    const entry = load(tx, p.publicId);
    authorise(p.actor, "publish", entry);
    expectSeen(p.actor, entry, p, true);
    if (entry.status !== "published" || !entry.data) throw new DomainError("invalid_state", "notPublished");
    const at = now();
    const number = writeRevision(tx, entry, {
      status: "archived",
      data: entry.data,
      changeNote,
      author: { id: actorId(p.actor), name: p.actor.name },
      approver: p.actor,
      at,
    });
    tx.update(entries)
      .set({
        status: "archived",
        revision: number,
        archivedAt: at,
        endedOn: p.endedOn,
        draft: null,
        draftState: null,
        draftEditors: null,
        todo: 0,
        updatedAt: at,
      })
      .where(eq(entries.id, entry.id))
      .run();
    audit(tx, {
      actor: p.actor,
      action: "entry.archive",
      organisationId: entry.organisationId,
      entryId: entry.id,
      detail: { endedOn: p.endedOn },
    });
  });
}

/** Rebuilds the query projections of one entry's published content. */
export function project(tx: Tx, entry: EntryRow, data: Content) {
  tx.delete(entryValues).where(eq(entryValues.entryId, entry.id)).run();
  tx.delete(entryThemes).where(eq(entryThemes.entryId, entry.id)).run();
  const links = (data.values ?? []) as { value: string; assessment: "serves" | "at_stake"; explanation: string; actionCategory?: string; action?: string }[];
  if (links.length)
    tx.insert(entryValues)
      .values(
        links.map((l) => ({
          entryId: entry.id,
          value: l.value,
          assessment: l.assessment,
          explanation: l.explanation,
          actionCategory: l.actionCategory ?? null,
          action: l.action ?? null,
        })),
      )
      .run();
  // An algorithm is also found under the register theme of each of the standard's policy areas it names.
  const themes = [
    ...new Set([
      ...((data.themes ?? []) as string[]),
      ...((data.categories ?? []) as string[]).flatMap((c) => {
        const term = algorithmCategories.get(c);
        return term && "theme" in term ? [term.theme] : [];
      }),
    ]),
  ];
  if (themes.length) tx.insert(entryThemes).values(themes.map((theme) => ({ entryId: entry.id, theme }))).run();
  projectLinks(tx, entry.id, data);
  projectKind(tx, entry, data);
}
