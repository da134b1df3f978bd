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
 *   "stopzetting") and a handful of words residents use for the same letter ("bekeuring" → "boete");
 * - "all" mode first (every word must match; stop words such as "de" or "mijn" only when they match
 *   too); when that finds nothing within the caller's filters, "any" mode (some words match), so
 *   "parkeerboete fietsenrek" or "bijstand gestopt brief" still find something (db/search/match.ts).
 *   Callers see which mode was used.
 */
import "server-only";
import { queryTokens } from "@/lib/search-query";

export type MatchMode = "all" | "any";

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
  /** Each meaningful word as an FTS5 group of its variants (`all` is these joined by AND, `any` by OR). */
  groups: string[];
  /** Each word, stop words included, as a group (`strict` is these joined by AND). */
  wordGroups: string[];
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

/**
 * Words residents use for the same kind of letter, mapped to words registers use. Deliberately small: it
 * fills the gaps prefix matching and the ending rules cannot bridge. A Map, since the key is whatever was
 * typed: in an object literal "constructor" or "tostring" would find inherited members.
 */
const RESIDENT_WORDS = new Map<string, readonly string[]>(Object.entries({
  bekeuring: ["boete", "bon"],
  prent: ["boete", "bon"],
  parkeerbekeuring: ["parkeerboete", "parkeerbon"],
  parkeerprent: ["parkeerboete", "parkeerbon"],
  gestopt: ["stopzetting", "beeindiging"],
  stopgezet: ["stopzetting"],
  beeindigd: ["beeindiging", "stopzetting"],
  afgewezen: ["afwijzing", "weigering"],
  geweigerd: ["weigering", "afwijzing"],
  ingetrokken: ["intrekking"],
  teruggevorderd: ["terugvordering"],
  terugbetalen: ["terugvordering"],
  gekort: ["korting", "verlaging"],
  verlaagd: ["verlaging", "korting"],
  uitkering: ["bijstand"],
  bijstandsuitkering: ["bijstand"],
  taxatie: ["woz", "taxatieverslag"],
  huizenwaarde: ["woz"],
  woningwaarde: ["woz"],
  // English words for Dutch letters (the register's texts are mostly Dutch).
  fine: ["boete", "parkeerboete", "naheffingsaanslag"],
  ticket: ["bon", "parkeerbon", "boete"],
  parking: ["parkeer"],
  benefit: ["uitkering", "bijstand"],
  benefits: ["uitkering", "bijstand"],
  welfare: ["bijstand"],
  stopped: ["stopzetting"],
  valuation: ["woz", "taxatie"],
  property: ["woz", "onroerend"],
  permit: ["vergunning"],
  tax: ["belasting", "aanslag"],
  refused: ["afwijzing", "weigering"],
  rejected: ["afwijzing", "weigering"],
}));

/** Separable-verb particles: "stop|ge|zet", "terug|ge|vorderd", "in|ge|trokken". */
const PARTICLES = ["stop", "terug", "door", "over", "voor", "mee", "weg", "uit", "aan", "bij", "toe", "op", "af", "in", "na", "om"];

/** A word and its simple variants, each to be matched as a prefix. Exported for tests. */
export function wordVariants(word: string): string[] {
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
  for (const w of RESIDENT_WORDS.get(word) ?? []) add(w);
  return [...out];
}

/** One word as an FTS5 group: every variant quoted, as a prefix (single letters only exactly). */
const group = (word: string) => {
  const parts = wordVariants(word).map((v) => `"${v}"${v.length > 1 ? "*" : ""}`);
  return parts.length === 1 ? parts[0]! : `(${parts.join(" OR ")})`;
};

/**
 * Compiles user text into FTS5 expressions. `ignore` lists extra words to leave out (e.g. "bezwaar" in
 * the contest finder, where every letter is about an objection).
 */
export function compileQuery(text: string, { ignore = [] as readonly string[] } = {}): CompiledQuery {
  const words = [...new Set(queryTokens(text ?? ""))].filter((w) => !ignore.includes(w));
  const meaningful = words.filter((w) => !STOP_WORDS.has(w));
  const tokens = meaningful.length ? meaningful : words;
  if (!tokens.length) return { tokens: [], words: [], strict: null, all: null, any: null, groups: [], wordGroups: [] };
  const groups = tokens.map(group);
  const wordGroups = words.map(group);
  return {
    tokens,
    words,
    strict: words.length > tokens.length ? wordGroups.join(" AND ") : null,
    all: groups.join(" AND "),
    any: groups.length > 1 ? groups.join(" OR ") : null,
    groups,
    wordGroups,
  };
}

/**
 * Whether a phrase (e.g. one registered decision, "stopzetting uitkering") is hit by the searched words:
 * some word of the phrase starts with a variant of some searched word, after the same folding as the index.
 */
export function phraseMatches(phrase: string, tokens: readonly string[]): boolean {
  const words = queryTokens(phrase);
  const variants = tokens.flatMap(wordVariants);
  return words.some((w) => variants.some((v) => w.startsWith(v)));
}
