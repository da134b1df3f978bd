"use server";
/**
 * Server actions of the workspace import. Each is a public POST endpoint: secureAction authenticates, and
 * db/import-jobs.ts authorises (the official must be able to edit in the organisation; a job of another
 * organisation does not exist) and refuses a bad file before anything is stored.
 */
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { secureAction, textField, toActionState } from "@/lib/actions";
import { createImportJob, startFromImportJob, startImportJob } from "@/db/import-jobs";
import { isDomainError } from "@/lib/errors";

/** Uploads a file and starts its dry run; a refused file answers a message and keeps the chosen organisation. */
export const uploadImportAction = secureAction(async (actor, fd) => {
  const organisationId = textField(fd, "organisationId", 20);
  let token: string;
  try {
    ({ token } = await createImportJob({ actor, organisationId, file: fd.get("file"), mode: "dry_run" }));
  } catch (e) {
    if (!isDomainError(e)) throw e;
    const reason = typeof e.details?.reason === "string" ? e.details.reason : "";
    return { ...toActionState(e), result: { organisationId, reason } };
  }
  startImportJob(actor, token);
  redirect(`/${await getLocale()}/admin/import/${token}`);
});

/** Imports the file of a finished dry run (as drafts, or submitting complete records), or starts a failed job again. */
export const startImportAction = secureAction(async (actor, fd) => {
  const { token } = startFromImportJob({ actor, token: textField(fd, "token", 100), submit: fd.get("submit") === "1" });
  startImportJob(actor, token);
  redirect(`/${await getLocale()}/admin/import/${token}`);
});
