import { gzipSync } from "node:zlib";
import type { Page } from "@playwright/test";
import { test, expect, expectAccessible } from "./fixtures";

/**
 * Page weight (README, "Page weight"): the most gzipped JavaScript, in KB (1,024 bytes), each page may ship,
 * counting every script file it loads and its inline scripts (the React Server Components payload, the
 * Content-Security-Policy nonce bootstrap). Citizen pages stay light; the map and a sensor's page carry
 * Leaflet.
 */
export const PAGE_WEIGHT_BUDGETS_KB = {
  "/nl": 150,
  "/nl/sensors": 150,
  "/nl/algorithms": 150,
  "/nl/search?q=parkeren": 150,
  "/nl/contest": 150,
  "/nl/algorithms/A-PK4R7M": 150,
  "/nl/map": 220,
  "/nl/sensors/S-VB8S5Y": 220,
} as const;

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/**
 * Opens `path` and adds up the gzipped size of every script it loads, until its maps are there and the
 * network is quiet, plus its inline scripts gzipped together as they travel in the document.
 * The sizes come from the response bodies gzipped here, not from the network: the test server need not
 * compress.
 */
async function scriptWeight(page: Page, path: string) {
  const files = new Map<string, Promise<number>>();
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script" || files.has(response.url())) return;
    files.set(
      response.url(),
      response.body().then(gz, () => 0),
    );
  });
  await page.goto(path);
  // The maps load Leaflet after hydration: wait until their placeholders gave way, then for a quiet network.
  await page.waitForFunction(() => !document.querySelector(".sensor-map--loading, .map-canvas--loading"));
  await page.waitForLoadState("networkidle");
  const inline = await page.locator("script:not([src])").evaluateAll((scripts) => scripts.map((s) => s.textContent ?? "").join("\n"));
  const fileBytes = (await Promise.all(files.values())).reduce((a, b) => a + b, 0);
  return { files: files.size, fileKB: fileBytes / 1024, inlineKB: inline ? gz(inline) / 1024 : 0 };
}

for (const [path, budget] of Object.entries(PAGE_WEIGHT_BUDGETS_KB)) {
  test(`${path} ships at most ${budget} KB of gzipped JavaScript`, async ({ page }, info) => {
    const { files, fileKB, inlineKB } = await scriptWeight(page, path);
    const total = fileKB + inlineKB;
    const line = `${path}: ${total.toFixed(1)} KB gz JS (${files} files ${fileKB.toFixed(1)} KB + inline ${inlineKB.toFixed(1)} KB), budget ${budget} KB`;
    console.log(line);
    info.annotations.push({ type: "page weight", description: line });
    await expectAccessible(page);
    expect(total, line).toBeLessThanOrEqual(budget);
  });
}
