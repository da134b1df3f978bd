/**
 * Caching for the scale-out (lib/caching.ts): which page answers a CDN or reverse proxy may keep, decided in
 * the proxy (proxy.ts, run here as it is), and how an If-None-Match is compared. The API's ETags and 304s on
 * real answers: app/api/v1/caching.test.ts; over HTTP against the production build: e2e/caching.spec.ts.
 */
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import proxy from "@/proxy";
import { hasSessionCookie, ifNoneMatchHits, isWorkspacePath, NO_STORE, PAGE_CACHE_CONTROL, pageCacheControl, PRIVATE_NO_STORE } from "./caching";

const page = (path: string, headers: Record<string, string> = {}, method = "GET") =>
  proxy(new NextRequest(`http://localhost:3000${path}`, { method, headers: { "accept-language": "nl", ...headers } }));

describe("page answers in the proxy", () => {
  it("public pages may be kept briefly by shared caches; browsers ask again", () => {
    for (const path of ["/nl", "/en", "/nl/search?q=parkeren", "/nl/sensors/S-VB2K7M", "/nl/map", "/en/algorithms", "/nl/contest", "/nl/values/privacy", "/nl/open-data"])
      expect(page(path, path.startsWith("/en") ? { "accept-language": "en" } : {}).headers.get("cache-control"), path).toBe(PAGE_CACHE_CONTROL);
    expect(PAGE_CACHE_CONTROL).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
  });

  it("the workspace is never kept, signed in or not", () => {
    for (const path of ["/nl/admin", "/nl/admin/login", "/en/admin/entries/new", "/nl/admin/users?status=x"])
      expect(page(path).headers.get("cache-control"), path).toBe(PRIVATE_NO_STORE);
  });

  it("nothing asked with a session cookie is kept, a public page included", () => {
    for (const cookie of ["better-auth.session_token=abc", "__Secure-better-auth.session_token=abc", "theme=dark; better-auth.session_data=x"])
      expect(page("/nl/sensors", { cookie }).headers.get("cache-control"), cookie).toBe(PRIVATE_NO_STORE);
    // Other cookies (a locale choice, analytics) do not make a page private.
    expect(page("/nl/sensors", { cookie: "NEXT_LOCALE=nl; _pk_id=1" }).headers.get("cache-control")).toBe(PAGE_CACHE_CONTROL);
  });

  it("an answer that sets a cookie is never shared", () => {
    // A visitor whose browser prefers English opens a Dutch page: next-intl remembers the choice in a cookie.
    const res = page("/nl/sensors", { "accept-language": "en", "sec-fetch-dest": "document" });
    expect(res.headers.get("set-cookie")).toMatch(/NEXT_LOCALE=nl/);
    expect(res.headers.get("cache-control")).toBe(PRIVATE_NO_STORE);
  });

  it("leaves redirects and posts as Next.js makes them", () => {
    const bare = page("/sensors");
    expect(bare.status).toBeGreaterThanOrEqual(300);
    expect(bare.headers.get("cache-control")).toBeNull();
    expect(page("/nl/sensors", { origin: "http://localhost:3000", host: "localhost:3000" }, "POST").headers.get("cache-control")).toBeNull();
  });

  it("refusals are never kept", () => {
    expect(page("/nl/sensors/%ff").headers.get("cache-control")).toBe(NO_STORE);
    expect(page(`/nl/${"x".repeat(3000)}`).headers.get("cache-control")).toBe(NO_STORE);
  });
});

describe("the rules", () => {
  it("know the workspace and the session cookies", () => {
    expect(isWorkspacePath("/nl/admin")).toBe(true);
    expect(isWorkspacePath("/en/admin/entries")).toBe(true);
    expect(isWorkspacePath("/nl/administratie")).toBe(false);
    expect(isWorkspacePath("/nl/sensors/admin")).toBe(false);
    expect(hasSessionCookie(["better-auth.session_token"])).toBe(true);
    expect(hasSessionCookie(["__Secure-better-auth.session_token"])).toBe(true);
    expect(hasSessionCookie(["NEXT_LOCALE", "not-better-auth-at-all"])).toBe(false);
    expect(pageCacheControl({ method: "HEAD", pathname: "/nl", cookieNames: [], redirect: false, setsCookie: false })).toBe(PAGE_CACHE_CONTROL);
    // A citizen's form as it was sent (it can hold a typed reply address) is never kept by a shared cache.
    expect(pageCacheControl({ method: "GET", pathname: "/nl/sensors/S-VB8S5Y", cookieNames: [], redirect: false, setsCookie: false, flash: true })).toBe(PRIVATE_NO_STORE);
  });

  it("compare If-None-Match weakly, in a list, or as *", () => {
    const etag = '"abc"';
    expect(ifNoneMatchHits('"abc"', etag)).toBe(true);
    expect(ifNoneMatchHits('W/"abc"', etag)).toBe(true);
    expect(ifNoneMatchHits('"x", W/"abc"', etag)).toBe(true);
    expect(ifNoneMatchHits("*", etag)).toBe(true);
    expect(ifNoneMatchHits('"abcd"', etag)).toBe(false);
    expect(ifNoneMatchHits("abc", etag)).toBe(false);
    expect(ifNoneMatchHits("", etag)).toBe(false);
    expect(ifNoneMatchHits(null, etag)).toBe(false);
  });
});
