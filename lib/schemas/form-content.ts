/**
 * Between stored content and the officials' form. Rich fields (HTML of the national standard) are edited
 * as text: paragraphs separated by a blank line, list items starting with "- " or "1. " (lib/html.ts).
 */
import { editableText, htmlFromEditable } from "@/lib/html";
import type { EntryKind } from "@/lib/vocab";
import { ALGORITHM_RICH_FIELDS } from "./algorithm";

type Content = Record<string, unknown>;

export const richFields = (kind: EntryKind): readonly string[] => (kind === "algorithm" ? ALGORITHM_RICH_FIELDS : []);

function mapRich(kind: EntryKind, content: Content, f: (s: string) => string): Content {
  const out = { ...content };
  for (const key of richFields(kind)) if (typeof out[key] === "string") out[key] = f(out[key] as string);
  return out;
}

/** Stored content as the form shows it. */
export const editableContent = (kind: EntryKind, content: Content) => mapRich(kind, content, editableText);

/** What the form posted, with rich fields turned into HTML (typed angle brackets stay text). */
export function contentFromForm(kind: EntryKind, input: unknown): unknown {
  if (!input || typeof input !== "object" || Array.isArray(input)) return input;
  return mapRich(kind, input as Content, htmlFromEditable);
}
