import { describe, expect, it } from "vitest";
import nl from "./synonyms/nl.json";
import en from "./synonyms/en.json";
import { buildSynonyms, SYNONYMS, synonymFileSchema, synonymsOf, termKey } from "./synonyms";

describe("the synonym lists (lib/search/synonyms/*.json)", () => {
  it("follow the schema, one file per language", () => {
    expect(synonymFileSchema.parse(nl).language).toBe("nl");
    expect(synonymFileSchema.parse(en).language).toBe("en");
  });

  it("say every term once per file, so an entry is never silently split", () => {
    for (const file of [nl, en]) {
      const said = file.entries.flatMap((e) => e.say.map(termKey));
      expect(said.filter((s, i) => said.indexOf(s) !== i), file.language).toEqual([]);
    }
  });

  it("lead residents' words to the words of the decisions", () => {
    expect(synonymsOf("bekeuring")).toEqual(expect.arrayContaining(["parkeerbon", "naheffingsaanslag", "parkeerboete"]));
    // "boete" would also find the fine in the benefits algorithm: a parking ticket is not that.
    expect(synonymsOf("bekeuring")).not.toContain("boete");
    expect(synonymsOf("social assistance")).toEqual(expect.arrayContaining(["bijstand", "participatiewet"]));
    expect(synonymsOf("dog tax")).toEqual(["hondenbelasting"]);
    expect(synonymsOf("welfare")).toContain("bijstand");
    expect(synonymsOf("uitkering")).toContain("bijstand");
  });

  it("are folded like the search index: case, accents and spacing do not matter", () => {
    expect(termKey("  Dog   TAX ")).toBe("dog tax");
    expect(termKey("Beëindigd")).toBe("beeindigd");
    expect(synonymsOf("beeindigd")).toContain("stopzetting");
  });

  it("treat any typed word as an ordinary key", () => {
    for (const w of ["constructor", "__proto__", "tostring", "hasownproperty"]) expect(synonymsOf(w)).toEqual([]);
    expect(SYNONYMS.get("constructor")).toBeUndefined();
  });

  it("refuse a broken list instead of searching with it", () => {
    expect(() => buildSynonyms([{ language: "nl", about: "x", entries: [{ say: ["a"], find: [] }] }])).toThrow();
    expect(() => buildSynonyms([{ language: "de", about: "x", entries: [{ say: ["a"], find: ["b"] }] }])).toThrow();
    expect(() => buildSynonyms([{ language: "nl", about: "x", entries: [{ say: ["***"], find: ["b"] }] }])).toThrow();
    expect(() => buildSynonyms([{ language: "nl", about: "x", entries: [{ say: ["een twee drie vier vijf"], find: ["b"] }] }])).toThrow();
    expect(() => buildSynonyms([{ language: "nl", about: "x", entries: [{ say: ["a"], find: ["b"], typo: 1 }] }])).toThrow();
  });

  it("merge a term said in two entries", () => {
    const merged = buildSynonyms([
      { language: "nl", about: "x", entries: [{ say: ["Bon"], find: ["parkeerbon"] }] },
      { language: "en", about: "x", entries: [{ say: ["bon"], find: ["boete", "parkeerbon"] }] },
    ]);
    expect(merged.get("bon")).toEqual(["parkeerbon", "boete"]);
  });
});
