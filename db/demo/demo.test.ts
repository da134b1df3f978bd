import { describe, it, expect } from "vitest";
import { valueSlugs } from "@/lib/codio";
import { algorithmSchemaAt } from "@/lib/schemas/algorithm";
import { requiredLevel } from "@/lib/completeness";
import { organisationSchema } from "@/lib/schemas/organisation";
import { sensorSchema } from "@/lib/schemas/sensor";
import { contestRequiredCategories, sensorTypes } from "@/lib/vocab";
import { demoAlgorithms } from "./algorithms";
import { demoOrganisations } from "./organisations";
import { demoSensors } from "./sensors";
import { PUBLIC_ID_PATTERN, type DemoEntry } from "./types";
import type { z } from "zod";

/** Readable list of issues, so a failing entry says what is wrong and where. */
function describeIssues(label: string, error: z.ZodError | undefined): string {
  if (!error) return "";
  return `${label}:\n` + error.issues.map((i) => `  ${i.path.join(".") || "(root)"}: ${i.message}`).join("\n");
}

const entries = [...demoSensors, ...demoAlgorithms] as DemoEntry<{ values: { value: string; assessment: string }[] }>[];
const orgSlugs = new Set(demoOrganisations.map((o) => o.slug));

describe("demo organisations", () => {
  it.each(demoOrganisations.map((o) => [o.slug, o] as const))("%s is valid", (_slug, org) => {
    const r = organisationSchema.safeParse(org);
    expect(r.success, describeIssues(org.slug, r.error)).toBe(true);
  });

  it("have unique slugs and example-only addresses", () => {
    expect(orgSlugs.size).toBe(demoOrganisations.length);
    for (const o of demoOrganisations) {
      expect(o.contactEmail).toMatch(/\.example\.(nl|org)$/);
      expect(o.tooiId).toBeUndefined();
      for (const url of [o.website, o.objectionUrl]) if (url) expect(url).toMatch(/^https:\/\/[^/]*\.example\.(nl|org)(\/|$)/);
    }
  });
});

describe("demo sensors", () => {
  it.each(demoSensors.map((s) => [s.publicId, s] as const))("%s is valid", (id, s) => {
    const r = sensorSchema.safeParse(s.data);
    expect(r.success, describeIssues(id, r.error)).toBe(true);
  });

  it("has at least 40 sensors", () => {
    expect(demoSensors.length).toBeGreaterThanOrEqual(40);
  });

  it("uses every sensor type at least once", () => {
    const used = new Set(demoSensors.map((s) => s.data.type));
    expect(sensorTypes.slugs.filter((t) => !used.has(t))).toEqual([]);
  });

  it("has points, at least one polygon and at least one line", () => {
    const kinds = new Set(demoSensors.map((s) => s.data.geometry.type));
    expect(kinds).toContain("Point");
    expect(kinds).toContain("Polygon");
    expect(kinds).toContain("LineString");
  });

  it("closes every polygon ring", () => {
    for (const s of demoSensors) {
      const g = s.data.geometry;
      if (g.type !== "Polygon") continue;
      for (const ring of g.coordinates) expect(ring[0], s.publicId).toEqual(ring.at(-1));
    }
  });

  it("ends archived sensors in the past, with endedOn equal to activeUntil", () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const s of demoSensors.filter((e) => e.status === "archived")) {
      expect(s.endedOn, s.publicId).toBeDefined();
      expect(s.data.activeUntil, s.publicId).toBe(s.endedOn);
      expect(s.endedOn! < today, s.publicId).toBe(true);
    }
  });
});

describe("demo algorithms", () => {
  it.each(demoAlgorithms.map((a) => [a.publicId, a] as const))("%s is valid at the level its publication requires", (id, a) => {
    const level = requiredLevel("algorithm", a.origin ?? "form", a.data);
    const r = algorithmSchemaAt(level).safeParse(a.data);
    expect(r.success, describeIssues(id, r.error)).toBe(true);
  });

  it("includes an algorithm imported from the national register, not yet assessed and without a contest route", () => {
    const imported = demoAlgorithms.filter((a) => a.origin === "import");
    expect(imported.map((a) => a.publicId)).toEqual(["A-HX7W3K"]);
    expect(imported[0]!.data.values).toEqual([]);
    expect(imported[0]!.data.contest).toBeUndefined();
  });

  it("has at least 12 algorithms", () => {
    expect(demoAlgorithms.length).toBeGreaterThanOrEqual(12);
  });

  it("gives every impactful or high-risk algorithm a contest route", () => {
    const missing = demoAlgorithms
      .filter((a) => a.origin !== "import" && contestRequiredCategories.includes(a.data.publicationCategory) && !a.data.contest)
      .map((a) => a.publicId);
    expect(missing).toEqual([]);
  });

  it("marks out-of-use algorithms as archived with an end month", () => {
    for (const a of demoAlgorithms.filter((e) => e.status === "archived")) {
      expect(a.data.status, a.publicId).toBe("out_of_use");
      expect(a.data.endMonth, a.publicId).toBeDefined();
      expect(a.endedOn, a.publicId).toBeDefined();
    }
  });
});

describe("all demo entries", () => {
  it("have unique, well-formed public ids", () => {
    const ids = entries.map((e) => e.publicId);
    expect(new Set(ids).size).toBe(ids.length);
    const malformed = [
      ...demoSensors.filter((s) => !PUBLIC_ID_PATTERN.test(s.publicId) || !s.publicId.startsWith("S-")),
      ...demoAlgorithms.filter((a) => !PUBLIC_ID_PATTERN.test(a.publicId) || !a.publicId.startsWith("A-")),
    ].map((e) => e.publicId);
    expect(malformed).toEqual([]);
  });

  it("belong to an existing demo organisation", () => {
    expect(entries.filter((e) => !orgSlugs.has(e.organisation)).map((e) => e.publicId)).toEqual([]);
  });

  it("assess values honestly: at least one value served and one at stake (or, when imported, none yet)", () => {
    for (const e of entries.filter((x) => x.data.values.length > 0)) {
      const assessments = e.data.values.map((v) => v.assessment);
      expect(assessments, e.publicId).toContain("serves");
      expect(assessments, e.publicId).toContain("at_stake");
    }
  });

  it("includes entries assessed against many values, and the bijstand algorithm against at least 20", () => {
    const bijstand = demoAlgorithms.find((a) => a.data.name.toLowerCase().includes("bijstand"));
    expect(bijstand).toBeDefined();
    expect(bijstand!.data.values!.length).toBeGreaterThanOrEqual(20);
    expect(Math.max(...demoSensors.map((s) => s.data.values!.length))).toBeGreaterThanOrEqual(15);
    for (const e of entries) for (const v of e.data.values) expect(valueSlugs as readonly string[]).toContain(v.value);
  });

  it("has entries of every workflow status", () => {
    const statuses = new Set(entries.map((e) => e.status));
    for (const s of ["published", "archived", "draft", "in_review"]) expect(statuses).toContain(s);
  });
});
