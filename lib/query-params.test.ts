/**
 * The query-parameter mechanism on its own (no database): how values are read, what each kind of parameter
 * accepts, the one problem shape, and the difference between the API (refuse, listing every problem) and
 * pages (leave out, keep the rest, say what was left out). The register's own parameter sets are tested in
 * db/query-params.test.ts.
 */
import { describe, expect, it } from "vitest";
import { searchParamsToUrlQuery } from "next/dist/shared/lib/router/utils/querystring";
import { apiProblemSchema } from "./schemas/api";
import {
  bbox,
  emptyParams,
  ignoredList,
  lenientParams,
  oneOf,
  oneOrMore,
  organisations,
  page,
  pageSize,
  paramLists,
  parseParams,
  QUERY_LIMITS,
  queryPairs,
  readBBox,
  required,
  text,
  zoom,
  type ParamProblem,
} from "./query-params";

const SPEC = {
  q: text(),
  colour: oneOrMore(["red", "green", "blue"] as const),
  organisation: organisations(),
  sort: oneOf(["name", "newest"] as const),
  bbox: bbox(),
  page: page(),
  pageSize: pageSize(),
};
const MAP = { bbox: required(bbox(), "'bbox' is required."), zoom: required(zoom(), "'zoom' is required.") };

const api = (qs: string, spec: typeof SPEC | typeof MAP = SPEC) => parseParams(spec, new URLSearchParams(qs));
const problems = (qs: string, spec: typeof SPEC | typeof MAP = SPEC): ParamProblem[] => {
  const r = api(qs, spec);
  return r.ok ? [] : r.problems;
};
const query = (qs: string) => {
  const r = parseParams(SPEC, new URLSearchParams(qs));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.query;
};

describe("reading parameters", () => {
  it("a filter takes repeated and comma-separated values, trimmed, without blanks or duplicates", () => {
    expect(query("colour=red,green&colour=%20blue%20&colour=red&colour=,").colour).toEqual(["red", "green", "blue"]);
  });

  it("a blank value is no value", () => {
    expect(query("q=&colour=&sort=&page=&pageSize=&bbox=")).toEqual(emptyParams(SPEC));
    expect(emptyParams(SPEC)).toEqual({ q: undefined, colour: [], organisation: [], sort: undefined, bbox: undefined, page: 1, pageSize: QUERY_LIMITS.defaultPageSize });
  });

  it("text is never refused: control characters become spaces, and it is cut at the limit", () => {
    expect(query("q=%00%01fiets%7F%20amsterdam").q).toBe("fiets  amsterdam");
    expect(query(`q=${"a".repeat(5000)}`).q).toHaveLength(QUERY_LIMITS.text);
    expect(query(`q=${encodeURIComponent('"); DROP TABLE entries; --')}`).q).toBe('"); DROP TABLE entries; --');
  });

  it("numbers are digits only", () => {
    expect(query("page=%2012%20&pageSize=100")).toMatchObject({ page: 12, pageSize: 100 });
    for (const bad of ["0", "-1", "1e3", "0x10", "2.5", "abc", "100001", "9999999999"]) expect(problems(`page=${bad}`).map((p) => p.parameter), bad).toEqual(["page"]);
  });

  it("a bbox is four numbers inside the world, min before max; a zoom is rounded down", () => {
    expect(query("bbox=5.1,%2052.08,+5.13,5.21e1").bbox).toEqual([5.1, 52.08, 5.13, 52.1]);
    expect(readBBox("1,2,3")).toEqual({ error: expect.stringMatching(/four numbers/) });
    expect(readBBox("-200,50,5,52")).toEqual({ error: expect.stringMatching(/outside the world/) });
    expect(readBBox("5,53,4,52")).toEqual({ error: expect.stringMatching(/must not exceed/) });
    expect(parseParams(MAP, new URLSearchParams("bbox=3,50,8,54&zoom=7.9"))).toEqual({ ok: true, query: { bbox: [3, 50, 8, 54], zoom: 7 } });
    expect(problems("bbox=3,50,8,54&zoom=23", MAP).map((p) => p.parameter)).toEqual(["zoom"]);
  });

  it("names of JavaScript's built-in members are ordinary parameters", () => {
    // Next.js builds a page's searchParams in a plain object: "constructor" arrives as [Object, "x"].
    const lists = paramLists(searchParamsToUrlQuery(new URLSearchParams("constructor=x&toString=y&q=z")) as Record<string, string>);
    expect(lists.get("q")).toEqual(["z"]);
    expect([...lists.values()].flat().every((v) => typeof v === "string")).toBe(true);
    expect(problems("constructor=x&__proto__=y&hasOwnProperty=z").map((p) => p.parameter)).toEqual(["constructor", "__proto__", "hasOwnProperty"]);
    expect(lenientParams(SPEC, new URLSearchParams("constructor=x&__proto__=y&q=fiets"))).toEqual({ query: { ...emptyParams(SPEC), q: "fiets" }, ignored: [] });
  });
});

describe("the API: every problem, in one shape", () => {
  it("lists every problem of a query at once, each naming its parameter and, where there is one, its value", () => {
    const found = problems("colour=red,purple,pink&sort=random&page=0&organisation=Not%20A%20Slug&typo=1&q=a&q=b&bbox=1,2,3");
    expect(found.map((p) => p.parameter).sort()).toEqual(["bbox", "colour", "colour", "organisation", "page", "q", "sort", "typo"]);
    for (const p of found) apiProblemSchema.strict().parse(p);
    expect(found).toContainEqual({ parameter: "colour", value: "purple", allowed: ["red", "green", "blue"], message: "Unknown value 'purple' for 'colour'." });
    expect(found).toContainEqual({ parameter: "sort", value: "random", allowed: ["name", "newest"], message: "Unknown value 'random' for 'sort'." });
    expect(found).toContainEqual({ parameter: "page", value: "0", message: `'page' must be a whole number from 1 to ${QUERY_LIMITS.page}.` });
    expect(found).toContainEqual({ parameter: "q", message: "Give 'q' once." });
    expect(found.find((p) => p.parameter === "typo")!.message).toBe("Unknown parameter 'typo'. Known parameters: q, colour, organisation, sort, bbox, page, pageSize.");
  });

  it("refuses more than the limit of values for one filter, and page sizes over the maximum", () => {
    const many = Array.from({ length: QUERY_LIMITS.values + 1 }, (_, i) => `org-${i}`).join(",");
    expect(problems(`organisation=${many}`)).toEqual([{ parameter: "organisation", message: `Too many values for 'organisation' (at most ${QUERY_LIMITS.values}).` }]);
    expect(problems(`pageSize=${QUERY_LIMITS.pageSize + 1}`)[0]!.message).toBe(`'pageSize' must be a whole number from 1 to ${QUERY_LIMITS.pageSize}.`);
  });

  it("names a required parameter that is missing", () => {
    expect(problems("", MAP)).toEqual([
      { parameter: "bbox", message: "'bbox' is required." },
      { parameter: "zoom", message: "'zoom' is required." },
    ]);
  });

  it("keeps what it echoes short", () => {
    const long = "x".repeat(500);
    const [p] = problems(`sort=${long}`);
    expect(p!.value).toHaveLength(100);
    expect(p!.message.length).toBeLessThan(200);
    expect(problems(`${long}=1`)[0]!.parameter).toHaveLength(100);
  });

  it("runs the database's checks on the values that passed, and lists their problems with the others", () => {
    const check = (q: Readonly<Record<string, unknown>>) =>
      (q.organisation as string[]).filter((s) => s !== "utrecht").map((value) => ({ parameter: "organisation", value, message: `No organisation with slug '${value}'.` }));
    const r = parseParams(SPEC, new URLSearchParams("organisation=utrecht,nergens&sort=random"), { check });
    expect(r.ok ? [] : r.problems.map((p) => `${p.parameter}=${p.value}`)).toEqual(["sort=random", "organisation=nergens"]);
    expect(lenientParams(SPEC, new URLSearchParams("organisation=utrecht,nergens"), { check }).query.organisation).toEqual(["utrecht"]);
  });
});

describe("pages: leave out, keep the rest, say so", () => {
  it("drops only the values that are wrong, keeps the text, and ignores unknown parameters silently", () => {
    const { query: q, ignored } = lenientParams(SPEC, new URLSearchParams("colour=red,purple&page=x&q=fiets&utm_source=mail&sort=random"));
    expect(q).toMatchObject({ colour: ["red"], page: 1, q: "fiets", sort: undefined });
    expect(ignoredList(ignored)).toBe("colour=purple, sort=random, page=x");
  });

  it("takes the first of a value given twice, and the first values of a filter over the limit", () => {
    const { query: q, ignored } = lenientParams(SPEC, new URLSearchParams("q=eerste&q=tweede"));
    expect(q.q).toBe("eerste");
    expect(ignored).toEqual([{ parameter: "q", message: "Give 'q' once." }]);
    const colours = lenientParams(SPEC, new URLSearchParams(Array.from({ length: 70 }, () => ["organisation", `o-${Math.random().toString(36).slice(2)}`])));
    expect(colours.query.organisation).toHaveLength(QUERY_LIMITS.values);
  });

  it("reads Next's searchParams object like URLSearchParams", () => {
    const input = searchParamsToUrlQuery(new URLSearchParams("colour=red&colour=blue&q=fiets")) as Record<string, string | string[]>;
    expect(lenientParams(SPEC, input).query).toEqual(lenientParams(SPEC, new URLSearchParams("colour=red&colour=blue&q=fiets")).query);
  });
});

describe("links that keep a query", () => {
  it("give the parameters in the set's order, defaults left out, and read back to the same query", () => {
    const q = query("pageSize=50&colour=blue,red&q=fiets&page=3&sort=name&bbox=1,2,3,4");
    const pairs = queryPairs(SPEC, q);
    expect(pairs).toEqual([
      ["q", "fiets"],
      ["colour", "blue"],
      ["colour", "red"],
      ["sort", "name"],
      ["bbox", "1,2,3,4"],
      ["page", "3"],
      ["pageSize", "50"],
    ]);
    expect(query(new URLSearchParams(pairs).toString())).toEqual(q);
    expect(queryPairs(SPEC, emptyParams(SPEC))).toEqual([]);
    expect(queryPairs(SPEC, q, ["q", "sort"])).toEqual([
      ["q", "fiets"],
      ["sort", "name"],
    ]);
  });
});
