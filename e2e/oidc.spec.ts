/**
 * Signing in through the organisation's own identity provider, against a real OpenID Connect provider
 * (e2e/oidc-provider.mjs, started beside the app by scripts/e2e-server.sh with E2E_OIDC=1).
 */
import type { Browser, Page } from "@playwright/test";
import { test, expect, expectAccessible } from "./fixtures";
import { accounts, restoreSession } from "./officials";

test.skip(process.env.E2E_OIDC === "0", "the test identity provider is switched off (E2E_OIDC=0)");

const run = Date.now().toString(36);
const IDP_BUTTON = "Testorganisatie (OIDC)";

/** A person's own browser: the app and the identity provider (another local port), nothing else. */
async function person(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "nl-NL" });
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    return url.hostname === "localhost" || url.hostname === "127.0.0.1" ? route.continue() : route.abort("internetdisconnected");
  });
  return context.newPage();
}

/** Clicks the provider's button on the login page and signs in there under `loginName`. */
async function signInAtProvider(page: Page, loginName: string) {
  await page.goto("/nl/admin/login");
  await page.getByRole("button", { name: IDP_BUTTON }).click();
  await page.locator("input[name=login]").fill(loginName);
  await page.locator("input[name=password]").fill("wat dan ook");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

test("officials sign in through their identity provider; nobody else gets in, or gets an account", async ({ browser, baseURL, page: admin }) => {
  // A known official signs in, and signing out also ends the session at the provider.
  const official = await person(browser, baseURL!);
  await signInAtProvider(official, accounts.waterPublisher);
  await expect(official).toHaveURL(/\/nl\/admin$/);
  await expect(official.getByText("Waterschap Voorbeeldrivieren (Publicist)")).toBeVisible();
  await official.getByRole("button", { name: "Uitloggen" }).click();
  await official.getByRole("button", { name: "Yes, sign me out" }).click();
  await expect(official).toHaveURL(/\/nl\/admin\/login\?signedOut=1$/);
  await expect(official.getByText("U bent uitgelogd.")).toBeVisible();

  // An unknown person is refused and told why; asking the library straight for a sign-up gets nowhere.
  const stranger = await person(browser, baseURL!);
  const strangerEmail = `onbekend-${run}@elders.example.nl`;
  await signInAtProvider(stranger, strangerEmail);
  await expect(stranger).toHaveURL(/\/nl\/admin\/login\?providerError=unknown$/);
  await expect(stranger.getByRole("alert").filter({ hasText: "kent uw e-mailadres niet" })).toBeVisible();
  await expectAccessible(stranger);
  const direct = await stranger.request.post("/api/auth/sign-in/social", {
    data: { provider: "oidc", requestSignUp: true, callbackURL: "/nl/admin" },
    headers: { Origin: new URL(baseURL!).origin },
  });
  expect(direct.status()).toBe(404);

  // A provider that does not vouch for the address does not sign in an official either.
  const unverified = await person(browser, baseURL!);
  await signInAtProvider(unverified, `unverified:${accounts.waterEditor}`);
  await expect(unverified).toHaveURL(/providerError=unverified$/);
  await expect(unverified.getByRole("alert").filter({ hasText: "niet bevestigd" })).toBeVisible();

  // A blocked official is told so.
  await restoreSession(admin, baseURL!, accounts.admin);
  const blockedEmail = `oidc-geblokkeerd-${run}@voorbeeldstad.example.nl`;
  await admin.goto("/nl/admin/users/new");
  await admin.getByLabel("Naam", { exact: true }).fill(`Geblokkeerde Ambtenaar ${run}`);
  await admin.getByLabel("E-mailadres").fill(blockedEmail);
  await admin.getByLabel("Maak een sterk wachtwoord voor mij aan").check();
  await admin.getByRole("button", { name: "Medewerker aanmaken" }).click();
  await admin.getByRole("link", { name: `Rollen en toegang van Geblokkeerde Ambtenaar ${run} beheren` }).click();
  await admin.getByRole("link", { name: "Medewerker blokkeren" }).click();
  await admin.getByRole("button", { name: "Ja, medewerker blokkeren" }).click();
  await expect(admin).toHaveURL(/\?done=blocked$/);
  const blocked = await person(browser, baseURL!);
  await signInAtProvider(blocked, blockedEmail);
  await expect(blocked).toHaveURL(/providerError=blocked$/);
  await expect(blocked.getByRole("alert").filter({ hasText: "Dit account is geblokkeerd" })).toBeVisible();

  // No account was made for the stranger; every refusal is in the audit log with its reason.
  await admin.goto("/nl/admin/users");
  await expect(admin.getByRole("table", { name: "Alle medewerkers" })).not.toContainText(strangerEmail);
  await admin.goto(`/nl/admin/audit?action=login.failed&official=${run}`);
  const log = admin.getByRole("table", { name: "Auditlog, nieuwste eerst" });
  await expect(log.getByRole("row", { name: new RegExp(blockedEmail) })).toContainText("Reden: medewerker is geblokkeerd");
  await expect(log.getByRole("row", { name: new RegExp(strangerEmail) })).toContainText("Reden: geen medewerker met dit e-mailadres");
  await expect(log.getByRole("row", { name: new RegExp(strangerEmail) })).toContainText("Via de identity provider van de organisatie");
  await expectAccessible(admin);
});
