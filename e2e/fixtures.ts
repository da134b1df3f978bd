import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/**
 * Fails on any axe violation (WCAG 2.1 A/AA and best practices) on the page as it is now. A step of its
 * own, so the reporters (and `--reporter=json`) show what the checks cost.
 *
 * Every rule of those tags runs on the whole page, as before; two settings only change how. Legacy mode runs
 * axe in the page itself: the default (axe.runPartial per frame, then axe.finishRun in a page opened for
 * it) exists for cross-origin iframes, which the register's pages do not have, and cost about half of
 * each check (2–5 s a page on this machine). And only violations are worked out in full
 * (`resultTypes`), the one result this check reads.
 */
export async function expectAccessible(page: Page) {
  await base.step(`axe ${new URL(page.url()).pathname}`, async () => {
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
      .options({ resultTypes: ["violations"] })
      .setLegacyMode(true)
      .analyze();
    const summary = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join("\n  ")}`,
    );
    expect(summary, `axe violations on ${page.url()}`).toEqual([]);
  });
}

/**
 * Each worker has an app server and a database of its own (playwright.config.ts; scripts/e2e-server.sh starts
 * server i on E2E_PORT + i with its own scratch database), so tests in parallel never see each other's
 * writes. `baseURL` in a test is already its worker's; hooks that cannot take it use `serverOf(info.parallelIndex)`.
 */
export function serverOf(parallelIndex: number) {
  const db = process.env.E2E_DATABASE_PATH ?? "data/e2e.db";
  return {
    baseURL: `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + parallelIndex}`,
    databasePath: parallelIndex === 0 ? db : `${db.replace(/\.db$/, "")}-${parallelIndex}.db`,
  };
}

/**
 * Every test runs without internet: the browser resolves no host but the app's own (playwright.config.ts,
 * --host-resolver-rules), so map tiles and geocoders fail at once, in every browser context, and pages must
 * work without them.
 */
export const test = base.extend({
  baseURL: async ({}, provide, testInfo) => {
    await provide(serverOf(testInfo.parallelIndex).baseURL);
  },
});

export { expect };
