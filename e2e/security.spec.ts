/**
 * Hardening: the Content-Security-Policy and other security headers, refusal of posts from other sites,
 * the closed endpoints of the auth library, and the sign-in throttle on the real client address.
 */
import type { Browser, Page } from "@playwright/test";
import { test, expect, expectAccessible } from "./fixtures";
import { accounts, login, restoreSession } from "./officials";
import { DEMO_PASSWORD } from "../db/demo/accounts";

const run = Date.now().toString(36);

/** Collects what the browser refused because of the CSP, and script errors. */
function watchViolations(page: Page) {
  const seen: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) seen.push(m.text());
  });
  page.on("pageerror", (e) => seen.push(`page error: ${e.message}`));
  return seen;
}

/**
 * A browser of its own that reaches the app at `host` — "127.0.0.1" or "[::1]" — so the app sees the client
 * address the host name says (Chromium reaches "localhost", and with it every other test, over ::1).
 * The throttle tests fail from 127.0.0.1: its bucket is theirs. They need a fresh server (or 15 minutes).
 */
async function elsewhere(browser: Browser, baseURL: string, host: "127.0.0.1" | "[::1]") {
  const url = new URL(baseURL);
  url.hostname = host;
  const origin = url.origin;
  const context = await browser.newContext({ baseURL: origin, locale: "nl-NL" });
  return context.newPage();
}

/** One sign-in through the form; resolves with the server action's answer ("failed", "throttled", …). */
async function signInAttempt(page: Page, email: string, password: string): Promise<string> {
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  let answer!: (body: string) => void;
  const body = new Promise<string>((resolve) => (answer = resolve));
  await page.route("**/nl/admin/login", async (route) => {
    if (route.request().method() !== "POST") return route.fallback();
    const response = await route.fetch();
    answer(await response.text());
    await route.fulfill({ response });
  });
  await page.getByRole("button", { name: "Inloggen" }).click();
  const text = await body;
  await page.unroute("**/nl/admin/login");
  return /"message":"(\w+)"/.exec(text)?.[1] ?? (/klopt niet/.test(text) ? "failed" : /Te veel/.test(text) ? "throttled" : "none");
}

test("pages carry a strict nonce-based CSP and keep working: map, forms, print pages", async ({ page, browser, baseURL }) => {
  const violations = watchViolations(page);
  const response = (await page.goto("/nl/map"))!;
  const headers = response.headers();
  const csp = headers["content-security-policy"];
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) expect(csp).toContain(directive);
  expect(csp).toMatch(/img-src [^;]*https:\/\/service\.pdok\.nl/);
  expect(csp).toMatch(/connect-src [^;]*https:\/\/api\.pdok\.nl/);
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["strict-transport-security"]).toBeUndefined(); // the test server is http; https sites get HSTS
  // Next.js put this response's nonce on every script of the page; a second response has another one.
  const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map((m) => /nonce="([^"]*)"/.exec(m[0])?.[1]);
  expect(scripts.length).toBeGreaterThan(0);
  expect(new Set(scripts)).toEqual(new Set([nonce]));
  expect((await page.request.get("/nl/map")).headers()["content-security-policy"]).not.toContain(nonce!);

  // The map drew its markers (client code ran), the sensor page its small map, the sign its QR code.
  await expect(page.getByRole("region", { name: "Kaart met sensoren" })).toBeVisible();
  await expect.poll(() => page.locator(".leaflet-marker-icon").count()).toBeGreaterThan(1);
  await page.goto("/nl/sensors?q=Vredenburg");
  await page.getByRole("link", { name: "Druktemeting plein Vredenburg" }).first().click();
  await expect(page.locator(".leaflet-container").first()).toBeVisible();
  await page.getByRole("link", { name: "Bord voor ter plaatse printen" }).click();
  await expect(page.getByRole("img", { name: /QR-code naar/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Bord printen" })).toBeVisible();
  await page.goto("/nl/algorithms/A-PK4R7M?print=1");
  await expect(page.getByRole("button", { name: "Print deze stappen" })).toBeVisible();
  await page.goto("/nl/search?q=camera");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // An official's form with the location map: clicking the map fills in the coordinates.
  const editor = await browser.newPage({ baseURL });
  const editorViolations = watchViolations(editor);
  await restoreSession(editor, baseURL!, accounts.editor);
  await editor.goto("/nl/admin/entries/new?kind=sensor");
  await editor.getByRole("region", { name: "Kaart om de locatie te kiezen" }).click({ position: { x: 200, y: 150 } });
  await expect(editor.getByLabel("Breedtegraad (WGS84)")).not.toHaveValue("");
  await editor.close();

  expect(violations).toEqual([]);
  expect(editorViolations).toEqual([]);
});

test("security.txt says where to report a vulnerability", async ({ request, baseURL }) => {
  const res = await request.get("/.well-known/security.txt");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/^text\/plain/);
  const text = await res.text();
  expect(text).toMatch(/^Contact: mailto:\S+@\S+$/m);
  const expires = new Date(/^Expires: (\S+)$/m.exec(text)![1]);
  const days = (expires.getTime() - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(360);
  expect(days).toBeLessThan(367);
  expect(text).toContain("Preferred-Languages: nl, en");
  expect(text).toContain(`Canonical: ${baseURL}/.well-known/security.txt`);
});

test("a post from another site, or without a proper Origin, is refused with a plain 403; the site's own forms work, also without JavaScript", async ({
  request,
  browser,
  baseURL,
}) => {
  const post = (headers: Record<string, string>) =>
    request.post("/nl/admin/login", { headers: { "Next-Action": "7f00000000000000000000000000000000000000", ...headers }, multipart: { email: "a@b.nl" } });
  for (const origin of [{ Origin: "https://evil.example" }, {} as Record<string, string>, { Origin: "null" }, { Origin: "not a url" }, { Origin: `${baseURL}.evil.example` }]) {
    const res = await post(origin);
    expect(res.status(), JSON.stringify(origin)).toBe(403);
    expect(res.headers()["content-type"]).toBe("text/plain; charset=utf-8");
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
    expect(res.headers()["content-security-policy"]).toContain("default-src 'none'");
    expect(await res.text()).toContain("Requests that change something must come from this register's own pages.");
  }
  // Same origin: Next.js answers it (an unknown action is a client error, never a server error).
  expect((await post({ Origin: new URL(baseURL!).origin })).status()).toBeLessThan(500);

  // Without JavaScript the login form and the sign-out button are plain form posts, and they work.
  const context = await browser.newContext({ baseURL, locale: "nl-NL", javaScriptEnabled: false });
  const page = await context.newPage();
  await login(page, accounts.publisher);
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page.getByText("U bent uitgelogd.")).toBeVisible();
  await context.close();
});

test("the auth library's own endpoints are closed: an official cannot rename themselves through them", async ({ page, baseURL }) => {
  await restoreSession(page, baseURL!, accounts.editor);
  const origin = new URL(baseURL!).origin;
  const headers = { Origin: origin, "Content-Type": "application/json" };
  expect((await page.request.post("/api/auth/update-user", { headers, data: { name: "Demo Publicist Voorbeeldstad" } })).status()).toBe(404);
  for (const path of ["/api/auth/get-session", "/api/auth/list-sessions", "/api/auth/ok", "/api/auth/callback/github"])
    expect((await page.request.get(path)).status(), path).toBe(404);
  for (const path of ["/api/auth/sign-up/email", "/api/auth/sign-in/email", "/api/auth/change-email", "/api/auth/change-password", "/api/auth/revoke-sessions"])
    expect((await page.request.post(path, { headers, data: {} })).status(), path).toBe(404);
  await page.goto("/nl/admin");
  await expect(page.getByText("Ingelogd als Demo Redacteur Voorbeeldstad")).toBeVisible();
});

test("a forged X-Forwarded-For neither escapes the throttle nor reaches the audit log", async ({ browser, baseURL }) => {
  const email = `xff-${run}@voorbeeldstad.example.nl`;
  const page = await elsewhere(browser, baseURL!, "127.0.0.1");
  await page.goto("/nl/admin/login", { waitUntil: "networkidle" });
  for (let i = 0; i < 5; i++) {
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": `203.0.113.${i + 1}` });
    expect(await signInAttempt(page, email, `fout-wachtwoord-${i}`)).toBe("failed");
  }
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": "203.0.113.99" });
  expect(await signInAttempt(page, email, "nog-een-poging")).toBe("throttled");
  await expect(page.locator("form [role=alert]")).toContainText(/Te veel mislukte pogingen\. Probeer het over \d+ seconden opnieuw\./);
  await page.context().close();

  const admin = await browser.newPage({ baseURL });
  await restoreSession(admin, baseURL!, accounts.admin);
  await admin.goto(`/nl/admin/audit?action=login.failed&official=${encodeURIComponent(email)}`);
  const log = admin.getByRole("table", { name: "Auditlog, nieuwste eerst" });
  await expect(log.getByRole("row")).toHaveCount(6); // the header and five failures; the refused sixth was not counted
  for (const row of await log.getByRole("row").all()) if (!(await row.getByRole("columnheader").count())) await expect(row).toContainText("Adres: 127.0.0.1");
  await expect(log).not.toContainText("203.0.113");
  await admin.close();
});

test("five wrong passwords make an official wait, never lock them out: told the seconds, refused even with the right password, let in after", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const email = "medewerker@proefdorp.example.nl";
  const page = await elsewhere(browser, baseURL!, "127.0.0.1");
  await page.goto("/nl/admin/login", { waitUntil: "networkidle" });
  for (let i = 0; i < 5; i++) expect(await signInAttempt(page, email, `fout-wachtwoord-${i}`)).toBe("failed");
  expect(await signInAttempt(page, email, DEMO_PASSWORD)).toBe("throttled");
  const alert = page.locator("form [role=alert]");
  await expect(alert).toContainText(/Probeer het over \d+ seconden opnieuw/);
  const seconds = Number(/over (\d+) seconden/.exec((await alert.textContent())!)![1]);
  expect(seconds).toBeGreaterThan(0);
  expect(seconds).toBeLessThanOrEqual(32);
  await expectAccessible(page);
  await page.waitForTimeout((seconds + 1) * 1000);
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/nl\/admin$/);
  await page.context().close();
});

test("an address that keeps failing waits; people at other addresses can still sign in", async ({ browser, baseURL }) => {
  const failing = await elsewhere(browser, baseURL!, "127.0.0.1");
  await failing.goto("/nl/admin/login", { waitUntil: "networkidle" });
  let failures = 0;
  while (failures <= 30 && (await signInAttempt(failing, `adres-${run}-${failures}@voorbeeldstad.example.nl`, "fout-wachtwoord")) === "failed") failures++;
  // At most thirty failures over as many accounts (with those of the tests above), then the address waits …
  expect(failures).toBeGreaterThan(0);
  expect(failures).toBeLessThanOrEqual(30);
  await expect(failing.locator("form [role=alert]")).toContainText("Te veel mislukte pogingen");
  // … and someone at another address is not held up by it.
  const someoneElse = await elsewhere(browser, baseURL!, "[::1]");
  await login(someoneElse, accounts.publisher2);
  await failing.context().close();
  await someoneElse.context().close();
});
