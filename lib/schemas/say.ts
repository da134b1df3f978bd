/**
 * A say (README, "Questions and reports"): what citizens send — a question or error report on an entry, a
 * report of a sensor that is not in the register — and what officials answer. Plain text only: every text is
 * shown as text (never as markup or links), control characters are refused, and every field has a length limit.
 */
import { z } from "zod";
import { hasControl, msg, multilineText, oneOf, optionalEmail, optionalMultilineText } from "./common";

/** A text of several lines with a minimum length: left empty it is "required", too short "tooShort:n". */
const textOfAtLeast = (max: number, min: number) =>
  z
    .string()
    .trim()
    .refine((v) => v.length > 0, { message: "required", abort: true })
    .refine((v) => v.length >= min, { message: msg("tooShort", min), abort: true })
    .refine((v) => v.length <= max, { message: msg("tooLong", max), abort: true })
    .refine((v) => !hasControl(v), { message: "controlCharacters", abort: true });

export const QUESTION_TOPICS = ["question", "error"] as const;
export type QuestionTopic = (typeof QUESTION_TOPICS)[number];

/** Length limits, shown in the forms' hints too. */
export const SAY_LIMITS = { body: 2000, bodyMin: 10, answer: 4000, place: 300, description: 2000 } as const;

/**
 * The honeypot: a field people never see (hidden with CSS, out of the tab order and the accessibility tree);
 * a program that fills every field fills it, and then nothing is stored while the answer looks the same.
 */
export const HONEYPOT_FIELD = "website";

/** A question or error report on a public entry. */
export const questionInputSchema = z.object({
  topic: oneOf([...QUESTION_TOPICS]),
  body: textOfAtLeast(SAY_LIMITS.body, SAY_LIMITS.bodyMin),
  replyEmail: optionalEmail,
});
export type QuestionInput = z.infer<typeof questionInputSchema>;

/** An official's answer; `publish` shows the question with the answer on the entry's page. */
export const answerInputSchema = z.object({
  answer: multilineText(SAY_LIMITS.answer),
  publish: z.boolean(),
});
export type AnswerInput = z.infer<typeof answerInputSchema>;

/** How an official ends a question without an answer: closed (counted as asked), or spam (not counted). */
export const CLOSE_REASONS = ["closed", "spam"] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/** Latitude and longitude as typed: a dot or a comma as decimal separator. */
const coordinate = (min: number, max: number, key: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim().replace(",", "."))) : v),
    z.number({ error: (i) => (i.input === undefined ? "required" : key) }).min(min, { message: key }).max(max, { message: key }),
  );

/** A report of a sensor that is not in the register. */
export const sensorReportInputSchema = z.object({
  organisationId: z.coerce.number({ error: () => "required" }).int({ message: "required" }).positive({ message: "required" }),
  lat: coordinate(-90, 90, "latitude"),
  lon: coordinate(-180, 180, "longitude"),
  place: optionalMultilineText(SAY_LIMITS.place),
  description: textOfAtLeast(SAY_LIMITS.description, SAY_LIMITS.bodyMin),
  replyEmail: optionalEmail,
});
export type SensorReportInput = z.infer<typeof sensorReportInputSchema>;
