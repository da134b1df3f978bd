import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/permissions";

import * as entries from "./entries";
import * as s from "./sensors";
import { apiQuery, SENSOR_API_QUERY } from "./query-params";
import { demoSensors } from "./demo/sensors";
import { seedDemoContent } from "./demo/seed";

const system: Actor = { kind: "system", name: "test" };
const published = demoSensors.filter((d) => d.status === "published" || d.status === "archived");
const parse = (q: string) => {
  const r = apiQuery(SENSOR_API_QUERY, new URLSearchParams(q));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.query;
};

beforeAll(() => {
  seedDemoContent(["sensor"]);
});

describe("sensor lists and facets", () => {
  it("list only published and archived sensors, by name", () => {
    const all = s.listSensors(parse("pageSize=1000"));
    expect(all.total).toBe(published.length);
    const ids = all.items.map((i) => i.publicId);
    for (const d of demoSensors.filter((x) => x.status === "draft" || x.status === "in_review")) expect(ids).not.toContain(d.publicId);
    const names = all.items.map((i) => i.name.toLocaleLowerCase("nl"));
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("count each facet with the other filters applied", () => {
    const f = s.sensorFacets(parse("type=camera"));
    const cameras = published.filter((d) => d.data.type === "camera").length;
    expect(f.total).toBe(cameras);
    // The type facet ignores the type filter itself, so every type keeps its count.
    expect(f.type.camera).toBe(cameras);
    expect(f.type.sound).toBe(published.filter((d) => d.data.type === "sound").length);
    // Other facets are counted within the cameras.
    expect(f.personalData.yes + f.personalData.no).toBe(cameras);
    expect(f.state.active + f.state.ended).toBe(cameras);
  });

  it("count a top-level theme with its sub-themes once per sensor", () => {
    const f = s.sensorFacets(parse(""));
    const mobility = published.filter((d) => d.data.themes!.some((t) => t === "mobiliteit" || t.startsWith("mobiliteit/"))).length;
    expect(f.theme.mobiliteit).toBe(mobility);
    expect(s.listSensors(parse("theme=mobiliteit")).total).toBe(mobility);
  });

  it("give every facet option the count its list has (one filter engine for facets, lists and the map)", () => {
    for (const base of ["", "personalData=yes", "state=active", "type=camera&state=ended", "q=camera"]) {
      const f = s.sensorFacets(parse(base));
      const and = (extra: string) => s.listSensors(parse(base ? `${base}&${extra}` : extra)).total;
      expect(f.total, base).toBe(s.listSensors(parse(base)).total);
      if (!base.includes("personalData")) for (const v of ["yes", "no"] as const) expect(f.personalData[v], `${base} + ${v}`).toBe(and(`personalData=${v}`));
      if (!base.includes("state")) for (const v of ["active", "ended"] as const) expect(f.state[v], `${base} + ${v}`).toBe(and(`state=${v}`));
      if (!base.includes("type")) for (const [t, n] of Object.entries(f.type)) expect(n, `${base} + ${t}`).toBe(and(`type=${t}`));
    }
    expect(s.listSensors(parse("personalData=yes&personalData=no")).total).toBe(published.length);
  });

  it("filter ended sensors: archived or past their end date", () => {
    const ended = s.listSensors(parse("state=ended&pageSize=1000")).items;
    expect(ended.length).toBeGreaterThan(0);
    for (const e of ended) expect(e.status === "archived" || (e.activeUntil !== null && e.activeUntil < s.today())).toBe(true);
    const active = s.listSensors(parse("state=active&pageSize=1000")).items;
    expect(active.length + ended.length).toBe(published.length);
    for (const e of active) expect(e.ended).toBe(false);
  });

  it("search by text", () => {
    const r = s.listSensors(parse("q=vredenburg"));
    expect(r.total).toBeGreaterThan(0);
    expect(r.items.some((i) => i.name.includes("Vredenburg"))).toBe(true);
  });

  it("filter by bbox on the extent, not only the anchor point", () => {
    // A box that touches the Vredenburg area (polygon S-VB8S5Y) at its western edge only.
    const r = s.sensorFeatures(parse("bbox=5.1135,52.0921,5.1139,52.0925&pageSize=100"));
    expect(r.features.map((f) => f.id)).toContain("S-VB8S5Y");
  });
});

describe("GeoJSON features", () => {
  it("carry the public id, the canonical URL and the values", () => {
    const f = s.getSensorFeature("S-VB8S5Y")!;
    expect(f.id).toBe("S-VB8S5Y");
    expect(f.geometry.type).toBe("Polygon");
    expect(f.properties.url).toMatch(/\/nl\/sensors\/S-VB8S5Y$/);
    expect((f.properties.values as { serves: unknown[] }).serves.length).toBeGreaterThan(0);
  });

  it("are not given for drafts or unknown ids", () => {
    const draft = demoSensors.find((d) => d.status === "draft")!;
    expect(s.getSensorFeature(draft.publicId)).toBeUndefined();
    expect(s.getSensorFeature("S-ZZZZZZ")).toBeUndefined();
    expect(s.getSensorFeature("../../etc")).toBeUndefined();
  });
});

describe("map clusters", () => {
  const utrecht: [number, number, number, number] = [5.09, 52.08, 5.14, 52.1];

  it("cluster when zoomed out and count every sensor in view", async () => {
    const r = (await s.sensorClusters({ filters: parse(""), bbox: [3, 50.6, 7.4, 53.7], zoom: 7 }));
    expect(r.meta.total).toBe(published.length);
    expect(r.meta.clusters).toBeGreaterThan(0);
    expect(r.features.length).toBeLessThan(published.length);
  });

  it("draw areas and routes as shapes when zoomed in", async () => {
    const r = (await s.sensorClusters({ filters: parse(""), bbox: [5.105, 52.087, 5.125, 52.097], zoom: 17 }));
    const area = r.features.find((f) => f.id === "S-VB8S5Y");
    expect(area?.geometry.type).toBe("Polygon");
    expect((area?.properties as { anchor?: number[] }).anchor).toHaveLength(2);
  });

  it("keep a large area or route that reaches into the view from outside", async () => {
    // A small view on the route of the parking scan car, away from the centre of its extent.
    const route = demoSensors.find((d) => d.publicId === "S-VC7E2G")!.data.geometry as { coordinates: [number, number][] };
    const [lon, lat] = route.coordinates[0]!;
    const r = (await s.sensorClusters({ filters: parse(""), bbox: [lon - 0.0005, lat - 0.0003, lon + 0.0005, lat + 0.0003], zoom: 19 }));
    expect(r.features.map((f) => f.id)).toContain("S-VC7E2G");
  });

  it("apply filters and follow publications", async () => {
    const cameras = (await s.sensorClusters({ filters: parse("type=camera"), bbox: utrecht, zoom: 19 }));
    expect(cameras.features.every((f) => "type" in f.properties && f.properties.type === "camera")).toBe(true);
    const before = (await s.sensorClusters({ filters: parse(""), bbox: [3, 50.6, 7.4, 53.7], zoom: 7 })).meta.total;
    const draft = demoSensors.find((d) => d.status === "draft")!;
    entries.submitForReview({ actor: system, publicId: draft.publicId });
    entries.approve({ actor: system, publicId: draft.publicId, changeNote: "test" });
    // At once: the new sensor laid over the index made before it; then in the index built anew.
    const after = (await s.sensorClusters({ filters: parse(""), bbox: [3, 50.6, 7.4, 53.7], zoom: 7 })).meta.total;
    expect(after).toBe(before + 1);
    await s.settledClusterIndexes();
    expect((await s.sensorClusters({ filters: parse(""), bbox: [3, 50.6, 7.4, 53.7], zoom: 7 })).meta.total).toBe(before + 1);
  });
});
