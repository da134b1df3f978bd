/**
 * Phones and keyboards (issue 13, points 3 and 4): on a phone the filters of /sensors, /algorithms and /search
 * fold behind "Filters (n)" so the results come first (also without JavaScript; unfolded where there is room),
 * nothing scrolls sideways at 375 px, "skip to the results" links, focus after a cluster is opened from the
 * map's list, and a focus ring with 3:1 — in Dutch and English, axe on every page state.
 */
import type { Locator, Page } from "@playwright/test";
import { test, expect, expectAccessible } from "./fixtures";
import { expectAccessibleAsSent } from "./no-js";
import { offlineContext } from "./officials";

const PHONE = { width: 375, height: 667 };
const WIDE = { width: 1280, height: 800 };

const words = {
  nl: {
    apply: "Filters toepassen",
    skip: "Naar de resultaten",
    skipMap: "Naar de lijst met sensoren op de kaart",
    mapList: "Sensoren in dit deel van de kaart",
    cluster: /^Inzoomen op \d+ sensoren/,
    opened: (n: number) => `Ingezoomd op een groep van ${n} sensoren.`,
    menu: "Hoofdmenu",
    brand: "Transparantieregister sensoren en algoritmes",
  },
  en: {
    apply: "Apply filters",
    skip: "Skip to the results",
    skipMap: "Skip to the list of sensors on the map",
    mapList: "Sensors in this part of the map",
    cluster: /^Zoom in on \d+ sensors/,
    opened: (n: number) => `Zoomed in on a group of ${n} sensors.`,
    menu: "Main menu",
    brand: "Transparency register for sensors and algorithms",
  },
} as const;
type Locale = keyof typeof words;
const LOCALES = Object.keys(words) as Locale[];

/** The three list pages with filters, the name of their results list, and where a filter is applied. */
const LISTS = [
  { path: "sensors", results: { nl: "Gevonden sensoren", en: "Sensors found" }, applyIn: ["nl"] },
  { path: "algorithms", results: { nl: "Resultaten", en: "Results" }, applyIn: ["en"] },
  { path: "search?q=parkeren", results: { nl: "Resultaten", en: "Results" }, applyIn: ["nl", "en"] },
] as const;

/** An algorithm whose page has long unbroken addresses (a law link without a web address, a source URL). */
const LONG_ADDRESSES = "algorithms/A-MR8C2N";

const fold = (page: Page, n: number) => page.locator("summary", { hasText: `Filters (${n})` });

/** Nothing scrolls sideways: the page is no wider than the window. */
async function expectNoSidewaysScroll(page: Page, width = PHONE.width) {
  const scrollWidth = await page.evaluate(() => document.scrollingElement!.scrollWidth);
  expect(scrollWidth, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(width);
}

/** Presses Tab until `target` has focus; how many presses that took (fails after `max`). */
async function tabTo(page: Page, target: Locator, max = 30) {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return i;
  }
  throw new Error(`not reached in ${max} presses of Tab`);
}

/** WCAG contrast of two computed colours ("rgb(r, g, b)"). */
function contrast(a: string, b: string) {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map((x) => {
        const v = Number(x) / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The focused element's ring (outline and halo) has 3:1 against the background behind it, in one of the two. */
async function expectFocusRingContrast(page: Page) {
  const ring = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    let bg = "rgb(255, 255, 255)";
    for (let n: HTMLElement | null = el.parentElement; n; n = n.parentElement) {
      const c = getComputedStyle(n).backgroundColor;
      if (c !== "rgba(0, 0, 0, 0)" && c !== "transparent") {
        bg = c;
        break;
      }
    }
    return { outline: s.outlineColor, style: s.outlineStyle, width: parseFloat(s.outlineWidth), halo: s.boxShadow.match(/rgba?\([^)]*\)/)?.[0] ?? s.outlineColor, bg };
  });
  expect(ring.style).not.toBe("none");
  expect(ring.width).toBeGreaterThanOrEqual(2);
  expect(Math.max(contrast(ring.outline, ring.bg), contrast(ring.halo, ring.bg)), JSON.stringify(ring)).toBeGreaterThanOrEqual(3);
}

for (const locale of LOCALES) {
  const w = words[locale];

  test(`${locale}: at 375 px the results come first, "Filters (n)" folds the filters, nothing scrolls sideways`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    for (const list of LISTS) {
      await page.goto(`/${locale}/${list.path}`);
      await expect(fold(page, 0)).toBeVisible();
      await expect(page.getByRole("checkbox").first()).toBeHidden();
      // The results follow the one-line control at once (they were three screens down, past every filter)
      // and start on the first screen or just below it (past the header, the page's heading and the search).
      const heading = page.getByRole("heading", { level: 2, name: list.results[locale], exact: true });
      const results = (await heading.boundingBox())!;
      const control = (await fold(page, 0).boundingBox())!;
      expect(results.y).toBeGreaterThan(control.y);
      expect(results.y - (control.y + control.height)).toBeLessThan(80);
      expect(results.y).toBeLessThan(PHONE.height * 1.25);
      await expectNoSidewaysScroll(page);
      await expectAccessible(page);

      if (!(list.applyIn as readonly string[]).includes(locale)) continue;
      // Opened, a filter is chosen and applied; the control then counts it, folded again.
      await fold(page, 0).click();
      const first = page.getByRole("checkbox").first();
      await expect(first).toBeVisible();
      await expectAccessible(page);
      await first.check();
      await page.getByRole("button", { name: w.apply }).click();
      await expect(fold(page, 1)).toBeVisible();
      await expect(page.getByRole("checkbox").first()).toBeHidden();
      await expect(page.getByRole("list", { name: list.results[locale] })).toBeVisible();
      await expectNoSidewaysScroll(page);
      await expectAccessible(page);
    }

    // The home page's heading and an algorithm page's long addresses wrap.
    for (const path of ["", LONG_ADDRESSES]) {
      await page.goto(`/${locale}/${path}`);
      await expectNoSidewaysScroll(page);
      await expectAccessible(page);
    }
  });
}

test("without JavaScript the fold works on a phone, and a wide screen shows the filters unfolded", async ({ browser, baseURL, page: checker }) => {
  const context = await offlineContext(browser, baseURL!, { javaScriptEnabled: false, viewport: PHONE });
  const page = await context.newPage();
  for (const [locale, list] of [["nl", LISTS[0]], ["en", LISTS[1]], ["nl", LISTS[2]]] as const) {
    await page.goto(`/${locale}/${list.path}`);
    await expect(page.getByRole("checkbox").first()).toBeHidden();
    await fold(page, 0).click();
    await page.getByRole("checkbox").first().check();
    await page.getByRole("button", { name: words[locale].apply }).click();
    await expect(fold(page, 1)).toBeVisible();
    await expect(page.getByRole("checkbox").first()).toBeHidden();
    // The skip link leads to the results list, which takes focus.
    await expect(page.getByRole("link", { name: words[locale].skip })).toHaveAttribute("href", /^#.+/);
    await expect(page.getByRole("list", { name: list.results[locale] })).toHaveAttribute("tabindex", "-1");
    await expectNoSidewaysScroll(page);
    await expectAccessibleAsSent(page, checker);
  }
  // The map's skip link leads to its notice (the list beside the map needs JavaScript).
  await page.goto("/en/map");
  const skipMap = page.getByRole("link", { name: words.en.skipMap });
  await expect(page.locator((await skipMap.getAttribute("href"))!)).toBeVisible();
  await expectAccessibleAsSent(page, checker);
  await context.close();

  // Where there is room nothing is folded, with or without JavaScript.
  const wideContext = await offlineContext(browser, baseURL!, { javaScriptEnabled: false, viewport: WIDE });
  const wide = await wideContext.newPage();
  await checker.setViewportSize(WIDE);
  for (const p of [wide, checker]) {
    await p.goto("/en/sensors?type=camera");
    await expect(fold(p, 1)).toBeHidden();
    await expect(p.getByRole("checkbox", { checked: true })).toBeVisible();
    await expect(p.getByRole("button", { name: words.en.apply })).toBeVisible();
  }
  await expectAccessible(checker);
  await wideContext.close();
});

for (const locale of LOCALES) {
  const w = words[locale];

  test(`${locale}: keyboard only — skip links reach the first result, focus follows an opened cluster, the focus ring has 3:1`, async ({ page }) => {
    await page.setViewportSize(WIDE);
    // The focus ring on the blue header and on the white page.
    await page.goto(`/${locale}/sensors`);
    await tabTo(page, page.getByRole("link", { name: w.brand }));
    await expectFocusRingContrast(page);
    // Through the site's own skip link: Tab, Enter, Tab, Enter, Tab reaches the first sensor.
    await page.goto(`/${locale}/sensors`);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main")).toBeFocused();
    expect(await page.getByRole("main").evaluate((el) => getComputedStyle(el).boxShadow)).toBe("none");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: w.skip })).toBeFocused();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("list", { name: LISTS[0].results[locale] }).getByRole("link").first()).toBeFocused();

    for (const list of LISTS) {
      await page.goto(`/${locale}/${list.path}`);
      const skip = page.getByRole("link", { name: w.skip });
      // Past the site's own skip link, its name, the language switch and the menu (it took 83 presses).
      expect(await tabTo(page, skip)).toBeLessThanOrEqual(12);
      await expect(skip).toBeVisible();
      await expectFocusRingContrast(page);
      if (list === LISTS[0]) await expectAccessible(page);
      await page.keyboard.press("Enter");
      const results = page.getByRole("list", { name: list.results[locale] });
      await expect(results).toBeFocused();
      // The next Tab is the first result, not a filter.
      await page.keyboard.press("Tab");
      await expect(results.getByRole("link").first()).toBeFocused();
    }

    // The map: past the filters and the map to the list of what is in view (the keyboard's way to the sensors).
    await page.goto(`/${locale}/map`);
    const mapList = page.getByRole("region", { name: w.mapList });
    const cluster = mapList.getByRole("button", { name: w.cluster }).first();
    await expect(cluster).toBeVisible();
    expect(await tabTo(page, page.getByRole("link", { name: w.skipMap }))).toBeLessThanOrEqual(12);
    await page.keyboard.press("Enter");
    await expect(mapList.getByRole("heading", { name: w.mapList })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(mapList.getByRole("listitem").first().locator(":focus")).toHaveCount(1);

    // Opening a cluster from the list: its button is gone, focus moves to the first item of the new view, and
    // the list's live line says what happened.
    const count = Number((await cluster.textContent())!.match(/\d+/)![0]);
    await cluster.focus();
    const zoom = Number(await mapList.getAttribute("data-zoom"));
    await page.keyboard.press("Enter");
    await expect(mapList).not.toHaveAttribute("data-zoom", String(zoom));
    await expect(mapList.getByRole("status")).toContainText(w.opened(count));
    await expect(mapList.getByRole("listitem").first().locator(":focus")).toHaveCount(1);
    await expectFocusRingContrast(page);
    await expectAccessible(page);

    // Printed, a list is the list: no menu, no skip link, no filter control.
    await page.goto(`/${locale}/sensors`);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: w.menu })).toBeHidden();
    await expect(fold(page, 0)).toBeHidden();
    await expect(page.getByRole("list", { name: LISTS[0].results[locale] })).toBeVisible();
    await page.emulateMedia({ media: "screen" });
  });
}
