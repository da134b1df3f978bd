import type { Page } from "@playwright/test";
import { test, expect, expectAccessible } from "./fixtures";
import { accounts, fillSensorBasics, login, officialPage } from "./officials";

/** Registers a sensor with typed coordinates and submits it for review; returns its workspace URL. */
async function registerAndSubmit(page: Page, name: string) {
  await page.goto("/nl/admin/entries/new?kind=sensor");
  await fillSensorBasics(page, name);
  await page.getByLabel("Breedtegraad (WGS84)").fill("52.0921");
  await page.getByLabel("Lengtegraad (WGS84)").fill("5.1198");
  await page.getByRole("button", { name: "Opslaan en ter beoordeling aanbieden" }).click();
  await expect(page.getByRole("status").filter({ hasText: "ter beoordeling aangeboden" })).toBeVisible();
  return page.url().replace(/\?.*$/, "");
}

/** Replaces the session of an already loaded page by another official's: the next post is theirs. */
async function actAs(page: Page, other: Page) {
  await page.context().clearCookies();
  await page.context().addCookies(await other.context().cookies());
}

test("anonymous visitors are sent to the login page from every admin page", async ({ page }) => {
  for (const path of ["/nl/admin", "/nl/admin/entries/new?kind=sensor", "/nl/admin/entries/S-VB2K7M", "/nl/admin/entries/S-VB2K7M/edit", "/en/admin"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/(nl|en)\/admin\/login\?next=/);
  }
  await expect(page.getByRole("heading", { level: 1, name: "Sign in for officials" })).toBeVisible();
  await expectAccessible(page);
});

test("sign-in attempts are throttled with a clear message, keeping the e-mail address", async ({ page }) => {
  await page.goto("/nl/admin/login");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("E-mailadres").fill("onbekend@voorbeeldstad.example.nl");
    await page.getByLabel("Wachtwoord").fill(`fout-wachtwoord-${i}`);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.locator("form [role=alert]")).toContainText("klopt niet");
  }
  await page.getByLabel("Wachtwoord").fill("nog-een-poging");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.locator("form [role=alert]")).toContainText("Te veel mislukte pogingen");
  await expect(page.getByLabel("E-mailadres")).toHaveValue("onbekend@voorbeeldstad.example.nl");
  await expectAccessible(page);
});

test("an editor cannot publish, not even by posting to the action", async ({ browser, baseURL }) => {
  const editor = await officialPage(browser, baseURL!, accounts.editor);
  await expectAccessible(editor);
  const url = await registerAndSubmit(editor, "Fijnstofmeter Schoolroute Noord");
  await expectAccessible(editor);
  await expect(editor.getByRole("button", { name: "Goedkeuren en publiceren" })).toHaveCount(0);

  // The publisher's page holds the approve form; submitted with the editor's session it is refused.
  const publisher = await officialPage(browser, baseURL!, accounts.publisher);
  await publisher.goto(url);
  await publisher.getByLabel("Wat is er veranderd?").fill("Nieuwe sensor");
  await actAs(publisher, editor);
  await publisher.getByRole("button", { name: "Goedkeuren en publiceren" }).click();
  await expect(publisher.locator("form [role=alert]")).toContainText("geen toestemming");
  const publicId = url.split("/").pop()!;
  expect((await editor.request.get(`/nl/sensors/${publicId}`)).status()).toBe(404);
});

test("four eyes: a publisher cannot approve their own change, another can, and the history shows both versions", async ({
  browser,
  baseURL,
  page: citizen,
}) => {
  const editor = await officialPage(browser, baseURL!, accounts.editor);
  const url = await registerAndSubmit(editor, "Fijnstofmeter Schoolroute Zuid");
  const publicId = url.split("/").pop()!;

  const publisher = await officialPage(browser, baseURL!, accounts.publisher);
  await publisher.goto(url);
  await publisher.getByLabel("Wat is er veranderd?").fill("Eerste publicatie");
  await publisher.getByRole("button", { name: "Goedkeuren en publiceren" }).click();
  await expect(publisher.getByRole("status").filter({ hasText: "gepubliceerd" })).toBeVisible();

  // The publisher prepares a new version; the published one stays live meanwhile.
  await publisher.getByRole("link", { name: "Wijziging voorbereiden" }).click();
  await publisher.getByLabel("Naam", { exact: true }).fill("Fijnstofmeter Schoolroute Zuid (verplaatst)");
  await expectAccessible(publisher);
  await publisher.getByRole("button", { name: "Opslaan en ter beoordeling aanbieden" }).click();
  await expect(publisher.getByText("vier-ogenprincipe")).toBeVisible();
  await expect(publisher.getByRole("button", { name: "Goedkeuren en publiceren" })).toHaveCount(0);
  await expect(publisher.getByRole("table", { name: /Wat verandert er/ })).toContainText("(verplaatst)");
  await expectAccessible(publisher);
  const live = await publisher.request.get(`/nl/sensors/${publicId}/history`);
  expect(await live.text()).not.toContain("(verplaatst)");

  // Posting the approval with the author's own session is refused.
  const second = await officialPage(browser, baseURL!, accounts.publisher2);
  await second.goto(url);
  await second.getByLabel("Wat is er veranderd?").fill("Nieuwe plek");
  await actAs(second, publisher);
  await second.getByRole("button", { name: "Goedkeuren en publiceren" }).click();
  await expect(second.locator("form [role=alert]")).toContainText("niet goedkeuren");

  // Another publisher approves.
  await actAs(second, await officialPage(browser, baseURL!, accounts.publisher2));
  await second.reload();
  await second.getByLabel("Wat is er veranderd?").fill("Verplaatst naar de overkant van de straat");
  await second.getByRole("button", { name: "Goedkeuren en publiceren" }).click();
  await expect(second.getByRole("status").filter({ hasText: "gepubliceerd" })).toBeVisible();

  // The public history: two versions, their notes, and a readable field-by-field comparison.
  await citizen.goto(`/nl/sensors/${publicId}/history`);
  await expect(citizen.getByRole("heading", { level: 1 })).toContainText("Geschiedenis van Fijnstofmeter Schoolroute Zuid (verplaatst)");
  await expect(citizen.getByRole("link", { name: "Versie 1" })).toBeVisible();
  await expect(citizen.getByRole("link", { name: "Versie 2" })).toBeVisible();
  await expect(citizen.getByText("Verplaatst naar de overkant van de straat")).toBeVisible();
  const diff = citizen.getByRole("table", { name: /van versie 1 naar versie 2/ });
  await expect(diff.getByRole("row", { name: /Naam/ })).toContainText("Fijnstofmeter Schoolroute Zuid (verplaatst)");
  await expectAccessible(citizen);
  await citizen.getByRole("link", { name: "Versie 1" }).click();
  await expect(citizen.getByText("Dit is een oude versie.")).toBeVisible();
  await expect(citizen.getByRole("heading", { level: 1 })).toHaveText("Fijnstofmeter Schoolroute Zuid — Versie 1");
  await expectAccessible(citizen);
});

test("an official of another organisation can neither read nor change drafts, not even by posting to the action", async ({
  browser,
  baseURL,
}) => {
  const editor = await officialPage(browser, baseURL!, accounts.editor);
  const url = await registerAndSubmit(editor, "Fijnstofmeter Schoolroute West");
  const publicId = url.split("/").pop()!;

  const other = await officialPage(browser, baseURL!, accounts.waterEditor);
  expect((await other.goto(url))?.status()).toBe(404);
  expect((await other.goto(`${url}/edit`))?.status()).toBe(404);
  await other.goto("/nl/admin");
  await expect(other.getByRole("link", { name: "Fijnstofmeter Schoolroute West" })).toHaveCount(0);

  // The editor's own edit form, submitted with the other organisation's session, is refused.
  await editor.goto(`${url}/edit`);
  await editor.getByLabel("Naam", { exact: true }).fill("Overgenomen door het waterschap");
  await actAs(editor, other);
  await editor.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(editor.locator("form [role=alert]")).toContainText("bestaat niet of is niet zichtbaar");
  await expect(editor.getByLabel("Naam", { exact: true })).toHaveValue("Overgenomen door het waterschap");

  const owner = await officialPage(browser, baseURL!, accounts.editor);
  await owner.goto(url);
  await expect(owner.getByRole("heading", { level: 1 })).toHaveText("Fijnstofmeter Schoolroute West");
  expect((await owner.request.get(`/nl/sensors/${publicId}`)).status()).toBe(404);
});

test("two officials editing the same draft never overwrite each other silently", async ({ browser, baseURL }) => {
  const editor = await officialPage(browser, baseURL!, accounts.editor);
  const url = await registerAndSubmit(editor, "Fijnstofmeter Schoolroute Oost");
  const publisher = await officialPage(browser, baseURL!, accounts.publisher);
  await editor.goto(`${url}/edit`);
  await publisher.goto(`${url}/edit`);

  await editor.getByLabel("Doel: waarom deze sensor?").fill("We meten ook tijdens de bouw van de nieuwe school.");
  await editor.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "opgeslagen" })).toBeVisible();

  await publisher.getByLabel("Naam", { exact: true }).fill("Fijnstofmeter Schoolroute Oost (bij de bouw)");
  await publisher.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(publisher.locator("form [role=alert]")).toContainText("Iemand anders heeft dit concept intussen opgeslagen");
  const conflict = publisher.getByRole("table", { name: "Verschillen tussen de opgeslagen versie en uw invoer" });
  await expect(conflict.getByRole("row", { name: /Doel/ })).toContainText("tijdens de bouw");
  await expect(conflict.getByRole("row", { name: /Naam/ })).toContainText("(bij de bouw)");
  await expect(publisher.getByLabel("Naam", { exact: true })).toHaveValue("Fijnstofmeter Schoolroute Oost (bij de bouw)");
  await expectAccessible(publisher);

  await publisher.getByRole("button", { name: "Mijn invoer houden" }).click();
  await publisher.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(publisher.getByRole("status").filter({ hasText: "opgeslagen" })).toBeVisible();
  await expect(publisher.getByRole("heading", { level: 1 })).toHaveText("Fijnstofmeter Schoolroute Oost (bij de bouw)");
});

test("signing out ends the session", async ({ page }) => {
  await login(page, accounts.editor);
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page.getByText("U bent uitgelogd.")).toBeVisible();
  await page.goto("/nl/admin");
  await expect(page).toHaveURL(/\/nl\/admin\/login/);
});
