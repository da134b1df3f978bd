/**
 * The register in figures (db/figures.ts) and the public organisation reads (db/organisations.ts): counted from
 * the catalogue and indexed GROUP BYs, checked here against a plain count over every public entry's content.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { valueSlugs } from "@/lib/codio";
import type { Actor } from "@/lib/permissions";
import fc from "fast-check";
import { hostileString } from "@/lib/testing/hostile";
import { getDb } from "./client";
import { demoSensors } from "./demo/sensors";
import { seedDemoContent } from "./demo/seed";
import * as entries from "./entries";
import { clearFiguresCache, registerCharts } from "./figures";
import { getPublicOrganisation, listPublicOrganisations, organisationEntries, organisationSensorMarks } from "./organisations";
import { registerFigures } from "./public";

const system: Actor = { kind: "system", name: "test" };
let orgIds: Map<string, number>;

type Link = { value: string; assessment: "serves" | "at_stake" };
/** Every public entry with its content, read plainly (what the figures must agree with). */
function publicRows(organisationId?: number) {
  const rows = getDb()
    .$client.prepare("SELECT kind, organisation_id AS org, data FROM entries WHERE status IN ('published', 'archived')")
    .all() as { kind: string; org: number; data: string }[];
  return rows
    .filter((r) => organisationId === undefined || r.org === organisationId)
    .map((r) => ({ kind: r.kind, data: JSON.parse(r.data) as { type?: string; publicationCategory?: string; status?: string; values?: Link[] } }));
}

function expectedValues(organisationId?: number) {
  const out = new Map<string, { slug: string; serves: number; atStake: number }>(valueSlugs.map((v) => [v, { slug: v, serves: 0, atStake: 0 }]));
  for (const r of publicRows(organisationId))
    for (const l of r.data.values ?? []) out.get(l.value)![l.assessment === "serves" ? "serves" : "atStake"]++;
  return [...out.values()];
}

const sum = (xs: { count: number }[]) => xs.reduce((n, x) => n + x.count, 0);

beforeAll(() => {
  orgIds = seedDemoContent();
});

describe("the register in figures", () => {
  it("counts every public entry once per kind, type, category, status and value, as the content says", () => {
    const charts = registerCharts();
    const rows = publicRows();
    const home = registerFigures();
    expect(charts.sensors).toBe(rows.filter((r) => r.kind === "sensor").length);
    expect(charts.algorithms).toBe(rows.filter((r) => r.kind === "algorithm").length);
    expect([charts.sensors, charts.algorithms]).toEqual([home.sensors, home.algorithms]);
    expect(charts.sensors).toBeGreaterThan(10);
    expect(sum(charts.sensorsByType)).toBe(charts.sensors);
    expect(sum(charts.sensorsByState)).toBe(charts.sensors);
    expect(sum(charts.algorithmsByCategory)).toBe(charts.algorithms);
    expect(sum(charts.algorithmsByStatus)).toBe(charts.algorithms);
    for (const { slug, count } of charts.sensorsByType) expect(count, slug).toBe(rows.filter((r) => r.kind === "sensor" && r.data.type === slug).length);
    for (const { slug, count } of charts.algorithmsByCategory)
      expect(count, slug).toBe(rows.filter((r) => r.kind === "algorithm" && r.data.publicationCategory === slug).length);
    expect(charts.values).toEqual(expectedValues());
    expect(charts.values.map((v) => v.slug)).toEqual(valueSlugs);
    // Assessed: linked to at least one value; the buckets of "linked to n values" hold every entry once.
    const assessed = rows.filter((r) => (r.data.values ?? []).length > 0).length;
    expect(charts.assessed.reduce((n, a) => n + a.assessed, 0)).toBe(assessed);
    expect(assessed).toBe(home.assessed);
    expect(sum(charts.valuesPerEntry)).toBe(rows.length);
    expect(charts.valuesPerEntry[0]!.count).toBe(rows.length - assessed);
    expect(charts.contest).toEqual({ required: home.contestRequired, described: home.contestDescribed });
    // A theme counts a sensor once, also when it has two sub-themes of it.
    for (const t of charts.sensorsByTheme) expect(t.count).toBeLessThanOrEqual(charts.sensors);
  });

  it("counts one organisation's entries only, and the organisations add up to the register", () => {
    const all = registerCharts();
    const per = [...orgIds.values()].map((id) => registerCharts({ organisationId: id }));
    expect(per.reduce((n, c) => n + c.sensors, 0)).toBe(all.sensors);
    expect(per.reduce((n, c) => n + c.algorithms, 0)).toBe(all.algorithms);
    const id = orgIds.get("voorbeeldstad")!;
    expect(registerCharts({ organisationId: id }).values).toEqual(expectedValues(id));
    expect(registerCharts({ organisationId: 999_999 }).sensors).toBe(0);
  });

  it("follows a publication at once (the answer is kept per data version)", () => {
    const before = registerCharts();
    const template = demoSensors.find((d) => d.status === "published")!;
    const row = entries.createEntry({ actor: system, kind: "sensor", organisationId: orgIds.get(template.organisation)!, input: { ...template.data, name: "Telpaal Cijferplein" } });
    entries.submitForReview({ actor: system, publicId: row.publicId });
    entries.approve({ actor: system, publicId: row.publicId, changeNote: "test" });
    const after = registerCharts();
    expect(after.sensors).toBe(before.sensors + 1);
    expect(after.values).toEqual(expectedValues());
  });

  it("leaves out the value links of an entry that is not public", () => {
    const template = demoSensors.find((d) => d.status === "published")!;
    const row = entries.createEntry({ actor: system, kind: "sensor", organisationId: orgIds.get(template.organisation)!, input: { ...template.data, name: "Concept met waarden" } });
    const id = (getDb().$client.prepare("SELECT id FROM entries WHERE public_id = ?").pluck().get(row.publicId)) as number;
    getDb().$client.prepare("INSERT INTO entry_values (entry_id, value, assessment, explanation) VALUES (?, 'privacy', 'at_stake', 'test')").run(id);
    clearFiguresCache();
    expect(registerCharts().values).toEqual(expectedValues());
  });
});

describe("public organisations", () => {
  it("lists organisations with a public entry, finds them by part of the name whatever the case or accents, and sorts", () => {
    const all = listPublicOrganisations();
    expect(all.map((o) => o.name)).toEqual([...all.map((o) => o.name)].sort((a, b) => a.localeCompare(b)));
    expect(all.map((o) => o.slug)).toContain("voorbeeldstad");
    for (const o of all) expect(o.sensors + o.algorithms).toBeGreaterThan(0);
    expect(listPublicOrganisations({ q: "VOORBEELDSTAD" }).map((o) => o.slug)).toEqual(["voorbeeldstad"]);
    expect(listPublicOrganisations({ q: "gémeente" }).every((o) => o.name.startsWith("Gemeente"))).toBe(true);
    expect(listPublicOrganisations({ q: "nergensdorp" })).toEqual([]);
    const bySensors = listPublicOrganisations({ sort: "sensors" }).map((o) => o.sensors);
    expect(bySensors).toEqual([...bySensors].sort((a, b) => b - a));
  });

  it("gives one organisation with its contact and objection address; anything else is undefined, never an error", () => {
    const o = getPublicOrganisation("voorbeeldstad")!;
    expect(o.name).toBe("Gemeente Voorbeeldstad");
    expect(o.contactEmail).toMatch(/@/);
    expect(o.objectionAddress ?? o.objectionUrl).toBeTruthy();
    const company = getPublicOrganisation("voorbeeld-parkeergarages");
    if (company) expect(company.moderator?.slug).toBe("voorbeeldstad");
    for (const slug of ["nergensdorp", "", "constructor", "__proto__", "toString", "%ff", "voorbeeldstad/", "Voorbeeldstad"]) expect(getPublicOrganisation(slug)).toBeUndefined();
    fc.assert(fc.property(hostileString(), (slug) => getPublicOrganisation(slug) === undefined || slug === "voorbeeldstad"), { numRuns: 100 });
    fc.assert(fc.property(hostileString(), (q) => Array.isArray(listPublicOrganisations({ q }))), { numRuns: 100 });
  });

  it("leaves out an organisation without a public entry", () => {
    getDb().$client.prepare("INSERT INTO organisations (slug, name, kind, contact_email) VALUES ('leegdorp', 'Gemeente Leegdorp', 'municipality', 'info@leegdorp.example')").run();
    expect(getPublicOrganisation("leegdorp")).toBeUndefined();
    expect(listPublicOrganisations().map((o) => o.slug)).not.toContain("leegdorp");
  });

  it("lists an organisation's entries by name, the first few and how many, and its sensors for a small map", () => {
    const id = orgIds.get("voorbeeldstad")!;
    const all = organisationEntries({ organisationId: id, kind: "sensor", limit: 1000 });
    expect(all.total).toBe(all.items.length);
    expect(all.total).toBe(getPublicOrganisation("voorbeeldstad")!.sensors);
    const names = all.items.map((i) => i.name.toLowerCase());
    expect(names).toEqual([...names].sort());
    const few = organisationEntries({ organisationId: id, kind: "sensor", limit: 3 });
    expect(few).toEqual({ total: all.total, items: all.items.slice(0, 3) });
    const marks = organisationSensorMarks({ organisationId: id, limit: 1000 })!;
    expect(marks).toHaveLength(all.total);
    for (const m of marks) expect(m.lat).toBeGreaterThan(50);
    expect(organisationSensorMarks({ organisationId: id, limit: 2 })).toBeNull();
  });
});
