import { beforeAll, describe, expect, it } from "vitest";

import { demoAlgorithms } from "./demo/algorithms";
import { seedDemoContent } from "./demo/seed";
import * as algorithms from "./algorithms";
import { ALGORITHM_QUERY, apiQuery } from "./query-params";

const PARKING = "A-PK4R7M";
const WOZ = "A-WZ8T3K";
const BIJSTAND = "A-BS6N2X";
const WMO = "A-WM2K8S";
const PUPIL_TRANSPORT = "A-KV9R3T";
const published = demoAlgorithms.filter((a) => a.status === "published" || a.status === "archived");

beforeAll(() => {
  seedDemoContent(["algorithm"]);
});

const parse = (qs: string) => apiQuery(ALGORITHM_QUERY, new URLSearchParams(qs));
const list = (qs: string) => {
  const r = parse(qs);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return algorithms.listAlgorithms(r.query);
};

describe("listAlgorithms", () => {
  it("lists every public algorithm and never a draft", () => {
    const all = list("pageSize=100");
    expect(all.total).toBe(published.length);
    expect(all.items.map((i) => i.publicId)).not.toContain("A-PD9R4M");
    expect(all.items.find((i) => i.publicId === "A-MK5T8V")?.entryStatus).toBe("archived");
  });
  it("filters by category and organisation, with facet counts of the other filters", () => {
    const r = list("category=high_risk");
    expect(r.items.map((i) => i.publicId)).toEqual(["A-BS6N2X"]);
    // The category facet still counts every category (its own filter is left out).
    const impactful = published.filter((a) => a.data.publicationCategory === "impactful").length;
    expect(r.facets.category.find((c) => c.value === "impactful")?.count).toBe(impactful);
    const water = list("organisation=voorbeeldrivieren");
    expect(water.items.map((i) => i.publicId)).toEqual(["A-WB2S6F", "A-HX7W3K"]);
    expect(water.facets.organisation.map((o) => o.value)).toContain("voorbeeldstad");
  });
  it("a main theme includes its sub-themes", () => {
    const r = list("theme=mobiliteit");
    expect(r.items.map((i) => i.publicId)).toContain("A-PK4R7M");
    expect(r.facets.theme.find((t) => t.value === "mobiliteit")!.count).toBeGreaterThanOrEqual(2);
  });
  it("filters by CODIO value and status", () => {
    const r = list("value=aanvechtbaarheid&status=in_use");
    expect(r.items.length).toBeGreaterThan(0);
    for (const i of r.items) {
      expect(i.data.status).toBe("in_use");
      expect(i.data.values.some((v) => v.value === "aanvechtbaarheid")).toBe(true);
    }
  });
  it("searches text, ranks by relevance and highlights", () => {
    const r = list("q=Parkeerboete");
    expect(r.items[0]!.publicId).toBe("A-PK4R7M");
    expect(r.items[0]!.highlight!.passage).toContain("<mark>parkeerboete</mark>");
    expect(list("q=scanauto").items[0]!.highlight!.shortDescription).toMatch(/^Een auto met camera/);
    expect(r.match).toEqual({ mode: "all", words: ["parkeerboete"] });
    expect(list(`q=${encodeURIComponent('"AND NEAR*( <script>')}`).total).toBeGreaterThanOrEqual(0);
  });
  it("pages", () => {
    const p1 = list("pageSize=5");
    const p2 = list("pageSize=5&page=2");
    expect(p1.pages).toBe(Math.ceil(published.length / 5));
    expect(p2.items[0]!.publicId).not.toBe(p1.items[0]!.publicId);
  });
});

describe("getAlgorithm", () => {
  it("returns public algorithms only", () => {
    expect(algorithms.getAlgorithm("A-PK4R7M")?.data.name).toBe("Parkeercontrole met de scanauto");
    expect(algorithms.getAlgorithm("A-PD9R4M")).toBeUndefined();
    expect(algorithms.getAlgorithm("S-PK4R7M")).toBeUndefined();
    expect(algorithms.getAlgorithm("'; DROP TABLE entries")).toBeUndefined();
    expect(algorithms.getAlgorithmRecord("A-PK4R7M")?.organisation.slug).toBe("voorbeeldstad");
  });
});

describe("findContest", () => {
  it("finds the decision from a resident's words and names the matching decisions", () => {
    const r = algorithms.findContest({ q: "Parkeerboete" });
    expect(r.kind).toBe("search");
    expect(r.hits[0]!.publicId).toBe("A-PK4R7M");
    expect(r.hits[0]!.matchedDecisions).toContain("parkeerboete");
    expect(r.hits[0]!.contest!.routes[0]!.deadlineAmount).toBe(6);
    expect(algorithms.findContest({ q: "bezwaar tegen mijn WOZ" }).hits[0]!.publicId).toBe("A-WZ8T3K");
    expect(algorithms.findContest({ q: "bijstand gestopt" }).hits[0]!.publicId).toBe("A-BS6N2X");
  });
  it("browses an organisation and keeps its general contact", () => {
    const r = algorithms.findContest({ organisation: "voorbeeldrivieren" });
    expect(r.kind).toBe("browse");
    expect(r.organisation?.objectionUrl).toMatch(/voorbeeldrivieren/);
    // Those with a contest route first; the imported one without a route still leads to the general route.
    expect(r.hits.map((h) => h.publicId)).toEqual(["A-WB2S6F", "A-HX7W3K"]);
  });
  it("handles no match, empty, hostile input and unknown organisations", () => {
    const none = algorithms.findContest({ q: "hondenbelasting", organisation: "voorbeeldrivieren" });
    expect(none).toMatchObject({ kind: "search", total: 0 });
    expect(none.organisation?.name).toBe("Waterschap Voorbeeldrivieren");
    expect(algorithms.findContest({}).kind).toBe("empty");
    expect(algorithms.findContest({ q: "🚲 ***" }).kind).toBe("unsearchable");
    expect(algorithms.findContest({ q: '"AND NEAR*( <script>' }).kind).toBe("search");
    expect(algorithms.findContest({ q: "woz", organisation: "bestaat-niet" }).organisation).toBeNull();
  });
  it("finds the letter from the words residents use, in Dutch and in English (synonym lists)", () => {
    const order = (q: string, lang: "nl" | "en") => algorithms.findContest({ q, lang }).hits.map((h) => h.publicId);
    // "bekeuring" is the parking fine, not the fine in the benefits algorithm.
    expect(order("bekeuring", "nl")[0]).toBe(PARKING);
    expect(order("bekeuring", "nl")).not.toContain(BIJSTAND);
    expect(order("bekeuringen", "nl")[0]).toBe(PARKING);
    expect(order("bekeuring", "en")[0]).toBe(PARKING);
    expect(order("social assistance", "en")[0]).toBe(BIJSTAND);
    expect(order("Social Assistance", "nl")[0]).toBe(BIJSTAND);
    expect(order("welfare stopped", "en")[0]).toBe(BIJSTAND);
    expect(order("parking fines", "en")[0]).toBe(PARKING);
    expect(order("home help refused", "en")[0]).toBe(WMO);
    // No dog tax in the register: nothing, rather than pupil transport through "taxi".
    expect(algorithms.findContest({ q: "dog tax", lang: "en" })).toMatchObject({ kind: "search", total: 0 });
    expect(algorithms.findContest({ q: "dog tax", lang: "nl" })).toMatchObject({ kind: "search", total: 0 });
  });
  it("matches English words whole on English pages, and Dutch words as a prefix on Dutch pages", () => {
    const order = (q: string, lang: "nl" | "en") => algorithms.findContest({ q, lang }).hits.map((h) => h.publicId);
    expect(order("tax", "en")).not.toContain(PUPIL_TRANSPORT); // "taxi naar school"
    expect(order("tax", "en").length).toBeGreaterThan(0); // tax → belasting, aanslag
    expect(order("taxi", "en")).toContain(PUPIL_TRANSPORT);
    expect(order("tax", "nl")).toContain(PUPIL_TRANSPORT); // a prefix: Dutch compounds
    expect(order("parkeerb", "nl")[0]).toBe(PARKING);
    expect(order("parkeerb", "en")).toEqual([]);
    // The matched decisions follow the same rule.
    const tax = algorithms.findContest({ q: "tax", lang: "en" }).hits.flatMap((h) => h.matchedDecisions);
    expect(tax.some((d) => /taxi/i.test(d))).toBe(false);
  });
  it("ranks the letter's own terms (the decisions an algorithm lists) above passing mentions in its text", () => {
    for (const q of ["woz", "belasting", "aanslag", "vergunning", "bijstand", "hulp", "school", "afval", "kwijtschelding"]) {
      const hits = algorithms.findContest({ q }).hits;
      const inDecisions = hits.map((h) => h.matchedDecisions.length > 0);
      expect(inDecisions, q).toEqual([...inDecisions].sort((a, b) => Number(b) - Number(a)));
    }
    // The WOZ value is mentioned in the water board's text; the WOZ decision comes first.
    const woz = algorithms.findContest({ q: "woz" }).hits;
    expect(woz[0]!.publicId).toBe(WOZ);
  });
  it("offers example decisions", () => {
    expect(algorithms.exampleDecisions()).toContain("parkeerbon");
    expect(algorithms.contestOrganisations().map((o) => o.slug)).toContain("voorbeeldstad");
  });
});
