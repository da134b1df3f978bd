/**
 * Query parameters over HTTP, against the production build: the read API refuses a query it cannot use
 * with the one error shape on every route, every problem listed; the pages never refuse — they show what
 * they could use, keep what was typed, and say in a notice what they left out.
 */
import { test, expect, expectAccessible } from "./fixtures";
import { QUERY_PROBLEM_MESSAGE } from "../lib/query-params";

const API: [string, string[]][] = [
  ["/api/v1/search?kind=robot&colour=red&q=fiets", ["colour", "kind"]],
  ["/api/v1/algorithms?status=flying&organisation=nergensdorp&pageSize=1000", ["organisation", "pageSize", "status"]],
  ["/api/v1/sensors?type=teleporter&bbox=1,2,3&zoom=4", ["bbox", "type", "zoom"]],
  ["/api/v1/sensors/clusters?state=asleep", ["bbox", "state", "zoom"]],
  ["/api/v1/algorithms/A-PK4R7M?format=csv", ["format"]],
  ["/api/v1/feeds/changes.atom?lang=fr&kind=sensor&kind=algorithm", ["kind", "lang"]],
];

test("every read API route refuses bad parameters with the one error shape, every problem listed", async ({ request }) => {
  for (const [url, parameters] of API) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(400);
    expect(res.headers()["content-type"], url).toMatch(/^application\/json/);
    expect(res.headers()["cache-control"], url).toBe("no-store");
    const { error } = await res.json();
    expect(Object.keys(error).sort(), url).toEqual(["code", "message", "problems", "status"]);
    expect(error).toMatchObject({ status: 400, code: "bad_request", message: QUERY_PROBLEM_MESSAGE });
    expect(error.problems.map((p: { parameter: string }) => p.parameter).sort(), url).toEqual(parameters);
    for (const p of error.problems) expect(typeof p.message === "string" && p.message.length > 10, url).toBe(true);
  }
});

test("pages leave out what they cannot use, keep what was typed, and say so", async ({ page }) => {
  const cases = [
    { path: "/nl/search?q=camera&kind=robot&kind=sensor", box: "Zoekwoorden", typed: "camera", notice: "kind=robot" },
    { path: "/nl/algorithms?q=parkeren&status=flying&page=x", box: "Zoek in de algoritmes", typed: "parkeren", notice: "status=flying, page=x" },
    { path: "/nl/sensors?q=Stationsplein&type=teleporter&type=camera", box: "Zoek in de sensoren", typed: "Stationsplein", notice: "type=teleporter" },
  ];
  for (const c of cases) {
    const res = await page.goto(c.path);
    expect(res?.status(), c.path).toBe(200);
    await expect(page.getByRole("note").filter({ hasText: c.notice })).toBeVisible();
    await expect(page.getByRole("searchbox", { name: c.box })).toHaveValue(c.typed);
    await expectAccessible(page);
  }
  // The map: a wrong filter value goes, the map's own position (lat, lon, zoom) is not a problem.
  const map = await page.goto("/nl/map?type=teleporter&lat=52.09&lon=5.12&zoom=14");
  expect(map?.status()).toBe(200);
  await expect(page.getByRole("note").filter({ hasText: "type=teleporter" })).toBeVisible();
  await expect(page.getByRole("note").filter({ hasText: "zoom" })).toHaveCount(0);
});
