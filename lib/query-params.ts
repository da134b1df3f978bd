/**
 * Query parameters, one mechanism for every page and API route of the register: how they are read, what
 * each kind of parameter accepts, the limits, and the one shape of a problem. The register's own parameter
 * sets (the search, the algorithm list, the sensor list, map and API, the feed) are built from these kinds in
 * db/query-params.ts; lib/openapi.ts publishes them from the same zod schemas.
 *
 * - Reading: parameter names are whatever the visitor typed, so they are kept in dictionaries without a
 *   prototype (lib/dict.ts): `?constructor=x`, `?__proto__=x` or `?toString=x` are parameters like any other.
 *   Next.js builds a page's `searchParams` in a plain object, where such a name arrives mixed with the
 *   inherited member (for `constructor`: `[Object, "x"]`) or not at all (`__proto__`); only own string values
 *   are taken from it.
 * - A filter takes several values, repeated (`type=a&type=b`) or comma-separated (`type=a,b`); values of one
 *   filter are alternatives, different filters combine. Every other parameter is given once.
 * - A blank value is no value: `?type=&page=` is the same as no `type` and no `page`.
 * - The API (`parseParams`) refuses a query with any problem, listing every one, and names parameters it does
 *   not know (a typo never silently widens a result). Pages (`lenientParams`) never refuse: they leave out
 *   what they cannot use, keep the rest (the text typed always), ignore parameters they do not know (links
 *   from elsewhere add their own) and say what they left out.
 *
 * Pure, no "server-only": db/query-params.ts, lib/openapi.ts and the unit tests use it.
 */
import { z } from "zod";
import { dict } from "./dict";
import type { BBox } from "./config";
import type { apiProblemSchema } from "./schemas/api";

/* ------------------------------------------------------------------------------------------------
 * Reading
 * ---------------------------------------------------------------------------------------------- */

/** A page's searchParams, or parameters already read: one value as a string, several as a list. */
export type RawParams = Record<string, string | string[] | undefined>;
export type ParamInput = URLSearchParams | RawParams;

/** Every parameter with all its string values, in the order given. Never throws. */
export function paramLists(input: ParamInput): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (input instanceof URLSearchParams) {
    for (const [k, v] of input) {
      const list = out.get(k);
      if (list) list.push(v);
      else out.set(k, [v]);
    }
    return out;
  }
  if (!input || typeof input !== "object") return out;
  for (const k of Object.keys(input)) {
    const v: unknown = input[k];
    const values = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === "string");
    if (values.length) out.set(k, values);
  }
  return out;
}

/**
 * The parameters as a prototype-free record: one value as a string, a repeated parameter as a list (the
 * workspace's and the audit log's forms read theirs this way).
 */
export function paramsRecord(input: ParamInput): RawParams {
  const out = dict<string | string[] | undefined>();
  for (const [k, values] of paramLists(input)) out[k] = values.length === 1 ? values[0] : values;
  return out;
}

/* ------------------------------------------------------------------------------------------------
 * Limits and shared vocabularies
 * ---------------------------------------------------------------------------------------------- */

/**
 * Every limit of a query parameter, in one place.
 *
 * One limit differs, and this is why: a page of GeoJSON features (GET /api/v1/sensors) may hold up to
 * `featurePageSize` sensors, where every other list stops at `pageSize`. That endpoint is how GIS tools and
 * other registers copy the sensors, feature by feature, without highlighting or facet counts; 1,000 per page
 * takes 100 requests for 100,000 sensors. A page of the search or the algorithm list carries highlighted
 * passages (made per hit) and, for algorithms, every published field (several kilobytes each): 100 keeps such
 * an answer under a megabyte. Both are part of the public contract (README, "Sensors API").
 */
export const QUERY_LIMITS = {
  /** Characters of text (`q`): longer text is cut, never refused — whatever a visitor types is text. */
  text: 2000,
  /** Values of one filter. */
  values: 60,
  /** The highest page number. */
  page: 100_000,
  /** Entries per page of a list (search, algorithms), and its default. */
  pageSize: 100,
  defaultPageSize: 20,
  /** GeoJSON features per page of GET /api/v1/sensors, and its default (see above). */
  featurePageSize: 1000,
  defaultFeaturePageSize: 100,
  /** Map zoom levels (Web Mercator, 256 px tiles). */
  zoom: 22,
} as const;

/** The orders of a list: by relevance (the default with text), by name (the default without), newest first. */
export const SORTS = ["relevance", "name", "newest"] as const;
export type Sort = (typeof SORTS)[number];
/** Orders of the organisation list: by name, or most sensors or algorithms first. */
export const ORGANISATION_SORTS = ["name", "sensors", "algorithms"] as const;
export type OrganisationSort = (typeof ORGANISATION_SORTS)[number];

/** An organisation slug, as organisations are stored. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,99}$/;

/* ------------------------------------------------------------------------------------------------
 * Problems
 * ---------------------------------------------------------------------------------------------- */

/**
 * A problem with one query parameter: what the API lists in a 400 (its schema, `apiProblemSchema`, is in
 * lib/schemas/api.ts and published in the OpenAPI document) and what a page says it left out.
 */
export type ParamProblem = z.output<typeof apiProblemSchema>;

/** The message of every 400 for query parameters; `problems` says what to change. */
export const QUERY_PROBLEM_MESSAGE = "Invalid query parameters. See 'problems' for what to change.";

const cut = (s: string) => s.slice(0, 100);
const problem = (parameter: string, message: string, extra: { value?: string; allowed?: readonly string[] } = {}): ParamProblem => ({
  parameter: cut(parameter),
  ...(extra.value !== undefined ? { value: cut(extra.value) } : {}),
  ...(extra.allowed ? { allowed: [...extra.allowed] } : {}),
  message,
});

/** For a page's notice: what it left out, as `parameter=value` (or the parameter alone). */
export function ignoredList(problems: readonly ParamProblem[]): string {
  return [...new Set(problems.map((p) => (p.value !== undefined ? `${p.parameter}=${p.value}` : p.parameter)))].join(", ");
}

/* ------------------------------------------------------------------------------------------------
 * Kinds of parameters
 * ---------------------------------------------------------------------------------------------- */

/**
 * One parameter. Its zod schema validates and converts what the client sent — the list of values of a filter
 * (`many`), else the one value or undefined when it is absent or blank — and its input side is what the
 * OpenAPI document publishes; `problem` says what an issue of the schema means for the client.
 */
export interface Param<T = unknown> {
  readonly many: boolean;
  readonly schema: z.ZodType<T>;
  /** The problem an issue is; `value`: the value it is about (of a filter: the value at the issue's index). */
  readonly problem: (name: string, issue: z.core.$ZodIssue, value: string | undefined) => ParamProblem;
  /** Required parameters answer a problem with this message when absent. */
  readonly required?: string;
  /** The parameter's values in a URL (for links that keep a query); empty for its default. (A method: bivariant, so any Param fits a ParamSpec.) */
  format(value: T): string[];
}

export type ParamSpec = Readonly<Record<string, Param>>;
export type QueryOf<S extends ParamSpec> = { -readonly [K in keyof S]: S[K] extends Param<infer T> ? T : never };

const tooMany = (name: string) => problem(name, `Too many values for '${name}' (at most ${QUERY_LIMITS.values}).`);

/** A filter of one or more values out of a vocabulary. */
export function oneOrMore<const V extends string>(allowed: readonly V[]): Param<V[]> {
  return {
    many: true,
    schema: z.array(z.enum(allowed as unknown as [V, ...V[]])).max(QUERY_LIMITS.values),
    problem: (name, issue, value) =>
      issue.code === "too_big" ? tooMany(name) : problem(name, `Unknown value '${cut(value ?? "")}' for '${name}'.`, { value, allowed }),
    format: (v) => v,
  };
}

/** A filter of one or more organisation slugs (whether they exist is checked against the database). */
export function organisations(): Param<string[]> {
  return {
    many: true,
    schema: z.array(z.string().regex(SLUG_PATTERN)).max(QUERY_LIMITS.values),
    problem: (name, issue, value) =>
      issue.code === "too_big" ? tooMany(name) : problem(name, `'${cut(value ?? "")}' is not an organisation slug (lowercase letters, digits and hyphens).`, { value }),
    format: (v) => v,
  };
}

/** One organisation slug. */
export function organisation(): Param<string | undefined> {
  return {
    many: false,
    schema: z.string().regex(SLUG_PATTERN).optional(),
    problem: (name, _issue, value) => problem(name, `'${cut(value ?? "")}' is not an organisation slug (lowercase letters, digits and hyphens).`, { value }),
    format: (v) => (v === undefined ? [] : [v]),
  };
}

/** One value out of a vocabulary (a sort order, a language, a format). */
export function oneOf<const V extends string>(allowed: readonly V[]): Param<V | undefined> {
  return {
    many: false,
    schema: z.enum(allowed as unknown as [V, ...V[]]).optional(),
    problem: (name, _issue, value) => problem(name, `Unknown value '${cut(value ?? "")}' for '${name}'.`, { value, allowed }),
    format: (v) => (v === undefined ? [] : [v]),
  };
}

/**
 * Free text: always words, never refused. Control characters become spaces, and text longer than
 * QUERY_LIMITS.text is cut; only blank text is no text.
 */
export function text(): Param<string | undefined> {
  return {
    many: false,
    schema: z
      .string()
      .transform((s) => s.replace(/[\u0000-\u001F\u007F]/g, " ").trim().slice(0, QUERY_LIMITS.text).trim() || undefined)
      .optional(),
    problem: (name) => problem(name, `Invalid text for '${name}'.`),
    format: (v) => (v === undefined ? [] : [v]),
  };
}

/** Digits only ("1e3", "0x10", "-1", "2.5" are not whole numbers here); anything else becomes NaN, which the schema refuses. */
const digits = (v: unknown) => (v === undefined ? undefined : typeof v === "string" && /^\s*\d{1,9}\s*$/.test(v) ? Number(v) : Number.NaN);

/** A whole number from `min` to `max`, with an optional default. */
export function wholeNumber<D extends number | undefined = undefined>(o: { min: number; max: number; default?: D }): Param<D extends number ? number : number | undefined> {
  const inner = z.int().min(o.min).max(o.max);
  return {
    many: false,
    schema: z.preprocess(digits, o.default !== undefined ? inner.default(o.default) : inner.optional()) as unknown as z.ZodType<D extends number ? number : number | undefined>,
    problem: (name, _issue, value) => problem(name, `'${name}' must be a whole number from ${o.min} to ${o.max}.`, { value }),
    format: (v) => (v === undefined || v === o.default ? [] : [String(v)]),
  };
}

/** The page number: 1 … QUERY_LIMITS.page, default 1. */
export const page = () => wholeNumber({ min: 1, max: QUERY_LIMITS.page, default: 1 });

/** Entries per page: 1 … the list's maximum, with the list's default (QUERY_LIMITS). */
export const pageSize = (o: { max: number; default: number } = { max: QUERY_LIMITS.pageSize, default: QUERY_LIMITS.defaultPageSize }) =>
  wholeNumber({ min: 1, ...o });

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
/** What the OpenAPI document says a bbox looks like (the parser also takes spaces, a plus sign and exponents). */
const BBOX_PATTERN = "^-?\\d+(\\.\\d+)?(,-?\\d+(\\.\\d+)?){3}$";

/** Reads "minLon,minLat,maxLon,maxLat" (WGS84 degrees), with a message for each way it can be wrong. */
export function readBBox(raw: string): { bbox: BBox } | { error: string } {
  const parts = raw.split(",").map((p) => p.trim());
  const nums = parts.map((p) => (NUMBER.test(p) ? Number(p) : Number.NaN));
  if (parts.length !== 4 || !nums.every(Number.isFinite))
    return { error: "'bbox' must be four numbers minLon,minLat,maxLon,maxLat (WGS84 degrees), e.g. 5.10,52.08,5.13,52.10." };
  const [a, b, c, d] = nums as BBox;
  if ([a, c].some((x) => x < -180 || x > 180) || [b, d].some((y) => y < -90 || y > 90))
    return { error: "'bbox' lies outside the world: longitudes must be within -180…180 and latitudes within -90…90." };
  if (a > c || b > d) return { error: "'bbox': minLon must not exceed maxLon, and minLat must not exceed maxLat." };
  return { bbox: [a, b, c, d] };
}

/** A viewport, "minLon,minLat,maxLon,maxLat" (WGS84). */
export function bbox(): Param<BBox | undefined> {
  return {
    many: false,
    schema: z
      .string()
      .meta({ pattern: BBOX_PATTERN, examples: ["5.10,52.08,5.14,52.10"] })
      .transform((s, ctx) => {
        const r = readBBox(s);
        if ("bbox" in r) return r.bbox;
        ctx.addIssue({ code: "custom", message: r.error });
        return z.NEVER;
      })
      .optional(),
    problem: (name, issue, value) => problem(name, issue.message, { value }),
    format: (v) => (v === undefined ? [] : [v.join(",")]),
  };
}

/** A map zoom level, 0 … QUERY_LIMITS.zoom; a fraction is rounded down (Leaflet zooms in steps). */
export function zoom(): Param<number | undefined> {
  const read = (v: unknown) => (v === undefined ? undefined : typeof v === "string" && /^\s*\d{1,2}(\.\d+)?\s*$/.test(v) ? Math.floor(Number(v)) : Number.NaN);
  return {
    many: false,
    schema: z.preprocess(read, z.int().min(0).max(QUERY_LIMITS.zoom).optional()) as z.ZodType<number | undefined>,
    problem: (name, _issue, value) => problem(name, `'${name}' must be a number from 0 to ${QUERY_LIMITS.zoom}.`, { value }),
    format: (v) => (v === undefined ? [] : [String(v)]),
  };
}

/** The same parameter, required: its absence is a problem with `message`. */
export function required<T>(param: Param<T | undefined>, message: string): Param<T> {
  return { ...(param as unknown as Param<T>), required: message };
}

/* ------------------------------------------------------------------------------------------------
 * Parsing
 * ---------------------------------------------------------------------------------------------- */

export type ParsedQuery<Q> = { ok: true; query: Q } | { ok: false; problems: ParamProblem[] };

/** Checks only the database can make (does this organisation exist?), on the values that passed their schema. */
export type QueryCheck = (query: Readonly<Record<string, unknown>>) => ParamProblem[];

/** "a,b" and repeated values become one list, in order, without blanks or duplicates. */
const splitValues = (values: readonly string[]) => [...new Set(values.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean))];

/** One parameter's values read: its value, and its problems. `lenient`: leave out what is wrong instead. */
function readParam(name: string, param: Param, values: readonly string[], lenient: boolean): { value: unknown; problems: ParamProblem[] } {
  const problems: ParamProblem[] = [];
  if (param.many) {
    let list = splitValues(values);
    if (lenient && list.length > QUERY_LIMITS.values) {
      problems.push(tooMany(name));
      list = list.slice(0, QUERY_LIMITS.values);
    }
    const r = param.schema.safeParse(list);
    if (r.success) return { value: r.data, problems };
    const bad = new Set<number>();
    for (const issue of r.error.issues) {
      const at = typeof issue.path[0] === "number" ? issue.path[0] : undefined;
      if (at !== undefined) bad.add(at);
      problems.push(param.problem(name, issue, at !== undefined ? list[at] : undefined));
    }
    if (!lenient) return { value: undefined, problems };
    const kept = param.schema.safeParse(list.filter((_, i) => !bad.has(i)));
    return { value: kept.success ? kept.data : [], problems };
  }
  const given = values.map((v) => v.trim()).filter(Boolean);
  if (given.length > 1) {
    problems.push(problem(name, `Give '${name}' once.`));
    if (!lenient) return { value: undefined, problems };
  }
  const r = param.schema.safeParse(given[0]);
  if (r.success) return { value: r.data, problems };
  problems.push(...r.error.issues.map((issue) => param.problem(name, issue, given[0])));
  const fallback = param.schema.safeParse(undefined);
  return { value: lenient && fallback.success ? fallback.data : undefined, problems };
}

function read<S extends ParamSpec>(spec: S, input: ParamInput, o: { lenient: boolean; strict: boolean; check?: QueryCheck }) {
  const lists = paramLists(input);
  const problems: ParamProblem[] = [];
  const known = Object.keys(spec);
  if (o.strict)
    for (const name of lists.keys())
      if (!Object.hasOwn(spec, name)) problems.push(problem(name, `Unknown parameter '${cut(name)}'. Known parameters: ${known.join(", ")}.`));
  const query = {} as Record<string, unknown>;
  /** Parameters whose value is usable (for the database's checks). */
  const good = {} as Record<string, unknown>;
  for (const name of known) {
    const param = spec[name]!;
    const r = readParam(name, param, lists.get(name) ?? [], o.lenient);
    query[name] = r.value;
    problems.push(...r.problems);
    if (!r.problems.length || o.lenient) good[name] = r.value;
    if (param.required && r.value === undefined && !r.problems.length) problems.push(problem(name, param.required));
  }
  for (const p of o.check?.(good) ?? []) {
    problems.push(p);
    if (!o.lenient) continue;
    // Leave out the value the check refused (a filter keeps its other values).
    const param = spec[p.parameter];
    const value = query[p.parameter];
    if (!param) continue;
    if (Array.isArray(value)) query[p.parameter] = value.filter((v) => v !== p.value);
    else {
      const fallback = param.schema.safeParse(undefined);
      query[p.parameter] = fallback.success ? fallback.data : undefined;
    }
  }
  return { query: query as QueryOf<S>, problems };
}

/**
 * For the API: the query, or every problem with it. `strict` (the default): parameters the spec does not
 * know are problems too.
 */
export function parseParams<S extends ParamSpec>(spec: S, input: ParamInput, o: { strict?: boolean; check?: QueryCheck } = {}): ParsedQuery<QueryOf<S>> {
  const { query, problems } = read(spec, input, { lenient: false, strict: o.strict ?? true, check: o.check });
  return problems.length ? { ok: false, problems } : { ok: true, query };
}

/**
 * For pages: a query made of everything usable, and what was left out (`ignored`, to show). Never refuses;
 * parameters the spec does not know are ignored without a word (links from elsewhere add their own).
 */
export function lenientParams<S extends ParamSpec>(spec: S, input: ParamInput, o: { check?: QueryCheck } = {}): { query: QueryOf<S>; ignored: ParamProblem[] } {
  const { query, problems } = read(spec, input, { lenient: true, strict: false, check: o.check });
  return { query, ignored: problems };
}

/** A query with nothing given: every parameter at its default (required ones undefined). */
export function emptyParams<S extends ParamSpec>(spec: S): QueryOf<S> {
  return lenientParams(spec, new URLSearchParams()).query;
}

/**
 * The query as URL parameters, in the spec's order, defaults left out: for links that keep it. `only` limits
 * it to some parameters.
 */
export function queryPairs<S extends ParamSpec>(spec: S, query: Partial<QueryOf<S>>, only?: readonly (keyof S & string)[]): [string, string][] {
  const out: [string, string][] = [];
  for (const name of only ?? (Object.keys(spec) as (keyof S & string)[])) {
    const value = query[name];
    if (value === undefined) continue;
    for (const v of spec[name]!.format(value)) out.push([name, v]);
  }
  return out;
}
