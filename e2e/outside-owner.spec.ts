import { test, expect, expectAccessible } from "./fixtures";
import { accounts, fillSensorBasics, officialPage } from "./officials";

const NAME = "Bezettingsteller parkeergarage Vredenburg";

test("a company's sensor goes from its report to publication through the moderating municipality", async ({ browser, baseURL, page }) => {
  // The company's official registers and submits; they cannot publish.
  const company = await officialPage(browser, baseURL!, accounts.company);
  await company.goto("/nl/admin/entries/new?kind=sensor");
  await fillSensorBasics(company, NAME);
  await company.getByLabel("Breedtegraad (WGS84)").fill("52.0924");
  await company.getByLabel("Lengtegraad (WGS84)").fill("5.1149");
  await company.getByRole("button", { name: "Opslaan en ter beoordeling aanbieden" }).click();
  await expect(company.getByRole("status").filter({ hasText: "ter beoordeling aangeboden" })).toBeVisible();
  await expect(company.getByRole("button", { name: "Goedkeuren en publiceren" })).toHaveCount(0);
  const url = company.url().replace(/\?.*$/, "");
  const publicId = url.split("/").pop()!;

  // The municipality's publisher sees it waiting for review, and approves it.
  const municipality = await officialPage(browser, baseURL!, accounts.publisher);
  await expect(municipality.getByRole("link", { name: NAME }).first()).toBeVisible();
  await municipality.goto(url);
  await expectAccessible(municipality);
  await municipality.getByLabel("Wat is er veranderd?").fill("Melding onder de meldplicht goedgekeurd");
  await municipality.getByRole("button", { name: "Goedkeuren en publiceren" }).click();
  await expect(municipality.getByRole("status").filter({ hasText: "gepubliceerd" })).toBeVisible();

  // The public page says who owns it and who moderated it.
  await page.goto(`/nl/sensors/${publicId}`);
  await expect(page.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  await expect(page.getByText("Voorbeeld Parkeergarages B.V. (Bedrijf (meldplicht))")).toBeVisible();
  await expect(page.getByText("Gemeente Voorbeeldstad, die deze melding heeft beoordeeld en gepubliceerd")).toBeVisible();
  await expectAccessible(page);
  const api = await (await page.request.get(`/api/v1/sensors/${publicId}`)).json();
  expect(api.properties.organisation).toMatchObject({
    slug: "voorbeeld-parkeergarages",
    kind: "company",
    moderator: { slug: "voorbeeldstad", name: "Gemeente Voorbeeldstad" },
  });
});
