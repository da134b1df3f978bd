/**
 * Bad input against the content schemas, at every completeness level (draft, standard, full), for both
 * kinds, the CODIO values panel and the organisation: whole documents of the wrong shape, and a valid
 * document with one field replaced by something hostile. Never a throw; a refusal names the field with a
 * message key the catalogues translate; what is accepted holds no markup that could run.
 */
import { afterAll, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import en from "@/messages/en.json";
import { demoAlgorithms } from "@/db/demo/algorithms";
import { demoOrganisations } from "@/db/demo/organisations";
import { demoSensors } from "@/db/demo/sensors";
import { bowtie, hostileGeometry, hostileJson, hostileKey, hostileString, oversizedString, Tally } from "@/lib/testing/hostile";
import { LEVELS, type Level } from "./levels";
import { contentSchema } from "./index";
import { problemsAt } from "./check";
import { issueMessage } from "./common";
import { organisationSchema } from "./organisation";
import { ALGORITHM_RICH_FIELDS } from "./algorithm";
import type { EntryKind } from "@/lib/vocab";

// Hundreds of generated inputs per test, some of them 100,000 characters long: seconds each on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

const tally = new Tally("content schemas (lib/schemas)");
afterAll(() => tally.report());

const KINDS: EntryKind[] = ["sensor", "algorithm"];
const base = { sensor: demoSensors[0]!.data as Record<string, unknown>, algorithm: demoAlgorithms[0]!.data as Record<string, unknown> };
const messageKeys = new Set(Object.keys(en.validation));

/** Every message is one of the catalogue's keys ("tooLong:100" → "tooLong"), so the form and the API can say it. */
function expectClearMessages(issues: { message: string; path: PropertyKey[] }[]) {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) expect(messageKeys, `message ${issue.message} at ${issue.path.join(".")}`).toContain(issue.message.split(":")[0]);
}

/** Rich text that is accepted holds no element or attribute that runs anything. */
function expectNoActiveMarkup(kind: EntryKind, data: Record<string, unknown>) {
  if (kind !== "algorithm") return;
  for (const f of ALGORITHM_RICH_FIELDS) {
    const v = data[f];
    if (typeof v !== "string") continue;
    expect(v).not.toMatch(/<(script|img|svg|iframe|style|a|b)\b/i);
    expect(v).not.toMatch(/\son\w+\s*=/i);
    // "javascript:" as words is harmless text; as the value of an attribute it would run.
    expect(v).not.toMatch(/=\s*["']?\s*javascript:/i);
  }
}

const parse = (kind: EntryKind, level: Level, input: unknown) => contentSchema(kind, level).safeParse(input, { error: issueMessage });

describe.each(KINDS)("%s content", (kind) => {
  const fieldNames = Object.keys(base[kind]);
  /** Every field the kind has (a rule may name a field the document does not hold). */
  const schemaFields = Object.keys((contentSchema(kind, "draft") as unknown as { shape: Record<string, unknown> }).shape);

  it.each(LEVELS)("refuses documents of the wrong shape at level %s", (level) => {
    fc.assert(
      fc.property(hostileJson(), (input) => {
        tally.add(`${kind} documents`);
        const r = parse(kind, level, input);
        if (!r.success) expectClearMessages(r.error.issues);
        expect(() => problemsAt(kind, input, level)).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });

  it.each(LEVELS)("one hostile field in a valid %s document: refused with its path, or accepted as harmless text", (level) => {
    expect(parse(kind, level, base[kind]).success).toBe(true);
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...fieldNames), hostileKey()),
        fc.oneof(hostileString(), hostileJson(2), oversizedString(), kind === "sensor" ? hostileGeometry() : fc.constant(null)),
        (field, value) => {
          tally.add(`${kind} fields`);
          const input = { ...base[kind] };
          Object.defineProperty(input, field, { value, enumerable: true, writable: true, configurable: true });
          const r = parse(kind, level, input);
          if (r.success) expectNoActiveMarkup(kind, r.data as Record<string, unknown>);
          else {
            expectClearMessages(r.error.issues);
            // Issues name fields of the kind (the replaced one, or one a rule relates to it).
            for (const issue of r.error.issues) expect(issue.path.length === 0 || schemaFields.includes(String(issue.path[0]))).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("geometry", () => {
  it("refuses positions out of range and outlines that cross themselves, at every level", () => {
    const sensor = base.sensor;
    fc.assert(
      fc.property(
        fc.constantFrom(...LEVELS),
        fc.oneof(
          fc.tuple(fc.double({ min: 180.0001, max: 1e9, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true })).map(([lon, lat]) => ({ type: "Point", coordinates: [lon, lat] })),
          fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: 90.0001, max: 1e9, noNaN: true })).map(([lon, lat]) => ({ type: "Point", coordinates: [-lon, -lat] })),
          fc.tuple(fc.double({ min: 3.2, max: 7.2, noNaN: true }), fc.double({ min: 50.7, max: 53.5, noNaN: true }), fc.double({ min: 1e-5, max: 0.05, noNaN: true })).map(([x, y, d]) => ({ type: "Polygon", coordinates: [bowtie(x, y, d)] })),
        ),
        (level, geometry) => {
          tally.add("geometries");
          const r = parse("sensor", level, { ...sensor, geometry });
          expect(r.success).toBe(false);
          if (!r.success) {
            expectClearMessages(r.error.issues);
            expect(r.error.issues.every((i) => i.path[0] === "geometry")).toBe(true);
            expect(r.error.issues.map((i) => i.message)).toEqual(expect.arrayContaining([expect.stringMatching(/^(longitude|latitude|selfIntersecting)$/)]));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("CODIO values panel", () => {
  it("refuses unknown value slugs (built-in names too), assessments and action categories", () => {
    fc.assert(
      fc.property(fc.constantFrom(...LEVELS), fc.constantFrom("value", "assessment", "actionCategory"), hostileString(), (level, key, bad) => {
        tally.add("value links");
        const link = { value: "privacy", assessment: "serves", explanation: "Uitleg.", actionCategory: undefined as unknown, action: "Actie." };
        const values = [{ ...link, [key]: bad }];
        const r = parse("sensor", level, { ...base.sensor, values });
        if (r.success) return; // a blank action category is allowed
        expectClearMessages(r.error.issues);
        expect(r.error.issues.some((i) => i.path[0] === "values")).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("organisation", () => {
  const org = demoOrganisations[0]!;
  const keys = Object.keys(org);
  it("refuses hostile fields with a message, never throws", () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...keys, "moderator", "tooiId"), hostileKey()), fc.oneof(hostileString(), hostileJson(2), oversizedString()), (field, value) => {
        tally.add("organisations");
        const input: Record<string, unknown> = { ...org };
        Object.defineProperty(input, field, { value, enumerable: true, writable: true, configurable: true });
        const r = organisationSchema.safeParse(input, { error: issueMessage });
        if (!r.success) expectClearMessages(r.error.issues);
        else expect(r.data.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(hostileJson(), (input) => {
        tally.add("organisations");
        const r = organisationSchema.safeParse(input, { error: issueMessage });
        if (!r.success) expectClearMessages(r.error.issues);
      }),
      { numRuns: 100 },
    );
  });
});

// Found by the property above (seed 1036233556): zod runs length checks on anything with a `length`, even what
// its type check refused, and `{"length": {"toString": null}}` made them throw. Every field, every level.
describe("an object whose length is not a number", () => {
  const odd = { length: { toString: null } };
  it.each(["sensor", "algorithm"] as const)("is refused for its type in every %s field, never thrown", (kind) => {
    const fields = Object.keys((contentSchema(kind, "draft") as unknown as { shape: Record<string, unknown> }).shape);
    for (const level of LEVELS)
      for (const field of fields)
        for (const value of [odd, [odd], [{ value: odd, url: odd, title: odd }]]) {
          const r = contentSchema(kind, level).safeParse({ name: field === "name" ? undefined : "x", [field]: value });
          if (field === "name") expect(r.success).toBe(false);
        }
  });
});
