import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";
import { MAX_REQUEST_BYTES } from "@/lib/limits";
import { hasMalformedEscape, isTooLongPath, localeOfPath, looksLikeFile, withoutTrailingSlash } from "@/lib/request-path";
import { badAddressPage } from "@/lib/bad-address-page";
import { FLASH_PARAM, pageCacheControl } from "@/lib/caching";
import { geocoderUrl, mapTiles, siteUrl } from "@/lib/config";
import {
  bareContentSecurityPolicy,
  contentSecurityPolicy,
  isSameOriginWrite,
  staticSecurityHeaders,
  strictTransportSecurity,
} from "@/lib/security-headers";

/** Locale routing: a bare path redirects to the visitor's preferred language (Accept-Language), Dutch by default. */
const handleI18nRouting = createMiddleware(routing);

function withSecurityHeaders(response: NextResponse, csp: string) {
  for (const { key, value } of staticSecurityHeaders) response.headers.set(key, value);
  const hsts = strictTransportSecurity(siteUrl);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

/** A fresh nonce and the page CSP for it. */
function pagePolicy() {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy({
    nonce,
    dev: process.env.NODE_ENV === "development",
    tileUrl: mapTiles.url,
    geocoderUrl,
    themeCssUrl: process.env.THEME_CSS_URL,
    formTargets: [process.env.OIDC_ISSUER],
    https: siteUrl.startsWith("https://"),
  });
  return { nonce, csp };
}

/**
 * A path with a malformed percent-escape (`/nl/sensors/%ff`), which Next.js would answer with a bare 500 when
 * it decodes the path to match a route (it cannot even be rewritten: Next.js matches the original path too).
 * Answered here with a 400 and the security headers: JSON for the API, plain text for files, and for pages a
 * small HTML page in the path's language (lib/bad-address-page.ts). Null for a path that decodes.
 */
function malformedPath(request: NextRequest): NextResponse | null {
  const path = request.nextUrl.pathname;
  if (!hasMalformedEscape(path)) return null;
  const message = "The address holds a malformed percent-encoding (such as %ff): it cannot be read.";
  if (path.startsWith("/api/"))
    return withSecurityHeaders(
      NextResponse.json(
        { error: { status: 400, code: "bad_request", message } },
        { status: 400, headers: { "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" } },
      ),
      bareContentSecurityPolicy,
    );
  if (path.startsWith("/_next/") || looksLikeFile(path))
    return withSecurityHeaders(
      new NextResponse(`400 Bad Request\n\nHet adres bevat een ongeldige %-codering.\n${message}\n`, {
        status: 400,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
      }),
      bareContentSecurityPolicy,
    );
  return refusalPage(request, 400, "malformed");
}

/**
 * A path with trailing slashes goes to the same path without them (308, the query kept), with the security
 * headers (next.config.ts turns Next's own redirect off). An address too long to repeat gets a 414: a
 * page, or JSON for the API.
 */
function trailingSlash(request: NextRequest): NextResponse | null {
  const target = withoutTrailingSlash(request.nextUrl.pathname, request.nextUrl.search);
  if (target === null) return null;
  // Absolute, as Next.js requires of a redirect from the proxy (a relative Location fails there with a 500).
  if (target !== "tooLong") return withSecurityHeaders(NextResponse.redirect(new URL(target, request.url), 308), bareContentSecurityPolicy);
  if (!request.nextUrl.pathname.startsWith("/api/")) return refusalPage(request, 414, "tooLong");
  return withSecurityHeaders(
    NextResponse.json(
      { error: { status: 414, code: "uri_too_long", message: "The address is too long: leave out the slash at the end of the path, or shorten the query." } },
      { status: 414, headers: { "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" } },
    ),
    bareContentSecurityPolicy,
  );
}

/** A small page in the path's language for an address the register will not read (lib/bad-address-page.ts). */
function refusalPage(request: NextRequest, status: 400 | 414, reason: "malformed" | "tooLong") {
  const { nonce, csp } = pagePolicy();
  const locale = localeOfPath(request.nextUrl.pathname, routing.locales, routing.defaultLocale);
  const html = badAddressPage({ locale, nonce, themeCssUrl: process.env.THEME_CSS_URL, reason });
  return withSecurityHeaders(
    new NextResponse(request.method === "HEAD" ? null : html, {
      status,
      headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
    }),
    csp,
  );
}

/**
 * Every page request passes here (and API requests whose path holds a "%", for rule 0):
 * 0. A path with a malformed percent-escape gets a 400 with the security headers (a page in the path's
 *    language, JSON for the API), never Next's bare 500; other API requests pass untouched (the API has its
 *    own checks and headers). A page path longer than any of the register's gets a 414 page.
 * 1. A request that may change something (a server action, a form posted without JavaScript) must come
 *    from this site's own pages; anything else — another site, no Origin, a malformed one — gets a plain
 *    403, before Next.js would answer it with a 500.
 * 2. A post larger than the server reads goes back to its page with a message.
 * 3. Pages get a fresh nonce and a strict Content-Security-Policy (Next.js puts the nonce on its own
 *    scripts; the nonce makes every page dynamic), HSTS on https, and the static security headers.
 * 4. Pages get their Cache-Control (lib/caching.ts): public pages may be kept briefly by a CDN or reverse
 *    proxy; the workspace, anything asked with a session cookie and answers that set a cookie never. Next.js
 *    keeps a Cache-Control it finds on the response, and makes it no-store when the rendering fails.
 */
export default function proxy(request: NextRequest) {
  const malformed = malformedPath(request);
  if (malformed) return malformed;
  const slashless = trailingSlash(request);
  if (slashless) return slashless;
  if (/^\/(api|_next)\//.test(request.nextUrl.pathname)) return NextResponse.next();
  // A page path longer than any of the register's: 414 with a page, before next-intl echoes it in headers.
  if (isTooLongPath(request.nextUrl.pathname)) return refusalPage(request, 414, "tooLong");

  const forbidden = !isSameOriginWrite({
    method: request.method,
    origin: request.headers.get("origin"),
    host: request.headers.get("host"),
    forwardedHost: request.headers.get("x-forwarded-host"),
  });
  if (forbidden)
    return withSecurityHeaders(
      new NextResponse(
        "403 Forbidden\n\nVerzoeken die iets veranderen moeten van de pagina's van dit register zelf komen.\n" +
          "Requests that change something must come from this register's own pages.\n",
        { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } },
      ),
      bareContentSecurityPolicy,
    );

  // A form post larger than the server reads (an upload over 25 MB sent without JavaScript, which would
  // otherwise check it first) goes back to its page with a message instead of failing half-read.
  const length = Number(request.headers.get("content-length") ?? 0);
  if (request.method === "POST" && length > MAX_REQUEST_BYTES) {
    const back = new URL(request.nextUrl.pathname, request.url);
    back.searchParams.set("tooLarge", "1");
    return withSecurityHeaders(NextResponse.redirect(back, 303), bareContentSecurityPolicy);
  }

  // Files (security.txt, theme.css, …): no locale, no nonce; the static headers and a CSP that allows
  // nothing, which also covers Next's own not-found page for a file that does not exist.
  if (looksLikeFile(request.nextUrl.pathname)) return withSecurityHeaders(NextResponse.next(), bareContentSecurityPolicy);

  const { nonce, csp } = pagePolicy();
  // Next.js reads the nonce from the request's CSP header; next-intl passes these request headers on.
  request.headers.set("x-nonce", nonce);
  request.headers.set("Content-Security-Policy", csp);
  const response = withSecurityHeaders(handleI18nRouting(request), csp);
  const cacheControl = pageCacheControl({
    method: request.method,
    pathname: request.nextUrl.pathname,
    cookieNames: request.cookies.getAll().map((c) => c.name),
    redirect: response.headers.has("location"),
    setsCookie: response.headers.has("set-cookie"),
    flash: request.nextUrl.searchParams.has(FLASH_PARAM),
  });
  if (cacheControl) response.headers.set("Cache-Control", cacheControl);
  return response;
}

export const config = {
  // Everything except the API (JSON, CORS, its own checks) and Next's own files. Paths with a dot come
  // here too, so a post to any path passes the origin check. API and Next paths with a "%" come here for
  // the malformed-escape check only (rule 0), API paths that end in a slash for the redirect without it.
  matcher: ["/((?!api/|_next/).*)", "/((?:api|_next)/.*%.*)", "/(api/.*/)"],
};
