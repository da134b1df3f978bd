import { describe, it, expect } from "vitest";
import {
  actionCategories,
  actionCategoryBySlug,
  actionCategorySlugs,
  examplesOfValue,
  exampleActions,
  foundationBySlug,
  foundations,
  isValueSlug,
  localized,
  principleBySlug,
  principles,
  principlesOfFoundation,
  source,
  valueBySlug,
  values,
  valueSlugs,
  valuesOfPrinciple,
} from "./index";
import type { Localized } from "./index";

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const sets = {
  foundations: foundations.map((f) => f.slug),
  principles: principles.map((p) => p.slug),
  values: values.map((v) => v.slug),
  actionCategories: actionCategories.map((c) => c.slug),
};

function expectFilled(l: Localized, what: string): void {
  expect(l.nl.trim(), `${what} (nl)`).not.toBe("");
  expect(l.en.trim(), `${what} (en)`).not.toBe("");
}

describe("CODIO taxonomy: slugs", () => {
  for (const [name, slugs] of Object.entries(sets)) {
    it(`${name}: slugs are unique and well-formed`, () => {
      expect(slugs.length).toBeGreaterThan(0);
      expect(new Set(slugs).size).toBe(slugs.length);
      for (const slug of slugs) expect(slug).toMatch(SLUG);
    });
  }

  it("slugs are unique across foundations, principles, values and categories", () => {
    const all = Object.values(sets).flat();
    expect(new Set(all).size).toBe(all.length);
  });
});

describe("CODIO taxonomy: texts", () => {
  it("every foundation has a name and a description in nl and en", () => {
    for (const f of foundations) {
      expectFilled(f.name, `foundation ${f.slug} name`);
      expectFilled(f.description, `foundation ${f.slug} description`);
    }
  });

  it("every principle has a name and a description in nl and en", () => {
    for (const p of principles) {
      expectFilled(p.name, `principle ${p.slug} name`);
      expectFilled(p.description, `principle ${p.slug} description`);
    }
  });

  it("every value has a name and a definition in nl and en", () => {
    for (const v of values) {
      expectFilled(v.name, `value ${v.slug} name`);
      expectFilled(v.definition, `value ${v.slug} definition`);
    }
  });

  it("every action category has a name and a description in nl and en", () => {
    for (const c of actionCategories) {
      expectFilled(c.name, `category ${c.slug} name`);
      expectFilled(c.description, `category ${c.slug} description`);
    }
  });

  it("every example action has a text in nl and en", () => {
    for (const a of exampleActions) expectFilled(a.text, `example for ${a.value}`);
  });

  it("the source is filled in", () => {
    expectFilled(source.title, "source title");
    expectFilled(source.publisher, "source publisher");
    expect(source.authors.trim()).not.toBe("");
    expect(source.year).toBe(2021);
  });
});

describe("CODIO taxonomy: structure", () => {
  it("every principle belongs to an existing foundation", () => {
    for (const p of principles) expect(foundationBySlug(p.foundation), p.slug).toBeDefined();
  });

  it("every value belongs to an existing principle", () => {
    for (const v of values) expect(principleBySlug(v.principle), v.slug).toBeDefined();
  });

  it("each foundation has at least one principle", () => {
    for (const f of foundations) {
      expect(principlesOfFoundation(f.slug).length, f.slug).toBeGreaterThan(0);
    }
  });

  it("each principle has at least one value", () => {
    for (const p of principles) {
      expect(valuesOfPrinciple(p.slug).length, p.slug).toBeGreaterThan(0);
    }
  });

  it("every value is reachable from a foundation via its principle", () => {
    const reachable = foundations.flatMap((f) =>
      principlesOfFoundation(f.slug).flatMap((p) => valuesOfPrinciple(p.slug)),
    );
    expect(reachable.map((v) => v.slug).sort()).toEqual([...sets.values].sort());
  });

  it("every example action points at an existing value and action category", () => {
    for (const a of exampleActions) {
      expect(valueBySlug(a.value), a.value).toBeDefined();
      expect(actionCategoryBySlug(a.category), a.category).toBeDefined();
    }
  });

  it("'verantwoording' is a value under 'verantwoordelijkheid'", () => {
    expect(valueBySlug("verantwoording")?.principle).toBe("verantwoordelijkheid");
    expect(valuesOfPrinciple("verantwoordelijkheid").map((v) => v.slug)).toContain(
      "verantwoording",
    );
  });

  it("exactly one value is missing from figure 3, and it is 'verantwoording'", () => {
    const notInFigure = values.filter((v) => v.inFigure3 === false);
    expect(notInFigure.map((v) => v.slug)).toEqual(["verantwoording"]);
    const inFigure = values.filter((v) => v.inFigure3);
    expect(inFigure.length + 1).toBe(values.length);
  });
});

describe("CODIO helpers", () => {
  it("look-ups return undefined or empty for unknown slugs", () => {
    expect(valueBySlug("does-not-exist")).toBeUndefined();
    expect(principleBySlug("does-not-exist")).toBeUndefined();
    expect(foundationBySlug("does-not-exist")).toBeUndefined();
    expect(actionCategoryBySlug("does-not-exist")).toBeUndefined();
    expect(valuesOfPrinciple("does-not-exist")).toEqual([]);
    expect(principlesOfFoundation("does-not-exist")).toEqual([]);
    expect(examplesOfValue("does-not-exist")).toEqual([]);
  });

  it("isValueSlug recognises exactly the value slugs", () => {
    for (const slug of valueSlugs) expect(isValueSlug(slug)).toBe(true);
    expect(isValueSlug("participatie")).toBe(false); // a principle, not a value
    expect(isValueSlug("")).toBe(false);
    expect(isValueSlug(undefined)).toBe(false);
  });

  it("slug lists follow the data", () => {
    expect([...valueSlugs]).toEqual(sets.values);
    expect([...actionCategorySlugs]).toEqual(sets.actionCategories);
  });

  it("examplesOfValue finds annex C examples", () => {
    expect(examplesOfValue("aanvechtbaarheid").length).toBeGreaterThan(0);
    expect(examplesOfValue("burgerbetrokkenheid").length).toBeGreaterThan(0);
  });

  it("localized picks the requested language", () => {
    const l = { nl: "Aanvechtbaarheid", en: "Contestability" };
    expect(localized(l, "nl")).toBe("Aanvechtbaarheid");
    expect(localized(l, "en")).toBe("Contestability");
  });
});
