/**
 * Names of JavaScript's built-in object members (`constructor`, `toString`, `__proto__`, …) are ordinary words
 * to the register: as search text, as query-parameter names, as filter and facet values and as organisation
 * slugs, through every query parser and the search engine behind the public pages and the read API. Each
 * of these threw (a 500) before the parsers kept parameters in prototype-free dictionaries and the search
 * engine its word list in a Map.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { searchParamsToUrlQuery } from "next/dist/shared/lib/router/utils/querystring";
import { BUILTIN_NAMES, BUILTIN_WORDS } from "@/lib/testing/builtin-names";
import { seedDemoContent } from "./demo/seed";
import { findContest, lenientAlgorithmQuery, listAlgorithms, parseAlgorithmQuery } from "./algorithms";
import { compileQuery, searchRegister, wordVariants } from "./search";
import { lenientSearchQuery, parseSearchQuery, SEARCH_PARAMS, SEARCH_SORTS } from "./search-params";
import { QUERY_PARAMS, SORTS } from "./algorithms";
import {
  listSensors,
  parseSensorQuery,
  SENSOR_PARAMS,
  sensorClusters,
  sensorFacets,
  sensorFeatures,
  sensorQueryForPage,
} from "./sensors";

beforeAll(() => {
  seedDemoContent();
});

/** What Next.js hands a page as `searchParams` for this query string (a plain object, built by Next itself). */
const pageParams = (qs: string) => searchParamsToUrlQuery(new URLSearchParams(qs)) as Record<string, string | string[] | undefined>;
const enc = encodeURIComponent;
/** Some built-in names are also the register's own words: `sort` is a parameter, `name` a sort order. */
const PARAMETER_NAMES = new Set<string>([...SENSOR_PARAMS, ...SEARCH_PARAMS, ...QUERY_PARAMS]);
const SORT_NAMES = new Set<string>([...SORTS, ...SEARCH_SORTS]);

describe("built-in property names as search text", () => {
  // Case does not matter to the search (words are folded to lowercase); a few spellings are tried anyway.
  it.each([...BUILTIN_NAMES, "Constructor", "CONSTRUCTOR", "ToString"])("%s is searched as a word everywhere", async (word) => {
    expect(wordVariants(word.toLowerCase())).toContain(word.toLowerCase());
    expect(() => compileQuery(word)).not.toThrow();
    for (const q of [word, `parkeren ${word}`, `${word} ${word}`]) {
      const search = parseSearchQuery(new URLSearchParams({ q }), { strict: true });
      expect(search.ok).toBe(true);
      if (search.ok) expect(() => searchRegister(search.query)).not.toThrow();
      const algorithms = parseAlgorithmQuery(new URLSearchParams({ q }), { strict: true });
      expect(algorithms.ok).toBe(true);
      if (algorithms.ok) expect(() => listAlgorithms(algorithms.query)).not.toThrow();
      const sensors = parseSensorQuery(new URLSearchParams({ q }));
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
      const api = new URLSearchParams(qs);
      // The API names the unknown parameter (Next.js itself drops "__proto__" before a route sees it).
      const sensors = parseSensorQuery(api);
      expect(sensors.ok).toBe(false);
      if (!sensors.ok) expect(Object.keys(sensors.fields)).toContain(name);
      const search = parseSearchQuery(api, { strict: true });
      expect(search.ok).toBe(false);
      if (!search.ok) expect(search.problems.map((p) => p.parameter)).toContain(name);
      const algorithms = parseAlgorithmQuery(api, { strict: true });
      expect(algorithms.ok).toBe(false);
      if (!algorithms.ok) expect(algorithms.problems.map((p) => p.parameter)).toContain(name);

      // Pages get Next's searchParams object, where "constructor" arrives as [Object, "x"]: passed over.
      const page = pageParams(qs);
      expect(sensorQueryForPage(page).invalid).toEqual([]);
      expect(sensorQueryForPage(page, ["lat", "lon", "zoom"]).invalid).toEqual([]);
      expect(lenientSearchQuery(page).ignored).toEqual([]);
      expect(lenientAlgorithmQuery(page).ignored).toEqual([]);
      expect(parseSensorQuery(page, { strict: false }).ok).toBe(true);
    }
  });
});

describe("built-in property names as filter values and organisation slugs", () => {
  it.each(BUILTIN_NAMES)("%s is an unknown value, never a match", (word) => {
    for (const param of ["type", "theme", "value", "personalData", "state"]) {
      const r = parseSensorQuery(new URLSearchParams({ [param]: word }));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(Object.keys(r.fields)).toEqual([param]);
      expect(sensorQueryForPage(pageParams(`${param}=${enc(word)}`)).invalid).toEqual([param]);
    }
    for (const param of ["kind", "type", "theme", "category", "value", "status", "sort"]) {
      if (param === "sort" && SORT_NAMES.has(word)) continue;
      const r = parseSearchQuery(new URLSearchParams({ [param]: word }), { strict: true });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems[0]).toMatchObject({ parameter: param, value: word });
      const lenient = lenientSearchQuery(pageParams(`${param}=${enc(word)}&q=parkeren`));
      expect(lenient.ignored.map((p) => p.parameter)).toEqual([param]);
      expect(lenient.query.q).toBe("parkeren");
    }
    for (const param of ["theme", "status", "category", "value", "sort"]) {
      if (param === "sort" && SORT_NAMES.has(word)) continue;
      const r = parseAlgorithmQuery(new URLSearchParams({ [param]: word }), { strict: true });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems[0]).toMatchObject({ parameter: param });
      expect(lenientAlgorithmQuery(pageParams(`${param}=${enc(word)}`)).ignored.map((p) => p.parameter)).toEqual([param]);
    }
    // As an organisation slug: refused when it is not a slug, "no such organisation" when it is one.
    const slug = word.toLowerCase();
    for (const r of [
      parseSearchQuery(new URLSearchParams({ organisation: slug }), { strict: true }),
      parseAlgorithmQuery(new URLSearchParams({ organisation: slug }), { strict: true }),
    ]) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems[0]!.parameter).toBe("organisation");
    }
    const sensors = parseSensorQuery(new URLSearchParams({ organisation: slug }));
    expect(sensors.ok).toBe(false);
    if (!sensors.ok) expect(Object.keys(sensors.fields)).toEqual(["organisation"]);
    expect(findContest({ organisation: slug }).kind).toBe("empty");
    expect(findContest({ q: "parkeerboete", organisation: slug }).organisation).toBeNull();
  });
});
