"use server";
/**
 * What citizens send (README, "Questions and reports"): plain HTML forms on public pages post here, with and
 * without JavaScript. Anonymous: no session is asked for; the data layer limits how much one client address
 * may send (db/questions.ts `sayGate`) and ignores what fills the honeypot. Each action answers with a redirect
 * carrying its answer once (lib/form-flash.ts): to the page that says "sent", or back to the form with its
 * errors and what was typed.
 */
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { textField } from "@/lib/actions";
import { requestAddress } from "@/lib/request-address";
import { FLASH_PARAM, putFlash, type Flash } from "@/lib/form-flash";
import { HONEYPOT_FIELD } from "@/lib/schemas/say";
import { askQuestion, type SayResult } from "@/db/questions";
import { submitSensorReport } from "@/db/sensor-reports";
import { entryPath } from "@/lib/urls";

/** Texts are kept up to this length for the form to show again (the schemas refuse what is over their limit). */
const KEEP = 10_000;

async function flashOf(scope: string, result: Exclude<SayResult, { status: "not_found" }>, values: Record<string, string>): Promise<string> {
  const flash: Flash =
    result.status === "sent"
      ? { scope, status: "sent" }
      : result.status === "throttled"
        ? { scope, status: "throttled", minutes: Math.max(1, Math.ceil(result.retryAfterSeconds / 60)), values }
        : { scope, status: "invalid", errors: result.errors, values };
  return putFlash(flash);
}

/** A question or error report on a sensor's or algorithm's page. */
export async function askQuestionAction(formData: FormData): Promise<void> {
  const locale = (await getLocale()) === "en" ? "en" : "nl";
  const kind = formData.get("kind") === "algorithm" ? "algorithm" : "sensor";
  const publicId = textField(formData, "entry", 20);
  const values = {
    topic: textField(formData, "topic", 20),
    body: textField(formData, "body", KEEP),
    replyEmail: textField(formData, "replyEmail", 500),
  };
  const result = askQuestion({
    kind,
    publicId,
    input: { ...values, [HONEYPOT_FIELD]: formData.get(HONEYPOT_FIELD) },
    address: requestAddress(await headers()),
    locale,
  });
  if (result.status === "not_found") notFound();
  const token = await flashOf(`question:${publicId}`, result, values);
  // Sent: back to the entry's page, which says so; else the form again, with its errors and what was typed.
  const page = `/${locale}${entryPath(kind, publicId)}`;
  redirect(result.status === "sent" ? `${page}?${FLASH_PARAM}=${token}#say` : `${page}/ask?${FLASH_PARAM}=${token}`);
}

/** A report of a sensor that is not in the register, from the map's report page. */
export async function reportSensorAction(formData: FormData): Promise<void> {
  const locale = (await getLocale()) === "en" ? "en" : "nl";
  const values = {
    organisationId: textField(formData, "organisationId", 20),
    lat: textField(formData, "lat", 40),
    lon: textField(formData, "lon", 40),
    place: textField(formData, "place", KEEP),
    description: textField(formData, "description", KEEP),
    replyEmail: textField(formData, "replyEmail", 500),
  };
  const result = submitSensorReport({
    input: { ...values, [HONEYPOT_FIELD]: formData.get(HONEYPOT_FIELD) },
    address: requestAddress(await headers()),
    locale,
  });
  if (result.status === "not_found") notFound();
  const token = await flashOf("report", result, values);
  redirect(`/${locale}/map/report?${FLASH_PARAM}=${token}`);
}
