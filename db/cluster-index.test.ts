import Supercluster from "supercluster";
import { afterAll, describe, expect, it } from "vitest";
import { buildClusterIndex, stopClusterWorker } from "./cluster-index";

const options = { radius: 60, extent: 256, maxZoom: 18, minPoints: 2 };
/** 20,000 points around Dutch cities (seeded, so the test is the same every run), rows numbered from 100. */
function points(n = 20_000) {
  let seed = 42;
  const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const coords = new Float64Array(n * 2);
  for (let i = 0; i < n; i++) {
    coords[2 * i] = 4.4 + rand() * 1.5 + (i % 3) * 0.01;
    coords[2 * i + 1] = 51.9 + rand() * 0.6;
  }
  return { coords, rows: Int32Array.from({ length: n }, (_, i) => i + 100) };
}

afterAll(() => stopClusterWorker());

describe("cluster indexes built in a worker thread", () => {
  it("answer exactly what supercluster built here answers, at every zoom, with catalogue rows for single points", async () => {
    const { coords, rows } = points();
    const { index, builtIn } = await buildClusterIndex(options, coords, rows);
    expect(builtIn).toBe("worker");
    const here = new Supercluster<{ r: number }>(options).load(
      [...rows].map((r, i) => ({ type: "Feature" as const, geometry: { type: "Point" as const, coordinates: [coords[2 * i]!, coords[2 * i + 1]!] }, properties: { r } })),
    );
    const describe = (f: { properties: Record<string, unknown> }) =>
      f.properties.cluster ? `c${f.properties.cluster_id}:${f.properties.point_count}` : `r${f.properties.r}`;
    for (const [z, bbox] of [
      [7, [3, 50.6, 7.4, 53.7]],
      [10, [4.5, 52, 5, 52.3]],
      [14, [4.9, 52.1, 4.95, 52.13]],
      [19, [4.9, 52.1, 4.92, 52.11]],
    ] as const) {
      const worker = index.getClusters([...bbox], z).map(describe).sort();
      const local = here.getClusters([...bbox], z).map(describe).sort();
      expect(worker.length).toBeGreaterThan(0);
      expect(worker).toEqual(local);
    }
    const cluster = index.getClusters([3, 50.6, 7.4, 53.7], 7).find((f) => "cluster" in f.properties)!;
    const id = (cluster.properties as { cluster_id: number }).cluster_id;
    expect(index.getClusterExpansionZoom(id)).toBe(here.getClusterExpansionZoom(id));
  }, 120_000);

  it("build small sets right here, with the same answers", async () => {
    const { coords, rows } = points(50);
    const { index, builtIn } = await buildClusterIndex(options, coords, rows);
    expect(builtIn).toBe("main thread");
    const all = index.getClusters([3, 50.6, 7.4, 53.7], 19);
    expect(all.map((f) => (f.properties as { r: number }).r).sort((a, b) => a - b)).toEqual([...rows]);
  });
});
