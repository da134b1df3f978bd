/**
 * Caching for the scale-out, over HTTP against the production build (lib/caching.ts): the read API's answers
 * carry an ETag and a shared-cache Cache-Control, and `If-None-Match` gives a 304; public pages may be kept
 * briefly by a CDN or reverse proxy; the workspace, and every page asked with a session cookie, never.
 */
import { test, expect, expectAccessible } from "./fixtures";
import { accounts, officialPage } from "./officials";
import { API_CACHE_CONTROL, PAGE_CACHE_CONTROL, PRIVATE_NO_STORE } from "../lib/caching";

test("read API answers have an ETag, and If-None-Match gives a 304 without a body", async ({ request }) => {
  for (const url of ["/api/v1/sensors?type=camera", "/api/v1/sensors/clusters?bbox=3,50,8,54&zoom=7", "/api/v1/search?q=parkeren", "/api/v1/algorithms", "/api/v1/values"]) {
    const first = await request.get(url);
    expect(first.status(), url).toBe(200);
    const etag = first.headers()["etag"]!;
    expect(etag, url).toMatch(/^(W\/)?"[\w-]+"$/);
    expect(first.headers()["cache-control"], url).toBe(API_CACHE_CONTROL);
    const again = await request.get(url, { headers: { "If-None-Match": etag } });
    expect(again.status(), url).toBe(304);
    expect((await again.body()).length, url).toBe(0);
    expect(again.headers()["etag"], url).toBe(etag);
  }
  // A refusal is never kept.
  expect((await request.get("/api/v1/search?kind=robot")).headers()["cache-control"]).toBe("no-store");
});

test("a public page may be kept briefly by a shared cache, with its nonce in its header and its HTML alike", async ({ page }) => {
  const res = await page.goto("/nl/sensors?type=camera");
  expect(res?.status()).toBe(200);
  const headers = await res!.allHeaders();
  expect(headers["cache-control"]).toBe(PAGE_CACHE_CONTROL);
  const nonce = /'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1];
  expect(nonce).toBeTruthy();
  // (The browser hides a nonce from the page's DOM once it has used it: read the HTML as sent.)
  expect(await res!.text()).toContain(`nonce="${nonce}"`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
});

test("the workspace, and any page asked with a session cookie, is never kept", async ({ request, browser, baseURL }) => {
  const login = await request.get("/nl/admin/login");
  expect(login.status()).toBe(200);
  expect(login.headers()["cache-control"]).toBe(PRIVATE_NO_STORE);

  const official = await officialPage(browser, baseURL!, accounts.editor);
  const dashboard = await official.goto("/nl/admin");
  expect((await dashboard!.allHeaders())["cache-control"]).toBe(PRIVATE_NO_STORE);
  // A public page, signed in: not for a shared cache either.
  const publicPage = await official.goto("/nl/sensors");
  expect((await publicPage!.allHeaders())["cache-control"]).toBe(PRIVATE_NO_STORE);
  await official.context().close();
});
