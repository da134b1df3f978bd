import path from "node:path";
import type { Page } from "@playwright/test";
import { test, expect, expectAccessible } from "./fixtures";
import { accounts, officialPage } from "./officials";

const dataFile = (name: string) => path.resolve("e2e/data", name);

/** Chooses a file on the import page and starts the check (dry run). */
async function check(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel("Bestand", { exact: true }).setInputFiles(file);
  await page.getByRole("button", { name: "Eerst controleren (proefimport)" }).click();
}

test("an official checks a file, imports it as drafts, and sees per record what happened", async ({ browser, baseURL }) => {
  const page = await officialPage(browser, baseURL!, accounts.editor);
  await page.getByRole("navigation", { name: "Werkruimte" }).getByRole("link", { name: "Importeren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Importeren uit een bestand" })).toBeVisible();
  await expectAccessible(page);

  // A file that is not JSON (nor CSV) is refused as a whole, with a clear message; nothing is started.
  await check(page, { name: "register.json", mimeType: "application/json", buffer: Buffer.from("[{ naam: Scanauto") });
  await expect(page.getByRole("form", { name: "Bestand uploaden" }).getByRole("alert")).toContainText("Dit bestand is geen JSON of CSV");
  await expect(page).toHaveURL(/\/nl\/admin\/import$/);
  await expectAccessible(page);

  // The check: every record with what would happen, the incomplete one with what it misses. Nothing is saved.
  await check(page, dataFile("algoritmeregister-1.0.json"));
  await expect(page).toHaveURL(/\/nl\/admin\/import\/[\w-]{22}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Controle van algoritmeregister-1.0.json" })).toBeVisible();
  const preview = page.getByRole("table", { name: "Wat er per record zou gebeuren" });
  await expect(preview.getByRole("row")).toHaveCount(5);
  await expect(page.getByText("4 records: 4 nieuwe concepten.")).toBeVisible();
  await expect(page.getByText("Dit was een controle: er is niets opgeslagen.")).toBeVisible();
  const bridges = preview.getByRole("row", { name: /Voorspelling onderhoud bruggen/ });
  await expect(bridges.getByRole("cell", { name: "Nieuw concept", exact: true })).toBeVisible();
  for (const field of ["status", "publication_category"])
    await expect(bridges.getByRole("cell").nth(4).getByText(field, { exact: true })).toBeVisible();
  // Its missing contact becomes the organisation's address: a note, not a problem.
  await expect(bridges).toContainText("contact_email");
  await expect(preview.getByRole("link")).toHaveCount(0);
  await expectAccessible(page);

  // The import, from the same file: drafts, with a link to each.
  await page.getByRole("button", { name: "Importeren als concepten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import van algoritmeregister-1.0.json" })).toBeVisible();
  const results = page.getByRole("table", { name: "Resultaat per record" });
  await expect(results.getByRole("row")).toHaveCount(5);
  await expect(results.getByRole("link", { name: /^A-[A-Z0-9]{6}$/ })).toHaveCount(4);
  await expect(page.getByText("4 records: 4 nieuwe concepten.")).toBeVisible();
  await expectAccessible(page);
  const importUrl = page.url();

  // The entries exist, as drafts of the organisation.
  await results.getByRole("row", { name: /Parkeerscanauto/ }).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: "Parkeerscanauto" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/nl/admin/import");
  await expect(page.getByRole("table", { name: "Recente imports" }).getByRole("row")).toHaveCount(3);

  // Another organisation's official cannot see the job.
  const other = await officialPage(browser, baseURL!, accounts.waterEditor);
  const response = await other.goto(importUrl);
  expect(response?.status()).toBe(404);
});

test("hostile records are reported one by one with their reasons, and no markup is rendered", async ({ browser, baseURL }) => {
  const page = await officialPage(browser, baseURL!, accounts.editor);
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto("/nl/admin/import");
  await check(page, dataFile("algoritmeregister-hostile.json"));
  const preview = page.getByRole("table", { name: "Wat er per record zou gebeuren" });
  await expect(preview.getByRole("row")).toHaveCount(7);
  await expect(page.getByText("6 records: 2 nieuwe concepten, 4 afgewezen.")).toBeVisible();
  await expect(preview.getByRole("cell", { name: "Afgewezen", exact: true })).toHaveCount(4);
  // A rejected record says why: here, the text that is not a record at all.
  await expect(preview.getByRole("row").nth(5)).toContainText("JSON object");
  const hostile = preview.getByRole("row").nth(1);
  await expect(hostile).toContainText("Vijandig");
  await expect(hostile.getByText("website", { exact: true })).toBeVisible();
  // Markup in the file is never markup on the page.
  await expect(page.locator("main img, main b, main iframe, main marquee, main script, main [onclick], main [onerror]")).toHaveCount(0);
  expect(dialogs).toBe(0);
  await expectAccessible(page);
});
