import { test, expect, expectAccessible } from "./fixtures";

test("the home page speaks Dutch and English", async ({ page }) => {
  await page.goto("/nl");
  await expect(page.getByRole("heading", { level: 1, name: "Transparantieregister sensoren en algoritmes" })).toBeVisible();
  await expect(page).toHaveTitle("Transparantieregister sensoren en algoritmes");
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Kaart" })).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Zoek in het register" })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/en");
  await expect(page.getByRole("heading", { level: 1, name: "Transparency register for sensors and algorithms" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("link", { name: "Contest a decision" }).first()).toBeVisible();
  await expectAccessible(page);
});

test("a bare path redirects by the browser's language, Dutch by default", async ({ browser, baseURL }) => {
  const en = await browser.newContext({ locale: "en-GB", extraHTTPHeaders: { "Accept-Language": "en-GB,en;q=0.9" } });
  const enPage = await en.newPage();
  await enPage.goto(`${baseURL}/values`);
  await expect(enPage).toHaveURL(/\/en\/values$/);
  await en.close();

  const other = await browser.newContext({ locale: "fr-FR", extraHTTPHeaders: { "Accept-Language": "fr-FR,fr;q=0.9" } });
  const otherPage = await other.newPage();
  await otherPage.goto(`${baseURL}/`);
  await expect(otherPage).toHaveURL(/\/nl$/);
  await other.close();
});

test("the language switch stays on the same page", async ({ page }) => {
  await page.goto("/nl/values/privacy");
  await page.getByRole("link", { name: "Switch to English" }).click();
  await expect(page).toHaveURL(/\/en\/values\/privacy$/);
  await expect(page.getByRole("heading", { level: 1, name: "Privacy" })).toBeVisible();
  await page.getByRole("link", { name: "Naar Nederlands" }).click();
  await expect(page).toHaveURL(/\/nl\/values\/privacy$/);
});

test("the values overview shows foundations, principles and values", async ({ page }) => {
  await page.goto("/nl/values");
  await expect(page).toHaveTitle(/Publieke waarden \(CODIO\)/);
  for (const f of ["Democratie", "Rechtstaat", "Bestuurskracht"])
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(f) })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: /Procedurele rechtvaardigheid/ })).toBeVisible();
  await expect(page.getByRole("list", { name: "Waarden bij Verantwoordelijkheid" }).getByRole("link", { name: "Verantwoording" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Aanvechtbaarheid" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Aanvechtbaarheid" })).toBeVisible();
  await expect(page.getByText("burgers kunnen de beslissingen of de acties van digitale systemen van de overheid aanvechten")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Voorbeelden van acties die deze waarde borgen" })).toBeVisible();
  // Published example entries that serve this value are listed.
  await expect(page.getByRole("heading", { name: "Registraties die deze waarde dienen" })).toBeVisible();
  await expect(page.locator(".entry-list__item").first()).toBeVisible();
  await expectAccessible(page);
});

test("unknown pages answer a localized not-found page", async ({ page }) => {
  const nl = await page.goto("/nl/bestaat-niet");
  expect(nl?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
  await expectAccessible(page);
  const en = await page.goto("/en/values/does-not-exist");
  expect(en?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});

test("the values API returns the whole taxonomy in both languages", async ({ request }) => {
  const res = await request.get("/api/v1/values");
  expect(res.status()).toBe(200);
  expect(res.headers()["access-control-allow-origin"]).toBe("*");
  const body = await res.json();
  expect(body.foundations).toHaveLength(3);
  expect(body.principles).toHaveLength(6);
  const privacy = body.values.find((v: { slug: string }) => v.slug === "privacy");
  expect(privacy.name).toEqual({ nl: "Privacy", en: "Privacy" });
  expect(privacy.definition.nl).toContain("Privacy van burgers is gegarandeerd");
  expect(body.values.some((v: { slug: string }) => v.slug === "verantwoording")).toBe(true);
  expect(body.actionCategories).toHaveLength(6);
});

test("the health route reports the database and the event loop", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(await res.json()).toEqual({ status: "ok", database: "ok", eventLoop: { maxDelayMs: expect.any(Number), windowSeconds: 10 } });
});
