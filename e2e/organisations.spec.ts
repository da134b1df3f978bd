import { test, expect, expectAccessible } from "./fixtures";

/**
 * Issue 13, points 7 and 9: organisation pages (every organisation name is a link to one) and the register in
 * figures, in Dutch and English, at phone width, by keyboard and without JavaScript; axe on every page.
 */

const T = {
  nl: {
    orgs: "Organisaties",
    figures: "Het register in cijfers",
    search: "Zoek een organisatie op naam",
    button: "Zoeken",
    sort: "Volgorde",
    mostSensors: "Meeste sensoren eerst",
    objection: "Bezwaar maken tegen een besluit",
    sensors: "Sensoren",
    algorithms: "Algoritmes",
    values: "Publieke waarden in de registraties",
    allSensors: /^Alle \d+ sensoren van Gemeente Voorbeeldstad in de lijst/,
    byType: "Sensoren per soort",
    valuesChart: "Publieke waarden: gediend en op het spel",
    notFound: "Pagina niet gevonden",
    count: /^\d+ organisaties$/,
  },
  en: {
    orgs: "Organisations",
    figures: "The register in figures",
    search: "Find an organisation by name",
    button: "Search",
    sort: "Order",
    mostSensors: "Most sensors first",
    objection: "Objecting to a decision",
    sensors: "Sensors",
    algorithms: "Algorithms",
    values: "Public values in the entries",
    allSensors: /^All \d+ sensors of Gemeente Voorbeeldstad in the list/,
    byType: "Sensors by type",
    valuesChart: "Public values: served and at stake",
    notFound: "Page not found",
    count: /^\d+ organisations$/,
  },
} as const;

for (const locale of ["nl", "en"] as const) {
  const t = T[locale];

  test(`organisations (${locale}): from the home page's count to the list, a search and an order`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await page.getByRole("link", { name: /^\d+ organisa/ }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/organisations$`));
    await expect(page).toHaveTitle(new RegExp(`^${t.orgs} \\|`));
    await expect(page.getByRole("heading", { level: 1, name: t.orgs })).toBeVisible();
    await expect(page.getByRole("status")).toHaveText(t.count);
    const table = page.getByRole("table");
    await expect(table.getByRole("rowheader", { name: /Gemeente Voorbeeldstad/ })).toBeVisible();
    await expectAccessible(page);

    // Most sensors first, then a search by part of the name.
    await page.getByLabel(t.sort).selectOption({ label: t.mostSensors });
    await page.getByRole("button", { name: t.button, exact: true }).click();
    await expect(page).toHaveURL(/sort=sensors/);
    const counts = await table.locator("tbody tr td:nth-child(3)").allTextContents();
    expect(counts.map(Number)).toEqual(counts.map(Number).sort((a, b) => b - a));
    await page.getByRole("searchbox", { name: t.search }).fill("voorbeeldSTAD");
    await page.getByRole("button", { name: t.button, exact: true }).click();
    await expect(page.getByRole("status")).toContainText("1");
    await expect(table.getByRole("row")).toHaveCount(2);

    await expect(table.getByRole("link", { name: "Gemeente Voorbeeldstad" })).toHaveAttribute("href", `/${locale}/organisations/voorbeeldstad`);
  });

  test(`an organisation's page (${locale}): where to object, its sensors on a small map and in a list, its algorithms and values`, async ({ page, request }) => {
    // The organisation as it is now: other suites on this worker's server (the bad-input suite posts the site
    // admin's organisation form) may have changed its objection address since the example data was loaded.
    const { data: org } = (await (await request.get("/api/v1/organisations/voorbeeldstad")).json()) as {
      data: { objectionUrl: string | null; objectionAddress: string | null };
    };
    await page.goto(`/${locale}/organisations/voorbeeldstad`);
    await expect(page.getByRole("heading", { level: 1, name: "Gemeente Voorbeeldstad" })).toBeVisible();
    const objection = page.getByRole("region", { name: t.objection });
    if (org.objectionAddress) await expect(objection).toContainText(org.objectionAddress);
    if (org.objectionUrl) await expect(objection.getByRole("link").first()).toHaveAttribute("href", org.objectionUrl);
    await expect(page.getByRole("region", { name: t.sensors, exact: true }).getByRole("link", { name: t.allSensors })).toHaveAttribute(
      "href",
      `/${locale}/sensors?organisation=voorbeeldstad`,
    );
    // The small map of its sensors (the page's own list and the big map are the alternatives).
    await expect(page.locator(".organisation-page__map .leaflet-marker-icon").first()).toBeVisible();
    await expect(page.getByRole("region", { name: t.algorithms, exact: true }).getByRole("listitem").first()).toBeVisible();
    const values = page.getByRole("region", { name: t.values });
    await expect(values.getByRole("table")).toBeVisible();
    await expectAccessible(page);

    // An entry of the list leads to its page, whose organisation links back.
    await page.getByRole("region", { name: t.algorithms, exact: true }).locator(".entry-list__title").first().click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/algorithms/A-`));
    await page.locator(".entry-status").getByRole("link", { name: "Gemeente Voorbeeldstad" }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/organisations/voorbeeldstad$`));
  });

  test(`the register in figures (${locale}): charts with their numbers in tables, as the API counts`, async ({ page, request }) => {
    await page.goto(`/${locale}`);
    await page.getByRole("contentinfo").getByRole("link", { name: t.figures }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/figures$`));
    await expect(page.getByRole("heading", { level: 1, name: t.figures })).toBeVisible();
    const figures = await (await request.get("/api/v1/figures")).json();
    const byType = page.getByRole("table", { name: t.byType });
    await expect(byType).toBeVisible();
    // Every type with sensors has a row with its number.
    const first = figures.sensorsByType.find((x: { count: number }) => x.count > 0);
    await expect(byType.getByRole("row").filter({ hasText: String(first.count) }).first()).toBeVisible();
    const totals = await byType.locator("tbody tr td:nth-child(2)").allTextContents();
    expect(totals.map(Number).reduce((a, b) => a + b, 0)).toBe(figures.sensors);
    // Values served and at stake: all values, two columns of numbers.
    const valuesTable = page.getByRole("table", { name: t.valuesChart });
    await expect(valuesTable.locator("tbody tr")).toHaveCount(figures.values.length);
    // The charts themselves are hidden from screen readers, who get the tables.
    await expect(page.locator(".bar-chart").first()).toHaveAttribute("aria-hidden", "true");
    await expectAccessible(page);
  });
}

/** Every organisation name is a link to its page: one test per place, each a single page visit. */
for (const { where, path, name } of [
  { where: "the sensor list", path: "/nl/sensors", name: ".sensor-list__meta" },
  { where: "the algorithm list", path: "/nl/algorithms", name: ".algorithm-item__org" },
  { where: "search results", path: "/en/search?q=parkeren", name: ".search-result__meta" },
  { where: "the contest finder's results", path: "/nl/contest?q=parkeerboete", name: ".contest-result__org" },
  { where: "a value's entries", path: "/en/values/privacy", name: ".entry-list__item .muted" },
  { where: "an entry's page", path: "/nl/sensors/S-VB8S5Y", name: ".entry-status" },
]) {
  test(`the organisation name is a link in ${where}`, async ({ page }) => {
    await page.goto(path);
    const link = page.locator(name).getByRole("link").first();
    await expect(link).toHaveAttribute("href", new RegExp(`^/${path.slice(1, 3)}/organisations/[a-z0-9-]+$`));
    await link.click();
    await expect(page).toHaveURL(/\/organisations\/[a-z0-9-]+$/);
  });
}

test("an unknown organisation is the normal 404, in both languages", async ({ page }) => {
  for (const locale of ["nl", "en"] as const) {
    const res = await page.goto(`/${locale}/organisations/nergensdorp`);
    expect(res!.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: T[locale].notFound })).toBeVisible();
  }
  // Hostile slugs: a 4xx with a page, never a 500.
  for (const slug of ["%ff", "constructor", "__proto__", "a".repeat(300), "..%2f..%2fetc"]) {
    const status = (await page.goto(`/nl/organisations/${slug}`))!.status();
    expect(status, slug).toBeGreaterThanOrEqual(400);
    expect(status, slug).toBeLessThan(500);
  }
});

test("on a phone the organisation and figures pages fit the screen, and the keyboard reaches an organisation", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of ["/nl/organisations", "/en/organisations/voorbeeldstad", "/nl/figures", "/en/figures"]) {
    await page.goto(path);
    const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(scroll, path).toBeLessThanOrEqual(width);
  }
  await expectAccessible(page);

  // Keyboard only: type in the search box, submit with Enter, tab to the organisation and open it with Enter.
  await page.goto("/nl/organisations");
  await page.getByRole("searchbox", { name: T.nl.search }).focus();
  await page.keyboard.type("proefdorp");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=proefdorp/);
  const link = page.getByRole("table").getByRole("link", { name: "Gemeente Proefdorp" });
  for (let i = 0; i < 30 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(link).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/nl\/organisations\/proefdorp$/);
  await expect(page.getByRole("heading", { level: 1, name: "Gemeente Proefdorp" })).toBeVisible();
});

test("without JavaScript: the list's search and order, an organisation's page and the figures", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  await context.route("**/*", (route) => (route.request().url().startsWith(baseURL!) ? route.continue() : route.abort()));
  const page = await context.newPage();
  await page.goto("/en/organisations");
  await page.getByRole("searchbox", { name: T.en.search }).fill("gemeente");
  await page.getByLabel(T.en.sort).selectOption("algorithms");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/q=gemeente.*sort=algorithms/);
  await page.getByRole("table").getByRole("link", { name: "Gemeente Voorbeeldstad" }).click();
  await expect(page.getByRole("region", { name: T.en.objection })).toContainText("Antwoordnummer 12345");
  await expect(page.getByRole("region", { name: T.en.sensors, exact: true }).getByRole("link", { name: /on the big map$/ })).toBeVisible();
  await page.goto("/nl/figures");
  await expect(page.getByRole("table", { name: T.nl.byType })).toBeVisible();
  await expect(page.locator(".bar-chart__bar").first()).toBeVisible();
  await context.close();
});

test("the organisations API: the list, one organisation, 400 for a wrong parameter, 404 for an unknown slug, 304", async ({ request }) => {
  const list = await request.get("/api/v1/organisations?sort=sensors");
  expect(list.status()).toBe(200);
  const body = await list.json();
  expect(body.meta).toMatchObject({ sort: "sensors", q: null, total: body.data.length });
  const one = body.data.find((o: { slug: string }) => o.slug === "voorbeeldstad");
  expect(one.url).toMatch(/\/nl\/organisations\/voorbeeldstad$/);
  const detail = await (await request.get("/api/v1/organisations/voorbeeldstad")).json();
  expect(detail.data).toMatchObject({ slug: "voorbeeldstad", sensors: one.sensors, algorithms: one.algorithms });
  expect(detail.data.figures.sensors).toBe(one.sensors);
  expect(detail.data.objectionAddress).toContain("Antwoordnummer 12345");
  expect((await request.get("/api/v1/organisations?sort=size")).status()).toBe(400);
  expect((await request.get("/api/v1/organisations?typo=1")).status()).toBe(400);
  const missing = await request.get("/api/v1/organisations/nergensdorp");
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.code).toBe("not_found");
  const again = await request.get("/api/v1/organisations", { headers: { "If-None-Match": list.headers()["etag"]! } });
  expect(again.status()).toBe(200); // another query, another ETag
  const same = await request.get("/api/v1/organisations?sort=sensors", { headers: { "If-None-Match": list.headers()["etag"]! } });
  expect(same.status()).toBe(304);
});
