/**
 * Turns whatever a user typed into a safe SQLite FTS5 query: user text is always text, never query
 * syntax. Quotes, AND/OR/NOT/NEAR, *, -, brackets, emoji, SQL and HTML become plain tokens; each token is
 * quoted, and the last one matches as a prefix while typing.
 */
const MAX_TOKENS = 12;

/** Lowercase, accents removed ("reünie" → "reunie"): the same folding the FTS5 tokenizer applies. */
export const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();

/** The words of a query: letters and digits only, at most MAX_TOKENS of them. */
export function queryTokens(text: string): string[] {
  return (fold(text.slice(0, 2000)).match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TOKENS);
}

/** An FTS5 MATCH expression, or null when nothing searchable remains (then: no text filter). */
export function ftsQuery(text: string, { prefix = true } = {}): string | null {
  const tokens = queryTokens(text);
  if (!tokens.length) return null;
  return tokens.map((t, i) => `"${t}"${prefix && i === tokens.length - 1 ? " *" : ""}`).join(" ");
}
