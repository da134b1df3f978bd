/**
 * The register's parameter sets (db/query-params.ts) on the example data: what the search, the algorithm
 * list and the sensor list, map and API accept, refuse and leave out; one set of limits and one problem
 * shape across them. The mechanism itself: lib/query-params.test.ts; the answers of the routes:
 * app/api/v1/query-errors.test.ts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { searchParamsToUrlQuery } from "next/dist/shared/lib/router/utils/querystring";
import { QUERY_LIMITS, type ParamProblem } from "@/lib/query-params";
import { apiProblemSchema } from "@/lib/schemas/api";
import { seedDemoContent } from "./demo/seed";
import {
  ALGORITHM_QUERY,
  apiQuery,
  CLUSTER_QUERY,
  FEED_QUERY,
  pageQuery,
  SEARCH_QUERY,
  SENSOR_API_QUERY,
  SENSOR_FILTERS,
  SENSOR_LIST_QUERY,
} from "./query-params";
import { listSensors, sensorFacets } from "./sensors";

beforeAll(() => {
  seedDemoContent();
});

const API = { search: SEARCH_QUERY, algorithms: ALGORITHM_QUERY, sensors: SENSOR_API_QUERY, clusters: CLUSTER_QUERY, feed: FEED_QUERY };
type Api = keyof typeof API;
const problemsOf = (set: Api, qs: string): ParamProblem[] => {
  const r = apiQuery(API[set], new URLSearchParams(qs));
  return r.ok ? [] : r.problems;
};
const ok = <S extends (typeof API)[Api]>(spec: S, qs: string) => {
  const r = apiQuery(spec, new URLSearchParams(qs));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.query;
};
/** What Next.js hands a page as `searchParams`. */
const pageParams = (qs: string) => searchParamsToUrlQuery(new URLSearchParams(qs)) as Record<string, string | string[]>;

describe("what each set accepts", () => {
  it("the search: repeated and comma-separated filters, defaults for sort and paging", () => {
    expect(ok(SEARCH_QUERY, "kind=sensor,algorithm&value=privacy&value=transparantie&status=ended")).toMatchObject({
      kind: ["sensor", "algorithm"],
      value: ["privacy", "transparantie"],
      status: ["ended"],
      sort: undefined,
      page: 1,
      pageSize: QUERY_LIMITS.defaultPageSize,
    });
  });

  it("the algorithm list", () => {
    expect(ok(ALGORITHM_QUERY, "status=in_use,out_of_use&category=impactful&category=high_risk&page=2&pageSize=5")).toMatchObject({
      status: ["in_use", "out_of_use"],
      category: ["impactful", "high_risk"],
      page: 2,
      pageSize: 5,
    });
  });

  it("the sensor API: filters, a bbox and up to 1,000 features a page", () => {
    expect(ok(SENSOR_API_QUERY, "type=camera,sound&type=climate&theme=mobiliteit&personalData=yes&state=active&page=2&pageSize=1000&bbox=5.1,52.08,5.13,52.1")).toMatchObject({
      type: ["camera", "sound", "climate"],
      theme: ["mobiliteit"],
      personalData: ["yes"],
      state: ["active"],
      page: 2,
      pageSize: QUERY_LIMITS.featurePageSize,
      bbox: [5.1, 52.08, 5.13, 52.1],
    });
    expect(ok(SENSOR_API_QUERY, "").pageSize).toBe(QUERY_LIMITS.defaultFeaturePageSize);
  });

  it("the map's clusters: a bbox and a zoom, required", () => {
    expect(ok(CLUSTER_QUERY, "bbox=3,50,8,54&zoom=7&type=camera")).toMatchObject({ bbox: [3, 50, 8, 54], zoom: 7, type: ["camera"] });
    expect(problemsOf("clusters", "type=camera").map((p) => p.parameter)).toEqual(["bbox", "zoom"]);
  });

  it("the feed: one kind, one organisation that exists, one language", () => {
    expect(ok(FEED_QUERY, "kind=sensor&organisation=voorbeeldstad&lang=en")).toEqual({ kind: "sensor", organisation: "voorbeeldstad", lang: "en" });
    expect(problemsOf("feed", "kind=sensor&kind=algorithm").map((p) => p.message)).toEqual(["Give 'kind' once."]);
  });

  it("hostile text is plain text everywhere, and the lists run with it", () => {
    for (const q of ["woord ".repeat(400), '"); DROP TABLE entries; --', "NEAR(a b)", "* OR 1=1", "<script>alert(1)</script>", "🙂🙂", "\u0000camera"]) {
      const query = ok(SENSOR_API_QUERY, `q=${encodeURIComponent(q)}`);
      expect(query.q!.length).toBeLessThanOrEqual(QUERY_LIMITS.text);
      expect(() => listSensors(query)).not.toThrow();
      expect(() => sensorFacets(query)).not.toThrow();
      for (const set of ["search", "algorithms"] as const) expect(problemsOf(set, `q=${encodeURIComponent(q)}`)).toEqual([]);
    }
    expect(ok(ALGORITHM_QUERY, `q=${"a".repeat(5000)}`).q).toHaveLength(QUERY_LIMITS.text);
    expect(ok(SEARCH_QUERY, `q=${"a".repeat(5000)}`).q).toHaveLength(QUERY_LIMITS.text);
  });
});

describe("one set of limits and one problem shape across the API", () => {
  /** The same mistake, in each set that has the parameter. */
  const cases: { qs: string; sets: Api[]; expected: ParamProblem }[] = [
    { qs: "colour=red", sets: ["search", "algorithms", "sensors", "clusters", "feed"], expected: { parameter: "colour", message: expect.stringMatching(/^Unknown parameter 'colour'\. Known parameters: /) } },
    { qs: "theme=ruimtevaart", sets: ["search", "algorithms", "sensors", "clusters"], expected: { parameter: "theme", value: "ruimtevaart", allowed: expect.arrayContaining(["mobiliteit"]), message: "Unknown value 'ruimtevaart' for 'theme'." } },
    { qs: "organisation=Nergens%20Dorp", sets: ["search", "algorithms", "sensors", "clusters", "feed"], expected: { parameter: "organisation", value: "Nergens Dorp", message: "'Nergens Dorp' is not an organisation slug (lowercase letters, digits and hyphens)." } },
    { qs: "organisation=nergensdorp", sets: ["search", "algorithms", "sensors", "clusters", "feed"], expected: { parameter: "organisation", value: "nergensdorp", message: "No organisation with slug 'nergensdorp'." } },
    { qs: "page=0", sets: ["search", "algorithms", "sensors"], expected: { parameter: "page", value: "0", message: `'page' must be a whole number from 1 to ${QUERY_LIMITS.page}.` } },
    { qs: "pageSize=101", sets: ["search", "algorithms"], expected: { parameter: "pageSize", value: "101", message: "'pageSize' must be a whole number from 1 to 100." } },
    { qs: "pageSize=1001", sets: ["sensors"], expected: { parameter: "pageSize", value: "1001", message: "'pageSize' must be a whole number from 1 to 1000." } },
    { qs: "sort=random", sets: ["search", "algorithms"], expected: { parameter: "sort", value: "random", allowed: ["relevance", "name", "newest"], message: "Unknown value 'random' for 'sort'." } },
    { qs: "q=a&q=b", sets: ["search", "algorithms", "sensors", "clusters"], expected: { parameter: "q", message: "Give 'q' once." } },
    {
      qs: `organisation=${Array.from({ length: QUERY_LIMITS.values + 1 }, (_, i) => `gemeente-${i}`).join(",")}`,
      sets: ["search", "algorithms", "sensors", "clusters"],
      expected: { parameter: "organisation", message: "Too many values for 'organisation' (at most 60)." },
    },
  ];
  it.each(cases)("$qs", ({ qs, sets, expected }) => {
    for (const set of sets) {
      const extra = set === "clusters" ? "&bbox=3,50,8,54&zoom=7" : "";
      const found = problemsOf(set, qs + extra);
      expect(found, set).toEqual([expected]);
      for (const p of found) apiProblemSchema.strict().parse(p);
    }
  });

  it("the sensor API's bbox and zoom", () => {
    expect(problemsOf("sensors", "bbox=1,2,3")).toEqual([{ parameter: "bbox", value: "1,2,3", message: expect.stringMatching(/^'bbox' must be four numbers/) }]);
    expect(problemsOf("sensors", "bbox=-200,50,5,52")[0]!.message).toMatch(/outside the world/);
    expect(problemsOf("sensors", "bbox=5,53,4,52")[0]!.message).toMatch(/must not exceed/);
    // zoom is the map's: GET /api/v1/sensors does not know it, the clusters need it.
    expect(problemsOf("sensors", "zoom=3")[0]!.message).toMatch(/^Unknown parameter 'zoom'/);
    expect(problemsOf("clusters", "bbox=3,50,8,54&zoom=40")).toEqual([{ parameter: "zoom", value: "40", message: "'zoom' must be a number from 0 to 22." }]);
    expect(problemsOf("clusters", "bbox=3,50,8,54&zoom=4&page=2")[0]!.message).toMatch(/^Unknown parameter 'page'/);
  });

  it("every problem of a query at once", () => {
    const found = problemsOf("search", "kind=robot&status=published&colour=red&organisation=nergensdorp&page=0&pageSize=1000&sort=random");
    expect(found.map((p) => p.parameter).sort()).toEqual(["colour", "kind", "organisation", "page", "pageSize", "sort", "status"]);
  });
});

describe("pages never refuse", () => {
  it("the search page drops what it cannot use, keeps the text, and says what it left out", () => {
    const r = pageQuery(SEARCH_QUERY, pageParams("kind=robot&kind=sensor&utm_source=x&page=x&q=camera&organisation=nergensdorp,voorbeeldstad"));
    expect(r.query).toMatchObject({ kind: ["sensor"], page: 1, q: "camera", organisation: ["voorbeeldstad"] });
    expect(r.ignored.map((p) => `${p.parameter}=${p.value}`).sort()).toEqual(["kind=robot", "organisation=nergensdorp", "page=x"]);
  });

  it("the algorithm list", () => {
    const r = pageQuery(ALGORITHM_QUERY, pageParams("status=flying&status=in_use&print=1&page=x"));
    expect(r.query.status).toEqual(["in_use"]);
    expect(r.query.page).toBe(1);
    expect(r.ignored.map((p) => p.parameter).sort()).toEqual(["page", "status"]);
  });

  it("the sensor list and the map: a wrong filter value goes, the rest stays; the map's position and the API's parameters are not the page's", () => {
    const list = pageQuery(SENSOR_LIST_QUERY, pageParams("type=camera,nonsense&theme=milieu&bbox=1,2,3,4&pageSize=5000&page=2"));
    expect(list.query).toMatchObject({ type: ["camera"], theme: ["milieu"], page: 2 });
    expect(list.ignored).toEqual([{ parameter: "type", value: "nonsense", allowed: expect.any(Array), message: "Unknown value 'nonsense' for 'type'." }]);
    const map = pageQuery(SENSOR_FILTERS, pageParams("type=camera&lat=52.09&lon=5.12&zoom=14&q=fiets"));
    expect(map.query).toMatchObject({ type: ["camera"], q: "fiets" });
    expect(map.ignored).toEqual([]);
  });
});
