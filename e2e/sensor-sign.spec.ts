import { test, expect, expectAccessible } from "./fixtures";

test("a printable sign with a QR code to the sensor's page can be put up on site", async ({ page }) => {
  await page.goto("/nl/sensors?q=Vredenburg");
  await page.getByRole("link", { name: "Druktemeting plein Vredenburg" }).first().click();
  await expect(page).toHaveURL(/\/nl\/sensors\/S-[0-9A-Z]{6}$/);
  const id = page.url().split("/").pop()!;
  await page.getByRole("link", { name: "Bord voor ter plaatse printen" }).click();
  await expect(page).toHaveURL(new RegExp(`/nl/sensors/${id}/sign$`));
  const sign = page.getByRole("article", { name: /Druktemeting plein Vredenburg/ });
  await expect(sign.getByText("Hier meet een sensor")).toBeVisible();
  await expect(sign.getByText("Gemeente Voorbeeldstad")).toBeVisible();
  await expect(sign.getByRole("img", { name: new RegExp(`QR-code naar http.*/nl/sensors/${id}$`) })).toBeVisible();
  await expectAccessible(page);
  await page.emulateMedia({ media: "print" });
  await expect(sign).toBeVisible();
  await expect(page.getByRole("button", { name: "Bord printen" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeHidden();
});
