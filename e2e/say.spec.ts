import type { Page } from "@playwright/test";
import { test, expect, expectAccessible } from "./fixtures";
import { accounts, offlineContext, officialPage } from "./officials";
import { expectAccessibleAsSent } from "./no-js";

/**
 * Issue 13, point 8 ("A say"): a question on a public entry, without JavaScript, in Dutch; the organisation's
 * inbox and answer; the public answer and the counts in English; another organisation sees nothing of it.
 * README, "Questions and reports".
 */

const SENSOR = "S-VB8S5Y"; // Gemeente Voorbeeldstad
const ALGORITHM = "A-PK4R7M"; // Gemeente Voorbeeldstad
const QUESTION = "Hoe lang bewaart u de beelden van deze camera?\nEn wie kan ze inzien?";
const ANSWER = "Dertig dagen. Alleen de toezichthouders van de gemeente zien ze.";
const REPLY = "inwoner@example.nl";

/**
 * The number in the workspace menu's "Vragen (n)" or "Meldingen (n)": other suites on the same server (the
 * bad-input suite's citizens' forms) may have sent some to the same organisation, so counts are relative.
 */
async function menuCount(page: Page, label: "Vragen" | "Meldingen") {
  const text = await page.getByRole("link", { name: new RegExp(`^${label} \\(\\d+\\)$`) }).textContent();
  return Number(/\((\d+)\)/.exec(text ?? "")?.[1]);
}

test("a question without JavaScript goes to the organisation's inbox only, is answered there and shows on the entry", async ({ browser, baseURL }) => {
  const openBefore = await menuCount(await officialPage(browser, baseURL!, accounts.editor), "Vragen");
  // ---- Asking, in Dutch, without JavaScript ----
  const noJs = await offlineContext(browser, baseURL!, { javaScriptEnabled: false });
  const checker = await (await offlineContext(browser, baseURL!)).newPage();
  const page = await noJs.newPage();
  await page.goto(`/nl/sensors/${SENSOR}`);
  const say = page.getByRole("region", { name: "Vragen over deze registratie" });
  await expect(say.getByText("Er zijn nog geen vragen gesteld.")).toBeVisible();
  await say.getByRole("link", { name: "Een vraag, of een fout gezien? Laat het ons weten" }).click();
  await expect(page).toHaveURL(new RegExp(`/nl/sensors/${SENSOR}/ask$`));
  const form = page.getByRole("form", { name: /^Vraag of fout melden: / });
  await expect(form.getByRole("radio", { name: "Vraag" })).toBeChecked();
  await expect(form.getByLabel("Laat dit veld leeg")).toBeHidden(); // the honeypot
  await expect(form.getByLabel(/Uw e-mailadres/)).toHaveAccessibleDescription(/Het staat nooit op deze website\./);
  await checker.goto(`/nl/sensors/${SENSOR}/ask`);
  await expectAccessible(checker);

  // Too short, and a reply address that is none: refused, with what was typed kept.
  await form.getByLabel("Uw vraag, of wat er niet klopt").fill("Hoe lang?");
  await form.getByLabel(/Uw e-mailadres/).fill("geen adres");
  await form.getByRole("button", { name: "Versturen" }).click();
  await expect(page).toHaveURL(new RegExp(`/nl/sensors/${SENSOR}/ask\\?flash=[\\w-]+$`));
  const sentBack = page.getByRole("form", { name: /^Vraag of fout melden: / });
  await expect(page.getByRole("alert")).toContainText("Het formulier is nog niet verstuurd");
  await expect(sentBack.getByLabel("Uw vraag, of wat er niet klopt")).toHaveValue("Hoe lang?");
  await expect(sentBack.getByLabel("Uw vraag, of wat er niet klopt")).toBeFocused(); // the first field to correct
  await expect(sentBack.getByLabel("Uw vraag, of wat er niet klopt")).toHaveAccessibleDescription(/Gebruik minstens 10 tekens\./);
  await expect(sentBack.getByLabel(/Uw e-mailadres/)).toHaveValue("geen adres");
  await expect(sentBack.getByLabel(/Uw e-mailadres/)).toHaveAttribute("aria-invalid", "true");
  await expectAccessibleAsSent(page, checker);

  await sentBack.getByLabel("Uw vraag, of wat er niet klopt").fill(QUESTION);
  await sentBack.getByLabel(/Uw e-mailadres/).fill(REPLY);
  await sentBack.getByRole("button", { name: "Versturen" }).click();
  await expect(page).toHaveURL(new RegExp(`/nl/sensors/${SENSOR}\\?flash=[\\w-]+#say$`));
  await expect(page.getByRole("status")).toHaveText(/^Bedankt\. Uw bericht is naar Gemeente Voorbeeldstad gestuurd\./);
  await expect(page.getByText("1 vraag gesteld, 0 beantwoord.")).toBeVisible();
  await expect(page.locator("body")).not.toContainText(QUESTION.split("\n")[0]!); // not public before it is answered
  await expectAccessibleAsSent(page, checker);
  // The answer was shown once: the same address again shows the plain page.
  await page.reload();
  await expect(page.getByRole("status")).toHaveCount(0);
  await noJs.close();

  // ---- Another organisation's publisher sees nothing of it ----
  const water = await officialPage(browser, baseURL!, accounts.waterPublisher);
  await water.getByRole("link", { name: "Vragen (0)" }).click();
  await expect(water.getByRole("heading", { level: 1, name: "Vragen van inwoners" })).toBeVisible();
  await expect(water.getByText("Geen vragen in deze lijst.")).toBeVisible();
  await water.getByRole("link", { name: /^Alle/ }).click();
  await expect(water.getByText("Geen vragen in deze lijst.")).toBeVisible();
  await expectAccessible(water);

  // ---- The organisation's own official answers it ----
  const official = await officialPage(browser, baseURL!, accounts.editor);
  await official.getByRole("link", { name: `Vragen (${openBefore + 1})` }).click();
  const item = official.getByRole("listitem").filter({ hasText: "Hoe lang bewaart u de beelden" });
  await expect(item).toContainText("Open");
  await expect(item).toContainText("Vraag");
  await expectAccessible(official);
  await item.getByRole("link", { name: /^Bekijken en beantwoorden/ }).click();
  await expect(official.getByRole("heading", { level: 1, name: /^Vraag over / })).toBeVisible();
  await expect(official.getByRole("link", { name: REPLY })).toHaveAttribute("href", `mailto:${REPLY}`);
  const questionUrl = official.url();
  await expectAccessible(official);
  // An empty answer is refused; then the answer, public.
  const answerForm = official.getByRole("form", { name: "Beantwoorden" });
  await answerForm.getByRole("button", { name: "Antwoord opslaan" }).click();
  await expect(answerForm.getByRole("textbox", { name: "Antwoord" })).toHaveAccessibleDescription(/Dit veld is verplicht\./);
  await answerForm.getByRole("textbox", { name: "Antwoord" }).fill(ANSWER);
  await expect(answerForm.getByLabel("Vraag en antwoord op de pagina van de registratie zetten")).toBeChecked();
  await answerForm.getByRole("button", { name: "Antwoord opslaan" }).click();
  await expect(official.getByRole("status")).toHaveText("Het antwoord is opgeslagen.");
  await expect(official.getByText("Het antwoord staat op de openbare pagina van de registratie.")).toBeVisible();
  await expectAccessible(official);
  await expect(official.getByRole("link", { name: `Vragen (${openBefore})` })).toBeVisible();

  // The other organisation cannot open it by its address either.
  await water.goto(questionUrl);
  await expect(water.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
  await expect(water.locator("body")).not.toContainText(REPLY);

  // ---- The public answer and the counts, in English; the reply address nowhere ----
  const reader = await (await offlineContext(browser, baseURL!)).newPage();
  await reader.goto(`/en/sensors/${SENSOR}`);
  const region = reader.getByRole("region", { name: "Questions about this entry" });
  await expect(region.getByText("1 question asked, 1 answered.")).toBeVisible();
  await expect(region.getByRole("heading", { level: 3, name: /^Question of / })).toBeVisible();
  await expect(region.getByText("Hoe lang bewaart u de beelden van deze camera?")).toHaveAttribute("lang", "nl"); // asked in Dutch
  await expect(region).toContainText("Answer from Gemeente Voorbeeldstad");
  await expect(region).toContainText(ANSWER);
  await expect(reader.locator("body")).not.toContainText(REPLY);
  await expectAccessible(reader);

  // The figures count it.
  await reader.goto("/en/figures");
  const figures = reader.getByRole("region", { name: "Questions from residents" });
  await expect(figures.getByRole("row", { name: /^Answered 1 / })).toBeVisible();
  await expectAccessible(reader);
});

test("a question with JavaScript in English on an algorithm, closed as spam by the organisation", async ({ page, browser, baseURL }) => {
  await page.goto(`/en/algorithms/${ALGORITHM}`);
  const say = page.getByRole("region", { name: "Questions about this entry" });
  await say.getByRole("link", { name: "A question, or spotted an error? Let us know" }).click();
  const form = page.getByRole("form", { name: /^Question or error: / });
  await form.getByRole("radio", { name: "Error in this entry" }).check();
  await form.getByLabel("Your question, or what is wrong").fill("The phone number on this page no longer works.");
  await expect(form.getByLabel(/Your e-mail address/)).toHaveAccessibleDescription(/never appears on this website/);
  await form.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Thank you." })).toHaveText(/^Thank you\. Your message has been sent to Gemeente Voorbeeldstad\./);
  await expect(say.getByText(/^1 question asked, 0 answered\.$/)).toBeVisible();
  await expectAccessible(page);
  // The thanks is shown once: the page itself has no address of its own for it.
  await page.goto(`/en/algorithms/${ALGORITHM}`);

  const official = await officialPage(browser, baseURL!, accounts.publisher);
  await official.goto("/en/admin/questions");
  const item = official.getByRole("listitem").filter({ hasText: "The phone number on this page" });
  await expect(item).toContainText("Error in this entry");
  await item.getByRole("link", { name: /^View and answer/ }).click();
  await expect(official.getByText("The person asking gave no reply address.")).toBeVisible();
  await official.getByRole("button", { name: "Mark as spam" }).click();
  await expect(official.getByRole("status")).toHaveText("The question has been marked as spam.");
  await expectAccessible(official);

  // Spam counts nowhere.
  await page.reload();
  await expect(say.getByText("No questions have been asked yet.")).toBeVisible();
});

test("a sensor that is not in the register: reported from the map without JavaScript and with it, turned into a draft by the organisation", async ({ browser, baseURL }) => {
  const reportsBefore = await menuCount(await officialPage(browser, baseURL!, accounts.editor), "Meldingen");
  // ---- Without JavaScript, in Dutch: coordinates and a place in words ----
  const noJs = await offlineContext(browser, baseURL!, { javaScriptEnabled: false });
  const checker = await (await offlineContext(browser, baseURL!)).newPage();
  const page = await noJs.newPage();
  await page.goto("/nl/map");
  await page.getByRole("link", { name: "Sensor gezien die niet in het register staat? Meld hem" }).click();
  await expect(page).toHaveURL(/\/nl\/map\/report$/);
  const form = page.getByRole("form", { name: "Meld een sensor die niet in het register staat" });
  await form.getByRole("button", { name: "Melding versturen" }).click();
  await expect(page).toHaveURL(/\/nl\/map\/report\?flash=[\w-]+$/);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Welke organisatie gaat erover?: Dit veld is verplicht.");
  await expect(alert).toContainText("Breedtegraad: Dit veld is verplicht.");
  await expect(alert).toContainText("Wat ziet u?: Dit veld is verplicht.");
  await expect(form.getByLabel("Welke organisatie gaat erover?")).toBeFocused();
  await expectAccessibleAsSent(page, checker);

  await form.getByLabel("Welke organisatie gaat erover?").selectOption({ label: "Gemeente Voorbeeldstad" });
  await form.getByLabel("Breedtegraad").fill("52,0907");
  await form.getByLabel("Lengtegraad").fill("5,1214");
  await form.getByLabel(/De plek in woorden/).fill("Lantaarnpaal op de hoek van het Stationsplein");
  await form.getByLabel("Wat ziet u?").fill("Een camera die op het plein gericht is, zonder bordje.");
  await form.getByLabel(/Uw e-mailadres/).fill("melder@example.nl");
  await form.getByRole("button", { name: "Melding versturen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Bedankt." })).toHaveText(/^Bedankt\. Uw melding is verstuurd\./);
  await expect(form.getByLabel("Wat ziet u?")).toHaveValue(""); // a fresh form for the next one
  await expectAccessibleAsSent(page, checker);
  await noJs.close();

  // ---- With JavaScript, in English: a point placed on the map ----
  const reader = await (await offlineContext(browser, baseURL!)).newPage();
  await reader.goto("/en/map/report?lat=52.09&lon=5.12");
  const en = reader.getByRole("form", { name: "Report a sensor that is not in the register" });
  await expect(en.getByLabel("Latitude")).toHaveValue("52.09");
  await en.getByLabel("Latitude").fill("");
  await en.getByLabel("Longitude").fill("");
  await en.getByRole("region", { name: "Map: click to mark where the sensor is" }).click();
  await expect(en.getByLabel("Latitude")).toHaveValue(/^5\d\.\d{6}$/);
  await expect(en.getByLabel("Longitude")).toHaveValue(/^\d\.\d{6}$/);
  await expectAccessible(reader);
  await en.getByLabel("Which organisation is responsible?").selectOption({ label: "Gemeente Voorbeeldstad" });
  await en.getByLabel("What do you see?").fill("A box with an antenna on the bridge railing.");
  await en.getByRole("button", { name: "Send report" }).click();
  // (The map's own status says the background map cannot load: the tests are offline.)
  await expect(reader.getByRole("status").filter({ hasText: "Thank you." })).toHaveText(/^Thank you\. Your report has been sent\./);

  // ---- Another organisation sees none of it ----
  const water = await officialPage(browser, baseURL!, accounts.waterPublisher);
  await water.getByRole("link", { name: "Meldingen (0)" }).click();
  await expect(water.getByText("Geen meldingen in deze lijst.")).toBeVisible();

  // ---- The organisation's official: the list with its small map, a report, a draft ----
  const official = await officialPage(browser, baseURL!, accounts.editor);
  await official.getByRole("link", { name: `Meldingen (${reportsBefore + 2})` }).click();
  await expect(official.getByRole("heading", { level: 1, name: "Meldingen van sensoren" })).toBeVisible();
  await expect(official.getByRole("region", { name: "Kaart met de gemelde plek" })).toBeVisible();
  await expectAccessible(official);
  const item = official.getByRole("listitem").filter({ hasText: "Lantaarnpaal op de hoek van het Stationsplein" });
  await item.getByRole("link", { name: /^Bekijken/ }).click();
  await expect(official.getByRole("link", { name: "melder@example.nl" })).toBeVisible();
  const reportUrl = official.url();
  await expectAccessible(official);
  await official.getByRole("button", { name: "Sensorconcept maken" }).click();
  await expect(official).toHaveURL(/\/nl\/admin\/entries\/S-[A-Z0-9]{6}\/edit$/);
  await expect(official.getByLabel("Naam", { exact: true })).toHaveValue("Gemelde sensor (Lantaarnpaal op de hoek van het Stationsplein)");
  await expect(official.getByLabel("Wat meet de sensor?")).toHaveValue("Een camera die op het plein gericht is, zonder bordje.");
  await expect(official.getByRole("link", { name: `Meldingen (${reportsBefore + 1})` })).toBeVisible();

  await water.goto(reportUrl);
  await expect(water.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
});

/** Another sensor, so this test leaves the others' counts alone. */
const PHONE_SENSOR = "S-VB2K7M";

test("on a phone, by keyboard only: the question form fits the screen and is sent with Tab and Enter", async ({ browser, baseURL }) => {
  const phone = await (await offlineContext(browser, baseURL!, { viewport: { width: 375, height: 740 }, locale: "en-GB" })).newPage();
  for (const path of [`/en/sensors/${PHONE_SENSOR}/ask`, "/en/map/report"]) {
    await phone.goto(path);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), `${path} fits 375 px`).toBe(true);
  }
  await phone.goto(`/en/sensors/${PHONE_SENSOR}/ask`);
  await expectAccessible(phone);
  // From the first choice on, only keys: the topic by arrow key, the text, past the optional address, send.
  await phone.getByRole("radio", { name: "Question" }).focus();
  await phone.keyboard.press("ArrowDown");
  await expect(phone.getByRole("radio", { name: "Error in this entry" })).toBeChecked();
  await phone.keyboard.press("Tab");
  await expect(phone.getByLabel("Your question, or what is wrong")).toBeFocused();
  await phone.keyboard.type("The map shows the sensor on the wrong side of the street.");
  await phone.keyboard.press("Tab");
  await expect(phone.getByLabel(/Your e-mail address/)).toBeFocused();
  await phone.keyboard.press("Tab"); // the honeypot is never reached
  await expect(phone.getByRole("button", { name: "Send" })).toBeFocused();
  await phone.keyboard.press("Enter");
  // Filtered: the map's own notice ("The background map cannot be loaded…", tiles are offline in tests) is a status too.
  await expect(phone.getByRole("status").filter({ hasText: "Thank you." })).toHaveText(/^Thank you\. Your message has been sent to .+\./);
  await expectAccessible(phone);
});
