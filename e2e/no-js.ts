import type { Browser, Page } from "@playwright/test";
import { expect, expectAccessible } from "./fixtures";
import { offlineContext, sessionOf } from "./officials";

/**
 * A browser context without JavaScript, signed in as an official (the session signed in once per worker,
 * e2e/officials.ts; e2e/security.spec.ts signs in and out without JavaScript), on the dashboard.
 */
export async function noJsOfficial(browser: Browser, baseURL: string, email: string) {
  const context = await offlineContext(browser, baseURL, { javaScriptEnabled: false, storageState: await sessionOf(browser, baseURL, email) });
  const page = await context.newPage();
  await page.goto("/nl/admin");
  await expect(page).toHaveURL(/\/nl\/admin$/);
  return page;
}

/**
 * axe needs JavaScript, so the page exactly as a browser without JavaScript got it (after a plain POST it has
 * no address of its own) is checked in a page with JavaScript: its HTML without scripts, on the same origin
 * (so the style sheets load), in `checker`.
 */
export async function expectAccessibleAsSent(noJs: Page, checker: Page) {
  const html = (await noJs.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
  await checker.goto("/api/health");
  await checker.setContent(html, { waitUntil: "load" });
  await expectAccessible(checker);
}
