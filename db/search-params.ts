/**
 * The parameters of the register search, one schema for the search page and GET /api/v1/search:
 *
 *   q          text (anything; cut at 2,000 characters, never refused)
 *   kind       sensor | algorithm
 *   organisation  organisation slug
 *   type       sensor type (lib/vocab.ts sensorTypes)
 *   theme      theme or sub-theme (a main theme includes its sub-themes)
 *   category   publication category of an algorithm
 *   value      CODIO value slug (served or at stake)
 *   status     in_use | in_development | ended (lib/vocab.ts lifecycleStates)
 *   sort       relevance | newest | name (default: relevance with text, name without)
 *   page, pageSize   1…; 1…100 (default 20)
 *
 * Filters may be repeated or comma-separated; values within one filter are alternatives, filters combine.
 */
import "server-only";
import { z } from "zod";
import { valueSlugs } from "@/lib/codio";
import { dict } from "@/lib/dict";
import { paramsRecord, type RawParams } from "@/lib/query-params";
import { SEARCH_SORTS } from "@/lib/schemas/api";
import { entryKinds, lifecycleStates, publicationCategories, sensorTypes, themes } from "@/lib/vocab";
import { getDb } from "./client";
import type { ParamProblem } from "./algorithms";
import type { RegisterQuery } from "./search";

export const SEARCH_FILTERS = ["kind", "organisation", "type", "theme", "category", "value", "status"] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];
export { SEARCH_SORTS };
export const SEARCH_PAGE_SIZE = 20;
export const SEARCH_PAGE_SIZE_MAX = 100;
export const SEARCH_Q_MAX = 2000;


const toList = (v: unknown) =>
  [
    ...new Set(
      (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v])
        .flatMap((s) => String(s).split(","))
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const blankToUndefined = (v: unknown) => {
  const f = first(v);
  return typeof f === "string" && f.trim() === "" ? undefined : f;
};
const list = <T extends z.ZodType>(item: T) => z.preprocess(toList, z.array(item).max(60)).default([] as z.infer<T>[]);

export const searchQuerySchema = z
  .object({
    q: z.preprocess(blankToUndefined, z.string().optional()).transform((s) => s?.slice(0, SEARCH_Q_MAX).trim() || undefined),
    kind: list(z.enum(entryKinds.slugs)),
    organisation: list(z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, { message: "organisation" })),
    type: list(z.enum(sensorTypes.slugs)),
    theme: list(z.enum(themes.slugs)),
    category: list(z.enum(publicationCategories.slugs)),
    value: list(z.enum(valueSlugs as [string, ...string[]])),
    status: list(z.enum(lifecycleStates.slugs)),
    sort: z.preprocess(blankToUndefined, z.enum(SEARCH_SORTS).optional()),
    page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
    pageSize: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(SEARCH_PAGE_SIZE_MAX).default(SEARCH_PAGE_SIZE)),
  })
  .strict();
export type SearchQuery = z.infer<typeof searchQuerySchema>;
export const SEARCH_PARAMS = Object.keys(searchQuerySchema.shape) as (keyof SearchQuery)[];

/** The same shape as the algorithms API's problems (one error format for the whole read API). */
export type { ParamProblem };

const allowedValues = new Map<string, readonly string[]>([
  ["kind", entryKinds.slugs],
  ["type", sensorTypes.slugs],
  ["theme", themes.slugs],
  ["category", publicationCategories.slugs],
  ["value", valueSlugs],
  ["status", lifecycleStates.slugs],
  ["sort", SEARCH_SORTS],
]);

function describeIssue(issue: z.core.$ZodIssue, input: Record<string, unknown>): ParamProblem[] {
  if (issue.code === "unrecognized_keys")
    return issue.keys.map((k) => ({
      parameter: k.slice(0, 100),
      message: `Unknown parameter '${k.slice(0, 100)}'. Known parameters: ${SEARCH_PARAMS.join(", ")}.`,
    }));
  const parameter = String(issue.path[0] ?? "");
  const index = typeof issue.path[1] === "number" ? issue.path[1] : undefined;
  const raw = index !== undefined ? toList(input[parameter])[index] : first(input[parameter]);
  const value = raw === undefined ? undefined : String(raw).slice(0, 100);
  const allowed = allowedValues.get(parameter);
  if (issue.code === "too_big" && index === undefined && parameter !== "page" && parameter !== "pageSize")
    return [{ parameter, message: `Too many values for '${parameter}' (at most 60).` }];
  if (parameter === "organisation")
    return [{ parameter, value, message: `'${value}' is not an organisation slug (lowercase letters, digits and hyphens).` }];
  if (allowed) return [{ parameter, value, allowed: [...allowed], message: `Unknown value '${value}' for '${parameter}'.` }];
  if (parameter === "page") return [{ parameter, value, message: "'page' must be a whole number of 1 or more." }];
  if (parameter === "pageSize")
    return [{ parameter, value, message: `'pageSize' must be a whole number from 1 to ${SEARCH_PAGE_SIZE_MAX}.` }];
  return [{ parameter, value, message: `Invalid value for '${parameter}'.` }];
}

function unknownOrganisations(slugs: readonly string[]): string[] {
  if (!slugs.length) return [];
  const found = new Set(
    getDb().$client.prepare("SELECT slug FROM organisations WHERE slug IN (SELECT value FROM json_each(?))").pluck().all(JSON.stringify(slugs)) as string[],
  );
  return slugs.filter((s) => !found.has(s));
}

export type ParsedSearchQuery = { ok: true; query: SearchQuery } | { ok: false; problems: ParamProblem[] };

/**
 * Validates the search parameters. `strict` (the API): unknown parameter names are problems too, so a
 * typo never silently widens a result; otherwise they are ignored. Organisation slugs must exist.
 * Problems carry a clear English message for API clients.
 */
export function parseSearchQuery(input: URLSearchParams | RawParams, { strict = false } = {}): ParsedSearchQuery {
  const record = paramsRecord(input);
  const known = strict ? record : dict(Object.entries(record).filter(([k]) => (SEARCH_PARAMS as string[]).includes(k)));
  const parsed = searchQuerySchema.safeParse(known);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.flatMap((i) => describeIssue(i, known)) };
  const missing = unknownOrganisations(parsed.data.organisation);
  if (missing.length)
    return {
      ok: false,
      problems: missing.map((value) => ({ parameter: "organisation", value: value.slice(0, 100), message: `No organisation with slug '${value.slice(0, 100)}'.` })),
    };
  return { ok: true, query: parsed.data };
}

/**
 * For the page: a query with every refused value left out, plus what was left out, so the page still
 * shows results and says which filters it ignored.
 */
export function lenientSearchQuery(input: URLSearchParams | RawParams): { query: SearchQuery; ignored: ParamProblem[] } {
  const record = paramsRecord(input);
  const ignored: ParamProblem[] = [];
  for (let attempt = 0; attempt < 10; attempt++) {
    const r = parseSearchQuery(record);
    if (r.ok) return { query: r.query, ignored };
    for (const p of r.problems) {
      ignored.push(p);
      if (p.value !== undefined && (SEARCH_FILTERS as readonly string[]).includes(p.parameter))
        record[p.parameter] = toList(record[p.parameter]).filter((v) => v !== p.value);
      else delete record[p.parameter];
    }
  }
  return { query: searchQuerySchema.parse({}), ignored };
}

/** The parsed parameters as the engine's query. */
export const toRegisterQuery = (q: SearchQuery): RegisterQuery => q;

/** The query as URL parameters in a fixed order (for links that keep it); defaults left out. */
export function searchParamsOf(q: SearchQuery, overrides: Partial<Record<keyof SearchQuery, string | undefined>> = {}): [string, string][] {
  const out: [string, string][] = [];
  const put = (k: keyof SearchQuery, v: string | undefined) => {
    if (v !== undefined && v !== "") out.push([k, v]);
  };
  put("q", "q" in overrides ? overrides.q : q.q);
  for (const f of SEARCH_FILTERS) for (const v of q[f]) put(f, v);
  put("sort", "sort" in overrides ? overrides.sort : q.sort);
  put("pageSize", q.pageSize !== SEARCH_PAGE_SIZE ? String(q.pageSize) : undefined);
  put("page", "page" in overrides ? overrides.page : q.page > 1 ? String(q.page) : undefined);
  return out;
}
