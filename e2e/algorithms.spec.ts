import { test, expect, expectAccessible } from "./fixtures";
import type { Page } from "@playwright/test";

// Demo data (db/demo/algorithms.ts).
const PARKING = { id: "A-PK4R7M", name: "Parkeercontrole met de scanauto" };
const WOZ = { id: "A-WZ8T3K", name: "Berekening van de WOZ-waarde van woningen" };
const BIJSTAND = { id: "A-BS6N2X", name: "Risicosignaal bij heronderzoek bijstand" };
const WATER = { id: "A-WB2S6F", name: "Berekening aanslag waterschapsbelastingen" };
const DRAFT = "A-PD9R4M";
// Imported from the national register (#17): meets the standard, with its HTML lists, not yet assessed
// against the values and without a contest route.
const IMPORTED = { id: "A-HX7W3K", name: "Selectie van adressen voor controle op illegale lozingen" };
// The formal objection's deadline, without the date on the letter (lib/contest.ts, issue 13).
const SIX_WEEKS = "Binnen 6 weken na de datum op de brief.";

const results = (page: Page) => page.getByRole("region", { name: "Resultaten" });

async function findContest(page: Page, q: string, organisation?: string) {
  await page.goto("/nl/contest");
  await page.getByLabel("Waar gaat de brief over?").fill(q);
  if (organisation) await page.getByLabel("Van welke organisatie is de brief?").selectOption({ label: organisation });
  await page.getByRole("button", { name: "Zoek hoe ik bezwaar maak" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Resultaten" })).toBeVisible();
}

test("the algorithm list filters by category and organisation", async ({ page }) => {
  await page.goto("/nl/algorithms");
  await expect(page).toHaveTitle(/Algoritmes/);
  await expect(page.getByRole("heading", { level: 1, name: "Algoritmes" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText(/\d+ algoritmes gevonden/);
  await expect(page.getByRole("link", { name: DRAFT })).toHaveCount(0);
  await expectAccessible(page);

  const filters = page.getByRole("form", { name: "Filters" });
  await filters.getByRole("group", { name: "Publicatiecategorie" }).getByLabel(/Hoog-risico AI-systeem/).check();
  await filters.getByRole("button", { name: "Filters toepassen" }).click();
  await expect(page).toHaveURL(/category=high_risk/);
  await expect(page.getByRole("status")).toHaveText("1 algoritme gevonden");
  await expect(results(page).getByRole("link", { name: BIJSTAND.name })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/nl/algorithms");
  await page.getByRole("form", { name: "Filters" }).getByLabel(/Waterschap Voorbeeldrivieren/).check();
  await page.getByRole("button", { name: "Filters toepassen" }).click();
  await expect(page).toHaveURL(/organisation=voorbeeldrivieren/);
  await expect(results(page).getByRole("heading", { level: 3 })).toHaveText([WATER.name, IMPORTED.name]);

  // Text search keeps the filters and highlights what matched.
  await page.getByRole("searchbox", { name: "Zoek in de algoritmes" }).fill("zuiveringsheffing");
  await page.getByRole("button", { name: "Zoeken", exact: true }).click();
  await expect(page).toHaveURL(/organisation=voorbeeldrivieren.*q=zuiveringsheffing|q=zuiveringsheffing.*organisation=voorbeeldrivieren/);
  await expect(results(page).locator("mark").first()).toHaveText(/zuiveringsheffing/i);
  await expectAccessible(page);
});

test("the detail page explains first, then shows how to contest a decision", async ({ page }) => {
  await page.goto(`/nl/algorithms/${PARKING.id}`);
  await expect(page).toHaveTitle(new RegExp(PARKING.name));
  await expect(page.getByRole("heading", { level: 1, name: PARKING.name })).toBeVisible();
  const h2 = await page.getByRole("heading", { level: 2 }).allTextContents();
  const at = (s: string) => h2.findIndex((h) => h.includes(s));
  expect(at("Wat doet dit algoritme?")).toBeGreaterThanOrEqual(0);
  expect(at("Wat doet dit algoritme?")).toBeLessThan(at("Zo maakt u bezwaar tegen een besluit"));
  expect(at("Zo maakt u bezwaar tegen een besluit")).toBeLessThan(at("Alle gegevens over dit algoritme"));

  const box = page.getByRole("region", { name: "Zo maakt u bezwaar tegen een besluit" });
  await expect(box.getByRole("listitem").filter({ hasText: /^parkeerbon$/ })).toBeVisible();
  await expect(box.getByRole("heading", { name: "Eerst: Bezwaar maken" })).toBeVisible();
  await expect(box.getByText(SIX_WEEKS)).toBeVisible();
  const objection = box.locator(".contest-formal");
  expect(await objection.locator(".contest-steps > li").count()).toBeGreaterThanOrEqual(3);
  await expect(objection.getByRole("link", { name: "belastingen@voorbeeldstad.example.nl" })).toBeVisible();
  await expect(objection.getByText("Gemeente Voorbeeldstad, afdeling Belastingen, Antwoordnummer 12345")).toBeVisible();
  await expect(box.getByRole("heading", { name: "Recht op een menselijke blik" })).toBeVisible();
  await expect(box.getByRole("heading", { name: "Daarna", exact: true })).toBeVisible();

  // The details, the transparency limits, the values and the history link.
  await expect(page.getByText("Voorbeeld Software B.V.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Wat we bewust niet publiceren, en waarom" })).toBeVisible();
  await expect(page.getByText("De vaste route en de tijden van de scanauto per dag")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Publieke waarden (CODIO)" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Bekijk alle versies" })).toHaveAttribute("href", `/nl/algorithms/${PARKING.id}/history`);
  await expectAccessible(page);

  // English too: the texts the organisation wrote in English; the rest is Dutch, marked lang="nl", and said so.
  await page.goto(`/en/algorithms/${PARKING.id}`);
  await expect(page.getByRole("region", { name: "How to contest a decision" }).getByText("Within 6 weeks of the date on the letter.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Parking enforcement with the scan car" })).toBeVisible();
  await expect(page).toHaveTitle(/Parking enforcement with the scan car/);
  await expect(page.getByText("Parts of this entry are available in Dutch only.")).toBeVisible();
  await expect(page.getByText(/^A car with cameras reads the number plates/)).not.toHaveAttribute("lang");
  await expect(page.locator(".contest-formal .contest-steps")).toHaveAttribute("lang", "nl");
  await expect(page.locator("[lang=nl]").filter({ hasText: /^Controle te voet is duur/ })).toBeVisible();
  await expectAccessible(page);
  // An entry with no English text says so; its texts are marked Dutch, in lists too.
  await page.goto("/en/sensors/S-VB8S5Y");
  await expect(page.getByText("This entry is available in Dutch only.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Druktemeting plein Vredenburg" })).toHaveAttribute("lang", "nl");
  await expect(page.getByText(/^Drie slimme camera's tellen/)).toHaveAttribute("lang", "nl");
  await expectAccessible(page);
  await page.goto(`/nl/sensors/S-VB8S5Y`);
  await expect(page.getByText("Deze registratie is alleen in het Nederlands beschikbaar.")).toHaveCount(0);
  await expect(page.locator("main [lang]")).toHaveCount(0);
});

test("the printable view holds the contest box with the algorithm, the organisation and the URL", async ({ page }) => {
  await page.goto(`/nl/algorithms/${PARKING.id}`);
  await page.emulateMedia({ media: "print" });
  const box = page.getByRole("region", { name: "Zo maakt u bezwaar tegen een besluit" });
  await expect(box).toBeVisible();
  await expect(box.getByText(`/nl/algorithms/${PARKING.id}`)).toBeVisible();
  await expect(box.getByText(PARKING.name).first()).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  await page.getByRole("link", { name: "Printversie van deze stappen" }).click();
  await expect(page).toHaveURL(new RegExp(`/nl/algorithms/${PARKING.id}\\?print=1$`));
  await expect(page.getByRole("heading", { level: 1, name: `Bezwaar maken: ${PARKING.name}` })).toBeVisible();
  await expect(page.getByText("Van Gemeente Voorbeeldstad")).toBeVisible();
  await expect(page.getByText(new RegExp(`Bron: http://.*/nl/algorithms/${PARKING.id}`))).toBeVisible();
  await expectAccessible(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("region", { name: "Zo maakt u bezwaar tegen een besluit" }).getByText(SIX_WEEKS)).toBeVisible();
  await expect(page.getByRole("button", { name: "Print deze stappen" })).toBeHidden();
});

test("unknown and unpublished algorithms are not found", async ({ page }) => {
  for (const path of [`/nl/algorithms/${DRAFT}`, "/nl/algorithms/A-ZZZZZZ", "/nl/algorithms/niet-bestaand"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
  }
  await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
  await expectAccessible(page);
  // A register number typed in lower case still arrives.
  await page.goto(`/nl/algorithms/${PARKING.id.toLowerCase()}`);
  await expect(page).toHaveURL(new RegExp(`/nl/algorithms/${PARKING.id}$`));
});

test("the contest finder leads from a word in the letter to the steps, the deadline and the address", async ({ page }) => {
  await page.goto("/nl/contest");
  await expect(page.getByRole("heading", { level: 1, name: "Bezwaar maken tegen een besluit" })).toBeVisible();
  await expect(page.getByRole("link", { name: "parkeerbon" })).toBeVisible(); // examples of registered decisions
  await expectAccessible(page);

  await findContest(page, "Parkeerboete");
  await expect(page.getByRole("status")).toHaveText("1 resultaat voor ‘Parkeerboete’");
  await expect(page).toHaveTitle(/1 resultaat voor ‘Parkeerboete’/);
  const hit = results(page).getByRole("article", { name: PARKING.name });
  await expect(hit.getByText("Van Gemeente Voorbeeldstad")).toBeVisible();
  await expect(hit.getByRole("listitem").filter({ hasText: /^parkeerboete$/ })).toBeVisible();
  await expect(hit.getByText(SIX_WEEKS, { exact: true })).toBeVisible();
  await expect(hit.getByText("Gemeente Voorbeeldstad, afdeling Belastingen, Antwoordnummer 12345, 1234 AB Voorbeeldstad")).toBeVisible();
  await hit.getByText("Bekijk de stappen").click();
  await expect(hit.getByText("Schrijf in uw bezwaar waarom u het er niet mee eens bent.", { exact: false })).toBeVisible();
  await expectAccessible(page);

  await hit.getByRole("link", { name: /Alles over bezwaar tegen dit besluit/ }).click();
  await expect(page).toHaveURL(new RegExp(`/nl/algorithms/${PARKING.id}#contest$`));
  await expect(page.getByRole("region", { name: "Zo maakt u bezwaar tegen een besluit" })).toBeVisible();
});

test("the contest finder ignores case and accents", async ({ page }) => {
  await findContest(page, "parkeerbon");
  await expect(results(page).getByRole("heading", { level: 3 }).first()).toHaveText(PARKING.name);

  await findContest(page, "PARKEERBON");
  await expect(results(page).getByRole("heading", { level: 3 }).first()).toHaveText(PARKING.name);

  await findContest(page, "woz");
  await expect(results(page).getByRole("heading", { level: 3 }).first()).toHaveText(WOZ.name);

  // Typed with accents, stored without ("WOZ-beschikking", "stopzetting uitkering").
  await findContest(page, "wóz-beschíkking");
  await expect(results(page).getByRole("heading", { level: 3 }).first()).toHaveText(WOZ.name);
  await findContest(page, "uitkéring stopgezet");
  await expect(results(page).getByRole("heading", { level: 3 }).first()).toHaveText(BIJSTAND.name);

  // In English, with the English words for a Dutch letter.
  await page.goto("/en/contest");
  await page.getByLabel("What is the letter about?").fill("parking fine");
  await page.getByRole("button", { name: "Find how to object" }).click();
  const hit = page.getByRole("region", { name: "Results" }).getByRole("article").first();
  await expect(hit.getByRole("heading", { level: 3 })).toHaveText(PARKING.name);
  await expect(hit.getByText("Within 6 weeks of the date on the letter.", { exact: true })).toBeVisible();
  await expectAccessible(page);

  // Stored with accents ("met één klik terugsturen"), typed without: the highlight shows the stored word.
  await page.goto("/nl/algorithms?q=een+klik+terugsturen");
  const mark = results(page).locator("mark");
  await expect(mark.filter({ hasText: "één" }).first()).toBeVisible();
  await expectAccessible(page);
});

test("the contest finder works without JavaScript", async ({ browser, baseURL, page: withJs }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto("/nl/contest");
  await page.getByLabel("Waar gaat de brief over?").fill("bijstand gestopt");
  await page.getByRole("button", { name: "Zoek hoe ik bezwaar maak" }).click();
  await expect(page).toHaveURL(/\/nl\/contest\?q=bijstand\+gestopt/);
  const hit = page.getByRole("article", { name: BIJSTAND.name });
  await expect(hit).toBeVisible();
  await expect(hit.getByText(SIX_WEEKS, { exact: true })).toBeVisible();
  // The steps open without JavaScript (<details>).
  await hit.getByText("Bekijk de stappen").click();
  await expect(hit.locator(".contest-steps > li").first()).toBeVisible();
  // axe needs JavaScript: check the very same page in the normal context.
  const noJsUrl = page.url();
  // Choosing only the organisation lists its decisions.
  await page.goto("/nl/contest");
  await page.getByLabel("Van welke organisatie is de brief?").selectOption({ label: "Waterschap Voorbeeldrivieren" });
  await page.getByRole("button", { name: "Zoek hoe ik bezwaar maak" }).click();
  await expect(page.getByRole("status")).toHaveText("2 algoritmes van Waterschap Voorbeeldrivieren");
  await expect(page.getByRole("article", { name: WATER.name })).toBeVisible();
  // The one without a described route comes last, and still leads to the general objection route.
  await expect(page.getByRole("article", { name: IMPORTED.name })).toBeVisible();
  const browseUrl = page.url();
  await context.close();
  for (const url of [noJsUrl, browseUrl]) {
    await withJs.goto(url);
    await expectAccessible(withJs);
  }
});

test("the contest finder is never a dead end", async ({ page }) => {
  await findContest(page, "hondenbelasting", "Waterschap Voorbeeldrivieren");
  await expect(page.getByRole("status")).toHaveText("Niets gevonden voor ‘hondenbelasting’ bij Waterschap Voorbeeldrivieren");
  await expect(page.getByText("We vonden geen besluit dat bij uw woorden past.")).toBeVisible();
  const help = page.getByRole("region", { name: "Zo maakt u altijd bezwaar" });
  await expect(help.getByRole("heading", { name: "Bezwaar maken bij Waterschap Voorbeeldrivieren" })).toBeVisible();
  await expect(help.getByRole("link", { name: "https://www.voorbeeldrivieren.example.nl/bezwaar" })).toBeVisible();
  await expect(help.getByText("Waterschap Voorbeeldrivieren, t.a.v. Juridische Zaken, Postbus 1000")).toBeVisible();
  await expect(help.getByText(/binnen 6 weken bezwaar maken/)).toBeVisible();
  await expect(help.getByRole("link", { name: "Nationale ombudsman" })).toHaveAttribute("href", "https://www.nationaleombudsman.nl");
  await expectAccessible(page);

  // Hostile input is just text: a normal page with a helpful answer, never an error.
  await findContest(page, '"AND NEAR*( <script>');
  await expect(page.getByRole("status")).toContainText("‘\"AND NEAR*( <script>’");
  await expect(page.getByRole("heading", { level: 1, name: "Bezwaar maken tegen een besluit" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Zo maakt u altijd bezwaar" }).getByRole("link", { name: "Nationale ombudsman" })).toBeVisible();
  await expectAccessible(page);

  // Nothing searchable, and a very long text.
  await findContest(page, "🚲 *** ()");
  await expect(page.getByText("We vonden geen woorden in uw zoekopdracht.")).toBeVisible();
  const res = await page.goto(`/nl/contest?q=${encodeURIComponent("parkeerbon ".repeat(250))}`);
  expect(res?.status()).toBe(200);
});

test("the algorithms API lists, filters, pages and answers clear errors", async ({ request }) => {
  const list = await request.get("/api/v1/algorithms?category=impactful&pageSize=3");
  expect(list.status()).toBe(200);
  expect(list.headers()["access-control-allow-origin"]).toBe("*");
  const body = await list.json();
  expect(body.data).toHaveLength(3);
  expect(body.meta).toMatchObject({ page: 1, pageSize: 3 });
  expect(body.meta.total).toBeGreaterThan(3);
  expect(body.links.next).toMatch(/page=2/);
  expect(body.links.prev).toBeNull();
  for (const a of body.data) {
    expect(a.publicationCategory).toBe("impactful");
    expect(a.id).toMatch(/^A-/);
    expect(a.url).toMatch(new RegExp(`/nl/algorithms/${a.id}$`));
    expect(a.contest.routes.length).toBeGreaterThan(0);
    expect(a.values.length).toBeGreaterThan(0);
  }
  expect(body.data.map((a: { id: string }) => a.id)).not.toContain(DRAFT);

  const search = await (await request.get("/api/v1/algorithms?q=Parkeerboete")).json();
  expect(search.data[0].id).toBe(PARKING.id);

  const one = await request.get(`/api/v1/algorithms/${PARKING.id}`);
  expect(one.status()).toBe(200);
  const { data } = await one.json();
  expect(data).toMatchObject({ id: PARKING.id, name: PARKING.name, organisation: { slug: "voorbeeldstad" }, registerStatus: "published" });
  expect(data.contest.decisions).toContain("parkeerbon");
  expect(data.transparencyLimits).toHaveLength(1);

  for (const path of [`/api/v1/algorithms/${DRAFT}`, "/api/v1/algorithms/A-ZZZZZZ", "/api/v1/algorithms/bestaat-niet"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
    expect((await res.json()).error.code).toBe("not_found");
  }

  for (const qs of ["status=flying", "category=x&pageSize=1000", "organisation=nergensdorp", "page=0", "colour=red"]) {
    const res = await request.get(`/api/v1/algorithms?${qs}`);
    expect(res.status(), qs).toBe(400);
    const err = (await res.json()).error;
    expect(err.code).toBe("bad_request");
    expect(err.problems.length).toBeGreaterThan(0);
    expect(err.problems[0].message).toBeTruthy();
  }
  const hostile = await request.get(`/api/v1/algorithms?q=${encodeURIComponent('"AND NEAR*( <script>')}`);
  expect(hostile.status()).toBe(200);
});


test("an imported algorithm shows its paragraphs and lists, and says honestly what is not yet described", async ({ page }) => {
  await page.goto(`/nl/algorithms/${IMPORTED.id}`);
  const explanation = page.getByRole("region", { name: "Wat doet dit algoritme?" });
  await expect(explanation.getByRole("listitem").filter({ hasText: "Woont of werkt u aan water" })).toBeVisible();
  await expect(page.locator("main")).not.toContainText("<p>");
  await expect(page.locator("main")).not.toContainText("<li>");
  // The numbered list of the risk management field, in the details.
  await expect(page.getByRole("region", { name: "Alle gegevens over dit algoritme" }).locator("ol > li")).toHaveCount(2);
  // No contest route described: the general objection route with the six-week rule and the organisation's contact.
  const box = page.getByRole("region", { name: "Zo maakt u bezwaar tegen een besluit" });
  await expect(box).toContainText("nog niet beschreven");
  await expect(box).toContainText("binnen 6 weken");
  await expect(box.getByRole("link", { name: /bezwaar/i }).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Publieke waarden (CODIO)" })).toContainText("Nog niet getoetst");
  await expectAccessible(page);

  await page.goto(`/en/algorithms/${IMPORTED.id}`);
  await expect(page.getByRole("region", { name: "Public values (CODIO)" })).toContainText("Not yet assessed");
  await expect(page.getByRole("region", { name: "How to contest a decision" })).toContainText("has not yet been described");
  await expectAccessible(page);
});

test("algorithms come out in the national standard's shape, one at a time or all at once", async ({ request }) => {
  const json = await (await request.get(`/api/v1/algorithms/${IMPORTED.id}`)).json();
  expect(json.data.completeness).toMatchObject({ values: "not_yet_assessed", valuesAssessed: 0, contestRoute: "not_yet_described" });
  expect(json.data.goal).toContain("<ul>");

  const one = await request.get(`/api/v1/algorithms/${IMPORTED.id}?format=algoritmeregister-1.0`);
  expect(one.status()).toBe(200);
  expect(one.headers()["access-control-allow-origin"]).toBe("*");
  const record = await one.json();
  expect(record).toMatchObject({
    name: IMPORTED.name,
    organization: "Waterschap Voorbeeldrivieren",
    status: "In gebruik",
    publication_category: "Impactvolle algoritmes",
    category: ["Natuur en milieu", "Openbare orde en veiligheid"],
    lars: "80000017",
    source_id: "VR-ALG-012",
    lang: "nld",
    standard_version: "1.0",
    id: IMPORTED.id,
  });
  expect(record.lawful_basis_grouping).toContainEqual({ title: "Keur waterschap Voorbeeldrivieren", link: "Waterschapsblad 2023, nr. 88" });

  const all = await request.get("/api/v1/export/algoritmeregister-1.0.json");
  expect(all.status()).toBe(200);
  expect(all.headers()["content-type"]).toMatch(/application\/json/);
  const records = await all.json();
  const listed = (await (await request.get("/api/v1/algorithms?pageSize=100")).json()).meta.total;
  expect(records).toHaveLength(listed);
  expect(records.map((r: { id: string }) => r.id)).not.toContain(DRAFT);
  const archived = records.find((r: { status: string; end_date: string | null }) => r.status === "Buiten gebruik");
  expect(archived.end_date).toMatch(/^\d{4}-\d{2}$/);
  // A repeat request with the ETag is answered 304 without a body.
  const again = await request.get("/api/v1/export/algoritmeregister-1.0.json", { headers: { "If-None-Match": all.headers()["etag"]! } });
  expect(again.status()).toBe(304);

  const bad = await request.get(`/api/v1/algorithms/${PARKING.id}?format=csv`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.problems[0].allowed).toEqual(["algoritmeregister-1.0"]);
  expect((await request.get(`/api/v1/algorithms/${DRAFT}?format=algoritmeregister-1.0`)).status()).toBe(404);
});
