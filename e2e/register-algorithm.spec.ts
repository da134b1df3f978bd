import { test, expect, expectAccessible } from "./fixtures";
import { accounts, assessValue, officialPage } from "./officials";

const NAME = "Controle hondenbelasting en précariobelasting";

test("an impactful algorithm needs a contest route; once complete and published a resident finds it from the letter", async ({
  browser,
  baseURL,
  page,
}) => {
  const editor = await officialPage(browser, baseURL!, accounts.editor);
  await editor.goto("/nl/admin/entries/new?kind=algorithm");
  await expect(editor.getByRole("heading", { level: 1, name: "Nieuw algoritme registreren" })).toBeVisible();
  await editor.getByLabel("Naam", { exact: true }).fill(NAME);
  await editor.getByLabel("Korte omschrijving").fill(
    "Het algoritme vergelijkt de hondenregistratie met de belastingadministratie en stelt een aanslag voor.",
  );
  await editor.getByLabel("Publicatiecategorie").selectOption({ label: "Impactvol algoritme" });
  await editor.getByLabel("Status").selectOption({ label: "In gebruik" });
  await editor.getByLabel("In gebruik sinds").fill("2025-03");
  await editor.getByRole("checkbox", { name: "Belastingen" }).check();
  await editor.getByLabel("Contact (e-mailadres of website, geen persoonlijk adres)").fill("belastingen@voorbeeldstad.example.nl");
  await editor.getByLabel("Doel en impact", { exact: true }).fill("Het algoritme helpt om de hondenbelasting eerlijk te heffen. Een medewerker beslist.");
  await editor.getByLabel("Afwegingen (proportionaliteit)").fill("Alleen gegevens die voor de aanslag nodig zijn.");
  await editor.getByLabel("Menselijke tussenkomst").fill("Een medewerker controleert elke voorgestelde aanslag.");
  await editor.getByLabel("Risicobeheer").fill("Steekproeven en een jaarlijkse controle door de auditor.");
  await editor.getByLabel("Wettelijke grondslag").fill("Gemeentewet, artikel 226 en 228.");
  await editor.getByLabel("Toelichting op impacttoetsen").fill("Er worden geen bijzondere persoonsgegevens gebruikt; een DPIA volgt in 2027.");
  await editor.getByLabel("Gebruikte gegevens").fill("Hondenregistratie en de basisregistratie personen.");
  await editor.getByLabel("Technische werking").fill("Een vaste regel vergelijkt twee lijsten. Het algoritme leert niet zelf.");
  await editor.getByRole("group", { name: "Zelflerend" }).getByLabel("Nee").check();
  await editor.getByLabel("Leverancier").fill("Eigen ontwikkeling");
  await assessValue(editor, "Aanvechtbaarheid", "serves", "Elke aanslag vermeldt hoe u bezwaar maakt.");
  await assessValue(editor, "Privacy", "at_stake", "Het algoritme koppelt twee registraties over personen.");

  // Without a contest route the draft is saved, but it cannot go to review: the form says what is missing,
  // and everything typed stays.
  await editor.getByRole("button", { name: "Opslaan en ter beoordeling aanbieden" }).click();
  const alert = editor.locator("form [role=alert]");
  await expect(alert).toContainText("kan nog niet ter beoordeling worden aangeboden");
  await expect(alert).toContainText("verplicht voor hoog-risico en impactvolle algoritmes");
  await expect(editor.getByLabel("Naam", { exact: true })).toHaveValue(NAME);
  await expect(editor.getByLabel("Hoe dient deze registratie Aanvechtbaarheid?")).toHaveValue("Elke aanslag vermeldt hoe u bezwaar maakt.");
  await expectAccessible(editor);

  // The official completes the contest route.
  await editor.getByLabel("Dit algoritme maakt of ondersteunt besluiten die een inwoner kan aanvechten").check();
  await editor.getByLabel("Besluiten (zoals een inwoner ze noemt)").fill("aanslag hondenbelasting\nprécariobelasting");
  await editor.getByLabel("Wie behandelt het?").fill("Team Bezwaar van de afdeling Belastingen");
  await editor.getByLabel("Stappen").fill("Schrijf een brief of vul het webformulier in.\nNoem het aanslagnummer.\nLeg uit waarom u het oneens bent.");
  await editor.getByLabel("Website of webformulier").fill("https://voorbeeldstad.example.nl/bezwaar");
  await editor.getByLabel("Recht op een menselijke blik").fill("U kunt altijd vragen dat een medewerker uw aanslag opnieuw bekijkt.");
  await editor.getByLabel("Daarna: waar kunt u nog terecht?").fill("Na de uitspraak op bezwaar kunt u in beroep bij de rechtbank.");
  await editor.getByRole("button", { name: "Opslaan en ter beoordeling aanbieden" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "ter beoordeling aangeboden" })).toBeVisible();
  const url = editor.url().replace(/\?.*$/, "");
  const publicId = url.split("/").pop()!;

  const publisher = await officialPage(browser, baseURL!, accounts.publisher);
  await publisher.goto(url);
  await publisher.getByLabel("Wat is er veranderd?").fill("Nieuw algoritme");
  await publisher.getByRole("button", { name: "Goedkeuren en publiceren" }).click();
  await expect(publisher.getByRole("status").filter({ hasText: "gepubliceerd" })).toBeVisible();

  // A resident types a word from the letter: other case, and without the accent.
  for (const words of ["HONDENBELASTING", "precariobelasting"]) {
    await page.goto("/nl/contest");
    await page.getByLabel("Waar gaat de brief over?").fill(words);
    await page.getByRole("button", { name: "Zoek hoe ik bezwaar maak" }).click();
    const hit = page.getByRole("region", { name: "Resultaten" }).getByRole("article", { name: NAME });
    await expect(hit).toBeVisible();
    await expect(hit.getByText("6 weken", { exact: false }).first()).toBeVisible();
  }
  await expectAccessible(page);
  await page.goto(`/nl/algorithms/${publicId}`);
  const box = page.getByRole("region", { name: "Zo maakt u bezwaar tegen een besluit" });
  await expect(box.getByText("Noem het aanslagnummer.")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(box).toBeVisible();
  await expect(box.getByText("Team Bezwaar van de afdeling Belastingen")).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await expectAccessible(page);
});

test("an incomplete draft can be saved with only a name; the entry page says what is still missing", async ({ browser, baseURL }) => {
  const editor = await officialPage(browser, baseURL!, accounts.editor);
  await editor.goto("/nl/admin/entries/new?kind=algorithm");
  await editor.getByLabel("Naam", { exact: true }).fill("Nog uit te werken: slimme verlichting");
  await editor.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "aangemaakt" })).toBeVisible();
  const missing = editor.getByRole("region", { name: "Wat nog ontbreekt" });
  await expect(missing.getByRole("link", { name: "Korte omschrijving" })).toBeVisible();
  await expect(missing.getByRole("link", { name: "Publicatiecategorie" })).toBeVisible();
  await expect(missing).toContainText("Nog niet getoetst aan de publieke waarden");
  // It cannot be submitted until it is complete.
  await expect(editor.getByRole("button", { name: "Ter beoordeling aanbieden" })).toHaveCount(0);
  await expectAccessible(editor);
  // The link leads to the field in the form, with what is missing marked.
  await missing.getByRole("link", { name: "Korte omschrijving" }).click();
  await expect(editor.getByLabel("Korte omschrijving")).toHaveAttribute("aria-invalid", "true");
  await expect(editor.getByLabel("Naam", { exact: true })).toHaveValue("Nog uit te werken: slimme verlichting");
  await expectAccessible(editor);
});
