import type { Browser, Page } from "@playwright/test";
import { expectAccessible } from "./fixtures";
import { login } from "./officials";

/** A browser context without JavaScript, signed in as an official (the login form works without it). */
export async function noJsOfficial(browser: Browser, baseURL: string, email: string) {
  const context = await browser.newContext({ baseURL, locale: "nl-NL", javaScriptEnabled: false });
  await context.route("**/*", (route) => (route.request().url().startsWith(baseURL) ? route.continue() : route.abort("internetdisconnected")));
  const page = await context.newPage();
  await login(page, email);
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
