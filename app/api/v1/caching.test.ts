/**
 * The read API's ETags on real answers (lib/api.ts `withEtag`, lib/caching.ts): every route that answers
 * data gives an ETag and the shared-cache Cache-Control; `If-None-Match` with it gives a bodiless 304 (also
 * weakly compared, as a compressing proxy sends it back); a publication or an organisation's new name
 * changes the ETag; errors are never cached; a 304 does not work the answer out.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { seedDemoContent } from "@/db/demo/seed";
import { demoSensors } from "@/db/demo/sensors";
import * as entries from "@/db/entries";
import { getDb } from "@/db/client";
import { apiJsonWithEtag } from "@/lib/api";
import { API_CACHE_CONTROL } from "@/lib/caching";
import type { Actor } from "@/lib/permissions";
import * as values from "./values/route";
import * as sensors from "./sensors/route";
import * as sensor from "./sensors/[id]/route";
import * as clusters from "./sensors/clusters/route";
import * as algorithms from "./algorithms/route";
import * as algorithm from "./algorithms/[id]/route";
import * as search from "./search/route";
import * as feed from "./feeds/changes.atom/route";
import * as sensorsCsv from "./export/sensors.csv/route";
import * as openapi from "./openapi.json/route";
import * as organisations from "./organisations/route";
import * as figures from "./figures/route";

const system: Actor = { kind: "system", name: "test (caching)" };
let orgIds: Map<string, number>;
beforeAll(() => {
  orgIds = seedDemoContent();
});

const get = (url: string, headers: Record<string, string> = {}) => new NextRequest(`http://localhost:3000${url}`, { headers });
const id = (value: string) => ({ params: Promise.resolve({ id: value }) });

type Handler = (req: NextRequest) => Response | Promise<Response>;
const ROUTES: [string, Handler][] = [
  ["/api/v1/values", values.GET],
  ["/api/v1/sensors?type=camera", sensors.GET],
  ["/api/v1/sensors/S-VB2K7M", (req) => sensor.GET(req, id("S-VB2K7M"))],
  ["/api/v1/sensors/clusters?bbox=3,50,8,54&zoom=7", clusters.GET],
  ["/api/v1/algorithms?q=parkeren", algorithms.GET],
  ["/api/v1/algorithms/A-PK4R7M", (req) => algorithm.GET(req, id("A-PK4R7M"))],
  ["/api/v1/algorithms/A-PK4R7M?format=algoritmeregister-1.0", (req) => algorithm.GET(req, id("A-PK4R7M"))],
  ["/api/v1/search?q=camera", search.GET],
  ["/api/v1/feeds/changes.atom", feed.GET],
  ["/api/v1/export/sensors.csv", sensorsCsv.GET],
  ["/api/v1/openapi.json", openapi.GET],
  ["/api/v1/organisations?sort=sensors", organisations.GET],
  ["/api/v1/figures", figures.GET],
];

const etagOf = async (url: string, handler: Handler) => (await handler(get(url))).headers.get("etag")!;

describe("every read answer has an ETag a cache can ask again with", () => {
  it.each(ROUTES)("%s: 200 with ETag and Cache-Control, then 304 without a body", async (url, handler) => {
    const first = await handler(get(url));
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]{20}"$/);
    expect(first.headers.get("cache-control")).toBe(API_CACHE_CONTROL);
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`]) {
      const again = await handler(get(url, { "If-None-Match": ifNoneMatch }));
      expect(again.status, ifNoneMatch).toBe(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("etag")).toBe(etag);
      expect(again.headers.get("cache-control")).toBe(API_CACHE_CONTROL);
    }
    expect((await handler(get(url, { "If-None-Match": '"stale"' }))).status).toBe(200);
  });

  it("another query is another answer, with another ETag", async () => {
    expect(await etagOf("/api/v1/search?q=camera", search.GET)).not.toBe(await etagOf("/api/v1/search?q=parkeren", search.GET));
  });

  it("a publication, and an organisation's new name, change the ETags", async () => {
    const before = await Promise.all(ROUTES.slice(1, 9).map(([url, handler]) => etagOf(url, handler)));
    const template = demoSensors.find((d) => d.status === "published")!;
    const row = entries.createEntry({ actor: system, kind: "sensor", organisationId: orgIds.get(template.organisation)!, input: { ...template.data, name: "Telpaal Cachebrug" } });
    entries.submitForReview({ actor: system, publicId: row.publicId });
    entries.approve({ actor: system, publicId: row.publicId, changeNote: "test" });
    const published = await Promise.all(ROUTES.slice(1, 9).map(([url, handler]) => etagOf(url, handler)));
    published.forEach((etag, i) => expect(etag, ROUTES[i + 1]![0]).not.toBe(before[i]));

    getDb().$client.prepare("UPDATE organisations SET name = name || ' (hernoemd)', updated_at = ? WHERE id = ?").run(Date.now() + 5000, orgIds.get(template.organisation)!);
    const renamed = await etagOf("/api/v1/sensors?type=camera", sensors.GET);
    expect(renamed).not.toBe(published[0]);
  });

  it("errors are never kept", async () => {
    for (const [url, handler] of [
      ["/api/v1/search?kind=robot", search.GET],
      ["/api/v1/sensors/S-ZZZZZZ", (req: NextRequest) => sensor.GET(req, id("S-ZZZZZZ"))],
    ] as [string, Handler][]) {
      const res = await handler(get(url));
      expect(res.status, url).toBeGreaterThanOrEqual(400);
      expect(res.headers.get("cache-control"), url).toBe("no-store");
      expect(res.headers.get("etag"), url).toBeNull();
    }
  });

  it("a 304 does not work the answer out", async () => {
    const body = vi.fn(() => ({ big: "answer" }));
    const first = apiJsonWithEtag(get("/api/v1/x"), "v1", body);
    expect(body).toHaveBeenCalledTimes(1);
    const again = apiJsonWithEtag(get("/api/v1/x", { "If-None-Match": first.headers.get("etag")! }), "v1", body);
    expect(again.status).toBe(304);
    expect(body).toHaveBeenCalledTimes(1);
    expect(apiJsonWithEtag(get("/api/v1/x"), "v2", body).headers.get("etag")).not.toBe(first.headers.get("etag"));
  });
});
