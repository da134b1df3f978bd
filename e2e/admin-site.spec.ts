/**
 * The site admin's pages: organisations, users (roles, blocking) and the audit log; who may not use them.
 * Every admin page visited is checked with axe.
 */
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { test, expect, expectAccessible, serverOf } from "./fixtures";
import { login, restoreSession } from "./officials";

const ADMIN = "beheerder@register.example.nl";
const EDITOR = "redacteur@voorbeeldstad.example.nl";
// Unique per run, so a reused server (and its database) never sees the same names twice.
const run = Date.now().toString(36);
const orgName = `Gemeente E2E ${run}`;
const orgSlug = `e2e-${run}`;
const userName = `E2E Medewerker ${run}`;
const userEmail = `e2e-${run}@test.example.nl`;
const userPassword = `e2e-wachtwoord-${run}`;

/**
 * Signs in and waits for the dashboard: a demo official with the session signed in once per worker
 * (e2e/officials.ts), anyone with a password of their own through the login page.
 */
async function signIn(page: Page, email: string, password?: string) {
  if (password !== undefined) return login(page, email, password);
  await restoreSession(page, serverOf(test.info().parallelIndex).baseURL, email);
  await page.goto("/nl/admin");
  await expect(page).toHaveURL(/\/nl\/admin$/);
}

/** A second browser context (another person), offline like the fixture's own context. */
async function otherContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, locale: "nl-NL" });
  const origin = new URL(baseURL).origin;
  await context.route("**/*", (route) =>
    route.request().url().startsWith(origin) ? route.continue() : route.abort("internetdisconnected"),
  );
  return context;
}

/** The page's alerts except Next's (empty) route announcer. */
const alerts = (page: Page) => page.getByRole("alert").and(page.locator(":not(#__next-route-announcer__)"));

const workspaceMenu = (page: Page) => page.getByRole("navigation", { name: "Werkruimte" });

test("anonymous visitors are sent to the login page from every site-admin page", async ({ page }) => {
  for (const path of ["/nl/admin/organisations", "/nl/admin/users", "/nl/admin/audit", "/nl/admin/organisations/new", "/nl/admin/users/new"]) {
    await page.goto(path);
    await expect(page).toHaveURL(`/nl/admin/login?next=${encodeURIComponent(path)}`);
    await expect(page.getByRole("heading", { level: 1, name: "Inloggen voor medewerkers" })).toBeVisible();
  }
  await expectAccessible(page);
});

/**
 * The site admin's whole round, in three steps that build on each other (so they run in order, and a failed
 * step skips the ones after it): an organisation, an official with a role there who is then blocked, and the
 * audit log that shows all of it.
 */
test.describe.serial("the site admin manages organisations and officials, and the audit log shows it all", () => {
  /** The new official's page, for the audit log step (which also unblocks them). */
  let userPage = "";

  test("organisations: the list, a new one (validation first, input kept), an edit", async ({ page }) => {
    await signIn(page, ADMIN);

    // ---- Organisations: list, create (validation first, input kept), edit.
    await workspaceMenu(page).getByRole("link", { name: "Organisaties" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Organisaties" })).toBeVisible();
    const orgTable = page.getByRole("table", { name: "Alle organisaties" });
    await expect(orgTable.getByRole("row", { name: /Gemeente Proefdorp/ })).toContainText("Eenpersoonsteam");
    await expect(orgTable.getByRole("row", { name: /Gemeente Voorbeeldstad/ })).toContainText("Vier ogen");
    await expectAccessible(page);

    await page.getByRole("link", { name: "Nieuwe organisatie" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Nieuwe organisatie" })).toBeVisible();
    await expect(page.getByText("een wijziging die hij of zij zelf heeft gemaakt niet goedkeuren")).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Naam", { exact: true }).fill(orgName);
    await page.getByLabel("Korte naam voor webadressen").fill("Fout Slug!");
    await page.getByLabel("Functioneel e-mailadres voor vragen over het register").fill(`register@${orgSlug}.example.nl`);
    await page.getByLabel("Webpagina over bezwaar maken").fill(`https://www.${orgSlug}.example.nl/bezwaar`);
    await page.getByRole("button", { name: "Organisatie aanmaken" }).click();
    await expect(alerts(page)).toContainText("Niet alles is goed ingevuld");
    const slug = page.getByLabel("Korte naam voor webadressen");
    await expect(slug).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator(".utrecht-form-field", { has: slug })).toContainText("Gebruik alleen kleine letters, cijfers en streepjes.");
    // What was typed is kept.
    await expect(page.getByLabel("Naam", { exact: true })).toHaveValue(orgName);
    await expect(slug).toHaveValue("Fout Slug!");
    await expect(page.getByLabel("Webpagina over bezwaar maken")).toHaveValue(`https://www.${orgSlug}.example.nl/bezwaar`);
    await expectAccessible(page);

    await slug.fill("voorbeeldstad");
    await page.getByRole("button", { name: "Organisatie aanmaken" }).click();
    await expect(page.locator(".utrecht-form-field", { has: slug })).toContainText("al in gebruik door een andere organisatie");
    await slug.fill(orgSlug);
    await page.getByRole("button", { name: "Organisatie aanmaken" }).click();
    await expect(page).toHaveURL(/\/nl\/admin\/organisations\?done=created$/);
    await expect(page.getByRole("status").filter({ hasText: "De organisatie is aangemaakt." })).toBeVisible();
    await expect(orgTable.getByRole("row", { name: new RegExp(orgName) })).toContainText("Vier ogen");

    await orgTable.getByRole("link", { name: orgName }).click();
    await expect(page.getByRole("heading", { level: 1, name: `${orgName} wijzigen` })).toBeVisible();
    await expect(page.getByLabel("Korte naam voor webadressen")).toHaveValue(orgSlug);
    await expectAccessible(page);
    await page.getByLabel("Postadres voor bezwaarschriften").fill(`${orgName}, Postbus 1, 1234 AB E2E`);
    await page.getByLabel("Eenpersoonsteam: een publicist mag eigen wijzigingen zelf goedkeuren").check();
    await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(page).toHaveURL(/\/nl\/admin\/organisations\?done=updated$/);
    await expect(orgTable.getByRole("row", { name: new RegExp(orgName) })).toContainText("Eenpersoonsteam");
  });

  test("officials: a new one (validation first) with a role, who signs in and is shut out when blocked", async ({ page, browser, baseURL }) => {
    await signIn(page, ADMIN);
    // ---- Users: list, create (validation first), give a role.
    await workspaceMenu(page).getByRole("link", { name: "Gebruikers" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Gebruikers" })).toBeVisible();
    const users = page.getByRole("table", { name: "Alle medewerkers" });
    const demoAdminRow = users.getByRole("row", { name: /Demo Beheerder/ });
    await expect(demoAdminRow).toContainText("beheerder");
    await expect(demoAdminRow).toContainText("demo");
    await expect(users.getByRole("row", { name: /Demo Redacteur Voorbeeldstad/ })).toContainText("Redacteur bij Gemeente Voorbeeldstad");
    await expectAccessible(page);

    await page.getByRole("link", { name: "Nieuwe medewerker" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Nieuwe medewerker" })).toBeVisible();
    await page.getByLabel("Naam", { exact: true }).fill(userName);
    await page.getByLabel("E-mailadres").fill(userEmail);
    await page.getByLabel("Eerste wachtwoord").fill("te kort");
    await page.getByRole("button", { name: "Medewerker aanmaken" }).click();
    await expect(alerts(page)).toContainText("Gebruik minstens 12 tekens.");
    await expect(page.getByLabel("E-mailadres")).toHaveValue(userEmail);
    await expectAccessible(page);
    await page.getByLabel("Eerste wachtwoord").fill(userPassword);
    await page.getByRole("button", { name: "Medewerker aanmaken" }).click();
    await expect(page).toHaveURL(/\/nl\/admin\/users\/[^/?]+\?done=created$/);
    userPage = page.url().replace(/\?.*$/, "");
    await expect(page.getByRole("heading", { level: 1, name: userName })).toBeVisible();
    await expect(page.getByText("Deze medewerker heeft nog geen rol in een organisatie.")).toBeVisible();
    await expectAccessible(page);

    const addRole = page.getByRole("form", { name: "Rol geven in een organisatie" });
    await addRole.getByLabel("Organisatie").selectOption({ label: orgName });
    await addRole.getByLabel("Redacteur").check();
    await addRole.getByRole("button", { name: "Rol geven" }).click();
    await expect(page).toHaveURL(/\?done=roleSet$/);
    await expect(page.getByRole("table", { name: "Rollen van deze medewerker" }).getByRole("row", { name: new RegExp(orgName) })).toContainText(
      "Redacteur",
    );

    // ---- The new official signs in (another person, another browser context) and sees the organisation.
    const theirs = await otherContext(browser, baseURL!);
    const official = await theirs.newPage();
    await signIn(official, userEmail, userPassword);
    await expect(official.getByText(`${orgName} (Redacteur)`)).toBeVisible();
    await expect(workspaceMenu(official).getByRole("link", { name: "Gebruikers" })).toHaveCount(0);
    await expectAccessible(official);

    // ---- Blocked: the running session ends and signing in again is refused.
    await page.getByRole("link", { name: "Medewerker blokkeren" }).click();
    await page.getByRole("button", { name: "Ja, medewerker blokkeren" }).click();
    await expect(page).toHaveURL(/\?done=blocked$/);
    await expect(page.getByText("Geblokkeerd: kan niet inloggen")).toBeVisible();
    await expect(page.getByRole("button", { name: "Blokkade opheffen" })).toBeVisible();
    await expectAccessible(page);
    await official.goto("/nl/admin");
    await expect(official).toHaveURL(/\/nl\/admin\/login/);
    await official.getByLabel("E-mailadres").fill(userEmail);
    await official.getByLabel("Wachtwoord").fill(userPassword);
    await official.getByRole("button", { name: "Inloggen" }).click();
    await expect(alerts(official)).toBeVisible();
    await expect(official).toHaveURL(/\/nl\/admin\/login/);
    await theirs.close();
  });

  test("the audit log shows all of it, and filters by action and organisation", async ({ page }) => {
    await signIn(page, ADMIN);
    // ---- The audit log shows all of it, and filters (in the URL) by action and organisation.
    await workspaceMenu(page).getByRole("link", { name: "Auditlog" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Auditlog" })).toBeVisible();
    const log = page.getByRole("table", { name: "Auditlog, nieuwste eerst" });
    const newest = log.getByRole("row").nth(1);
    await expect(newest).toContainText("Mislukte inlogpoging");
    await expect(newest).toContainText(userEmail);
    for (const action of ["Medewerker geblokkeerd", "Rol gegeven of gewijzigd", "Medewerker aangemaakt", "Organisatie gewijzigd", "Organisatie aangemaakt"])
      await expect(log.getByRole("row", { name: new RegExp(action) }).first()).toBeVisible();
    await expect(log.getByRole("row", { name: /Medewerker geblokkeerd/ }).first()).toContainText(`Medewerker: ${userName} (${userEmail})`);
    await expect(log.getByRole("row", { name: /Organisatie gewijzigd/ }).first()).toContainText(
      "Gewijzigd: Postadres voor bezwaarschriften, Eenpersoonsteam",
    );
    await expectAccessible(page);

    await page.getByLabel("Handeling").selectOption({ label: "Medewerker geblokkeerd" });
    await page.getByRole("button", { name: "Filteren" }).click();
    await expect(page).toHaveURL(/[?&]action=user\.disable(&|$)/);
    await expect(page.getByLabel("Handeling")).toHaveValue("user.disable");
    const rows = log.getByRole("row");
    await expect(rows.nth(1)).toContainText(userName);
    const count = await rows.count();
    for (let i = 1; i < count; i++) await expect(rows.nth(i)).toContainText("Medewerker geblokkeerd");
    await expectAccessible(page);

    await page.getByRole("link", { name: "Filters wissen" }).click();
    await page.getByLabel("Organisatie").selectOption({ label: orgName });
    await page.getByRole("button", { name: "Filteren" }).click();
    await expect(page).toHaveURL(/[?&]organisation=\d+/);
    await expect(page.getByRole("status").filter({ hasText: "3 gebeurtenissen" })).toBeVisible();
    await expect(rows.nth(1)).toContainText("Rol gegeven of gewijzigd");
    await expect(rows.nth(3)).toContainText("Organisatie aangemaakt");

    // Paging keeps the filters; a published entry links to its public page.
    await page.goto("/nl/admin/audit?official=voorbeeldgegevens&action=entry.approve");
    await expect(page.getByLabel("Medewerker (naam of e-mailadres)")).toHaveValue("voorbeeldgegevens");
    await page.getByRole("navigation", { name: "Paginering" }).getByRole("link", { name: "Volgende pagina" }).click();
    await expect(page).toHaveURL(/[?&]page=2$/);
    await expect(page).toHaveURL(/[?&]official=voorbeeldgegevens&/);
    await expect(page).toHaveURL(/[?&]action=entry\.approve&/);
    await expect(rows.nth(1)).toContainText("Goedgekeurd en gepubliceerd");
    await expectAccessible(page);
    await rows.nth(1).getByRole("link", { name: /openbare pagina/ }).click();
    await expect(page).toHaveURL(/\/nl\/(sensors|algorithms)\/[SA]-[0-9A-Z]{6}$/);

    // Bad filter values are reported and ignored, never a server error.
    const bad = await page.goto("/nl/admin/audit?from=2026-13-45&organisation=abc&page=-1&action=%3Cscript%3E");
    expect(bad?.status()).toBe(200);
    await expect(alerts(page)).toContainText("Een of meer filters waren ongeldig en zijn genegeerd.");
    await expect(log).toBeVisible();

    // The user's page is still reachable for the admin afterwards (unblock for a clean state).
    await page.goto(userPage);
    await page.getByRole("button", { name: "Blokkade opheffen" }).click();
    await expect(page).toHaveURL(/\?done=unblocked$/);
  });
});

test("a generated password is shown once and works", async ({ page, browser, baseURL }) => {
  await signIn(page, ADMIN);
  await page.goto("/nl/admin/users/new");
  await page.getByLabel("Naam", { exact: true }).fill(`${userName} twee`);
  await page.getByLabel("E-mailadres").fill(`twee-${userEmail}`);
  await page.getByLabel("Maak een sterk wachtwoord voor mij aan").check();
  await expect(page.getByLabel("Eerste wachtwoord")).toHaveCount(0);
  await page.getByRole("button", { name: "Medewerker aanmaken" }).click();
  const shown = page.getByTestId("one-time-password");
  await expect(shown).toHaveText(/^[A-Za-z0-9_-]{24}$/);
  const password = (await shown.textContent())!;
  await expectAccessible(page);

  const theirs = await otherContext(browser, baseURL!);
  const official = await theirs.newPage();
  await signIn(official, `twee-${userEmail}`, password);
  await expect(official.getByText("U bent nog aan geen organisatie gekoppeld.")).toBeVisible();

  // Resetting the password ends their session; the old password no longer works.
  await page.getByRole("link", { name: `Rollen en toegang van ${userName} twee beheren` }).click();
  await page.getByRole("form", { name: "Wachtwoord opnieuw instellen" }).getByLabel("Maak een sterk wachtwoord voor mij aan").check();
  await page.getByRole("button", { name: "Wachtwoord opnieuw instellen" }).click();
  await expect(page.getByTestId("one-time-password")).toHaveText(/^[A-Za-z0-9_-]{24}$/);
  const newPassword = (await page.getByTestId("one-time-password").textContent())!;
  expect(newPassword).not.toBe(password);
  await expectAccessible(page);
  await official.goto("/nl/admin");
  await expect(official).toHaveURL(/\/nl\/admin\/login/);
  await signIn(official, `twee-${userEmail}`, newPassword);
  await theirs.close();
});

test("an editor is sent away from the site-admin pages and cannot create officials, not even by posting the form", async ({
  page,
  browser,
  baseURL,
}) => {
  const editorContext = await otherContext(browser, baseURL!);
  const editor = await editorContext.newPage();
  await signIn(editor, EDITOR);
  for (const path of ["/nl/admin/users", "/nl/admin/users/new", "/nl/admin/organisations", "/nl/admin/audit"]) {
    await editor.goto(path);
    await expect(editor).toHaveURL(/\/nl\/admin\?denied=1$/);
    await expect(editor.getByText("Alleen beheerders kunnen die pagina openen.")).toBeVisible();
  }
  await expect(workspaceMenu(editor).getByRole("link", { name: "Gebruikers" })).toHaveCount(0);

  // The admin's own form, but posted with the editor's session: the server action itself refuses.
  const intruderEmail = `indringer-${run}@test.example.nl`;
  await signIn(page, ADMIN);
  await page.goto("/nl/admin/users/new");
  await page.getByLabel("Naam", { exact: true }).fill("Indringer");
  await page.getByLabel("E-mailadres").fill(intruderEmail);
  await page.getByLabel("Eerste wachtwoord").fill("een-lang-genoeg-wachtwoord");
  await page.getByLabel("Beheerder van deze site").check();
  await page.context().clearCookies();
  await page.context().addCookies(await editorContext.cookies());
  await page.getByRole("button", { name: "Medewerker aanmaken" }).click();
  await expect(alerts(page)).toContainText("U heeft geen toestemming voor deze actie.");
  await editorContext.close();

  // Nothing was created.
  await page.context().clearCookies();
  await signIn(page, ADMIN);
  await page.goto("/nl/admin/users");
  await expect(page.getByRole("table", { name: "Alle medewerkers" })).not.toContainText(intruderEmail);
});
