import type { Browser, BrowserContext, Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../db/demo/accounts";
import { expect, test } from "./fixtures";

export const accounts = {
  admin: "beheerder@register.example.nl",
  editor: "redacteur@voorbeeldstad.example.nl",
  publisher: "publicist@voorbeeldstad.example.nl",
  publisher2: "publicist2@voorbeeldstad.example.nl",
  waterEditor: "redacteur@voorbeeldrivieren.example.nl",
  waterPublisher: "publicist@voorbeeldrivieren.example.nl",
  /** Editor at a company that reports under Voorbeeldstad's reporting duty. */
  company: "melder@parkeergarages.example.nl",
} as const;

/** Signs in through the login page and lands on the workspace. */
export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await test.step(`sign in as ${email}`, async () => {
    await page.goto("/nl/admin/login");
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel("Wachtwoord").fill(password);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page).toHaveURL(/\/nl\/admin$/);
  });
}

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

/**
 * Each official signs in once per test worker, through the login page; every later test starts from the
 * stored session (Playwright's storageState: the session cookie) instead of signing in again. A password
 * sign-in costs seconds (a page, a slow password hash, the dashboard), and the suite used to do it some
 * fifty times. Tests that sign out, or are about signing in, call `login()` for a session of their own, so
 * the shared one stays valid; nothing in the suite blocks a demo account or changes its password.
 */
const sessions = new Map<string, Promise<StorageState>>();

export function sessionOf(browser: Browser, baseURL: string, email: string, password = DEMO_PASSWORD): Promise<StorageState> {
  const key = `${baseURL} ${email}`;
  let state = sessions.get(key);
  if (!state) {
    state = (async () => {
      const context = await offlineContext(browser, baseURL);
      try {
        await login(await context.newPage(), email, password);
        return await context.storageState();
      } finally {
        await context.close();
      }
    })();
    sessions.set(key, state);
    state.catch(() => sessions.delete(key)); // a failed sign-in is tried again by the next test
  }
  return state;
}

/** A browser context of its own, in Dutch (offline like every context: see playwright.config.ts). */
export async function offlineContext(browser: Browser, baseURL: string, options: Parameters<Browser["newContext"]>[0] = {}) {
  return browser.newContext({ baseURL, locale: "nl-NL", ...options });
}

/**
 * A signed-in page in its own browser context (the official's stored session, see `sessionOf`), on the
 * workspace's dashboard, where a sign-in through the login page lands.
 */
export async function officialPage(browser: Browser, baseURL: string, email: string) {
  const context = await offlineContext(browser, baseURL, { storageState: await sessionOf(browser, baseURL, email) });
  const page = await context.newPage();
  await page.goto("/nl/admin");
  await expect(page).toHaveURL(/\/nl\/admin$/);
  return page;
}

/** Signs the fixture's own page in as `email` with the stored session (no trip through the login page). */
export async function restoreSession(page: Page, baseURL: string, email: string) {
  await page.context().addCookies((await sessionOf(page.context().browser()!, baseURL, email)).cookies);
}

/** Marks a CODIO value as served (or at stake) with an explanation in the values panel. */
export async function assessValue(page: Page, value: string, how: "serves" | "at_stake", explanation: string) {
  const group = page.getByRole("group", { name: new RegExp(`^${value}`) });
  await group.getByLabel(how === "serves" ? "Dient deze waarde" : "Staat op het spel").check();
  const label = how === "serves" ? `Hoe dient deze registratie ${value}?` : `Waarom staat ${value} op het spel?`;
  await page.getByLabel(label).fill(explanation);
}

/** Fills the required sensor fields (not the location). */
export async function fillSensorBasics(page: Page, name: string) {
  await page.getByLabel("Naam", { exact: true }).fill(name);
  await page.getByLabel("Soort sensor").selectOption({ label: "Chemisch / luchtkwaliteit" });
  await page.getByRole("checkbox", { name: "Luchtkwaliteit" }).check();
  await page.getByLabel("Wat meet de sensor?").fill("De hoeveelheid fijnstof (PM2,5) in de lucht, elke tien minuten.");
  await page.getByLabel("Doel: waarom deze sensor?").fill("We willen weten hoe schoon de lucht is bij de nieuwe schoolroute.");
  await page.getByLabel("Collectief belang: wat heeft het publiek eraan?").fill("Ouders en scholen zien hoe gezond de route is.");
  await page.getByRole("group", { name: "Verwerkt persoonsgegevens" }).getByLabel("Nee").check();
  await page.getByLabel("Actief vanaf").fill("2026-01-15");
  await page.getByLabel("Contact (functioneel e-mailadres)").fill("lucht@voorbeeldstad.example.nl");
  await assessValue(page, "Collectief belang", "serves", "Iedereen kan zien hoe schoon de lucht op de schoolroute is.");
}

/** Opens an entry's workspace page from the dashboard list. */
export async function openFromDashboard(page: Page, name: string) {
  await page.goto("/nl/admin");
  await page.getByRole("link", { name, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}
