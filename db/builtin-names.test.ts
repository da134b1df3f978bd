/**
 * Names of JavaScript's built-in object members (`constructor`, `toString`, `__proto__`, …) are ordinary words
 * to the register: as search text, as query-parameter names, as filter and facet values and as organisation
 * slugs, through the query parameters (db/query-params.ts) and the search engine behind the public pages and
 * the read API. Each of these threw (a 500) before the parameters were kept in prototype-free dictionaries
 * and the search engine its word list in a Map.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { searchParamsToUrlQuery } from "next/dist/shared/lib/router/utils/querystring";
import { BUILTIN_NAMES, BUILTIN_WORDS } from "@/lib/testing/builtin-names";
import { SORTS } from "@/lib/query-params";
import { seedDemoContent } from "./demo/seed";
import { findContest, listAlgorithms } from "./algorithms";
import { compileQuery, wordVariants } from "./search/query";
import { searchRegister } from "./search/register";
import {
  ALGORITHM_QUERY,
  apiQuery,
  CLUSTER_QUERY,
  pageQuery,
  SEARCH_QUERY,
  SENSOR_API_QUERY,
  SENSOR_FILTERS,
  SENSOR_LIST_QUERY,
} from "./query-params";
import { listSensors, sensorClusters, sensorFacets, sensorFeatures } from "./sensors";

beforeAll(() => {
  seedDemoContent();
});

/** What Next.js hands a page as `searchParams` for this query string (a plain object, built by Next itself). */
const pageParams = (qs: string) => searchParamsToUrlQuery(new URLSearchParams(qs)) as Record<string, string | string[] | undefined>;
const enc = encodeURIComponent;
/** Some built-in names are also the register's own words: `sort` is a parameter, `name` a sort order. */
const PARAMETER_NAMES = new Set<string>([SEARCH_QUERY, ALGORITHM_QUERY, SENSOR_API_QUERY, CLUSTER_QUERY].flatMap((spec) => Object.keys(spec)));
const SORT_NAMES = new Set<string>(SORTS);
const API_SETS = { search: SEARCH_QUERY, algorithms: ALGORITHM_QUERY, sensors: SENSOR_API_QUERY, clusters: CLUSTER_QUERY };
const PAGE_SETS = { search: SEARCH_QUERY, algorithms: ALGORITHM_QUERY, sensors: SENSOR_LIST_QUERY, map: SENSOR_FILTERS };

describe("built-in property names as search text", () => {
  // Case does not matter to the search (words are folded to lowercase); a few spellings are tried anyway.
  it.each([...BUILTIN_NAMES, "Constructor", "CONSTRUCTOR", "ToString"])("%s is searched as a word everywhere", async (word) => {
    expect(wordVariants(word.toLowerCase())).toContain(word.toLowerCase());
    expect(() => compileQuery(word)).not.toThrow();
    for (const q of [word, `parkeren ${word}`, `${word} ${word}`]) {
      const search = apiQuery(SEARCH_QUERY, new URLSearchParams({ q }));
      expect(search.ok).toBe(true);
      if (search.ok) expect(() => searchRegister(search.query)).not.toThrow();
      const algorithms = apiQuery(ALGORITHM_QUERY, new URLSearchParams({ q }));
      expect(algorithms.ok).toBe(true);
      if (algorithms.ok) expect(() => listAlgorithms(algorithms.query)).not.toThrow();
      const sensors = apiQuery(SENSOR_API_QUERY, new URLSearchParams({ q }));
      expect(sensors.ok).toBe(true);
      if (sensors.ok) {
        expect(() => sensorFeatures(sensors.query)).not.toThrow();
        expect(() => listSensors(sensors.query)).not.toThrow();
        expect(() => sensorFacets(sensors.query)).not.toThrow();
        await expect(sensorClusters({ filters: sensors.query, bbox: [3, 50.6, 7.4, 53.7], zoom: 7 })).resolves.toBeTruthy();
      }
      expect(() => findContest({ q })).not.toThrow();
      expect(() => findContest({ q, organisation: "voorbeeldstad" })).not.toThrow();
    }
  });
});

describe("built-in property names as query-parameter names", () => {
  it.each(BUILTIN_WORDS.filter((w) => !PARAMETER_NAMES.has(w)))("?%s= is an unknown parameter to the API and ignored by the pages", (name) => {
    for (const qs of [`${enc(name)}=x`, `${enc(name)}=x&${enc(name)}=y`, `q=parkeren&${enc(name)}=1`]) {
      // The API names the unknown parameter (Next.js itself drops "__proto__" before a route sees it).
      for (const [what, spec] of Object.entries(API_SETS)) {
        const r = apiQuery(spec, new URLSearchParams(qs));
        expect(r.ok, what).toBe(false);
        if (!r.ok) expect(r.problems.map((p) => p.parameter), what).toContain(name);
      }
      // Pages get Next's searchParams object, where "constructor" arrives as [Object, "x"]: passed over.
      for (const [what, spec] of Object.entries(PAGE_SETS)) expect(pageQuery(spec, pageParams(qs)).ignored, what).toEqual([]);
    }
  });
});

describe("built-in property names as filter values and organisation slugs", () => {
  it.each(BUILTIN_NAMES)("%s is an unknown value, never a match", (word) => {
    const filters: [keyof typeof API_SETS, keyof typeof PAGE_SETS, string[]][] = [
      ["sensors", "sensors", ["type", "theme", "value", "personalData", "state"]],
      ["search", "search", ["kind", "type", "theme", "category", "value", "status", "sort"]],
      ["algorithms", "algorithms", ["theme", "status", "category", "value", "sort"]],
    ];
    for (const [api, page, params] of filters)
      for (const param of params) {
        if (param === "sort" && SORT_NAMES.has(word)) continue;
        const r = apiQuery(API_SETS[api], new URLSearchParams({ [param]: word }));
        expect(r.ok, `${api} ${param}`).toBe(false);
        if (!r.ok) expect(r.problems, `${api} ${param}`).toEqual([expect.objectContaining({ parameter: param, value: word })]);
        const lenient = pageQuery(PAGE_SETS[page], pageParams(`${param}=${enc(word)}&q=parkeren`));
        expect(lenient.ignored.map((p) => p.parameter), `${page} ${param}`).toEqual([param]);
        expect(lenient.query.q).toBe("parkeren");
      }
    // As an organisation slug: refused when it is not a slug, "no such organisation" when it is one.
    const slug = word.toLowerCase();
    for (const spec of Object.values(API_SETS)) {
      const r = apiQuery(spec, new URLSearchParams({ organisation: slug }));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems.map((p) => p.parameter)).toContain("organisation");
    }
    expect(findContest({ organisation: slug }).kind).toBe("empty");
    expect(findContest({ q: "parkeerboete", organisation: slug }).organisation).toBeNull();
  });
});
