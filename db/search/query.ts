/**
 * The search engine, part 1 of 7: compiling what a visitor typed into FTS5 expressions. The engine is
 * db/search/ (query, match, ranking, snippets, facets, register, maintenance), over the FTS5 table
 * `search_index` (rowid = entries.id; columns name, summary, body, decisions, organisation, vals; tokenizer
 * unicode61 with remove_diacritics 2, so case and accents never matter) and the in-memory catalogue of public
 * entries (db/catalogue.ts); README, "The search engine".
 *
 * What a user typed is always text, never query syntax: it is cut into words by `queryTokens` (the same
 * folding as the index: letters and digits only, lowercase, accents removed) and every word is quoted.
 * On top of that, for Dutch decision words:
 * - every word matches as a prefix ("parkeer" finds "parkeerbon"; "woz" finds "WOZ-beschikking");
 * - a word also matches in a few simple variants: plural and inflection endings removed ("boetes",
 *   "bonnen", "uitkeringen"), past participles ("gestopt" → "stop", "stopgezet" → "stopzet…" →
 *   "stopzetting");
 * - words and phrases residents use also find the words of the decisions, from the synonym lists kept as
 *   data (lib/search/synonyms.ts: "bekeuring" → "naheffingsaanslag", "dog tax" → "hondenbelasting");
 * - the page's language decides how typed words match (`lang`, from the locale of the page, never guessed
 *   from the text): on Dutch pages as a prefix (compounds), on English pages whole, with English plurals
 *   ("tax" never finds "taxi", "fines" finds "fine"); the synonyms' register words always match as a prefix;
 * - "all" mode first (every word must match; stop words such as "de" or "mijn" only when they match
 *   too); when that finds nothing within the caller's filters, "any" mode (some words match), so
 *   "parkeerboete fietsenrek" or "bijstand gestopt brief" still find something (db/search/match.ts).
 *   Callers see which mode was used.
 */
import "server-only";
import { queryTokens } from "@/lib/search-query";
import { MAX_PHRASE_WORDS, synonymsOf } from "@/lib/search/synonyms";

export type MatchMode = "all" | "any";
/** The language of the page a search comes from: how typed words match (see above). */
export type QueryLanguage = "nl" | "en";

/** A compiled text query: the words, and the FTS5 expression per mode (null when nothing is searchable). */
export interface CompiledQuery {
  /** The folded words that take part (stop words left out when other words remain). */
  tokens: string[];
  /** Every word, stop words included. */
  words: string[];
  /** Every word, stop words included; null when that is the same as `all`. */
  strict: string | null;
  /** Every meaningful word. */
  all: string | null;
  /** Any meaningful word; null for a single word. */
  any: string | null;
  /** Each meaningful unit as an FTS5 group of its terms (`all` is these joined by AND, `any` by OR). */
  groups: string[];
  /** Each unit, stop words included, as a group (`strict` is these joined by AND). */
  wordGroups: string[];
  lang: QueryLanguage;
}

/** A resolved text match: the FTS5 expression actually used, the mode it was built in, and its words. */
export interface TextMatch {
  expr: string;
  mode: MatchMode;
  /** The meaningful words searched for. */
  tokens: string[];
  /** The words to highlight (with the stop words when they took part). */
  words: string[];
  /** The word groups of `expr` and how they are joined: `expr` is `groups.join(` ${op} `)`. */
  groups: string[];
  op: "AND" | "OR";
  /** How the typed words matched (default "nl": as a prefix). */
  lang?: QueryLanguage;
}

/** Common Dutch and English words that say nothing about the subject of a letter. */
const STOP_WORDS = new Set(
  (
    "de het een en of van in op te ter voor met aan bij over uit om tot door naar als is zijn was wordt werd mijn " +
    "ik u uw je jij jou wij we ze zij hij die dat dit deze er niet wel ook nog maar dan geen wat hoe waarom wie " +
    "tegen mij me ons onze hun haar heb heeft hebben kreeg krijg krijgen al nu zo " +
    "the a an and or of to for in on at by with my me i is are was be been it its this that from about not no " +
    "against have has had"
  ).split(" "),
);

/** Separable-verb particles: "stop|ge|zet", "terug|ge|vorderd", "in|ge|trokken". */
const PARTICLES = ["stop", "terug", "door", "over", "voor", "mee", "weg", "uit", "aan", "bij", "toe", "op", "af", "in", "na", "om"];

/** A word and its simple Dutch variants (endings, participles), each to be matched as a prefix. */
function dutchVariants(word: string): string[] {
  const out = new Set<string>([word]);
  const add = (v: string) => {
    if (v.length >= 3) out.add(v);
  };
  // Endings: plurals and inflections ("boetes", "bonnen", "uitkeringen", "stoppen", "fines").
  if (word.length >= 5) {
    for (const suffix of ["en", "es", "s", "e"]) {
      if (!word.endsWith(suffix)) continue;
      let stem = word.slice(0, -suffix.length);
      const doubled = /([bdfgklmnprstz])\1$/.test(stem);
      if (doubled) stem = stem.slice(0, -1); // bonn → bon, stopp → stop
      add(stem);
      // An open syllable had a long vowel: "parkeren" → "parkeer", "betalen" → "betaal".
      if (!doubled && suffix === "en" && /[^aeiou][aeou][^aeiouyw]$/.test(stem)) add(stem.slice(0, -1) + stem.slice(-2));
      break;
    }
  }
  // Past participles: "gestopt" → "stop", "geweigerd" → "weiger", "stopgezet" → "stopzet".
  if (word.length >= 6 && /[td]$/.test(word)) {
    if (word.startsWith("ge")) add(word.slice(2, -1));
    for (const p of PARTICLES) {
      if (word.startsWith(`${p}ge`) && word.length > p.length + 4) {
        add(p + word.slice(p.length + 2)); // stopzet (prefix of "stopzetting")
        add(p + word.slice(p.length + 2, -1)); // terugvorder (prefix of "terugvordering")
      }
    }
  }
  return [...out];
}

/** A word and its English singular: "fines" → "fine", "taxes" → "tax", "penalties" → "penalty". */
function englishVariants(word: string): string[] {
  const out = [word];
  if (word.length > 4 && word.endsWith("ies")) out.push(`${word.slice(0, -3)}y`);
  else if (word.length > 4 && /(s|x|z|ch|sh)es$/.test(word)) out.push(word.slice(0, -2));
  else if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) out.push(word.slice(0, -1));
  return out;
}

/** One search term: a word or a phrase of folded words, matched whole or as a prefix (of its last word). */
export interface Term {
  text: string;
  prefix: boolean;
}
/** One unit of a query: the typed word, or a phrase from the synonym lists ("dog tax"), with what it matches. */
export interface QueryUnit {
  words: string[];
  terms: Term[];
}

/** The forms of a typed word in a language: Dutch variants (prefixes), or these and English plurals (whole). */
const formsOf = (word: string, lang: QueryLanguage) =>
  lang === "nl" ? dutchVariants(word) : [...new Set([...englishVariants(word), ...dutchVariants(word)])];

/** What a typed word matches: its forms (as a prefix on Dutch pages, whole on English ones) and its synonyms. */
function wordTerms(word: string, lang: QueryLanguage): Term[] {
  const forms = formsOf(word, lang);
  const terms: Term[] = forms.map((f) => ({ text: f, prefix: lang === "nl" && f.length > 1 }));
  for (const f of forms) for (const s of synonymsOf(f)) terms.push({ text: s, prefix: true });
  return dedupe(terms);
}

function dedupe(terms: Term[]): Term[] {
  const seen = new Map<string, Term>();
  for (const t of terms) {
    const had = seen.get(t.text);
    if (!had || (t.prefix && !had.prefix)) seen.set(t.text, t);
  }
  return [...seen.values()];
}

/**
 * The typed words as units: a run of words that is a phrase of the synonym lists ("social assistance",
 * "dog tax", the longest first; the last word may be plural) is one unit, every other word a unit of its own.
 */
export function queryUnits(words: readonly string[], lang: QueryLanguage = "nl"): QueryUnit[] {
  const units: QueryUnit[] = [];
  for (let i = 0; i < words.length; ) {
    let unit: QueryUnit | null = null;
    for (let n = Math.min(MAX_PHRASE_WORDS, words.length - i); n >= 2 && !unit; n--) {
      const run = words.slice(i, i + n);
      const head = run.slice(0, -1).join(" ");
      for (const last of formsOf(run[n - 1]!, lang)) {
        const finds = synonymsOf(`${head} ${last}`);
        if (!finds.length) continue;
        const typed: Term = { text: run.join(" "), prefix: lang === "nl" };
        unit = { words: run, terms: dedupe([typed, ...finds.map((f) => ({ text: f, prefix: true }))]) };
        break;
      }
    }
    unit ??= { words: [words[i]!], terms: wordTerms(words[i]!, lang) };
    units.push(unit);
    i += unit.words.length;
  }
  return units;
}

/** A word's variants and synonyms as a Dutch page searches them (each matched as a prefix). Exported for tests. */
export function wordVariants(word: string): string[] {
  return wordTerms(word, "nl").map((t) => t.text);
}

/** One unit as an FTS5 group: every term quoted (a phrase when it has several words), prefixes starred. */
const group = (unit: QueryUnit) => {
  const parts = unit.terms.map((t) => `"${t.text}"${t.prefix && t.text.length > 1 ? "*" : ""}`);
  return parts.length === 1 ? parts[0]! : `(${parts.join(" OR ")})`;
};

/**
 * Compiles user text into FTS5 expressions. `ignore` lists extra words to leave out (e.g. "bezwaar" in
 * the contest finder, where every letter is about an objection); `lang` is the page's language.
 */
export function compileQuery(
  text: string,
  { ignore = [] as readonly string[], lang = "nl" as QueryLanguage } = {},
): CompiledQuery {
  const words = [...new Set(queryTokens(text ?? ""))].filter((w) => !ignore.includes(w));
  const every = queryUnits(words, lang);
  const meaningful = every.filter((u) => u.words.length > 1 || !STOP_WORDS.has(u.words[0]!));
  const units = meaningful.length ? meaningful : every;
  const tokens = units.flatMap((u) => u.words);
  if (!tokens.length) return { tokens: [], words: [], strict: null, all: null, any: null, groups: [], wordGroups: [], lang };
  const groups = units.map(group);
  const wordGroups = every.map(group);
  return {
    tokens,
    words,
    strict: every.length > units.length ? wordGroups.join(" AND ") : null,
    all: groups.join(" AND "),
    any: groups.length > 1 ? groups.join(" OR ") : null,
    groups,
    wordGroups,
    lang,
  };
}

/**
 * Tells whether a folded word is hit by a unit's terms: it starts with a prefix term, or equals a whole one;
 * a phrase term counts with each of its words (for highlights and matched decisions).
 */
export function termTest(terms: readonly Term[]): (folded: string) => boolean {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const t of terms)
    for (const w of t.text.split(" ")) {
      if (t.prefix && w.length > 1) prefixes.push(w);
      else exact.add(w);
    }
  return (w) => exact.has(w) || prefixes.some((p) => w.startsWith(p));
}

/**
 * Whether a phrase (e.g. one registered decision, "stopzetting uitkering") is hit by the searched words:
 * some word of the phrase is hit by a term of some searched word, after the same folding as the index.
 */
export function phraseMatches(phrase: string, tokens: readonly string[], lang: QueryLanguage = "nl"): boolean {
  const words = queryTokens(phrase);
  const tests = queryUnits(tokens, lang).map((u) => termTest(u.terms));
  return words.some((w) => tests.some((test) => test(w)));
}
