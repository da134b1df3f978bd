/**
 * The words of what a user typed, as the search sees them: folded (lowercase, no accents) and cut to letters
 * and digits, so quotes, operators, SQL, HTML and emoji are never query syntax. The search engine
 * (db/search/query.ts) turns these words into its own query language; nothing outside db/ knows that language.
 */
const MAX_TOKENS = 12;

/** Lowercase, accents removed ("reünie" → "reunie"): the same folding the full-text tokenizer applies. */
export const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();

/** The words of a query: letters and digits only, at most MAX_TOKENS of them. */
export function queryTokens(text: string): string[] {
  return (fold(text.slice(0, 2000)).match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TOKENS);
}
