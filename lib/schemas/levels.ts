/**
 * Completeness levels, and field builders that give one entity schema at each level.
 *
 * - `draft`: what an official (or an import) may save. Only the name is required; texts, addresses and dates
 *   are not checked for format or length beyond a generous cap, so nothing typed is refused. Structure
 *   (types, known vocabulary values, CODIO value slugs, well-formed coordinates) is still checked: a draft
 *   never holds something the form cannot show.
 * - `standard`: the rules of the national Algoritmeregister publication standard 1.0 (required fields,
 *   lengths counted without markup, permitted values). A record that meets them can be published.
 * - `full`: everything the register adds (the CODIO assessment, the structured contest route, …), required
 *   for entries created in the form when they are impactful or high-risk, and for sensors.
 *
 * Each entity schema (lib/schemas/algorithm.ts, sensor.ts) is written once as a function of the level; a
 * field says from which level it is required (`need`). The schemas differ only in strictness: content that
 * passes `full` passes `standard` and `draft` too. The types follow the level: at `standard`, a field
 * needed only at `full` is optional in the inferred type.
 */
import { z } from "zod";
import { LRUCache } from "lru-cache";
import { plainLength, htmlFromEditable, looksLikeHtml, sanitizeRichHtml } from "@/lib/html";
import { CONTROL, CONTROL_OR_BREAK, httpUrl, msg, withoutOddLength } from "./common";

export const LEVELS = ["draft", "standard", "full"] as const;
export type Level = (typeof LEVELS)[number];
const rank: Record<Level, number> = { draft: 0, standard: 1, full: 2 };
/** The levels a field needed at N is required at: `Reach[L]` lists the `need`s that count at level L. */
type Reach = { draft: "draft"; standard: "draft" | "standard"; full: Level };
/** Required or optional, by level and need. */
type Req<T> = z.ZodType<T, T>;
type Opt<T> = z.ZodOptional<z.ZodType<T | undefined, T | undefined>>;
/** Decided by the need alone where it can be (so types resolve inside generic builders), else by the level. */
type At<L extends Level, N, T> = [N] extends ["draft"] ? Req<T> : [N] extends [undefined] ? Opt<T> : [N] extends [Reach[L]] ? Req<T> : Opt<T>;
type Need<N> = { need?: N };


/** How long a draft field may be: generous, so typing is never refused, but bounded against abuse. */
const draftCap = (max: number) => Math.max(max * 4, 2000);

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");
const blankToUndefined = (v: unknown) => (isBlank(v) ? undefined : typeof v === "string" ? v.trim() : withoutOddLength(v));

/**
 * Rich text: text with markup is stored sanitised (only the standard's tags); text without markup is kept as
 * it came, so a record of the national standard goes out again exactly as it came in. For showing it,
 * `toRichHtml` turns plain text into paragraphs and lists. Content is validated several times on its way
 * (save, submit, approve, the to-do list), so results are kept in a small cache bounded by size.
 */
const richCache = new LRUCache<string, { stored: string; html: string; length: number }>({
  maxSize: 8 * 1024 * 1024,
  sizeCalculation: (v, k) => (k.length + v.stored.length + v.html.length) * 2 + 64,
});
function rich(v: string) {
  let hit = richCache.get(v);
  if (!hit) {
    const markup = looksLikeHtml(v);
    const html = markup ? sanitizeRichHtml(v) : htmlFromEditable(v);
    hit = { stored: markup ? html : v.trim(), html, length: plainLength(html) };
    if (v.length < 200_000) richCache.set(v, hit);
  }
  return hit;
}
/** A rich field's value as HTML to show (sanitised; plain text as paragraphs and lists). */
export const toRichHtml = (v: string) => rich(v).html;

/** The field builders for one level. */
export function fields<L extends Level>(level: L) {
  const draft = level === "draft";
  const required = (need?: Level) => need !== undefined && rank[level] >= rank[need];
  /** Required from `need` on, else optional; blank input ("", whitespace, null) counts as absent. */
  const at = <T, N extends Level | undefined>(schema: z.ZodType<T>, need: N): At<L, N, T> =>
    (required(need)
      ? z.preprocess(blankToUndefined, schema)
      : z.preprocess(blankToUndefined, schema.optional()).optional()) as unknown as At<L, N, T>;
  const oneLine = (s: z.ZodString) => s.refine((v) => !CONTROL_OR_BREAK.test(v), { message: "controlCharacters" });
  const line = (max: number) =>
    z.string().min(1).max(max).refine((v) => !CONTROL_OR_BREAK.test(v), { message: "controlCharacters" });
  const multiline = (max: number) =>
    z.string().min(1).max(max).refine((v) => !CONTROL.test(v), { message: "controlCharacters" });
  /** At draft level a format is not checked: any one-line text within the cap. */
  const formatted = (max: number, strict: z.ZodType<string>) => (draft ? line(draftCap(max)) : strict);
  const cap = (max: number) => (draft ? draftCap(max) : max);

  return {
    level,
    required,
    /** A one-line text of at most `max` characters. */
    text: <N extends Level | undefined = undefined>(max: number, o: Need<N> = {}) => at(line(cap(max)), o.need as N),
    /** A longer plain text (line breaks allowed). */
    longText: <N extends Level | undefined = undefined>(max: number, o: Need<N> = {}) => at(multiline(cap(max)), o.need as N),
    /**
     * Text that may carry the standard's HTML (p, div, br, ul, ol, li), stored sanitised; `max` counts the
     * text without markup, as the standard does. Markup without text ("<p><br></p>") counts as blank.
     */
    rich: <N extends Level | undefined = undefined>(max: number, o: Need<N> = {}) => {
      const rawMax = draft ? draftCap(max) * 4 : max * 20 + 10_000;
      const sanitised = z
        .string()
        .max(rawMax, { message: msg("tooLong", max) })
        .refine((v) => !CONTROL.test(v), { message: "controlCharacters" })
        .transform((v) => rich(v).stored);
      // The sanitising transform has no JSON Schema of its own: it says what it gives (lib/openapi.ts publishes it).
      z.globalRegistry.add(sanitised.out, {
        type: "string",
        contentMediaType: "text/html",
        description: `Text that may hold the HTML of the national standard (p, div, br, ul, ol, li; nothing else, no attributes)${draft ? "" : `; at most ${max} characters counted without markup`}.`,
      });
      const schema = sanitised.refine((stored) => draft || rich(stored).length <= max, { message: msg("tooLong", max) });
      const blank = (v: unknown) => isBlank(v) || (typeof v === "string" && v.length <= rawMax && rich(v).length === 0);
      return at(
        z.preprocess((v) => (blank(v) ? undefined : v), schema) as unknown as z.ZodType<string>,
        o.need as N,
      );
    },
    /** An http(s) address. */
    url: <N extends Level | undefined = undefined>(o: Need<N> & { max?: number } = {}) =>
      at(formatted(o.max ?? 500, oneLine(httpUrl.max(o.max ?? 500, { message: msg("tooLong", o.max ?? 500) }))), o.need as N),
    /** An e-mail address. */
    email: <N extends Level | undefined = undefined>(o: Need<N> = {}) => at(formatted(254, oneLine(z.string().max(254).email())), o.need as N),
    /** Contact as the standard has it: an e-mail address or an http(s) address. */
    contact: <N extends Level | undefined = undefined>(o: Need<N> & { max?: number } = {}) =>
      at(
        formatted(
          o.max ?? 500,
          line(o.max ?? 500).refine((v) => z.email().safeParse(v).success || httpUrl.safeParse(v).success, { message: "contact" }),
        ),
        o.need as N,
      ),
    /** A link target in a link group: an http(s) address or, as the standard allows, a text. */
    linkTarget: <N extends Level | undefined = undefined>(o: Need<N> & { max?: number } = {}) => at(line(cap(o.max ?? 500)), o.need as N),
    /** Year and month ("2024-03"), or only a year ("2024"). */
    month: <N extends Level | undefined = undefined>(o: Need<N> = {}) =>
      at(formatted(7, z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, { message: "month" })), o.need as N),
    /** A calendar date ("2024-03-31"). */
    date: <N extends Level | undefined = undefined>(o: Need<N> = {}) => at(formatted(10, z.iso.date()), o.need as N),
    /** One value of a vocabulary; unknown values are refused at every level. */
    oneOf: <const T extends readonly [string, ...string[]], N extends Level | undefined = undefined>(slugs: T, o: Need<N> = {}) =>
      at(z.enum(slugs as unknown as [T[number], ...T[number][]]) as unknown as z.ZodType<T[number]>, o.need as N),
    bool: <N extends Level | undefined = undefined>(o: Need<N> = {}) => at(z.boolean(), o.need as N),
    /** A list, never absent (an absent list is empty); `min` applies from the level it is required at. */
    list: <T extends z.ZodType>(item: T, max: number, o: { need?: Level; min?: number } = {}) => {
      const min = required(o.need) ? (o.min ?? 1) : 0;
      // (The preprocessing keeps the array's type: it only removes an odd `length` from a non-array object.)
      const array = z.preprocess(withoutOddLength, z.array(item).max(max)) as unknown as z.ZodArray<T>;
      const list = array.default([] as z.output<T>[]);
      // A default skips the array's own checks, so the minimum is checked on the list as given or defaulted.
      return min ? list.refine((a) => a.length >= min, { message: msg("tooFew", min) }) : list;
    },
  };
}
export type Fields<L extends Level> = ReturnType<typeof fields<L>>;

/** A rule across fields: when `broken` holds, the message goes to `path`. */
export interface Rule<V> {
  broken: (value: V) => boolean;
  path: string;
  message: string;
  /**
   * The fields this rule makes required in some combinations, each with the message key (`rules.*` in
   * messages/{nl,en}.json) that says when: `{ contactEmail: "ifNoContactUrl" }`. The form shows that beside
   * the field instead of "(optional)" (lib/schemas/rules.ts), so the labels come from the rule itself.
   */
  requires?: Record<string, string>;
}

/**
 * Adds cross-field rules to an object schema. Each runs even when single fields already failed, so every
 * problem is listed at once; the value may then be malformed, so rules read it defensively.
 */
export function withRules<S extends z.ZodType, V>(schema: S, rules: readonly Rule<V>[]): S {
  let out = schema;
  for (const r of rules)
    out = out.refine((v) => !(v && typeof v === "object" && r.broken(v as V)), {
      path: r.path.split("."),
      message: r.message,
      when: () => true,
    });
  return out;
}

/**
 * Memoises a schema builder per level (schemas are immutable, so they can be shared). Entity modules wrap
 * it so each level keeps its own inferred type:
 * `export const fooSchemaAt = <L extends Level>(l: L) => cached(l) as ReturnType<typeof buildFoo<L>>;`
 */
export function perLevel<R>(build: (f: Fields<Level>) => R) {
  const cache = new Map<Level, R>();
  return (level: Level): R => {
    if (!cache.has(level)) cache.set(level, build(fields(level)));
    return cache.get(level)!;
  };
}

/**
 * The English texts of a kind (`en`, lib/content-language.ts): each optional at every level, `name` one line,
 * the others plain text, as long as their Dutch fields.
 */
export function englishTexts<L extends Level>(f: Fields<L>, limits: Readonly<Record<string, number>>) {
  return z
    .object(Object.fromEntries(Object.entries(limits).map(([k, max]) => [k, k === "name" ? f.text(max) : f.longText(max)])))
    .optional();
}
