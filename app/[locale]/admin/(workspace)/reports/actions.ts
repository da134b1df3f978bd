"use server";
/**
 * Server actions on citizens' reports of sensors not in the register (README, "Questions and reports"). Each is
 * a public POST endpoint: secureAction authenticates, db/sensor-reports.ts authorises (only officials of the
 * report's organisation; making a draft also needs the right to edit) and validates.
 */
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { intField, secureAction, textField } from "@/lib/actions";
import { closeReport, convertReport, reportForOfficial } from "@/db/sensor-reports";

export const convertReportAction = secureAction(async (actor, fd) => {
  const id = intField(fd, "id");
  const report = reportForOfficial(actor, id);
  const t = await getTranslations("admin.reports");
  const place = report.place?.replace(/\s+/g, " ").trim();
  const name = place ? t("draftName", { place: place.length > 60 ? `${place.slice(0, 59)}…` : place }) : t("draftNameNoPlace", { id });
  const publicId = convertReport({ actor, id, name });
  revalidatePath("/", "layout");
  // On to the draft's form, to fill in the rest.
  redirect(`/${await getLocale()}/admin/entries/${publicId}/edit`);
});

export const closeReportAction = secureAction(async (actor, fd) => {
  const id = intField(fd, "id");
  const reason = textField(fd, "reason", 20);
  closeReport({ actor, id, reason });
  revalidatePath("/", "layout");
  redirect(`/${await getLocale()}/admin/reports/${id}?done=${reason}`);
});
