/**
 * Building blocks shared by every entity schema. Validation messages are message keys
 * (`validation.*` in messages/{nl,en}.json), optionally with one parameter: "tooShort:10".
 */
import { z } from "zod";
import { append, dict, plain } from "@/lib/dict";

export const msg = (key: string, param?: string | number) => (param === undefined ? key : `${key}:${param}`);

/** Maps zod's built-in issues to our message keys; pass as `{ error: issueMessage }` to safeParse. */
export function issueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === null || issue.input === "" ? "required" : "invalidType";
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "required" : msg("tooShort", Number(issue.minimum));
      if (issue.origin === "array" || issue.origin === "set") return msg("tooFew", Number(issue.minimum));
      return msg("tooSmall", Number(issue.minimum));
    case "too_big":
      if (issue.origin === "string") return msg("tooLong", Number(issue.maximum));
      if (issue.origin === "array" || issue.origin === "set") return msg("tooMany", Number(issue.maximum));
      return msg("tooBig", Number(issue.maximum));
    case "invalid_format":
      if (issue.format === "url") return "url";
      if (issue.format === "email") return "email";
      if (issue.format === "date") return "date";
      return "invalidFormat";
    case "invalid_value":
      return issue.input === undefined || issue.input === "" ? "required" : "unknownValue";
    case "unrecognized_keys":
      return "unknownField";
    default:
      return "invalid";
  }
}

/*
 * Control characters. No text anybody types into this register holds them: they are invisible, break CSV and
 * XML exports and terminal logs, and a NUL byte ends a string in other systems. Tab, line feed and carriage
 * return belong in longer texts; one-line inputs (names, addresses, links, filters, notes of one line) take
 * no line breaks or tabs either. C1 controls (U+0080–U+009F) are control characters too.
 */
/** Control characters other than tab and line breaks. */
export const CONTROL = /(?![\t\n\r])\p{Cc}/u;
/** Every control character, line breaks and tab included: what a one-line input refuses. */
export const CONTROL_OR_BREAK = /\p{Cc}/u;
export const hasControl = (v: string) => CONTROL.test(v);
export const hasControlOrBreak = (v: string) => CONTROL_OR_BREAK.test(v);
/** The check stops there: "control characters" is the one thing to say about such a text. */
const refuseControl = { message: "controlCharacters", abort: true } as const;

/** A one-line string (its other checks still to add): refuses control characters and line breaks. */
export const line = () => z.string().refine((v) => !hasControlOrBreak(v), refuseControl);
/** A string of several lines: refuses control characters, keeps tab and line breaks. */
export const lines = () => z.string().refine((v) => !hasControl(v), refuseControl);

/** A trimmed one-line text; empty strings count as missing. */
export const text = (max: number, min = 1) => z.string().trim().min(min).max(max).refine((v) => !hasControlOrBreak(v), refuseControl);
/** A trimmed text of several lines (a reason, a change note); empty strings count as missing. */
export const multilineText = (max: number, min = 1) => z.string().trim().min(min).max(max).refine((v) => !hasControl(v), refuseControl);
/** A password as typed (never trimmed): one line, no control characters. */
export const password = (min: number, max: number) => z.string().min(min).max(max).refine((v) => !hasControlOrBreak(v), refuseControl);
const emptyToUndefined = (v: unknown) =>
  v === null || (typeof v === "string" && v.trim() === "") ? undefined : typeof v === "string" ? v.trim() : withoutOddLength(v);

/**
 * zod runs its length checks on any value with a `length`, even one its type check refused; a hostile object
 * whose `length` is not a number (`{"length": {"toString": null}}`) then throws instead of being refused.
 * Such an object loses that property before it is checked: it is refused for its type, as any object is.
 */
export function withoutOddLength(v: unknown): unknown {
  if (typeof v !== "object" || v === null || Array.isArray(v) || !Object.hasOwn(v, "length")) return v;
  const length = (v as { length: unknown }).length;
  if (typeof length === "number") return v;
  const copy: Record<string, unknown> = { ...(v as Record<string, unknown>) };
  delete copy.length;
  return copy;
}

/** An optional field: blank input ("", whitespace, null) counts as absent. */
export const blankable = <T extends z.ZodType>(schema: T) => z.preprocess(emptyToUndefined, schema.optional()).optional();

/** An optional trimmed text of several lines (a postal address typed in a text area). */
export const optionalMultilineText = (max: number) => blankable(z.string().trim().max(max).refine((v) => !hasControl(v), refuseControl));
/** An optional trimmed one-line text. */
export const optionalText = (max: number) => blankable(z.string().trim().max(max).refine((v) => !hasControlOrBreak(v), refuseControl));

/** An http(s) URL. */
export const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((v) => !hasControlOrBreak(v), refuseControl)
  .url()
  .refine((u) => /^https?:\/\//i.test(u), { message: "url" });
export const optionalUrl = blankable(httpUrl);
export const email = z.string().trim().max(254).refine((v) => !hasControlOrBreak(v), refuseControl).email();
export const optionalEmail = blankable(email);
export const isoDate = z.iso.date();
export const optionalDate = blankable(isoDate);
/** Year and month, "2024-03". */
export const isoMonth = z.string().trim().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "month" });
export const optionalMonth = blankable(isoMonth);

/** An enum from a vocabulary (see lib/vocab.ts). */
export const oneOf = <T extends [string, ...string[]]>(slugs: T) => z.enum(slugs);

/** A list of links with a title, e.g. laws or data sets. */
export const link = z.object({ title: text(200), url: httpUrl });

/** Field errors keyed by dotted path ("contest.routes.0.deadline"), every message of every field. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  // Paths can hold keys of the input (a record's keys), so it is collected without a prototype (lib/dict.ts);
  // the answer is a plain object (own keys only), as it goes to the forms, which are Client Components.
  const out = dict<string[]>();
  for (const issue of error.issues) append(out, issue.path.map(String).join(".") || "_form", issue.message);
  return plain(out);
}
