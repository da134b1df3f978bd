import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { accounts, restoreSession } from "./officials";
import { expectAccessibleAsSent } from "./no-js";

/**
 * The entry form without JavaScript: every field is a real form control, the "add" buttons are submit buttons
 * the server answers with the form one row longer, and a form sent back with an error shows everything typed.
 */
test.use({ javaScriptEnabled: false });

const NAME = "Toeslag kinderopvang zonder script";
const GOAL = "Het algoritme rekent de toeslag uit.\n\n- een medewerker controleert\n- inwoners krijgen een brief";

test("without JavaScript the algorithm form adds rows, keeps everything typed on an error, and saves", async ({ page, browser, baseURL }) => {
  // Five round trips and axe on the long form six times: on a busy machine that takes minutes.
  test.setTimeout(480_000);
  // axe needs JavaScript: each page exactly as this browser got it is checked in a second page that has it
  // (test.use above would switch it off there too).
  const checkerContext = await browser.newContext({ baseURL, locale: "nl-NL", javaScriptEnabled: true });
  const checker = await checkerContext.newPage();
  const axe = () => expectAccessibleAsSent(page, checker);

  await restoreSession(page, baseURL!, accounts.editor);
  await page.goto("/nl/admin");
  await axe();
  await page.goto("/nl/admin/entries/new?kind=algorithm");
  await expect(page.getByRole("heading", { level: 1, name: "Nieuw algoritme registreren" })).toBeVisible();
  await axe();

  // Everything but the name, the one field a draft cannot do without.
  await page.getByLabel("Korte omschrijving").fill("Rekent de toeslag voor kinderopvang uit.");
  await page.getByLabel("Publicatiecategorie").selectOption({ label: "Impactvol algoritme" });
  await page.getByLabel("Status").selectOption({ label: "In gebruik" });
  await page.getByLabel("In gebruik sinds").fill("2025-03");
  await page.getByRole("checkbox", { name: "Belastingen" }).check();
  await page.getByLabel("Contact (e-mailadres of website, geen persoonlijk adres)").fill("toeslagen@voorbeeldstad.example.nl");
  await page.getByLabel(/^Doel en impact/).fill(GOAL);
  await page.getByRole("group", { name: "Zelflerend" }).getByLabel("Nee").check();
  // Without JavaScript the contest route is on the page already; the tick decides whether it counts.
  await page.getByLabel("Dit algoritme maakt of ondersteunt besluiten die een inwoner kan aanvechten").check();
  await page.getByLabel("Besluiten (zoals een inwoner ze noemt)").fill("toeslag kinderopvang\nterugvordering toeslag");
  await page.getByLabel("Wie behandelt het?").fill("Team Toeslagen");
  await page.getByLabel("Stappen").fill("Schrijf een brief.\nNoem uw dossiernummer.");
  await page.getByLabel("Website of webformulier").fill("https://voorbeeldstad.example.nl/bezwaar");
  const value = page.getByRole("group", { name: /^Aanvechtbaarheid/ });
  await value.getByLabel("Dient deze waarde").check();
  await page.getByLabel("Toelichting bij Aanvechtbaarheid").fill("Elke brief zegt hoe u bezwaar maakt.");

  // "Add a link" posts the form; the server sends it back with one more row and everything typed kept.
  const laws = page.getByRole("group", { name: "Wetten en regels" });
  await expect(laws.getByLabel("Titel")).toHaveCount(0);
  await laws.getByRole("button", { name: "Link toevoegen" }).click();
  await expect(laws.getByLabel("Titel")).toHaveCount(1);
  await expectTyped(page);
  // The new row is where the cursor goes on.
  await expect(laws.getByLabel("Titel")).toBeFocused();
  await laws.getByLabel("Titel").fill("Wet kinderopvang");
  await laws.getByLabel("Link", { exact: true }).fill("https://wetten.overheid.nl/BWBR0017017");
  // A second contest route, the same way.
  await page.getByRole("button", { name: "Nog een route toevoegen" }).click();
  await expect(page.getByLabel("Wie behandelt het?")).toHaveCount(2);
  await expect(page.getByLabel("Wie behandelt het?").nth(1)).toHaveValue("");
  await page.getByLabel("Wie behandelt het?").nth(1).fill("Rechtbank Midden-Nederland");
  await page.getByLabel("Website of webformulier").nth(1).fill("https://www.rechtspraak.nl");
  await expectTyped(page);

  // Fields a rule makes required say when, instead of "(niet verplicht)" (impactful: what the register adds counts).
  const reason = page.getByLabel("Toelichting op impacttoetsen");
  await expect(reason).toHaveAccessibleDescription(/Verplicht als u geen uitgevoerde impacttoets noemt\./);
  await expect(page.locator("label", { hasText: "Toelichting op impacttoetsen" })).not.toContainText("niet verplicht");
  await expect(page.getByLabel("Eenheid").first()).toHaveAccessibleDescription(/Verplicht als u een termijn opgeeft\./);
  await axe();

  // Saving without a name: the form comes back with the error and every character typed.
  await page.getByRole("button", { name: "Concept opslaan" }).click();
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Niet alles is goed ingevuld");
  await expect(alert.getByRole("link", { name: "Naam: Dit veld is verplicht." })).toBeVisible();
  await expect(page.getByLabel("Naam", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Naam", { exact: true })).toHaveAccessibleDescription(/Dit veld is verplicht\./);
  await expectTyped(page);
  await expect(laws.getByLabel("Titel")).toHaveValue("Wet kinderopvang");
  await expect(page.getByLabel("Wie behandelt het?").nth(1)).toHaveValue("Rechtbank Midden-Nederland");
  await axe();

  // Fixed and saved: the entry holds what was typed, both routes and the link among it.
  await page.getByLabel("Naam", { exact: true }).fill(NAME);
  await page.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "aangemaakt" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  await axe();
  const publicId = new URL(page.url()).pathname.split("/").pop()!;
  await page.goto(`/nl/admin/entries/${publicId}/edit`);
  await expect(page.getByLabel("Naam", { exact: true })).toHaveValue(NAME);
  await expectTyped(page);
  await expect(laws.getByLabel("Titel")).toHaveValue("Wet kinderopvang");
  await expect(page.getByLabel("Wie behandelt het?")).toHaveCount(2);
  await expect(page.getByLabel("Wie behandelt het?").nth(1)).toHaveValue("Rechtbank Midden-Nederland");
  await axe();
  await checkerContext.close();
});

test("without JavaScript a sensor is placed by RD coordinates, created and edited", async ({ page, browser, baseURL }) => {
  test.setTimeout(480_000);
  const checkerContext = await browser.newContext({ baseURL, locale: "nl-NL", javaScriptEnabled: true });
  const checker = await checkerContext.newPage();
  const axe = () => expectAccessibleAsSent(page, checker);

  await restoreSession(page, baseURL!, accounts.editor);
  await page.goto("/nl/admin/entries/new?kind=sensor");
  await axe();
  await page.getByLabel("Naam", { exact: true }).fill("Luchtmeter zonder script");
  await page.getByLabel("Soort sensor").selectOption({ label: "Chemisch / luchtkwaliteit" });
  await page.getByRole("checkbox", { name: "Luchtkwaliteit" }).check();
  await page.getByLabel("Wat meet de sensor?").fill("Fijnstof, elke tien minuten.");
  await page.getByLabel("Doel: waarom deze sensor?").fill("Weten hoe schoon de lucht is.");
  await page.getByLabel("Collectief belang: wat heeft het publiek eraan?").fill("Iedereen ziet de luchtkwaliteit.");
  await page.getByRole("group", { name: "Verwerkt persoonsgegevens" }).getByLabel("Nee").check();
  await page.getByLabel("Actief vanaf").fill("2026-01-15");
  await page.getByLabel("Contact (functioneel e-mailadres)").fill("lucht@voorbeeldstad.example.nl");
  await page.getByRole("group", { name: /^Collectief belang/ }).getByLabel("Dient deze waarde").check();
  await page.getByLabel("Toelichting bij Collectief belang").fill("De metingen zijn open data.");

  // The map needs JavaScript; RD coordinates are converted by the server (the Onze Lieve Vrouwetoren, Amersfoort).
  await page.getByText("Rijksdriehoekscoördinaten (RD) omrekenen").click();
  await page.getByLabel("X (RD, meter)").fill("155000");
  await page.getByLabel("Y (RD, meter)").fill("463000");
  await page.getByRole("button", { name: "Omrekenen en gebruiken" }).click();
  await expect(page.getByLabel("Breedtegraad (WGS84)")).toHaveValue(/^52\.155/);
  await expect(page.getByLabel("Lengtegraad (WGS84)")).toHaveValue(/^5\.387/);
  await expect(page.getByLabel("Breedtegraad (WGS84)")).toBeFocused();
  await expect(page.getByLabel("Naam", { exact: true })).toHaveValue("Luchtmeter zonder script");
  await expect(page.getByLabel("Hoe dient deze registratie Collectief belang?")).toHaveValue("De metingen zijn open data.");
  await page.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "aangemaakt" })).toBeVisible();
  const publicId = new URL(page.url()).pathname.split("/").pop()!;

  // Editing without JavaScript: the form opens with what was stored, a change is saved.
  await page.goto(`/nl/admin/entries/${publicId}/edit`);
  await expect(page.getByLabel("Breedtegraad (WGS84)")).toHaveValue(/^52\.155/);
  await page.getByLabel("Wat meet de sensor?").fill("Fijnstof (PM2,5), elke tien minuten.");
  await page.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "opgeslagen" })).toBeVisible();
  await axe();
  await page.goto(`/nl/admin/entries/${publicId}/edit`);
  await expect(page.getByLabel("Wat meet de sensor?")).toHaveValue("Fijnstof (PM2,5), elke tien minuten.");
  await expect(page.getByLabel("Naam", { exact: true })).toHaveValue("Luchtmeter zonder script");
  await axe();
  await checkerContext.close();
});

/** What the official typed before the first round trip, still there. */
async function expectTyped(page: Page) {
  await expect(page.getByLabel("Korte omschrijving")).toHaveValue("Rekent de toeslag voor kinderopvang uit.");
  await expect(page.getByLabel("Publicatiecategorie")).toHaveValue("impactful");
  await expect(page.getByLabel("Status")).toHaveValue("in_use");
  await expect(page.getByLabel("In gebruik sinds")).toHaveValue("2025-03");
  await expect(page.getByRole("checkbox", { name: "Belastingen" })).toBeChecked();
  await expect(page.getByLabel("Contact (e-mailadres of website, geen persoonlijk adres)")).toHaveValue("toeslagen@voorbeeldstad.example.nl");
  await expect(page.getByLabel(/^Doel en impact/)).toHaveValue(GOAL);
  await expect(page.getByRole("group", { name: "Zelflerend" }).getByLabel("Nee")).toBeChecked();
  await expect(page.getByLabel("Dit algoritme maakt of ondersteunt besluiten die een inwoner kan aanvechten")).toBeChecked();
  await expect(page.getByLabel("Besluiten (zoals een inwoner ze noemt)")).toHaveValue("toeslag kinderopvang\nterugvordering toeslag");
  await expect(page.getByLabel("Wie behandelt het?").first()).toHaveValue("Team Toeslagen");
  await expect(page.getByLabel("Stappen").first()).toHaveValue("Schrijf een brief.\nNoem uw dossiernummer.");
  await expect(page.getByLabel("Website of webformulier").first()).toHaveValue("https://voorbeeldstad.example.nl/bezwaar");
  await expect(page.getByRole("group", { name: /^Aanvechtbaarheid/ }).getByLabel("Dient deze waarde")).toBeChecked();
  await expect(page.getByLabel("Hoe dient deze registratie Aanvechtbaarheid?")).toHaveValue("Elke brief zegt hoe u bezwaar maakt.");
}
