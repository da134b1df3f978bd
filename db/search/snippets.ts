/**
 * The search engine, part 4 of 7: highlights and snippets. Made in JavaScript from the stored text of the
 * page's entries, with the same folding and prefix rules as the index, and safe HTML: everything escaped,
 * only our own <mark>.
 */
import "server-only";
import { fold } from "@/lib/search-query";
import { getDb } from "../client";
import { queryUnits, termTest, type QueryLanguage, type TextMatch } from "./query";

const MARK_OPEN = "\uE000";
const MARK_CLOSE = "\uE001";
export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** HTML from a text with private markers (U+E000 … U+E001): everything escaped, except our own <mark>. */
export function snippetHtml(raw: string): string {
  return escapeHtml(raw)
    .replace(new RegExp(`${MARK_OPEN}([^${MARK_OPEN}${MARK_CLOSE}]*)${MARK_CLOSE}`, "g"), "<mark>$1</mark>")
    .replace(new RegExp(`[${MARK_OPEN}${MARK_CLOSE}]`, "g"), "");
}

/** Columns of search_index, in table order. */
export const COLUMNS = { name: 0, summary: 1, body: 2, decisions: 3, organisation: 4, vals: 5 } as const;
export type Column = keyof typeof COLUMNS;
const DEFAULT_SNIPPET_ORDER: readonly Column[] = ["decisions", "summary", "body", "name", "vals", "organisation"];

/** Words as the FTS5 tokenizer (unicode61) sees them: letters, digits and private-use characters. */
const WORD = /[\p{L}\p{N}\p{Co}]+/gu;

interface Token {
  start: number;
  end: number;
  hit: number;
}
/**
 * The words of a text with their places, and which searched word (index + 1) each one hits (0: none).
 * `seen` remembers the answer per word as written: a page's texts repeat their words, and folding one
 * (Unicode normalisation) costs more than looking it up.
 */
function tokenize(text: string, tests: ((w: string) => boolean)[], seen: Map<string, number>): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    let hit = seen.get(word);
    if (hit === undefined) {
      const folded = fold(word);
      hit = tests.findIndex((test) => test(folded)) + 1;
      if (seen.size < 50_000) seen.set(word, hit);
    }
    out.push({ start: m.index!, end: m.index! + word.length, hit });
  }
  return out;
}

/** Safe HTML of text[from, to) with the hit tokens in <mark>. */
function markRange(text: string, tokens: Token[], from: number, to: number): string {
  let html = "";
  let at = from;
  for (const t of tokens) {
    if (!t.hit || t.start < from || t.end > to) continue;
    html += `${escapeHtml(text.slice(at, t.start))}<mark>${escapeHtml(text.slice(t.start, t.end))}</mark>`;
    at = t.end;
  }
  return html + escapeHtml(text.slice(at, to));
}

/**
 * A highlighter for a set of searched words: a word of a text is a hit when a searched word (or phrase, with
 * its synonyms) matches it the way the search did: as a prefix, or whole on English pages (`lang`).
 */
export function highlighter(words: readonly string[], lang: QueryLanguage = "nl") {
  const tests = queryUnits(words, lang).map((u) => termTest(u.terms));
  const seen = new Map<string, number>();
  return {
    /** The whole text with every hit in <mark>. */
    all(text: string): string {
      return markRange(text, tokenize(text, tests, seen), 0, text.length);
    },
    /**
     * A passage of about `size` words around the place where most of the searched words occur close
     * together, with the hits in <mark> and "…" where text was left out; "" when no word occurs.
     */
    passage(text: string, size = 14): string {
      return window(text, size).html;
    },
    /**
     * The passage, out of several texts (fields in reading order), with the most different searched words
     * close together; the earlier text wins a tie. "" when no text has a searched word.
     */
    bestPassage(texts: readonly string[], size = 14): string {
      let best = { html: "", distinct: 0, count: 0 };
      for (const text of texts) {
        const w = window(text, size);
        if (w.distinct > best.distinct) best = w;
        if (best.distinct === tests.length) break;
      }
      return best.html;
    },
  };

  function window(text: string, size: number): { html: string; distinct: number; count: number } {
    const tokens = tokenize(text, tests, seen);
    const hits = tokens.map((t, i) => (t.hit ? i : -1)).filter((i) => i >= 0);
    if (!hits.length) return { html: "", distinct: 0, count: 0 };
    let best = { start: 0, distinct: -1, count: -1 };
    for (const h of hits) {
      const start = Math.max(0, Math.min(h - 2, tokens.length - size));
      const seen = new Set<number>();
      let count = 0;
      for (let i = start; i < Math.min(tokens.length, start + size); i++)
        if (tokens[i]!.hit) {
          seen.add(tokens[i]!.hit);
          count++;
        }
      if (seen.size > best.distinct || (seen.size === best.distinct && count > best.count)) best = { start, distinct: seen.size, count };
    }
    const last = Math.min(tokens.length, best.start + size) - 1;
    const from = best.start === 0 ? 0 : tokens[best.start]!.start;
    const to = last === tokens.length - 1 ? text.length : tokens[last]!.end;
    const html = `${best.start > 0 ? "…" : ""}${markRange(text, tokens, from, to).trim()}${to < text.length ? "…" : ""}`;
    return { html, distinct: best.distinct, count: best.count };
  }
}

/** The stored text of some entries' index rows (looked up by rowid, no text matching). */
export function indexedText(ids: readonly number[]): Map<number, Record<Column, string>> {
  if (!ids.length) return new Map();
  const rows = getDb().$client
    .prepare(
      "SELECT rowid AS id, name, summary, body, decisions, organisation, vals FROM search_index WHERE rowid IN (SELECT value FROM json_each(?))",
    )
    .all(JSON.stringify(ids)) as (Record<Column, string> & { id: number })[];
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Highlighted snippets (safe HTML with <mark>) for some entries: per entry the passage of the first
 * column, in the given order, where a searched word occurs; "" when none of those columns has one.
 */
export function snippets(
  m: Pick<TextMatch, "words" | "lang">,
  ids: readonly number[],
  { columns = DEFAULT_SNIPPET_ORDER, tokens = 14 }: { columns?: readonly Column[]; tokens?: number } = {},
): Map<number, string> {
  const hl = highlighter(m.words, m.lang);
  const text = indexedText(ids);
  return new Map(
    ids.map((id) => {
      const row = text.get(id);
      for (const c of columns) {
        const p = row ? hl.passage(row[c] ?? "", tokens) : "";
        if (p) return [id, p];
      }
      return [id, ""];
    }),
  );
}

/** One whole column with the searched words in <mark> (safe HTML), e.g. to show a description highlighted. */
export function highlightColumn(m: Pick<TextMatch, "words" | "lang">, ids: readonly number[], column: Column): Map<number, string> {
  const hl = highlighter(m.words, m.lang);
  const text = indexedText(ids);
  return new Map(ids.map((id) => [id, hl.all(text.get(id)?.[column] ?? "")]));
}
