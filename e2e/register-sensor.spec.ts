import { test, expect, expectAccessible } from "./fixtures";
import { accounts, fillSensorBasics, officialPage } from "./officials";

test("an editor registers one sensor by clicking the map and one by typed coordinates; once published a citizen finds both", async ({
  browser,
  baseURL,
  page,
}) => {
  const editor = await officialPage(browser, baseURL!, accounts.editor);

  // 1. By clicking the map.
  await editor.goto("/nl/admin/entries/new?kind=sensor");
  await expectAccessible(editor);
  // Neither contact field is "(niet verplicht)": each says when it is required (one of the two is needed).
  await expect(editor.getByLabel("Contact (functioneel e-mailadres)")).toHaveAccessibleDescription(/^Verplicht als u geen contactformulier opgeeft\./);
  await expect(editor.getByLabel("Contactformulier", { exact: true })).toHaveAccessibleDescription(/^Verplicht als u geen e-mailadres opgeeft\./);
  for (const label of ["Contact (functioneel e-mailadres)", "Contactformulier"])
    await expect(editor.locator("label", { hasText: label })).not.toContainText("niet verplicht");
  await fillSensorBasics(editor, "Fijnstofmeter Kaartklik");
  // English texts for the English pages (optional).
  await editor.getByLabel("Naam (Engels)").fill("Particulate meter, map click");
  await editor.getByLabel("Doel (Engels)").fill("We want to know how clean the air is on the new school route.");
  await editor.getByRole("region", { name: "Kaart om de locatie te kiezen" }).click({ position: { x: 200, y: 150 } });
  await expect(editor.getByLabel("Breedtegraad (WGS84)")).not.toHaveValue("");
  const lat1 = Number(await editor.getByLabel("Breedtegraad (WGS84)").inputValue());
  const lon1 = Number(await editor.getByLabel("Lengtegraad (WGS84)").inputValue());
  expect(lat1).toBeGreaterThan(50);
  await editor.getByRole("button", { name: "Opslaan en ter beoordeling aanbieden" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "ter beoordeling aangeboden" })).toBeVisible();
  const url1 = editor.url().replace(/\?.*$/, "");

  // 2. By typed coordinates, with personal data: without a privacy statement it is saved as a draft but
  // cannot go to review; the form says what is missing and keeps the input.
  await editor.goto("/nl/admin/entries/new?kind=sensor");
  await fillSensorBasics(editor, "Telcamera Getypte Coördinaten");
  await editor.getByLabel("Breedtegraad (WGS84)").fill("52.0899");
  await editor.getByLabel("Lengtegraad (WGS84)").fill("5.1101");
  await editor.getByRole("group", { name: "Verwerkt persoonsgegevens" }).getByLabel("Ja").check();
  await editor.getByLabel("Grondslag (AVG artikel 6)").selectOption({ label: "Taak van algemeen belang of openbaar gezag (e)" });
  await editor.getByLabel("Wat gebeurt er met de gegevens?").selectOption({ label: "Direct in de sensor geanonimiseerd" });
  await editor.getByLabel("Bewaartermijn").fill("Alleen tellingen, 1 jaar");
  await editor.getByRole("button", { name: "Opslaan en ter beoordeling aanbieden" }).click();
  const alert = editor.locator("form [role=alert]");
  await expect(alert).toContainText("Geef de link naar de privacyverklaring");
  await expect(editor.getByLabel("Privacyverklaring")).toHaveAttribute("aria-invalid", "true");
  await expect(editor.getByLabel("Naam", { exact: true })).toHaveValue("Telcamera Getypte Coördinaten");
  await expect(editor.getByLabel("Breedtegraad (WGS84)")).toHaveValue("52.0899");
  await expect(editor.getByLabel("Bewaartermijn")).toHaveValue("Alleen tellingen, 1 jaar");
  await expectAccessible(editor);

  // Impossible coordinates are refused even in a draft (nothing stored); a malformed URL is kept in the draft
  // and named when the draft is submitted.
  await editor.getByLabel("Breedtegraad (WGS84)").fill("95");
  await editor.getByLabel("Privacyverklaring").fill("geen-url");
  await editor.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(alert).toContainText("tussen -90 en 90");
  await editor.getByLabel("Breedtegraad (WGS84)").fill("52.0899");
  await editor.getByRole("button", { name: "Opslaan en ter beoordeling aanbieden" }).click();
  await expect(alert).toContainText("begint met https://");
  await expect(editor.getByLabel("Privacyverklaring")).toHaveValue("geen-url");

  await editor.getByLabel("Privacyverklaring").fill("https://voorbeeldstad.example.nl/privacy/telcamera");
  await editor.getByRole("button", { name: "Opslaan en ter beoordeling aanbieden" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "ter beoordeling aangeboden" })).toBeVisible();
  const url2 = editor.url().replace(/\?.*$/, "");

  // A publisher publishes both.
  const publisher = await officialPage(browser, baseURL!, accounts.publisher);
  for (const url of [url1, url2]) {
    await publisher.goto(url);
    await publisher.getByLabel("Wat is er veranderd?").fill("Nieuwe sensor");
    await publisher.getByRole("button", { name: "Goedkeuren en publiceren" }).click();
    await expect(publisher.getByRole("status").filter({ hasText: "gepubliceerd" })).toBeVisible();
  }
  const [id1, id2] = [url1, url2].map((u) => u.split("/").pop()!);

  // A citizen finds both on the map, in the list and in the API.
  for (const [id, name, lat, lon] of [
    [id1, "Fijnstofmeter Kaartklik", lat1, lon1],
    [id2, "Telcamera Getypte Coördinaten", 52.0899, 5.1101],
  ] as const) {
    await page.goto(`/nl/map?lat=${lat}&lon=${lon}&zoom=19`);
    const inView = page.getByRole("region", { name: "Sensoren in dit deel van de kaart" });
    await expect(inView.getByRole("link", { name })).toBeVisible();
    await page.goto(`/nl/sensors?q=${encodeURIComponent(name)}`);
    await expect(page.getByRole("list", { name: "Gevonden sensoren" }).getByRole("link", { name, exact: true })).toBeVisible();
    const api = await page.request.get(`/api/v1/sensors?q=${encodeURIComponent(name)}`);
    expect(api.status()).toBe(200);
    const body = await api.json();
    const feature = body.features.find((f: { id: string }) => f.id === id);
    expect(feature.properties.url).toMatch(new RegExp(`/nl/sensors/${id}$`));
    if (id === id1) expect(feature.properties.en).toEqual({ name: "Particulate meter, map click", purpose: "We want to know how clean the air is on the new school route." });
  }
  await expectAccessible(page);

  // On the English page the texts given in English; the rest is Dutch, marked so.
  await page.goto(`/en/sensors/${id1}`);
  await expect(page.getByRole("heading", { level: 1, name: "Particulate meter, map click" })).not.toHaveAttribute("lang");
  await expect(page.getByText("Parts of this entry are available in Dutch only.")).toBeVisible();
  await expect(page.getByText("We want to know how clean the air is on the new school route.")).toBeVisible();
  await expect(page.getByText(/^De hoeveelheid fijnstof/)).toHaveAttribute("lang", "nl");
  await expectAccessible(page);
});
