import { test, expect, expectAccessible } from "./fixtures";
import { accounts, officialPage } from "./officials";

test("an official filters the workspace by status and by what is missing, pages, and clears the filters", async ({ browser, baseURL }) => {
  const page = await officialPage(browser, baseURL!, accounts.editor);
  const name = `Telpaal Werkruimte ${Date.now()}`;

  // A draft with only a name: not yet complete, not yet assessed.
  await page.goto("/nl/admin/entries/new?kind=sensor");
  await page.getByLabel("Naam", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(page).toHaveURL(/\/nl\/admin\/entries\/S-\w+\?done=created$/);

  // The organisation's to-do list leads to the filtered list.
  await page.goto("/nl/admin");
  const todo = page.getByRole("region", { name: "Te doen per organisatie" });
  await expect(todo).toContainText("Gemeente Voorbeeldstad");
  await expectAccessible(page);
  await todo.getByRole("link", { name: /concepte?n? onvolledig/ }).click();
  await expect(page).toHaveURL(/[?&]missing=incomplete/);
  const missing = page.getByRole("group", { name: "Nog te doen" });
  await expect(missing.getByLabel(/^Onvolledig \(\d+\)$/)).toBeChecked();
  const table = page.getByRole("table", { name: /^Registraties, pagina 1 van/ });
  await expect(table.getByRole("row", { name: new RegExp(name) })).toContainText("Onvolledig, Nog niet getoetst");
  await expectAccessible(page);

  // By status, with the form: drafts only, anything missing or not.
  await page.getByRole("group", { name: "Status" }).getByLabel(/^Concept \(\d+\)$/).check();
  await missing.getByLabel(/^Alles \(\d+\)$/).check();
  await page.getByRole("button", { name: "Filters toepassen" }).click();
  await expect(page).toHaveURL(/[?&]state=draft/);
  await expect(page).not.toHaveURL(/missing=[a-z]/); // "Alles" sends an empty value
  const count = page.getByRole("status").filter({ hasText: /^\d+ registraties?$/ });
  const drafts = Number((await count.textContent())!.split(" ")[0]);
  await expect(page.getByRole("group", { name: "Status" }).getByLabel(`Concept (${drafts})`)).toBeChecked();
  const statuses = await table.locator("tbody tr td:nth-child(4)").allTextContents();
  expect(statuses).toHaveLength(drafts);
  expect(new Set(statuses)).toEqual(new Set(["Concept"]));
  await expect(table.getByRole("link", { name })).toBeVisible();
  await expectAccessible(page);

  // Nothing matches: a clear empty state. Typed and sent with the keyboard.
  await page.getByLabel("Naam bevat").fill("bestaat-zeker-niet");
  await page.getByLabel("Naam bevat").press("Enter");
  await expect(page.getByText("Geen registraties passen bij deze filters.")).toBeVisible();
  await expectAccessible(page);

  // Clearing the filters shows everything again, newest first, over more than one page.
  await page.getByRole("link", { name: "Alle filters wissen" }).first().click();
  await expect(page).toHaveURL(/\/nl\/admin$/);
  await expect(page.getByRole("group", { name: "Status" }).getByLabel(/^Alles/)).toBeChecked();
  await expect(page.getByRole("table", { name: /^Registraties, pagina 1 van [2-9]/ }).getByRole("row").nth(1)).toContainText(name);
  await page.getByRole("navigation", { name: "Paginering" }).getByRole("link", { name: "Volgende pagina" }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(page.getByRole("table", { name: /^Registraties, pagina 2 van/ })).toBeVisible();
  await expect(page.getByRole("link", { name })).toHaveCount(0);
  await expectAccessible(page);

  // A value the page does not know is left out with a notice, never an error page.
  const response = await page.goto("/nl/admin?state=bogus&missing=values&page=abc");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("note")).toContainText("state=bogus, page=abc");
  await expect(missing.getByLabel(/^Nog niet getoetst/)).toBeChecked();
  await page.context().close();
});
