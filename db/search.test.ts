import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/permissions";

import * as entries from "./entries";
import { demoAlgorithms } from "./demo/algorithms";
import { seedDemoContent } from "./demo/seed";
import { compileQuery, phraseMatches, wordVariants } from "./search/query";
import { searchEntries } from "./search/register";
import { snippetHtml } from "./search/snippets";

const system: Actor = { kind: "system", name: "test" };
const PARKING = "A-PK4R7M";
const WOZ = "A-WZ8T3K";
const BIJSTAND = "A-BS6N2X";
const DRAFT = "A-PD9R4M";
const ACCENTS = "A-RNQ2ZT";
const PLAIN = "A-PLN3VW";

beforeAll(() => {
  const orgIds = seedDemoContent(["algorithm"]);
  const publish = (publicId: string, organisationId: number, input: unknown, status = "published") => {
    entries.createEntry({ actor: system, kind: "algorithm", organisationId, input, publicId });
    if (status === "draft") return;
    entries.submitForReview({ actor: system, publicId });
    entries.approve({ actor: system, publicId, changeNote: "test" });
  };
  // Without the parking algorithm's related scan car: only the algorithms are loaded here.
  const base = { ...demoAlgorithms.find((a) => a.publicId === PARKING)!.data, related: [] };
  // Stored WITH accents, searched without; and stored without, searched with.
  publish(ACCENTS, orgIds.get("voorbeeldstad")!, {
    ...base,
    name: "Subsidie voor de reünie van de cliëntenraad",
    shortDescription: "Een rekenregel bepaalt de hoogte van de subsidie voor een reünie. Een medewerker controleert de uitkomst altijd.",
    contest: { ...base.contest!, decisions: ["beslissing reünie-subsidie", "coördinatiekosten"] },
  });
  publish(PLAIN, orgIds.get("voorbeeldstad")!, {
    ...base,
    name: "Toets op de cafevergunning",
    shortDescription: "Een rekenregel kijkt of een aanvraag voor een cafevergunning compleet is. Een medewerker beslist over de aanvraag.",
    contest: { ...base.contest!, decisions: ["weigering cafevergunning"] },
  });
});

const ids = (q: string, scope: Parameters<typeof searchEntries>[0] extends infer P ? Omit<P & object, "q"> : never = {}) =>
  searchEntries({ q, kind: "algorithm", limit: 50, ...scope }).hits.map((h) => h.publicId);

describe("compileQuery", () => {
  it("quotes every word, as a prefix, with variants", () => {
    const q = compileQuery("Parkeerboetes");
    expect(q.tokens).toEqual(["parkeerboetes"]);
    expect(q.all).toBe('("parkeerboetes"* OR "parkeerboet"*)');
    expect(q.any).toBeNull();
  });
  it("drops stop words when other words remain, unless they match too", () => {
    const q = compileQuery("mijn parkeerbon van de gemeente");
    expect(q.tokens).toEqual(["parkeerbon", "gemeente"]);
    expect(q.strict).toContain('"mijn"*');
    expect(compileQuery("de").tokens).toEqual(["de"]);
    const parkeerbon = searchEntries({ q: "mijn parkeerbon", kind: "algorithm" });
    expect(parkeerbon.mode).toBe("all");
    expect(parkeerbon.hits[0]!.publicId).toBe(PARKING);
    const klik = searchEntries({ q: "een klik terugsturen", kind: "algorithm", snippetColumns: ["body"] });
    expect(klik.hits[0]!.snippet).toContain("<mark>één</mark> <mark>klik</mark>");
  });
  it("never lets query syntax through", () => {
    for (const hostile of [
      '"AND NEAR*( <script>',
      "a NEAR b",
      "(a OR b) NOT c",
      "col:value ^start",
      "'; DROP TABLE entries; --",
      "<img src=x onerror=alert(1)>",
      "🚲🚲 🅰",
      "x".repeat(2000),
      "woord ".repeat(400),
    ]) {
      const q = compileQuery(hostile);
      for (const expr of [q.all, q.any].filter(Boolean))
        expect(expr!.replace(/"[^"]*"/g, "")).toMatch(/^[\s()*]*((AND|OR)[\s()*]*)*$/);
    }
    expect(compileQuery("🚲 *** ()").all).toBeNull();
  });
  it("matches typed words whole on English pages, as a prefix on Dutch ones; synonyms always as a prefix", () => {
    expect(compileQuery("tax", { lang: "en" }).all).toBe('("tax" OR "belasting"* OR "aanslag"*)');
    expect(compileQuery("tax", { lang: "nl" }).all).toBe('("tax"* OR "belasting"* OR "aanslag"*)');
    expect(compileQuery("fines", { lang: "en" }).all).toContain('"fine" OR');
    expect(compileQuery("fines", { lang: "en" }).all).toContain('"boete"*');
    expect(compileQuery("penalties", { lang: "en" }).all).toContain('"penalty"');
    expect(compileQuery("a", { lang: "nl" }).all).toBe('"a"');
  });
  it("reads a phrase of the synonym lists as one unit, the longest first", () => {
    expect(compileQuery("dog tax", { lang: "en" })).toMatchObject({ all: '("dog tax" OR "hondenbelasting"*)', any: null, tokens: ["dog", "tax"] });
    expect(compileQuery("my parking fines", { lang: "en" }).all).toMatch(/^\("parking fines" OR "parkeerbon"\* OR /);
    expect(compileQuery("social assistance stopped", { lang: "en" }).any).toMatch(/^\("social assistance" OR "bijstand"\*.* OR \("stopped" OR /);
    const bekeuring = compileQuery("bekeuring").all!;
    for (const w of ["parkeerbon", "naheffingsaanslag", "parkeerboete"]) expect(bekeuring).toContain(`"${w}"*`);
    expect(wordVariants("bekeuringen")).toContain("naheffingsaanslag");
  });
  it("knows simple Dutch endings and participles", () => {
    expect(wordVariants("bonnen")).toContain("bon");
    expect(wordVariants("uitkeringen")).toContain("uitkering");
    expect(wordVariants("gestopt")).toContain("stop");
    expect(wordVariants("stopgezet")).toContain("stopzet");
    expect(wordVariants("teruggevorderd")).toContain("terugvorder");
    expect(wordVariants("parkeren")).toContain("parkeer");
  });
});

describe("searchEntries", () => {
  it("finds decision words whatever the case", () => {
    expect(ids("Parkeerboete")[0]).toBe(PARKING);
    expect(ids("parkeerbon")[0]).toBe(PARKING);
    expect(ids("PARKEERBON")[0]).toBe(PARKING);
    expect(ids("WOZ")[0]).toBe(WOZ);
    expect(ids("woz")[0]).toBe(WOZ);
    expect(ids("woz-beschikking")[0]).toBe(WOZ);
    expect(ids("bijstand")[0]).toBe(BIJSTAND);
  });

  it("matches prefixes while typing and inflected forms", () => {
    expect(ids("parkeerb")).toContain(PARKING);
    expect(ids("naheff")).toContain(PARKING);
    expect(ids("parkeerbonnen")).toContain(PARKING);
    expect(ids("WOZ-beschikkingen")[0]).toBe(WOZ);
    expect(ids("parkeren").slice(0, 2)).toContain(PARKING);
  });

  it("finds a stopped benefit in a resident's own words", () => {
    expect(ids("uitkering stopgezet")[0]).toBe(BIJSTAND);
    expect(ids("bijstand gestopt")[0]).toBe(BIJSTAND);
  });

  it("understands a few English words for Dutch letters", () => {
    expect(ids("parking fine")[0]).toBe(PARKING);
    expect(ids("property valuation")[0]).toBe(WOZ);
    expect(ids("benefit stopped")[0]).toBe(BIJSTAND);
  });

  it("is accent-insensitive both ways", () => {
    expect(ids("reunie")).toContain(ACCENTS);
    expect(ids("clientenraad")).toContain(ACCENTS);
    expect(ids("coordinatiekosten")).toContain(ACCENTS);
    expect(ids("Reünie")).toContain(ACCENTS);
    expect(ids("cafévergunning")).toContain(PLAIN);
    expect(ids("CAFÉVERGUNNING")).toContain(PLAIN);
  });

  it("falls back to any word when not all words match, and says so", () => {
    const r = searchEntries({ q: "parkeerboete fietsenstalling", kind: "algorithm" });
    expect(r.mode).toBe("any");
    expect(r.hits[0]!.publicId).toBe(PARKING);
    expect(searchEntries({ q: "parkeerboete naheffingsaanslag", kind: "algorithm" }).mode).toBe("all");
  });

  it("returns only published and archived entries", () => {
    expect(ids("riolering")).not.toContain(DRAFT);
    expect(ids("Voorspelling onderhoud riolering")).not.toContain(DRAFT);
  });

  it("filters by organisation", () => {
    expect(ids("aanslag", { organisations: ["voorbeeldrivieren"] })).toEqual(["A-WB2S6F"]);
    expect(ids("parkeerbon", { organisations: ["voorbeeldrivieren"] })).toEqual([]);
  });

  it("highlights matches in an HTML-escaped snippet", () => {
    const hit = searchEntries({ q: "parkeerbon", kind: "algorithm" }).hits[0]!;
    expect(hit.snippet).toContain("<mark>parkeerbon</mark>");
    expect(snippetHtml("a <b> & \uE000x\uE001 \uE000")).toBe("a &lt;b&gt; &amp; <mark>x</mark> ");
  });

  it("never errors on hostile input", () => {
    for (const hostile of [
      '"AND NEAR*( <script>',
      '"',
      "AND",
      "NEAR(a b)",
      "*",
      "-woz",
      "(woz",
      "woz)",
      "🚲",
      "'; DROP TABLE entries; --",
      "<script>alert(1)</script>",
      "é".repeat(2000),
      "parkeerbon ".repeat(200),
      "",
    ]) {
      const r = searchEntries({ q: hostile, kind: "algorithm" });
      expect(r.total).toBeGreaterThanOrEqual(0);
      for (const h of r.hits) expect(h.snippet).not.toMatch(/<(?!\/?mark>)/);
    }
    expect(searchEntries({ q: "🚲", kind: "algorithm" }).mode).toBe("none");
    expect(ids("<script>woz</script>")).toContain(WOZ);
  });

  it("pages and counts", () => {
    const all = searchEntries({ q: "gemeente", kind: "algorithm", limit: 200 });
    const page2 = searchEntries({ q: "gemeente", kind: "algorithm", limit: 3, offset: 3 });
    expect(page2.total).toBe(all.total);
    expect(page2.hits.map((h) => h.publicId)).toEqual(all.hits.slice(3, 6).map((h) => h.publicId));
  });
});

describe("phraseMatches", () => {
  it("tells which registered decision a query hits", () => {
    expect(phraseMatches("stopzetting uitkering", ["gestopt"])).toBe(true);
    expect(phraseMatches("WOZ-beschikking", ["woz"])).toBe(true);
    expect(phraseMatches("parkeerbon", ["woz"])).toBe(false);
    expect(phraseMatches("naheffingsaanslag parkeerbelasting", ["bekeuring"])).toBe(true);
    expect(phraseMatches("terugvordering bijstand", ["social", "assistance"], "en")).toBe(true);
    expect(phraseMatches("taxi naar school", ["tax"], "en")).toBe(false);
    expect(phraseMatches("taxi naar school", ["tax"], "nl")).toBe(true);
  });
});
