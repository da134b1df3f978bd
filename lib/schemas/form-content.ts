/**
 * Between stored content and the officials' form (server side). Rich fields (HTML of the national standard)
 * are edited as text: paragraphs separated by a blank line, list items starting with "- " or "1. "
 * (lib/html.ts). The form's own fields and names are in lib/schemas/form-data.ts.
 */
import { editableText, htmlFromEditable } from "@/lib/html";
import type { EntryKind } from "@/lib/vocab";
import { ALGORITHM_RICH_FIELDS } from "./algorithm";
import { hasControl } from "./common";
import { contentFromFormValues, formValuesFromContent, formValuesFromFormData, type FieldErrors, type FormValues } from "./form-data";

type Content = Record<string, unknown>;

export const richFields = (kind: EntryKind): readonly string[] => (kind === "algorithm" ? ALGORITHM_RICH_FIELDS : []);

function mapRich(kind: EntryKind, content: Content, f: (s: string) => string): Content {
  const out = { ...content };
  for (const key of richFields(kind)) if (typeof out[key] === "string") out[key] = f(out[key] as string);
  return out;
}

/** Stored content as the form shows it. */
export const editableContent = (kind: EntryKind, content: Content) => mapRich(kind, content, editableText);

/** Stored content as the form's values (what its controls show). */
export const formValuesOf = (kind: EntryKind, content: Content): FormValues => formValuesFromContent(kind, editableContent(kind, content));

/**
 * What the form posted, with rich fields turned into HTML (typed angle brackets stay text). A rich field
 * holding control characters is left as typed, so the schema refuses it with its message rather than the
 * characters silently disappearing.
 */
export function contentFromForm(kind: EntryKind, input: unknown): unknown {
  if (!input || typeof input !== "object" || Array.isArray(input)) return input;
  return mapRich(kind, input as Content, (s) => (hasControl(s) ? s : htmlFromEditable(s)));
}

/** A posted entry form: what was typed (to show again), the content it stands for, and the form's own problems. */
export function readEntryForm(kind: EntryKind, fd: FormData): { values: FormValues; content: Content; errors: FieldErrors } {
  const values = formValuesFromFormData(kind, fd);
  const { content, errors } = contentFromFormValues(kind, values);
  return { values, content: contentFromForm(kind, content) as Content, errors };
}
