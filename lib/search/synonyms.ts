/**
 * The synonym lists of the search, one per language, kept as data: lib/search/synonyms/nl.json and en.json.
 * Each entry says which words residents use (`say`: a word or a few words, e.g. "bekeuring", "dog tax") and
 * which words the decisions in the register use for the same letter (`find`: "naheffingsaanslag",
 * "hondenbelasting"). A search for a `say` term also finds entries with any `find` term; `find` terms match
 * as the start of a word (Dutch compounds: "parkeerbon" finds "parkeerbonnen"). The direction is one way:
 * "boete" does not find everything a "bekeuring" finds.
 *
 * Both lists apply on every page (a resident may type English on a Dutch page, or Dutch on an English
 * one); the page's language only decides whether the typed words themselves match as a prefix
 * (db/search/query.ts). Pure, no "server-only": the unit tests check the lists themselves.
 */
import { z } from "zod";
import { queryTokens } from "@/lib/search-query";
import nl from "./synonyms/nl.json";
import en from "./synonyms/en.json";

/** The longest `say` phrase, in words. */
export const MAX_PHRASE_WORDS = 4;

const term = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .refine((s) => {
    const words = queryTokens(s);
    return words.length >= 1 && words.length <= MAX_PHRASE_WORDS;
  }, "a term is one to four words of letters and digits");

export const synonymFileSchema = z.object({
  language: z.enum(["nl", "en"]),
  about: z.string().min(1),
  entries: z
    .array(
      z.object({
        say: z.array(term).min(1).max(20),
        find: z.array(term).min(1).max(10),
        /** Where the terms come from (a letter, a law, what residents say). */
        note: z.string().optional(),
      }).strict(),
    )
    .min(1),
}).strict();
export type SynonymFile = z.infer<typeof synonymFileSchema>;

/** A term as the search sees it: folded words joined by one space ("Dog  Tax" → "dog tax"). */
export const termKey = (s: string) => queryTokens(s).join(" ");

/**
 * The lists as one lookup: folded `say` term → folded `find` terms (a Map: the key is whatever was typed,
 * so "constructor" is just a word). A term said in two entries finds the `find` terms of both. Throws on a
 * file that does not follow the schema, so a broken list fails the tests and the build, not a search.
 */
export function buildSynonyms(files: readonly unknown[]): Map<string, readonly string[]> {
  const out = new Map<string, string[]>();
  for (const file of files) {
    const parsed = synonymFileSchema.parse(file);
    for (const entry of parsed.entries) {
      const finds = entry.find.map(termKey);
      for (const say of entry.say.map(termKey)) {
        const list = out.get(say) ?? [];
        for (const f of finds) if (f !== say && !list.includes(f)) list.push(f);
        out.set(say, list);
      }
    }
  }
  return out;
}

/** The register's synonym lists (Dutch and English). */
export const SYNONYMS: ReadonlyMap<string, readonly string[]> = buildSynonyms([nl, en]);

/** The `find` terms of a folded term ("dog tax"), or none. */
export function synonymsOf(key: string): readonly string[] {
  return SYNONYMS.get(key) ?? [];
}
