import { test, expect, expectAccessible } from "./fixtures";
import type { Locator, Page } from "@playwright/test";

// Demo data (db/demo/*): a camera that counts people on the Stationsplein, and the parking algorithm.
const STATIONSPLEIN = { id: "S-VB7R4X", name: "Drukteteller Stationsplein" };
const PARKING = { id: "A-PK4R7M", name: "Parkeercontrole met de scanauto" };

const results = (page: Page) => page.getByRole("region", { name: "Resultaten", exact: true });
const items = (page: Page) => results(page).getByRole("list", { name: "Resultaten" }).getByRole("listitem");
const filters = (page: Page) => page.getByRole("form", { name: "Filters" });
/** The count shown next to a filter choice: "Privacy (3)" → 3. */
const labelCount = async (checkbox: Locator) =>
  Number((await checkbox.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? "")).match(/\((\d+)\)/)![1]);
const countOf = async (page: Page) => Number(((await page.getByRole("status").textContent()) ?? "").match(/\d+/)?.[0] ?? 0);

test("search from the home page: both kinds, highlighted snippets, and a start page without a query", async ({ page }) => {
  await page.goto("/nl/search");
  await expect(page).toHaveTitle(/^Zoeken in het register/);
  await expect(page.getByRole("heading", { level: 2, name: "Waar zoekt u naar?" })).toBeVisible();
  await expect(page.getByRole("link", { name: "camera Stationsplein" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sensoren op de kaart" })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/nl");
  await page.getByRole("searchbox", { name: "Zoek in het register" }).fill("camera Stationsplein");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/\/nl\/search\?q=camera\+Stationsplein$/);
  await expect(page).toHaveTitle(/resultat(en)? voor ‘camera Stationsplein’ – Zoeken in het register/);
  // The box at the top keeps the query.
  await expect(page.getByRole("searchbox", { name: "Zoekwoorden" })).toHaveValue("camera Stationsplein");
  const first = items(page).first();
  await expect(first.getByRole("link", { name: STATIONSPLEIN.name, exact: true })).toBeVisible();
  await expect(first.getByText("Sensor", { exact: true })).toBeVisible();
  await expect(first.locator("mark").filter({ hasText: /^Stationsplein$/ }).first()).toBeVisible();
  await expect(first.locator(".search-result__snippet mark").first()).toBeVisible();
  await expectAccessible(page);

  // A word both registers use: sensors and algorithms in one list, each with a snippet.
  await page.getByRole("searchbox", { name: "Zoekwoorden" }).fill("parkeren");
  await page.getByRole("button", { name: "Zoeken", exact: true }).click();
  await expect(page).toHaveURL(/q=parkeren/);
  await expect(results(page).locator(".badge--sensor").first()).toBeVisible();
  await expect(results(page).locator(".badge--algorithm").first()).toBeVisible();
  await expect(results(page).getByRole("link", { name: PARKING.name })).toBeVisible();
  expect(await results(page).locator(".search-result__snippet mark").count()).toBeGreaterThan(3);
  await expectAccessible(page);
});

test("filter by kind and by a CODIO value with counts, sort by name, and paging keeps it all", async ({ page }) => {
  await page.goto("/nl/search?q=parkeren");
  const all = await countOf(page);

  // Kind: the count next to the choice is the number of results it gives.
  const algorithm = filters(page).getByRole("group", { name: "Soort registratie" }).getByRole("checkbox", { name: /^Algoritme \(\d+\)$/ });
  const expected = await labelCount(algorithm);
  await algorithm.check();
  await filters(page).getByRole("button", { name: "Filters toepassen" }).click();
  await expect(page).toHaveURL(/kind=algorithm/);
  await expect(page).toHaveURL(/q=parkeren/);
  await expect(page.getByRole("status")).toHaveText(new RegExp(`^${expected} resultat(en)? voor ‘parkeren’$`));
  expect(expected).toBeLessThan(all);
  await expect(items(page).locator(".badge--algorithm")).toHaveCount(expected);
  await expect(items(page).locator(".badge--sensor")).toHaveCount(0);
  await expectAccessible(page);

  // A CODIO value on top of it.
  const privacy = filters(page).getByRole("group", { name: "Publieke waarde (CODIO)" }).getByRole("checkbox", { name: /^Privacy \(\d+\)$/ });
  const privacyCount = await labelCount(privacy);
  await privacy.check();
  await filters(page).getByRole("button", { name: "Filters toepassen" }).click();
  await expect(page).toHaveURL(/value=privacy/);
  await expect(page).toHaveURL(/kind=algorithm/);
  await expect(page.getByRole("status")).toHaveText(new RegExp(`^${privacyCount} resultat(en)? voor ‘parkeren’$`));
  await expect(filters(page).getByRole("checkbox", { name: /^Privacy \(\d+\)$/ })).toBeChecked();
  await expectAccessible(page);

  // Sort by name.
  await page.goto("/nl/search?q=gemeente&kind=sensor");
  await page.getByLabel("Sorteren op").selectOption({ label: "Naam (A tot Z)" });
  await page.getByRole("button", { name: "Zoeken", exact: true }).click();
  await expect(page).toHaveURL(/sort=name/);
  await expect(page).toHaveURL(/kind=sensor/);
  await expect(page.getByLabel("Sorteren op")).toHaveValue("name");
  await expect(items(page)).toHaveCount(20);
  const names = await items(page).getByRole("heading", { level: 3 }).allTextContents();
  expect(names.length).toBe(20);
  const folded = names.map((n) => n.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase());
  expect(folded).toEqual([...folded].sort());

  // Paging keeps the query, the filter and the sort.
  const titleOne = await page.title();
  await page.getByRole("navigation", { name: "Paginering" }).getByRole("link", { name: "Volgende pagina" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page).toHaveURL(/q=gemeente/);
  await expect(page).toHaveURL(/kind=sensor/);
  await expect(page).toHaveURL(/sort=name/);
  await expect(page.getByRole("navigation", { name: "Paginering" })).toContainText("Pagina 2 van");
  await expect(filters(page).getByRole("checkbox", { name: /^Sensor \(\d+\)$/ })).toBeChecked();
  await expect(items(page).first()).toBeVisible();
  const names2 = await items(page).getByRole("heading", { level: 3 }).allTextContents();
  expect(names2[0]!.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase() >= folded[folded.length - 1]!).toBe(true);
  // Every page has its own title.
  expect(await page.title()).not.toBe(titleOne);
  expect(await page.title()).toContain("pagina 2");
  await expectAccessible(page);
});

test("whatever is typed gives a helpful page, never an error", async ({ page }) => {
  for (const hostile of ['"AND NEAR*( <script>alert(1)</script>', "'; DROP TABLE entries; --", "-camera*", "(Stationsplein", "x".repeat(2000)]) {
    const res = await page.goto(`/nl/search?q=${encodeURIComponent(hostile)}`);
    expect(res?.status(), hostile.slice(0, 30)).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Zoeken in het register" })).toBeVisible();
    await expect(page.getByRole("status")).toBeVisible();
  }
  // The words inside the syntax are still found.
  await page.goto(`/nl/search?q=${encodeURIComponent('"camera" AND (Stationsplein)')}`);
  await expect(items(page).first().getByRole("link", { name: STATIONSPLEIN.name, exact: true })).toBeVisible();

  await page.goto(`/nl/search?q=${encodeURIComponent("🚲 *** ()")}`);
  await expect(page.getByText("In uw zoekopdracht staan geen woorden waarop we kunnen zoeken.")).toBeVisible();
  await expectAccessible(page);

  await page.goto("/nl/search?q=zzqxjw&kind=sensor");
  await expect(page.getByRole("heading", { level: 3, name: "Niets gevonden" })).toBeVisible();
  await expect(page.getByText("Controleer de spelling van uw zoekwoorden.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Zoek zonder filters" })).toHaveAttribute("href", "/nl/search?q=zzqxjw");
  await expect(page.getByRole("link", { name: "Zoek hoe u bezwaar maakt" })).toHaveAttribute("href", /\/nl\/contest\?q=zzqxjw/);
  await expectAccessible(page);

  // A hand-edited address does not break the page.
  await page.goto("/nl/search?q=camera&kind=robot&status=flying");
  await expect(page.getByRole("note")).toContainText("kind=robot");
  expect(await countOf(page)).toBeGreaterThan(0);
});

test("the search API answers 200 with canonical URLs, and 400 with a message on bad parameters", async ({ request }) => {
  const ok = await request.get("/api/v1/search?q=camera+Stationsplein&pageSize=5");
  expect(ok.status()).toBe(200);
  expect(ok.headers()["access-control-allow-origin"]).toBe("*");
  const body = await ok.json();
  expect(body.data[0]).toMatchObject({ id: STATIONSPLEIN.id, kind: "sensor", name: STATIONSPLEIN.name, organisation: { slug: "voorbeeldstad" } });
  expect(body.data[0].url).toMatch(new RegExp(`/nl/sensors/${STATIONSPLEIN.id}$`));
  expect(body.data[0].snippet).toContain("<mark>");
  expect(body.data[0].score).toBeGreaterThan(0);
  expect(body.meta).toMatchObject({ page: 1, pageSize: 5 });
  expect(body.meta.total).toBeGreaterThan(0);
  expect(body.meta.facets.kind.length).toBeGreaterThan(0);
  expect(body.links.self).toContain("/api/v1/search?q=camera+Stationsplein");

  const filtered = await (await request.get("/api/v1/search?q=parkeren&kind=algorithm&value=privacy")).json();
  for (const d of filtered.data) expect(d.kind).toBe("algorithm");

  for (const [bad, parameter] of [
    ["kind=robot", "kind"],
    ["status=flying", "status"],
    ["pageSize=1000", "pageSize"],
    ["page=0", "page"],
    ["organisation=nergensdorp", "organisation"],
    ["colour=red", "colour"],
  ]) {
    const r = await request.get(`/api/v1/search?${bad}`);
    expect(r.status(), bad).toBe(400);
    const err = await r.json();
    expect(err.error).toMatchObject({ status: 400, code: "bad_request" });
    expect(err.error.problems[0].parameter, bad).toBe(parameter);
    expect(err.error.problems[0].message.length).toBeGreaterThan(10);
  }
  for (const hostile of ['"); DROP TABLE entries; --', "NEAR(camera fiets)", "*", "<script>alert(1)</script>", "🚲", "x".repeat(2000)]) {
    const r = await request.get(`/api/v1/search?q=${encodeURIComponent(hostile)}`);
    expect(r.status(), hostile.slice(0, 20)).toBe(200);
  }
});

test("the search page works without JavaScript", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  await context.route("**/*", (route) => (route.request().url().startsWith(baseURL!) ? route.continue() : route.abort()));
  const page = await context.newPage();
  await page.goto("/nl/search");
  await page.getByRole("searchbox", { name: "Zoekwoorden" }).fill("gemeente");
  await page.getByRole("button", { name: "Zoeken", exact: true }).click();
  await expect(page).toHaveURL(/q=gemeente/);
  await page.getByRole("form", { name: "Filters" }).getByRole("checkbox", { name: /^Sensor \(\d+\)$/ }).check();
  await page.getByRole("button", { name: "Filters toepassen" }).click();
  await expect(page).toHaveURL(/kind=sensor/);
  await page.getByRole("link", { name: "Volgende pagina" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page).toHaveURL(/kind=sensor/);
  await expect(page.getByRole("navigation", { name: "Paginering" })).toContainText("Pagina 2 van");
  await context.close();
});

test("the English search page works", async ({ page }) => {
  await page.goto("/en/search");
  await expect(page).toHaveTitle(/^Search the register/);
  await expectAccessible(page);
  await page.getByRole("searchbox", { name: "Search words" }).fill("parking fine");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/search\?q=parking\+fine/);
  await expect(page.getByRole("heading", { level: 2, name: "Results", exact: true })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText(/results? for ‘parking fine’/);
  await expect(page.getByRole("region", { name: "Results", exact: true }).getByRole("link", { name: PARKING.name })).toBeVisible();
  await expect(page.getByRole("form", { name: "Filters" }).getByRole("group", { name: "Kind of entry" })).toBeVisible();
  await expectAccessible(page);
});
