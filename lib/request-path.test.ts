import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import proxy from "@/proxy";
import { hasMalformedEscape, localeOfPath, looksLikeFile, MAX_PAGE_PATH_LENGTH, MAX_REDIRECT_LENGTH, withoutTrailingSlash } from "./request-path";

const MALFORMED = ["%ff", "%E0%A4%A", "%", "%zz", "%C0%AF", "%ed%a0%80", "a%ffb", "%e2%82", "%%41", "%8"];

describe("hasMalformedEscape", () => {
  it("finds every escape that does not decode to UTF-8, in any segment", () => {
    for (const bad of MALFORMED)
      for (const path of [`/${bad}`, `/nl/${bad}`, `/nl/sensors/${bad}`, `/api/v1/sensors/${bad}`, `/nl/sensors/S-VB8S5Y/history/${bad}/x`])
        expect(hasMalformedEscape(path), path).toBe(true);
  });
  it("passes paths that decode, whatever they hold", () => {
    for (const path of ["/", "/nl/sensors/S-VB8S5Y", "/nl/sensors/%41", "/nl/sensors/caf%C3%A9", "/nl/x%2Fy", "/nl/%F0%9F%98%80", "/nl/%00", "/nl/%25ff"])
      expect(hasMalformedEscape(path), path).toBe(false);
  });
  it("takes the language of the refusal from the path", () => {
    expect(localeOfPath("/en/sensors/%ff", ["nl", "en"], "nl")).toBe("en");
    expect(localeOfPath("/%ff", ["nl", "en"], "nl")).toBe("nl");
    expect(localeOfPath("/de/x", ["nl", "en"], "nl")).toBe("nl");
  });
});

/** Headers every answer carries (lib/security-headers.ts). */
const SECURITY_HEADERS = ["x-content-type-options", "referrer-policy", "x-frame-options", "permissions-policy", "content-security-policy"];

describe("proxy: malformed escapes in the path", () => {
  const ask = (path: string, method = "GET") => proxy(new NextRequest(`http://localhost:3000${path}`, { method }));

  it("answers a page path with a 400 page in the path's language, with the security headers", async () => {
    for (const bad of MALFORMED) {
      for (const [path, lang] of [[`/nl/sensors/${bad}`, "nl"], [`/en/algorithms/${bad}`, "en"], [`/${bad}`, "nl"]] as const) {
        const res = ask(path);
        expect(res.status, path).toBe(400);
        for (const h of SECURITY_HEADERS) expect(res.headers.get(h), `${h} on ${path}`).toBeTruthy();
        expect(res.headers.get("content-type")).toMatch(/^text\/html/);
        const html = await res.text();
        expect(html).toContain(`<html lang="${lang}">`);
        // The page's one style element carries the response's nonce; nothing else is inline.
        const nonce = /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy")!)![1];
        expect(html).toContain(`<style nonce="${nonce}">`);
        expect(html).not.toContain("<script");
      }
    }
  });

  it("answers an API path with a JSON 400, and Next's own files with a plain 400", async () => {
    for (const bad of MALFORMED) {
      const api = ask(`/api/v1/sensors/${bad}`);
      expect(api.status).toBe(400);
      expect(await api.json()).toMatchObject({ error: { status: 400, code: "bad_request" } });
      for (const h of SECURITY_HEADERS) expect(api.headers.get(h)).toBeTruthy();
      const file = ask(`/_next/static/${bad}.js`);
      expect(file.status).toBe(400);
      expect(file.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });

  it("lets API paths that decode through untouched, also posts without Origin (the write API)", () => {
    for (const path of ["/api/v1/sensors/S-%56B8S5Y", "/api/v1/search"]) {
      for (const method of ["GET", "POST", "PUT"]) {
        const res = ask(path, method);
        expect(res.status).toBe(200);
        expect(res.headers.get("x-middleware-next")).toBe("1");
      }
    }
  });
});

describe("proxy: page paths longer than any of the register's", () => {
  const ask = (path: string, method = "GET") => proxy(new NextRequest(`http://localhost:3000${path}`, { method }));
  const long = (prefix: string, length: number) => prefix + "x".repeat(length - prefix.length);

  it("answers a 414 page in the path's language, with the security headers, before the locale routing echoes the path", async () => {
    for (const [prefix, lang] of [["/nl/sensors/", "nl"], ["/en/algorithms/", "en"], ["/", "nl"]] as const) {
      for (const method of ["GET", "POST"]) {
        const res = ask(long(prefix, MAX_PAGE_PATH_LENGTH + 1), method);
        expect(res.status).toBe(414);
        for (const h of SECURITY_HEADERS) expect(res.headers.get(h), h).toBeTruthy();
        expect(res.headers.get("link")).toBeNull();
        const html = await res.text();
        expect(html).toContain(`<html lang="${lang}">`);
        expect(html).toContain(lang === "nl" ? "Adres te lang" : "Address too long");
      }
    }
    // Percent-encoded text counts as sent: 400 words of "woord%20".
    expect(ask(`/nl/algorithms/${"woord%20".repeat(400)}`).status).toBe(414);
  });

  it("passes a path of the longest length, and leaves the API to its own checks", () => {
    const res = ask(long("/nl/sensors/", MAX_PAGE_PATH_LENGTH));
    expect(res.status).toBe(200);
    expect(ask(long("/api/v1/sensors/", MAX_PAGE_PATH_LENGTH + 100)).headers.get("x-middleware-next")).toBe("1");
  });
});

describe("proxy: files and pages", () => {
  const ask = (path: string) => proxy(new NextRequest(`http://localhost:3000${path}`));

  it("tells files from page paths that hold a dot in encoded text", () => {
    for (const path of ["/theme.css", "/.well-known/security.txt", "/favicon.ico", "/nl/plaatje.png"]) expect(looksLikeFile(path), path).toBe(true);
    for (const path of ["/nl/%3Ciframe%20src%3D%22https%3A%2F%2Fexample.org%2Fx%22%3E%3C%2Fiframe%3E", "/nl/a.b%20c", "/nl/sensors/S-VB8S5Y", "/nl/x."])
      expect(looksLikeFile(path), path).toBe(false);
  });

  it("gives a file the security headers and a CSP that allows nothing; a page path with a dot goes through the locale routing", () => {
    const file = ask("/theme.css");
    expect(file.headers.get("x-middleware-next")).toBe("1");
    expect(file.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(file.headers.get("x-content-type-options")).toBe("nosniff");
    const page = ask("/nl/%3Ciframe%20src%3D%22https%3A%2F%2Fexample.org%2Fx%22%3E%3C%2Fiframe%3E");
    expect(page.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-/);
  });
});

describe("proxy: trailing slashes", () => {
  const ask = (path: string, method = "GET") => proxy(new NextRequest(`http://localhost:3000${path}`, { method }));

  it("knows where a path with trailing slashes goes", () => {
    expect(withoutTrailingSlash("/nl/sensors/", "?q=a")).toBe("/nl/sensors?q=a");
    expect(withoutTrailingSlash("/api/v1/sensors//", "")).toBe("/api/v1/sensors");
    expect(withoutTrailingSlash("/", "?q=a")).toBeNull();
    expect(withoutTrailingSlash("/nl/sensors", "?q=a")).toBeNull();
    expect(withoutTrailingSlash("/_next/static/", "")).toBeNull();
    expect(withoutTrailingSlash("/nl/", `?q=${"x".repeat(MAX_REDIRECT_LENGTH)}`)).toBe("tooLong");
  });

  it("redirects pages and the API with the security headers, the query kept", () => {
    for (const [path, to] of [["/nl/sensors/?type=camera", "/nl/sensors?type=camera"], ["/api/v1/algorithms/?q=x", "/api/v1/algorithms?q=x"], ["/en/", "/en"]]) {
      for (const method of ["GET", "POST"]) {
        const res = ask(path, method);
        expect(res.status, path).toBe(308);
        expect(res.headers.get("location"), path).toBe(`http://localhost:3000${to}`);
        for (const h of SECURITY_HEADERS) expect(res.headers.get(h), `${h} on ${path}`).toBeTruthy();
      }
    }
  });

  it("answers 414 when the address is too long to repeat (a page, or JSON for the API), never an oversized head", async () => {
    const q = `?q=${"woord%20".repeat(400)}`;
    const page = ask(`/nl/sensors/${q}`);
    expect(page.status).toBe(414);
    expect(page.headers.get("location")).toBeNull();
    expect(await page.text()).toContain("Adres te lang");
    const api = ask(`/api/v1/sensors/${q}`);
    expect(api.status).toBe(414);
    expect(await api.json()).toMatchObject({ error: { status: 414, code: "uri_too_long" } });
    for (const h of SECURITY_HEADERS) expect(api.headers.get(h)).toBeTruthy();
  });
});
