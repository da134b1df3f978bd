/**
 * The map with more sensors than db/cluster-index.ts builds on the main thread (5,000): the cluster index then
 * comes from the worker thread, whose single points carry only their catalogue row. Found by the scale bench
 * (scripts/bench/scale.ts): every map answer with a single sensor in view failed there.
 */
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "@/scripts/bench/_search-data";
import { getDb } from "./client";
import { stopClusterWorker } from "./cluster-index";
import { clusterIndex, sensorClusters } from "./sensors";

const none = { type: [], theme: [], value: [], organisation: [], personalData: [], state: [], q: undefined };

afterAll(() => stopClusterWorker());

describe("the map at 6,000 sensors", () => {
  it("answers clusters and single sensors, each with its position, at every zoom", async () => {
    generate(getDb().$client, { sensors: 6_000, algorithms: 0 });
    expect((await clusterIndex(none)).built.builtIn).toBe("worker");
    let singles = 0;
    for (const [zoom, bbox] of [
      [7, [3, 50.6, 7.4, 53.7]],
      [12, [4.8, 52.32, 5.0, 52.42]],
      [16, [4.88, 52.36, 4.91, 52.38]],
      [19, [4.89, 52.37, 4.9, 52.375]],
    ] as const) {
      const answer = await sensorClusters({ filters: none, bbox: [...bbox], zoom });
      expect(answer.features.length).toBeGreaterThan(0);
      for (const f of answer.features) {
        const [lon, lat] = f.geometry.type === "Point" ? f.geometry.coordinates : [bbox[0], bbox[1]];
        expect(Number.isFinite(lon) && Number.isFinite(lat)).toBe(true);
        if (!("count" in f.properties)) singles++;
      }
    }
    expect(singles).toBeGreaterThan(0);
  });
});
