/**
 * Query parameters as they arrive, for every parser of the register (the search, the algorithm and sensor
 * lists, their API routes): the request's URLSearchParams, or the `searchParams` object Next.js hands a page.
 *
 * Parameter names are whatever the visitor typed, so they are kept in dictionaries without a prototype
 * (lib/dict.ts): `?constructor=x`, `?__proto__=x` or `?toString=x` are parameters like any other. Next.js builds
 * a page's `searchParams` in a plain object, where such a name arrives mixed with the inherited member (for
 * `constructor`: `[Object, "x"]`) or not at all (`__proto__`); only own string values are taken from it.
 */
import { dict } from "./dict";

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
 * The parameters as a prototype-free record, the shape the zod schemas take: one value as a string, a
 * repeated parameter as a list.
 */
export function paramsRecord(input: ParamInput): RawParams {
  const out = dict<string | string[] | undefined>();
  for (const [k, values] of paramLists(input)) out[k] = values.length === 1 ? values[0] : values;
  return out;
}
