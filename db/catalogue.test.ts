/**
 * The one catalogue behind search, the sensor list, the sensor API and the map: it follows publications,
 * archivings and organisation renames in place (no full reload), also when another process made them.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/permissions";
import { runChild } from "@/lib/testing/children";
import { catalogue, resetCatalogue, sortInSteps, stateOf, statesToday, TextColumn, todayNumber, warmCatalogue } from "./catalogue";
import { getDb } from "./client";
import { demoAlgorithms } from "./demo/algorithms";
import { demoSensors } from "./demo/sensors";
import { seedDemoContent } from "./demo/seed";
import * as entries from "./entries";
import * as s from "./sensors";
import { searchRegister } from "./search/register";
import { apiQuery, SEARCH_QUERY, SENSOR_FILTERS } from "./query-params";
import { answerVersion } from "./public";
import { emptyParams } from "@/lib/query-params";

const system: Actor = { kind: "system", name: "test" };
const none = { type: [], theme: [], value: [], organisation: [], personalData: [], state: [], q: undefined };
const country: [number, number, number, number] = [3, 50.6, 7.4, 53.7];
const template = demoSensors.find((d) => d.status === "published" && (d.data as { geometry: { type: string } }).geometry.type === "Point")!;
let orgIds: Map<string, number>;

/** Registers and publishes a new point sensor; answers its public id. */
function publishSensor(name: string, lon: number, lat: number): string {
  const row = entries.createEntry({
    actor: system,
    kind: "sensor",
    organisationId: orgIds.get(template.organisation)!,
    input: { ...template.data, name, geometry: { type: "Point", coordinates: [lon, lat] } },
  });
  entries.submitForReview({ actor: system, publicId: row.publicId });
  entries.approve({ actor: system, publicId: row.publicId, changeNote: "test" });
  return row.publicId;
}

const mapIds = async (bbox = country, zoom = 19) =>
  (await s.sensorClusters({ filters: none, bbox, zoom })).features.map((f) => f.id);
const listNames = (q: string) => s.listSensors({ ...emptyParams(SENSOR_FILTERS), q }).items.map((i) => i.name);

beforeAll(() => {
  orgIds = seedDemoContent();
});

describe("the catalogue", () => {
  it("takes a publication in place: the same catalogue, one version on, the sensor on the map, in the list and in search", async () => {
    const before = catalogue();
    const loadedIn = before.loadMs;
    const id = publishSensor("Telpaal Catalogusplein", 5.1, 52.09);
    const after = catalogue();
    expect(after).toBe(before);
    expect(after.loadMs).toBe(loadedIn);
    expect(after.version).toBeGreaterThan(0);
    expect(await mapIds([5.09, 52.08, 5.11, 52.1])).toContain(id);
    expect(listNames("Catalogusplein")).toEqual(["Telpaal Catalogusplein"]);
    const query = apiQuery(SEARCH_QUERY, new URLSearchParams("q=Catalogusplein"));
    if (!query.ok) throw new Error("the search query should parse");
    expect(searchRegister(query.query).hits.map((h) => h.publicId)).toContain(id);
  });

  it("keeps the map's cluster index when an algorithm is published, and builds it anew when a sensor is", async () => {
    const { built: index } = await s.clusterIndex(none);
    const draft = demoAlgorithms.find((d) => d.status === "draft" || d.status === "in_review")!;
    if (draft.status === "draft") entries.submitForReview({ actor: system, publicId: draft.publicId });
    entries.approve({ actor: system, publicId: draft.publicId, changeNote: "test" });
    expect((await s.clusterIndex(none)).built).toBe(index);
    const id = publishSensor("Telpaal Tweede", 5.2, 52.1);
    // Until the new index is there, the old one answers with the new sensor laid over it.
    const meanwhile = await s.clusterIndex(none);
    if (meanwhile.built === index) expect([...meanwhile.changed].map((r) => catalogue().publicId.get(r))).toEqual([id]);
    await s.settledClusterIndexes();
    const rebuilt = await s.clusterIndex(none);
    expect(rebuilt.built).not.toBe(index);
    expect(rebuilt.changed.length).toBe(0);
    expect(rebuilt.built.rows.length).toBe(index.rows.length + 1);
  });

  it("takes an archiving and a rename of a published sensor in place", async () => {
    const id = publishSensor("Aaa eerste in de lijst", 5.3, 52.2);
    expect(s.listSensors(emptyParams(SENSOR_FILTERS)).items[0]!.publicId).toBe(id);
    entries.archive({ actor: system, publicId: id, endedOn: "2026-01-01", changeNote: "weg" });
    const ended = s.listSensors({ ...emptyParams(SENSOR_FILTERS), state: ["ended"] }).items.map((i) => i.publicId);
    expect(ended).toContain(id);
    expect(s.listSensors({ ...emptyParams(SENSOR_FILTERS), state: ["active"] }).items.map((i) => i.publicId)).not.toContain(id);
    const shown = (await s.sensorClusters({ filters: none, bbox: [5.29, 52.19, 5.31, 52.21], zoom: 19 })).features.find((f) => f.id === id);
    expect(shown?.properties).toMatchObject({ ended: true });
  });

  it("keeps every row's state of the day, patched after a publication and an archiving, and anew on another day", () => {
    const statusCount = (q: string, state: string) => {
      const p = apiQuery(SEARCH_QUERY, new URLSearchParams({ q }));
      if (!p.ok) throw new Error("bad query");
      return searchRegister(p.query).facets.status.find((o) => o.value === state)?.count ?? 0;
    };
    const agree = (day: number) => {
      const c = catalogue();
      const states = statesToday(c, day);
      for (let r = 0; r < c.n; r++) expect(states[r], `row ${r} on ${day}`).toBe(stateOf(c, r, day));
    };
    agree(todayNumber());
    const id = publishSensor("Toestandteller Kwikstaart", 5.4, 52.3);
    expect(statusCount("Kwikstaart", "in_use")).toBe(1);
    agree(todayNumber());
    entries.archive({ actor: system, publicId: id, endedOn: "2026-01-01", changeNote: "weg" });
    expect(statusCount("Kwikstaart", "ended")).toBe(1);
    expect(statusCount("Kwikstaart", "in_use")).toBe(0);
    agree(todayNumber());
    // Other days: sensors with an end date end, planned ones start.
    agree(19000101);
    agree(99991231);
  });

  it("follows an organisation's rename: the data version changes and the facets carry the new name", () => {
    const version = answerVersion();
    const orgId = orgIds.get(template.organisation)!;
    getDb().$client.prepare("UPDATE organisations SET name = ?, updated_at = ? WHERE id = ?").run("Hernoemde gemeente (voorbeeld)", Date.now() + 1000, orgId);
    expect(answerVersion()).not.toBe(version);
    expect(s.sensorFacets(none).organisation.map((o) => o.name)).toContain("Hernoemde gemeente (voorbeeld)");
  });

  it("sees a publication made by another process (the command-line importer, a second server) on its next request", async () => {
    const before = catalogue();
    const orgId = orgIds.get(template.organisation)!;
    const input = JSON.stringify({ ...template.data, name: "Telpaal Anderproces", geometry: { type: "Point", coordinates: [5.4, 52.3] } });
    const child = await runChild(`
      import * as entries from "./db/entries.ts";
      const actor = { kind: "system", name: "other process" } as const;
      const row = entries.createEntry({ actor, kind: "sensor", organisationId: ${orgId}, input: ${input} });
      entries.submitForReview({ actor, publicId: row.publicId });
      entries.approve({ actor, publicId: row.publicId, changeNote: "from another process" });
      console.log(row.publicId);
    `);
    expect(child.stderr).toBe("");
    expect(child.code).toBe(0);
    const id = child.stdout.trim().split("\n").at(-1)!;
    expect(listNames("Anderproces")).toEqual(["Telpaal Anderproces"]);
    expect(await mapIds([5.39, 52.29, 5.41, 52.31])).toContain(id);
    expect(catalogue()).toBe(before);
  }, 120_000);
});

describe("loading without holding the server", () => {
  it("loads in steps, letting other work run between them, to the same catalogue a request would load", async () => {
    const direct = catalogue();
    resetCatalogue();
    // Other work, queued like the load's own steps (setImmediate): it runs whenever the load yields, without
    // depending on how fast the machine is.
    let ticks = 0;
    let ticking = true;
    const tick = () => {
      ticks++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const beforeLoad = ticks;
    await warmCatalogue();
    ticking = false;
    const warmed = catalogue();
    expect(warmed).not.toBe(direct);
    expect(warmed.n).toBe(direct.n);
    // Rows may be numbered differently (a patched catalogue appends): compare entries.
    const entryOrder = (c: typeof direct, order: Int32Array) => Array.from(order, (r) => c.entryId[r]);
    expect(entryOrder(warmed, warmed.byName)).toEqual(entryOrder(direct, direct.byName));
    expect(entryOrder(warmed, warmed.byNewest)).toEqual(entryOrder(direct, direct.byNewest));
    expect(ticks).toBeGreaterThan(beforeLoad);
  });

  it("a request during the load finishes it itself", async () => {
    resetCatalogue();
    const warming = warmCatalogue();
    const now = catalogue();
    await warming;
    expect(catalogue()).toBe(now);
  });

  it("builds the map's first index in the worker from the database while the catalogue loads, to the same map", async () => {
    const atZoom7 = async () => JSON.stringify((await s.sensorClusters({ filters: none, bbox: country, zoom: 7 })).features);
    const [points, clusters] = [await mapIds(), await atZoom7()];
    s.clearSensorCaches();
    s.startMapIndexFromDatabase();
    await warmCatalogue();
    const first = await s.clusterIndex(none);
    expect(first.built.builtIn).toBe("worker");
    expect(first.changed.length).toBe(0);
    expect((await mapIds()).sort()).toEqual([...points].sort());
    expect(await atZoom7()).toBe(clusters);
    // A publication between the start and the catalogue's load: that index is not used; the map is still right.
    s.clearSensorCaches();
    s.startMapIndexFromDatabase();
    const id = publishSensor("Telpaal Tussendoor", 5.25, 52.15);
    expect((await s.clusterIndex(none)).built.builtIn).toBe("main thread");
    expect(await mapIds()).toContain(id);
  });

  it("sorts a large order in steps, as one sort would", () => {
    const keys = Float64Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 1000);
    const rows = Int32Array.from({ length: keys.length }, (_, i) => i);
    const cmp = (a: number, b: number) => keys[a]! - keys[b]! || a - b;
    const steps = sortInSteps(rows.slice(), cmp);
    let step = steps.next();
    let yields = 0;
    while (!step.done) {
      yields++;
      step = steps.next();
    }
    expect(yields).toBeGreaterThan(3);
    expect(Array.from(step.value)).toEqual(Array.from(rows.slice().sort(cmp)));
  });
});

describe("names packed as UTF-8 (TextColumn)", () => {
  it("gives back what was written, accents and all, after rewrites, growth and trimming, in code point order", () => {
    const words = ["Zwolle", "ĳsselmeer", "Élysée", "straße", "", "Ærø 🚲", "a", "ab", "Amsterdam-Noord"];
    const col = new TextColumn(2, 1);
    col.grow(words.length);
    words.forEach((w, r) => col.set(r, w));
    col.set(0, "Zwolle-Zuid"); // a rewrite: new bytes, the old ones unused
    const expected = ["Zwolle-Zuid", ...words.slice(1)];
    expect(expected.map((_, r) => col.get(r))).toEqual(expected);
    col.trim();
    expect(expected.map((_, r) => col.get(r))).toEqual(expected);
    expect(col.byteLength(1)).toBe(new TextEncoder().encode("ĳsselmeer").length);
    const byCodePoint = (a: string, b: string) => {
      const x = [...a].map((ch) => ch.codePointAt(0)!);
      const y = [...b].map((ch) => ch.codePointAt(0)!);
      for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
      return x.length - y.length;
    };
    const rows = expected.map((_, r) => r);
    expect(rows.sort((a, b) => col.compare(a, b)).map((r) => expected[r])).toEqual([...expected].sort(byCodePoint));
  });
});
