/**
 * The language of an entry's content. Officials write in Dutch; for the texts a reader meets first they may
 * add English (`en` in the content: lib/schemas/sensor.ts, algorithm.ts). On an English page a field shows
 * its English text when there is one, and otherwise the Dutch text marked `lang="nl"`, so screen readers
 * pronounce it as Dutch; the page says which of it is in Dutch only. The one mechanism for both kinds.
 */
import type { EntryKind } from "@/lib/vocab";

/**
 * The fields that may have an English text, per kind, with the longest text each may be (as its Dutch field).
 * The schemas' `en` objects and the form are built from this; `name` is one line, the others plain text.
 */
export const TRANSLATABLE = {
  sensor: { name: 120, measures: 2000, purpose: 2000, collectiveInterest: 2000, locationDescription: 500 },
  algorithm: { name: 100, shortDescription: 400, goal: 2500 },
} as const satisfies Record<EntryKind, Record<string, number>>;

export const translatableFields = (kind: EntryKind): string[] => Object.keys(TRANSLATABLE[kind]);

/** The language content is written in. */
export const CONTENT_LANGUAGE = "nl";

/** An entry's content: any object; its English texts, if any, are in `en`. */
type Content = object;
const englishOf = (data: Content) => ((data as { en?: Partial<Record<string, unknown>> | null }).en ?? {}) as Partial<Record<string, unknown>>;

/** The `lang` attribute for text written in Dutch on a page in `locale` (none when the page is Dutch). */
export const dutchLang = (locale: string) => (locale === CONTENT_LANGUAGE ? undefined : CONTENT_LANGUAGE);

/**
 * A field's text for a page in `locale`, with the `lang` attribute it needs: the English text on an English
 * page when there is one; else the Dutch text, marked as Dutch on a page that is not.
 */
export function localized(data: Content, field: string, locale: string): { text: string | undefined; lang: string | undefined } {
  const dutch = (data as Record<string, unknown>)[field];
  const text = typeof dutch === "string" ? dutch : undefined;
  if (locale === CONTENT_LANGUAGE) return { text, lang: undefined };
  const english = englishOf(data)[field];
  if (typeof english === "string" && english.trim()) return { text: english, lang: undefined };
  return { text, lang: text === undefined ? undefined : CONTENT_LANGUAGE };
}

/**
 * What an English page says about the entry's language: `all` when nothing has an English text, `partly` when
 * some fields have one (the rest of the entry, such as the contest route, stays Dutch); null on a Dutch page.
 */
export function dutchOnly(kind: EntryKind, data: Content, locale: string): "all" | "partly" | null {
  if (locale === CONTENT_LANGUAGE) return null;
  const en = englishOf(data);
  return translatableFields(kind).some((f) => typeof en[f] === "string" && (en[f] as string).trim()) ? "partly" : "all";
}
