"use server";
/**
 * Server actions of the entry workflow. Each is a public POST endpoint: secureAction authenticates, and
 * the domain functions in db/entries.ts authorise (organisation role, four-eyes) and validate.
 */
import { redirect, unstable_rethrow } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { intField, secureAction, textField, toActionState } from "@/lib/actions";
import type { ActionState } from "@/lib/action-state";
import { entryForOfficial } from "@/db/workspace";
import { approve, archive, createEntry, discardDraft, reject, saveDraft, submitForReview } from "@/db/entries";
import { entryKinds } from "@/lib/vocab";
import { DomainError, isDomainError } from "@/lib/errors";
import { formValuesOf, readEntryForm } from "@/lib/schemas/form-content";
import { applyIntent, formErrorPaths, type FormValues } from "@/lib/schemas/form-data";

const publicIdOf = (fd: FormData) => textField(fd, "publicId", 20);
const back = async (publicId: string, flash: string) => {
  revalidatePath("/", "layout");
  redirect(`/${await getLocale()}/admin/entries/${publicId}?done=${flash}`);
};

/**
 * Creates a new entry or saves the draft of an existing one (with the version the form started from). The form
 * posts its fields themselves (lib/schemas/form-data.ts), so it works the same without JavaScript; whatever
 * goes wrong, the answer carries the form as it was sent, so nothing typed is lost.
 *
 * - A form button (`intent`): add or remove a group, convert RD coordinates, or — after an edit conflict —
 *   keep one's own input or take the other version. Nothing is saved; the form comes back changed.
 * - Saving a draft is never refused for what is missing. "Save and submit" saves first; when the draft is not
 *   yet complete enough to be reviewed, the official lands on the form again with every missing field marked.
 */
export const saveEntryAction = secureAction(async (actor, fd): Promise<ActionState | void> => {
  const kind = textField(fd, "kind", 20);
  if (!entryKinds.has(kind)) throw new DomainError("validation", "validation", { fields: { kind: ["unknownValue"] } });
  const publicId = publicIdOf(fd);
  const baseVersion = publicId ? intField(fd, "baseVersion") : 0;
  const read = readEntryForm(kind, fd);
  const { content, errors } = read;
  // A new entry's organisation is no content, but the form shows the choice again.
  const values = publicId ? read.values : { ...read.values, organisationId: textField(fd, "organisationId", 20) };
  const form = (v = values, version = baseVersion) => ({ values: v, version: Number.isSafeInteger(version) ? version : 0 });

  const intent = textField(fd, "intent", 100);
  if (intent) {
    if (intent === "keepMine") return { status: "idle", form: form(values, intField(fd, "conflictVersion")) };
    if (intent === "takeTheirs" && publicId) {
      const entry = entryForOfficial(actor, publicId); // another organisation's entry is "not found"
      return { status: "idle", form: { values: formValuesOf(kind, entry.draft ?? entry.published ?? {}), version: entry.draftVersion } };
    }
    const changed = applyIntent(kind, values, intent);
    if (!changed) return { status: "idle", form: form() };
    if (Object.keys(changed.errors).length) return { status: "error", message: "validation", fieldErrors: changed.errors, form: form(changed.values) };
    return { status: "idle", form: { ...form(changed.values), focus: focusAfter(intent, changed.values) } };
  }
  if (Object.keys(errors).length) return { status: "error", message: "validation", fieldErrors: errors, form: form() };

  const submit = fd.get("then") === "submit";
  let saved;
  try {
    if (publicId) {
      try {
        saved = saveDraft({ actor, publicId, input: content, baseVersion });
      } catch (e) {
        // The conflict view shows the other official's draft in the form's own terms.
        if (isDomainError(e) && e.code === "conflict" && e.details?.current)
          throw new DomainError("conflict", "conflict", { ...e.details, current: formValuesOf(kind, e.details.current as Record<string, unknown>) });
        throw e;
      }
    } else saved = createEntry({ actor, kind, organisationId: intField(fd, "organisationId"), input: content });
  } catch (e) {
    unstable_rethrow(e);
    const state = toActionState(e);
    return { ...state, fieldErrors: formErrorPaths(content, state.fieldErrors), form: form() };
  }
  if (submit) {
    try {
      submitForReview({ actor, publicId: saved.publicId });
    } catch (e) {
      if (isDomainError(e) && e.key === "incomplete") {
        revalidatePath("/", "layout");
        redirect(`/${await getLocale()}/admin/entries/${saved.publicId}/edit?check=1`);
      }
      throw e;
    }
  }
  await back(saved.publicId, submit ? "submitted" : publicId ? "saved" : "created");
});

/** After a form button, the field to go on with: the first field of a group just added, or the location. */
function focusAfter(intent: string, values: FormValues): string | undefined {
  if (intent === "rd") return values.geometryType === "Point" || !values.geometryType ? "latitude" : "coordinates";
  const m = /^add:(.+)$/.exec(intent);
  if (!m) return undefined;
  const items = getIn(values, m[1]!);
  if (!Array.isArray(items) || !items.length) return undefined;
  const first = Object.keys(items.at(-1) as object)[0];
  return first ? `${m[1]}.${items.length - 1}.${first}` : undefined;
}
const getIn = (o: unknown, path: string) =>
  path.split(".").reduce<unknown>((x, k) => (x && typeof x === "object" && Object.hasOwn(x, k) ? (x as Record<string, unknown>)[k] : undefined), o);

export const submitAction = secureAction(async (actor, fd) => {
  submitForReview({ actor, publicId: publicIdOf(fd) });
  await back(publicIdOf(fd), "submitted");
});

// Approving, sending back, archiving and discarding carry the versions the page was rendered with; the domain
// functions refuse them when the entry changed since (db/entries.ts, expectSeen).
export const approveAction = secureAction(async (actor, fd) => {
  approve({ actor, publicId: publicIdOf(fd), changeNote: textField(fd, "changeNote", 1000), draftVersion: intField(fd, "draftVersion") });
  await back(publicIdOf(fd), "published");
});

export const rejectAction = secureAction(async (actor, fd) => {
  reject({ actor, publicId: publicIdOf(fd), reason: textField(fd, "reason", 1000), draftVersion: intField(fd, "draftVersion") });
  await back(publicIdOf(fd), "rejected");
});

export const archiveAction = secureAction(async (actor, fd) => {
  archive({
    actor,
    publicId: publicIdOf(fd),
    endedOn: textField(fd, "endedOn", 10),
    changeNote: textField(fd, "changeNote", 1000),
    revision: intField(fd, "revision"),
    draftVersion: intField(fd, "draftVersion"),
  });
  await back(publicIdOf(fd), "archived");
});

export const discardAction = secureAction(async (actor, fd) => {
  const publicId = publicIdOf(fd);
  const wasNew = discardDraft({ actor, publicId, draftVersion: intField(fd, "draftVersion") });
  revalidatePath("/", "layout");
  redirect(wasNew ? `/${await getLocale()}/admin?done=discarded` : `/${await getLocale()}/admin/entries/${publicId}?done=discarded`);
});
