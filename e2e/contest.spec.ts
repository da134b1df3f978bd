import type { Browser, Page } from "@playwright/test";
import { test, expect, expectAccessible } from "./fixtures";
import { offlineContext } from "./officials";

/**
 * Issue 13, points 1 and 2: the contest finder, the algorithm page's contest box and its printed version lead
 * with the formal objection (its deadline, the last day from the date on the letter, where to send it), with
 * informal routes after it; and everyday words (synonym lists, English words whole) find the right letter.
 * At phone width, in Dutch and English, with and without JavaScript.
 */

// Demo data (db/demo/algorithms.ts).
const PARKING = { id: "A-PK4R7M", name: "Parkeercontrole met de scanauto" };
const WOZ = { id: "A-WZ8T3K", name: "Berekening van de WOZ-waarde van woningen" };
const BIJSTAND = { id: "A-BS6N2X", name: "Risicosignaal bij heronderzoek bijstand" };
const PUPIL_TRANSPORT = "Berekening afstand en recht op leerlingenvervoer";
const IMPORTED = "Selectie van adressen voor controle op illegale lozingen";
const TAX_POST = "Gemeente Voorbeeldstad, afdeling Belastingen, Antwoordnummer 12345, 1234 AB Voorbeeldstad";
const PHONE = { width: 375, height: 812 };

test.use({ viewport: PHONE });

/** A context without JavaScript at phone width, offline like every test. */
async function noJsPage(browser: Browser, baseURL: string) {
  const context = await offlineContext(browser, baseURL, { javaScriptEnabled: false, viewport: PHONE });
  return { context, page: await context.newPage() };
}

async function find(page: Page, locale: "nl" | "en", q: string, letterDate?: string) {
  const L = locale === "nl" ? { q: "Waar gaat de brief over?", date: "Datum op de brief", go: "Zoek hoe ik bezwaar maak" } : { q: "What is the letter about?", date: "Date on the letter", go: "Find how to object" };
  await page.goto(`/${locale}/contest`);
  await page.getByLabel(L.q).fill(q);
  if (letterDate) await page.getByLabel(L.date).fill(letterDate);
  await page.getByRole("button", { name: L.go }).click();
  await expect(page.getByRole("heading", { level: 2, name: locale === "nl" ? "Resultaten" : "Results" })).toBeVisible();
}

/** The element fits the phone's width: nothing to scroll sideways for. */
async function fitsTheScreen(page: Page, selector: string) {
  for (const box of await page.locator(selector).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right))) expect(box).toBeLessThanOrEqual(PHONE.width);
}

test("a finder result leads with the formal objection: deadline and where to send it; informal routes come after (nl, phone)", async ({ page }) => {
  await find(page, "nl", "woz");
  const hit = page.getByRole("region", { name: "Resultaten" }).getByRole("article").first();
  await expect(hit.getByRole("heading", { level: 3 })).toHaveText(WOZ.name);
  // The WOZ entry lists the human review first; the objection leads anyway.
  await expect(hit.getByRole("heading")).toHaveText([WOZ.name, "Eerst: Bezwaar maken", "U kunt ook…", "Daarna"]);
  const formal = hit.locator(".contest-formal");
  await expect(formal.getByText("Dit beschermt uw rechten.", { exact: false })).toBeVisible();
  await expect(formal.getByText("Binnen 6 weken na de datum op de brief.", { exact: true })).toBeVisible();
  await expect(formal.getByRole("link", { name: "Vul de datum op uw brief in, dan ziet u de laatste dag." })).toHaveAttribute("href", "#contest-letter-date");
  await expect(formal.getByRole("link", { name: "https://www.voorbeeldstad.example.nl/belastingen/bezwaar" })).toBeVisible();
  await expect(formal.getByRole("link", { name: "belastingen@voorbeeldstad.example.nl" })).toBeVisible();
  await expect(formal.getByText(TAX_POST)).toBeVisible();
  const informal = hit.locator(".contest-informal");
  await expect(informal.getByText("Let op: dit houdt de termijn voor bezwaar niet tegen.", { exact: false })).toBeVisible();
  await expect(informal.getByText("Vragen om menselijke herbeoordeling", { exact: false })).toBeVisible();
  await fitsTheScreen(page, ".contest-formal");
  await expectAccessible(page);

  // An algorithm without a described objection says so plainly and points to the organisation's general address.
  await page.goto("/nl/contest?organisation=voorbeeldrivieren");
  const imported = page.getByRole("article", { name: IMPORTED });
  await expect(imported.getByText("Bij dit algoritme staat niet beschreven hoe u formeel bezwaar maakt.", { exact: false })).toBeVisible();
  await expect(imported.getByRole("link", { name: "https://www.voorbeeldrivieren.example.nl/bezwaar" })).toBeVisible();
  await expect(imported.getByText("Waterschap Voorbeeldrivieren, t.a.v. Juridische Zaken, Postbus 1000", { exact: false })).toBeVisible();
  await expect(imported.getByText("Binnen 6 weken", { exact: false })).toHaveCount(0);
  await expectAccessible(page);
});

test("the date on the letter gives the last day, without JavaScript (nl, phone)", async ({ browser, baseURL, page: withJs }) => {
  // Seven pages in two browser contexts and three axe checks: on a loaded machine this takes minutes.
  test.slow();
  const { context, page } = await noJsPage(browser, baseURL!);
  await find(page, "nl", "woz", "2026-11-02");
  await expect(page).toHaveURL(/letterDate=2026-11-02/);
  const formal = page.getByRole("article", { name: WOZ.name }).locator(".contest-formal");
  await expect(formal.getByText("Laatste dag: maandag 14 december 2026")).toBeVisible();
  await expect(formal.getByText("Dat is 6 weken na de datum op de brief (maandag 2 november 2026).")).toBeVisible();
  await expect(page.getByLabel("Datum op de brief")).toHaveValue("2026-11-02");
  const urls = [page.url()];

  // Six weeks after Saturday 7 November is a Saturday: the last day moves to Monday.
  await page.getByLabel("Datum op de brief").fill("2026-11-07");
  await page.getByRole("button", { name: "Zoek hoe ik bezwaar maak" }).click();
  await expect(formal.getByText("Laatste dag: maandag 21 december 2026")).toBeVisible();
  await expect(formal.getByText("De termijn eindigt op zaterdag 19 december 2026.", { exact: false })).toBeVisible();

  // A date typed by hand, and one that does not exist: a clear message, never an error page.
  await page.goto(`/nl/contest?q=woz&letterDate=${encodeURIComponent("2-11-2026")}`);
  await expect(formal.getByText("Laatste dag: maandag 14 december 2026")).toBeVisible();
  const res = await page.goto("/nl/contest?q=woz&letterDate=31-02-2026");
  expect(res?.status()).toBe(200);
  await expect(page.getByText("‘31-02-2026’ is geen datum die we kennen.", { exact: false })).toBeVisible();
  await expect(formal.getByText("Binnen 6 weken na de datum op de brief.", { exact: true })).toBeVisible();
  urls.push(page.url());

  // The link to the whole box carries the date along.
  await page.goto(urls[0]!);
  await page.getByRole("article", { name: WOZ.name }).getByRole("link", { name: /Alles over bezwaar tegen dit besluit/ }).click();
  await expect(page).toHaveURL(new RegExp(`/nl/algorithms/${WOZ.id}\\?letterDate=2026-11-02#contest$`));
  await expect(page.getByRole("region", { name: "Zo maakt u bezwaar tegen een besluit" }).getByText("Laatste dag: maandag 14 december 2026")).toBeVisible();
  urls.push(page.url());
  await context.close();
  for (const url of urls) {
    await withJs.goto(url);
    await expectAccessible(withJs);
  }
});

test("the algorithm page's box and its printed version lead with the objection and work out the last day (en, no JavaScript, keyboard)", async ({
  browser,
  baseURL,
  page: withJs,
}) => {
  // Six pages in two browser contexts and three axe checks: on a loaded machine this takes minutes.
  test.slow();
  const { context, page } = await noJsPage(browser, baseURL!);
  await page.goto(`/en/algorithms/${WOZ.id}`);
  const box = page.getByRole("region", { name: "How to contest a decision" });
  const headings = await box.getByRole("heading").allTextContents();
  const at = (h: string) => headings.indexOf(h);
  expect(at("First: Lodge an objection")).toBe(1);
  expect(at("First: Lodge an objection")).toBeLessThan(at("You can also…"));
  expect(at("You can also…")).toBeLessThan(at("You can also: Request human review"));
  expect(at("You can also: Request human review")).toBeLessThan(at("After that"));
  await expect(box.locator(".contest-formal").getByText("Within 6 weeks of the date on the letter.")).toBeVisible();
  await expect(box.locator(".contest-formal").getByText(TAX_POST)).toBeVisible();
  await expect(box.getByText("Note: this does not stop the clock.", { exact: false })).toBeVisible();

  // Enter in the date field sends the form (the order of day and month in the field follows the browser's language).
  await box.getByLabel("Date on the letter").fill("2026-11-02");
  await box.getByLabel("Date on the letter").press("Enter");
  await expect(page).toHaveURL(new RegExp(`/en/algorithms/${WOZ.id}\\?letterDate=2026-11-02#contest$`));
  await expect(box.getByText("Last day: Monday, 14 December 2026")).toBeVisible();
  const urls = [page.url()];

  // The printable version keeps the date and shows the same last day, objection first.
  await box.getByRole("link", { name: "Printable version of these steps" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/algorithms/${WOZ.id}\\?print=1&letterDate=2026-11-02$`));
  const printed = page.getByRole("region", { name: "How to contest a decision" });
  await expect(printed.getByRole("heading").nth(1)).toHaveText("First: Lodge an objection");
  await expect(printed.getByText("Last day: Monday, 14 December 2026")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(printed.getByText("Last day: Monday, 14 December 2026")).toBeVisible();
  await expect(printed.getByRole("button", { name: "Work out the last day" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  urls.push(page.url());

  // Dutch, a date in the future: said plainly.
  await page.goto(`/nl/algorithms/${PARKING.id}?letterDate=2999-01-01`);
  await expect(page.getByText("‘2999-01-01’ ligt in de toekomst.", { exact: false })).toBeVisible();
  urls.push(page.url());
  await context.close();
  for (const url of urls) {
    await withJs.goto(url);
    await expectAccessible(withJs);
  }
});

const results = (page: Page, locale: "nl" | "en") => page.getByRole("region", { name: locale === "nl" ? "Resultaten" : "Results" });

test("everyday Dutch words find the letter: 'bekeuring' is the parking fine; Dutch words match as a prefix (nl, phone)", async ({ page }) => {
  await find(page, "nl", "bekeuring");
  await expect(results(page, "nl").getByRole("heading", { level: 3 }).first()).toHaveText(PARKING.name);
  await expect(results(page, "nl").getByRole("article", { name: BIJSTAND.name })).toHaveCount(0);
  await expect(page.getByRole("article", { name: PARKING.name }).getByRole("listitem").filter({ hasText: /^naheffingsaanslag$/ })).toBeVisible();
  await expectAccessible(page);

  await find(page, "nl", "parkeerb");
  await expect(results(page, "nl").getByRole("heading", { level: 3 }).first()).toHaveText(PARKING.name);
});

test("everyday English words find the letter, and match whole: 'social assistance', 'dog tax', 'tax' never 'taxi' (en, phone)", async ({ page }) => {
  await find(page, "en", "social assistance");
  await expect(results(page, "en").getByRole("heading", { level: 3 }).first()).toHaveText(BIJSTAND.name);
  await expect(page.getByRole("article", { name: BIJSTAND.name }).getByRole("listitem").filter({ hasText: /^terugvordering bijstand$/ })).toBeVisible();
  await expectAccessible(page);

  // "dog tax": no dog tax in the register, so nothing, and never pupil transport through "taxi".
  await find(page, "en", "dog tax");
  await expect(page.getByRole("status")).toHaveText("Nothing found for ‘dog tax’");
  await expect(page.getByRole("article", { name: PUPIL_TRANSPORT })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "How to object in any case" })).toBeVisible();
  await expectAccessible(page);

  await find(page, "en", "tax");
  await expect(results(page, "en").getByRole("article").first()).toBeVisible();
  await expect(page.getByRole("article", { name: PUPIL_TRANSPORT })).toHaveCount(0);
});
