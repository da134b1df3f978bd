import { parse } from "csv-parse/sync";
import { checkAtom, textOf } from "../lib/testing/atom";
import { test, expect, expectAccessible } from "./fixtures";

const DOWNLOADS = [
  "/api/v1/export/sensors.csv",
  "/api/v1/export/algorithms.csv",
  "/api/v1/export/sensors.geojson",
  "/api/v1/export/register.ndjson",
  "/api/v1/export/algoritmeregister-1.0.json",
];

for (const { locale, title, licence, feed } of [
  { locale: "nl", title: "Open data en API", licence: "Licentie", feed: "Alle wijzigingen in het register" },
  { locale: "en", title: "Open data and API", licence: "Licence", feed: "Every change in the register" },
]) {
  test(`the open-data page (${locale}) links every download, the licence, the API and the feeds`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await page.getByRole("contentinfo").getByRole("link", { name: title }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/open-data$`));
    await expect(page).toHaveTitle(new RegExp(`^${title} \\|`));
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    for (const path of DOWNLOADS) await expect(page.locator(`main a[href="${path}"]`)).toHaveCount(1);
    await expect(page.getByRole("region", { name: licence }).getByRole("link", { name: "CC0 1.0" })).toHaveAttribute(
      "href",
      `https://creativecommons.org/publicdomain/zero/1.0/deed.${locale}`,
    );
    await expect(page.locator('main a[href="/api/v1/openapi.json"]')).toHaveCount(1);
    const lang = locale === "en" ? "?lang=en" : "";
    await expect(page.getByRole("link", { name: feed })).toHaveAttribute("href", `/api/v1/feeds/changes.atom${lang}`);
    await expect(page.locator('main a[href*="/api/v1/feeds/changes.atom?organisation=voorbeeldstad"]')).toHaveCount(1);
    // Every page advertises the feed in its head.
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", `/api/v1/feeds/changes.atom${lang}`);
    // The field tables open without JavaScript (details); axe checks the page with one of them open.
    await page.locator("summary").first().click();
    await expect(page.getByRole("table").first().getByRole("rowheader", { name: "id", exact: true })).toBeVisible();
    await expectAccessible(page);
  });
}

test("the downloads hold every public entry, with its id and canonical URL", async ({ request }) => {
  const sensorsTotal = (await (await request.get("/api/v1/sensors?pageSize=1")).json()).meta.total as number;
  const algorithmsTotal = (await (await request.get("/api/v1/algorithms?pageSize=1")).json()).meta.total as number;
  expect(sensorsTotal).toBeGreaterThan(10);

  for (const [kind, total] of [["sensor", sensorsTotal], ["algorithm", algorithmsTotal]] as const) {
    const res = await request.get(`/api/v1/export/${kind}s.csv`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers()["content-disposition"]).toBe(`attachment; filename="${kind}s.csv"`);
    expect(res.headers()["access-control-allow-origin"]).toBe("*");
    const body = await res.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(body, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(total);
    for (const r of rows) {
      expect(r.id).toMatch(kind === "sensor" ? /^S-/ : /^A-/);
      expect(r.url).toMatch(new RegExp(`/nl/${kind}s/${r.id}$`));
    }
    const again = await request.get(`/api/v1/export/${kind}s.csv`, { headers: { "If-None-Match": res.headers()["etag"]! } });
    expect(again.status()).toBe(304);
  }

  const geo = await request.get("/api/v1/export/sensors.geojson");
  expect(geo.headers()["content-type"]).toBe("application/geo+json; charset=utf-8");
  const collection = await geo.json();
  expect(collection.type).toBe("FeatureCollection");
  expect(collection.features).toHaveLength(sensorsTotal);
  const listed = (await (await request.get("/api/v1/sensors?pageSize=1000")).json()).features.map((f: { id: string }) => f.id).sort();
  expect(collection.features.map((f: { id: string }) => f.id).sort()).toEqual(listed);
  const one = collection.features[0];
  expect(one).toEqual(await (await request.get(`/api/v1/sensors/${one.id}`)).json());

  const nd = await request.get("/api/v1/export/register.ndjson");
  expect(nd.headers()["content-type"]).toBe("application/x-ndjson; charset=utf-8");
  const lines = (await nd.text()).trimEnd().split("\n").map((l) => JSON.parse(l));
  for (const l of lines) {
    expect(l.id).toMatch(/^[SA]-/);
    expect(l.revision).toBeGreaterThanOrEqual(1);
  }
  expect(new Set(lines.map((l) => l.id)).size).toBe(sensorsTotal + algorithmsTotal);
});

test("the feed of changes is valid Atom, filters by kind and organisation, and refuses bad parameters", async ({ request }) => {
  const res = await request.get("/api/v1/feeds/changes.atom");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const all = checkAtom(await res.text());
  expect(all.problems).toEqual([]);
  expect(all.feed!.entry.length).toBeGreaterThan(0);
  expect(all.feed!.entry.length).toBeLessThanOrEqual(100);
  expect(textOf(all.feed!.entry[0]!.title)).toMatch(/^(Gepubliceerd|Gewijzigd|Gearchiveerd): /);

  const algorithms = checkAtom(await (await request.get("/api/v1/feeds/changes.atom?kind=algorithm")).text());
  expect(algorithms.problems).toEqual([]);
  for (const e of algorithms.feed!.entry) expect(e.link[0]!["@href"]).toMatch(/\/nl\/algorithms\/A-/);

  const water = checkAtom(await (await request.get("/api/v1/feeds/changes.atom?organisation=voorbeeldrivieren&lang=en")).text());
  expect(water.problems).toEqual([]);
  expect(water.feed!.entry.length).toBeGreaterThan(0);
  for (const e of water.feed!.entry) {
    expect(e.author![0]!.name).toBe("Waterschap Voorbeeldrivieren");
    expect(e.link[0]!["@href"]).toContain("/en/");
  }

  for (const q of ["kind=robot", "organisation=nergensdorp", "kind=sensor&kind=algorithm", "lang=fr", "colour=red"]) {
    const bad = await request.get(`/api/v1/feeds/changes.atom?${q}`);
    expect(bad.status(), q).toBe(400);
    expect((await bad.json()).error.code).toBe("bad_request");
  }
});

test("the OpenAPI document and the JSON Schemas are served by the built app, CORS open", async ({ request }) => {
  const doc = await request.get("/api/v1/openapi.json");
  expect(doc.status()).toBe(200);
  expect(doc.headers()["access-control-allow-origin"]).toBe("*");
  const body = await doc.json();
  expect(body.openapi).toBe("3.1.0");
  expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(["/api/v1/sensors", "/api/v1/algorithms/{id}", "/api/v1/schemas/{file}"]));
  expect(body.paths["/api/v1/sensors"].post.security).toEqual([{ token: [] }]);

  const schema = await request.get("/api/v1/schemas/sensor-feature.json");
  expect(schema.status()).toBe(200);
  expect(schema.headers()["content-type"]).toBe("application/schema+json; charset=utf-8");
  expect(schema.headers()["access-control-allow-origin"]).toBe("*");
  expect((await schema.json()).$id).toMatch(/\/api\/v1\/schemas\/sensor-feature\.json$/);
  const missing = await request.get("/api/v1/schemas/nothing.json");
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.code).toBe("not_found");
});
