"use server";
/**
 * Server actions of the entry workflow. Each is a public POST endpoint: secureAction authenticates, and
 * the domain functions in db/entries.ts authorise (organisation role, four-eyes) and validate.
 */
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { intField, jsonField, secureAction, textField } from "@/lib/actions";
import { approve, archive, createEntry, discardDraft, reject, saveDraft, submitForReview } from "@/db/entries";
import { entryKinds } from "@/lib/vocab";
import { DomainError, isDomainError } from "@/lib/errors";
import { contentFromForm, editableContent } from "@/lib/schemas/form-content";

const publicIdOf = (fd: FormData) => textField(fd, "publicId", 20);
const back = async (publicId: string, flash: string) => {
  revalidatePath("/", "layout");
  redirect(`/${await getLocale()}/admin/entries/${publicId}?done=${flash}`);
};

/**
 * Creates a new entry or saves the draft of an existing one (with the version the form started from).
 * Saving a draft is never refused for what is missing. "Save and submit" saves first; when the draft is not
 * yet complete enough to be reviewed, the official lands on the form again with every missing field marked.
 */
export const saveEntryAction = secureAction(async (actor, fd) => {
  const kind = textField(fd, "kind", 20);
  if (!entryKinds.has(kind)) throw new DomainError("validation", "validation", { fields: { kind: ["unknownValue"] } });
  const input = contentFromForm(kind, jsonField(fd));
  const publicId = publicIdOf(fd);
  const submit = fd.get("then") === "submit";
  let saved;
  if (publicId) {
    try {
      saved = saveDraft({ actor, publicId, input, baseVersion: intField(fd, "baseVersion") });
    } catch (e) {
      // The conflict view shows the other official's draft in the form's own terms.
      if (isDomainError(e) && e.code === "conflict" && e.details?.current)
        throw new DomainError("conflict", "conflict", { ...e.details, current: editableContent(kind, e.details.current as Record<string, unknown>) });
      throw e;
    }
  } else saved = createEntry({ actor, kind, organisationId: intField(fd, "organisationId"), input });
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
