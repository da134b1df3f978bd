import type { Locator, Page } from "@playwright/test";
import { test, expect, expectAccessible } from "./fixtures";
import { expectAccessibleAsSent } from "./no-js";
import { accounts, offlineContext, officialPage } from "./officials";

/**
 * Issue 13, point 10 ("smaller things"), in Dutch and English: a version comparison across an archiving, the
 * paging line, the home search box's example text, the map without JavaScript, and entries that belong
 * together (the demo's scan car and the parking algorithm it feeds). axe on every page state visited.
 */

const PHONE = { width: 375, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

const text = {
  nl: {
    compare: "Twee versies vergelijken",
    archived: /^Versie 2 archiveerde deze registratie op \d{1,2} \w+ \d{4}: vanaf toen was zij niet meer in gebruik\.$/,
    nothingElse: "Verder is er niets veranderd.",
    paging: "Paginering",
    previous: "Vorige pagina",
    next: "Volgende pagina",
    pageOf: "Pagina 2 van 3",
    search: "Zoek in het register",
    related: "Hangt samen met",
  },
  en: {
    compare: "Compare two versions",
    archived: /^Version 2 archived this entry on \w+ \d{1,2}, \d{4}: from then on it was no longer in use\.$/,
    nothingElse: "Nothing else changed.",
    paging: "Pagination",
    previous: "Previous page",
    next: "Next page",
    pageOf: "Page 2 of 3",
    search: "Search the register",
    related: "Related entries",
  },
} as const;

/** Two boxes on the page overlap (share any area). */
async function overlap(a: Locator, b: Locator) {
  const [x, y] = [(await a.boundingBox())!, (await b.boundingBox())!];
  return x.x < y.x + y.width && y.x < x.x + x.width && x.y < y.y + y.height && y.y < x.y + x.height;
}

/** The "related entries" section of an entry page lists exactly one entry, `name`; returns its link. */
async function onlyRelated(page: Page, heading: string, name: string) {
  const section = page.getByRole("region", { name: heading });
  await expect(section.getByRole("listitem")).toHaveCount(1);
  const link = section.getByRole("link", { name, exact: true });
  await expect(link).toBeVisible();
  return link;
}

test("history, paging, search box and related entries, in Dutch and English, on a phone and a desktop", async ({ page }) => {
  for (const locale of ["nl", "en"] as const) {
    const l = text[locale];
    await test.step(`${locale}: comparing across an archiving says it was archived, and when`, async () => {
      // The demo's stopped wifi count: version 1 published, version 2 archived it with the same content.
      await page.goto(`/${locale}/sensors/S-VBA7C2/history`);
      const compare = page.getByRole("region", { name: l.compare });
      await expect(compare.getByText(l.archived)).toBeVisible();
      await expect(compare.getByText(l.nothingElse)).toBeVisible();
      await expectAccessible(page);
    });

    for (const [size, viewport] of Object.entries({ phone: PHONE, desktop: DESKTOP })) {
      await page.setViewportSize(viewport);
      await test.step(`${locale}, ${size}: the paging line's parts do not run into each other`, async () => {
        await page.goto(`/${locale}/sensors?page=2`);
        const nav = page.getByRole("navigation", { name: l.paging });
        const previous = nav.getByRole("link", { name: l.previous });
        const current = nav.getByText(l.pageOf);
        const next = nav.getByRole("link", { name: l.next });
        await expect(current).toBeVisible();
        expect(await overlap(previous, current)).toBe(false);
        expect(await overlap(current, next)).toBe(false);
        expect(await overlap(previous, next)).toBe(false);
        // At least a space's width between them where they share a line.
        const [p, c] = [(await previous.boundingBox())!, (await current.boundingBox())!];
        if (Math.abs(p.y - c.y) < 4) expect(c.x - (p.x + p.width)).toBeGreaterThanOrEqual(8);
        await expectAccessible(page);
      });

      await test.step(`${locale}, ${size}: the home search box's example text fits`, async () => {
        await page.goto(`/${locale}`);
        const box = page.getByRole("searchbox", { name: l.search });
        const placeholder = (await box.getAttribute("placeholder"))!;
        expect(placeholder.length).toBeGreaterThan(10);
        // Typed in, the example text needs no scrolling inside the box.
        await box.fill(placeholder);
        const fits = await box.evaluate((el: HTMLInputElement) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
        expect(fits.scroll, `"${placeholder}" in a box of ${fits.client} px`).toBeLessThanOrEqual(fits.client);
        await box.fill("");
        await expectAccessible(page);
      });
    }

    await test.step(`${locale}: the scan car and the parking algorithm link to each other`, async () => {
      await page.goto(`/${locale}/algorithms/A-PK4R7M`);
      const toSensor = await onlyRelated(page, l.related, "Parkeerscanauto route binnenstad");
      await expectAccessible(page);
      await toSensor.click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/sensors/S-VC7E2G$`));
      const toAlgorithm = await onlyRelated(page, l.related, "Parkeercontrole met de scanauto");
      await expectAccessible(page);
      await toAlgorithm.click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/algorithms/A-PK4R7M$`));
    });
  }
});

test("without JavaScript the map says it needs JavaScript and where the sensors are; the form has the related field", async ({ browser, baseURL, page }) => {
  const context = await offlineContext(browser, baseURL!, { javaScriptEnabled: false });
  const noJs = await context.newPage();
  try {
    for (const [locale, l] of [
      ["nl", { needs: /Voor de kaart is JavaScript nodig/, loading: "De kaart wordt geladen", list: "Bekijk deze sensoren als lijst", openData: "Open data en API" }],
      ["en", { needs: /The map needs JavaScript/, loading: "Loading the map", list: "See these sensors as a list", openData: "Open data and API" }],
    ] as const) {
      await test.step(`${locale}: the map page without JavaScript`, async () => {
        await noJs.goto(`/${locale}/map?type=camera`);
        const main = noJs.getByRole("main");
        await expect(main.getByText(l.needs)).toBeVisible();
        await expect(main.getByText(l.loading)).toHaveCount(0);
        await expect(main.getByRole("link", { name: l.list })).toHaveAttribute("href", `/${locale}/sensors?type=camera`);
        await expect(main.getByRole("link", { name: l.openData })).toHaveAttribute("href", `/${locale}/open-data`);
        await expectAccessibleAsSent(noJs, page);
      });
    }
  } finally {
    await context.close();
  }

  await test.step("an official sees the related entries in the entry form", async () => {
    const official = await officialPage(browser, baseURL!, accounts.editor);
    await official.goto("/nl/admin/entries/A-PK4R7M/edit");
    const field = official.getByLabel("Registraties die hiermee samenhangen");
    await expect(field).toHaveValue("S-VC7E2G");
    await expect(official.getByText(/hun publieke nummers \(S-… of A-…\), één per regel/)).toBeVisible();
    // The organisation's own entries with their numbers, folded beside the field.
    await official.getByText(/^Nummers van de registraties van uw organisatie \(\d+\)$/).click();
    await expect(official.getByRole("listitem").filter({ hasText: /^S-VC7E2G Parkeerscanauto route binnenstad$/ })).toBeVisible();
    await expectAccessible(official);
    // Something that is not a public number: the message is on the field, and what was typed stays (nothing saved).
    await field.fill("S-VC7E2G\nparkeerautomaat");
    await official.getByRole("button", { name: "Concept opslaan", exact: true }).click();
    await expect(official.getByText("Gebruik het publieke nummer van een registratie, zoals S-4KX7QP of A-9TR2MC.").first()).toBeVisible();
    await expect(field).toHaveValue("S-VC7E2G\nparkeerautomaat");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(official);
    await official.context().close();
  });
});
