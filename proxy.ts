import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";
import { MAX_REQUEST_BYTES } from "@/lib/limits";
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

/**
 * Every page request passes here:
 * 1. A request that may change something (a server action, a form posted without JavaScript) must come
 *    from this site's own pages; anything else — another site, no Origin, a malformed one — gets a plain
 *    403, before Next.js would answer it with a 500.
 * 2. A post larger than the server reads goes back to its page with a message.
 * 3. Pages get a fresh nonce and a strict Content-Security-Policy (Next.js puts the nonce on its own
 *    scripts; the nonce makes every page dynamic), HSTS on https, and the static security headers.
 */
export default function proxy(request: NextRequest) {
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

  // Files (security.txt, theme.css, …) get the static headers from next.config.ts; no locale, no nonce.
  if (/\.[^/]+$/.test(request.nextUrl.pathname)) return NextResponse.next();

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
  // Next.js reads the nonce from the request's CSP header; next-intl passes these request headers on.
  request.headers.set("x-nonce", nonce);
  request.headers.set("Content-Security-Policy", csp);
  return withSecurityHeaders(handleI18nRouting(request), csp);
}

export const config = {
  // Everything except the API (JSON, CORS, its own checks) and Next's own files. Paths with a dot come
  // here too, so a post to any path passes the origin check.
  matcher: "/((?!api/|_next/).*)",
};
