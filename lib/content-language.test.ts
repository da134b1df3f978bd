import { describe, expect, it } from "vitest";
import { dutchLang, dutchOnly, localized, translatableFields } from "./content-language";
import { sensorSchemaAt } from "./schemas/sensor";
import { algorithmSchemaAt } from "./schemas/algorithm";
import { readEntryForm, formValuesOf } from "./schemas/form-content";

const sensor = { name: "Druktemeting", purpose: "Wij tellen mensen.", measures: "Aantal mensen", en: { name: "Crowd counting", purpose: "  " } };

describe("the language of an entry's content", () => {
  it("shows English text on English pages where there is one, and marks the Dutch text as Dutch elsewhere", () => {
    expect(localized(sensor, "name", "en")).toEqual({ text: "Crowd counting", lang: undefined });
    // Blank English text counts as none.
    expect(localized(sensor, "purpose", "en")).toEqual({ text: "Wij tellen mensen.", lang: "nl" });
    expect(localized(sensor, "measures", "en")).toEqual({ text: "Aantal mensen", lang: "nl" });
    expect(localized(sensor, "collectiveInterest", "en")).toEqual({ text: undefined, lang: undefined });
    // A Dutch page shows the Dutch text and needs no lang attribute.
    expect(localized(sensor, "name", "nl")).toEqual({ text: "Druktemeting", lang: undefined });
    expect(dutchLang("en")).toBe("nl");
    expect(dutchLang("nl")).toBeUndefined();
  });

  it("says whether an entry is in Dutch only, or partly", () => {
    expect(dutchOnly("sensor", sensor, "en")).toBe("partly");
    expect(dutchOnly("sensor", { name: "x" }, "en")).toBe("all");
    expect(dutchOnly("sensor", { name: "x", en: { purpose: " " } }, "en")).toBe("all");
    expect(dutchOnly("sensor", sensor, "nl")).toBeNull();
  });

  it("takes English texts in the form, for both kinds, and leaves them out when all are blank", () => {
    for (const kind of ["sensor", "algorithm"] as const) {
      const fd = new FormData();
      fd.append("name", "Naam");
      for (const field of translatableFields(kind)) fd.append(`en.${field}`, field === "name" ? "Name" : `Text of ${field}\n\nSecond paragraph`);
      const read = readEntryForm(kind, fd);
      expect(read.errors).toEqual({});
      expect(Object.keys(read.content.en as object)).toEqual(translatableFields(kind));
      expect(formValuesOf(kind, read.content).en).toEqual(read.values.en);
      const blank = new FormData();
      blank.append("name", "Naam");
      blank.append("en.name", "  ");
      expect(readEntryForm(kind, blank).content).not.toHaveProperty("en");
    }
  });

  it("holds English texts to the Dutch fields' limits, without control characters, at every level", () => {
    for (const level of ["draft", "full"] as const) {
      const s = sensorSchemaAt(level);
      const a = algorithmSchemaAt(level);
      expect(s.shape.en.safeParse({ name: "Crowd counting", purpose: "Line one\nLine two" }).success).toBe(true);
      expect(s.shape.en.safeParse({ name: "Crowd\u0000counting" }).success).toBe(false);
      expect(s.shape.en.safeParse({ name: "A\nB" }).success).toBe(false);
      expect(a.shape.en.safeParse({ shortDescription: "x".repeat(level === "draft" ? 2001 : 401) }).success).toBe(false);
      expect(s.shape.en.safeParse(undefined).success).toBe(true);
    }
  });
});
