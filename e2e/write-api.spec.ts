import { test, expect, expectAccessible } from "./fixtures";
import { accounts, officialPage } from "./officials";

test("a publisher makes a token; a system sends a sensor with it; another publisher approves the draft; a revoked token is refused", async ({
  browser,
  baseURL,
  request,
}) => {
  const publisher = await officialPage(browser, baseURL!, accounts.publisher);
  await publisher.getByRole("navigation", { name: "Werkruimte" }).getByRole("link", { name: "API-tokens" }).click();
  await expect(publisher.getByRole("heading", { level: 1, name: "API-tokens" })).toBeVisible();
  await expectAccessible(publisher);

  // Create a token: it is shown once, with the advice to copy it now.
  await publisher.getByLabel("Naam van het token").fill("Sensorplatform e2e");
  await publisher.getByRole("button", { name: "Token aanmaken" }).click();
  await expect(publisher.getByText("Kopieer het token nu: het wordt niet nog een keer getoond.")).toBeVisible();
  const token = await publisher.getByLabel("Uw nieuwe token").inputValue();
  expect(token).toMatch(/^trg_[A-Za-z0-9_-]{43}$/);
  const row = publisher.getByRole("row", { name: /Sensorplatform e2e/ });
  await expect(row).toContainText(`${token.slice(0, 10)}…`);
  await expect(row).toContainText("nog niet gebruikt");
  await expectAccessible(publisher);
  // Reloading the page never shows the token again.
  await publisher.reload();
  await expect(publisher.getByLabel("Uw nieuwe token")).toHaveCount(0);
  expect(await publisher.content()).not.toContain(token);

  // The organisation's system sends a sensor: a Feature in the read API's own shape.
  const feature = await (await request.get("/api/v1/sensors/S-VB2K7M")).json();
  feature.properties.name = "Luchtmeter aangeleverd via de API";
  const created = await request.post("/api/v1/sensors", { headers: { Authorization: `Bearer ${token}` }, data: feature });
  expect(created.status()).toBe(201);
  const body = await created.json();
  expect(body).toMatchObject({ status: "draft", draftVersion: 1, missing: [] });
  expect(created.headers()["cache-control"]).toBe("no-store");
  expect((await request.get(`/api/v1/sensors/${body.id}`)).status()).toBe(404);

  // The draft is in the workspace under the token's name. A person submits it; the official who made the token
  // answers for what it sends, so under the four-eyes rule another publisher approves it.
  await publisher.goto("/nl/admin");
  await publisher.getByRole("link", { name: "Luchtmeter aangeleverd via de API", exact: true }).first().click();
  await expect(publisher.getByRole("heading", { level: 1, name: "Luchtmeter aangeleverd via de API" })).toBeVisible();
  await expect(publisher.getByText(/laatst bewerkt door token: Sensorplatform e2e/)).toBeVisible();
  await publisher.getByRole("button", { name: "Ter beoordeling aanbieden" }).click();
  await expect(publisher.getByRole("status").filter({ hasText: "ter beoordeling aangeboden" })).toBeVisible();
  await expect(publisher.getByText("vier-ogenprincipe")).toBeVisible();
  await expect(publisher.getByRole("button", { name: "Goedkeuren en publiceren" })).toHaveCount(0);
  const entryUrl = publisher.url().replace(/\?.*$/, "");

  const second = await officialPage(browser, baseURL!, accounts.publisher2);
  await second.goto(entryUrl);
  await second.getByLabel(/Wat is er veranderd\?/).fill("Aangeleverd door het sensorplatform");
  await second.getByRole("button", { name: "Goedkeuren en publiceren" }).click();
  await expect(second.getByRole("status").filter({ hasText: "gepubliceerd" })).toBeVisible();
  expect((await request.get(`/api/v1/sensors/${body.id}`)).status()).toBe(200);

  // The list now says when the token was last used. Revoke it, with a confirmation on its own page.
  await publisher.goto("/nl/admin/tokens");
  await expect(publisher.getByRole("row", { name: /Sensorplatform e2e/ })).not.toContainText("nog niet gebruikt");
  await publisher.getByRole("link", { name: "Intrekken token Sensorplatform e2e" }).click();
  await expect(publisher.getByRole("heading", { level: 1, name: "Token intrekken" })).toBeVisible();
  await expect(publisher.getByText(/Wilt u het token ‘Sensorplatform e2e’/)).toBeVisible();
  await expectAccessible(publisher);
  await publisher.getByRole("button", { name: "Ja, token intrekken" }).click();
  await expect(publisher.getByRole("status").filter({ hasText: "Het token is ingetrokken" })).toBeVisible();
  await expect(publisher.getByRole("row", { name: /Sensorplatform e2e/ })).toContainText("ingetrokken op");

  const refused = await request.post("/api/v1/sensors", { headers: { Authorization: `Bearer ${token}` }, data: feature });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["www-authenticate"]).toMatch(/^Bearer /);
});

test("tokens work without JavaScript, and only publishers manage them", async ({ browser, baseURL, request }) => {
  const publisher = await officialPage(browser, baseURL!, accounts.publisher);
  const context = await browser.newContext({ baseURL, locale: "nl-NL", javaScriptEnabled: false });
  await context.route("**/*", (route) => (route.request().url().startsWith(baseURL!) ? route.continue() : route.abort("internetdisconnected")));
  await context.addCookies(await publisher.context().cookies());
  const page = await context.newPage();

  await page.goto("/nl/admin/tokens");
  await page.getByLabel("Naam van het token").fill("Zonder JavaScript");
  await page.getByRole("button", { name: "Token aanmaken" }).click();
  const token = await page.getByLabel("Uw nieuwe token").inputValue();
  expect(token).toMatch(/^trg_/);
  await expect(page.getByRole("button", { name: "Token kopiëren" })).toHaveCount(0);

  await page.goto("/nl/admin/tokens");
  await page.getByRole("link", { name: "Intrekken token Zonder JavaScript" }).click();
  await page.getByRole("button", { name: "Ja, token intrekken" }).click();
  await expect(page.getByText("Het token is ingetrokken")).toBeVisible();
  const refused = await request.put("/api/v1/sensors/S-VB2K7M", { headers: { Authorization: `Bearer ${token}` }, data: { type: "Feature" } });
  expect(refused.status()).toBe(401);

  // An editor has no Tokens link and is told the page is for publishers.
  const editor = await officialPage(browser, baseURL!, accounts.editor);
  await expect(editor.getByRole("link", { name: "API-tokens" })).toHaveCount(0);
  await editor.goto("/nl/admin/tokens");
  await expect(editor.getByText("Alleen publicisten van een organisatie beheren de API-tokens")).toBeVisible();
  await expect(editor.getByRole("button", { name: "Token aanmaken" })).toHaveCount(0);
  await expectAccessible(editor);
});
