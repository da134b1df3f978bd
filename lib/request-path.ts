/**
 * Paths the server cannot read. Next.js decodes a path's segments with `decodeURIComponent` to match its
 * routes, which throws on a malformed percent-escape (`%ff`, `%E0%A4%A`, a lone `%`, an encoded surrogate
 * `%ed%a0%80`); Next.js then answers a bare "Internal Server Error" without any of the register's headers.
 * proxy.ts asks this first and answers such a request itself: 404 for pages, 400 for the API.
 * Pure, no "server-only": the proxy and the unit tests use it.
 */

/** Whether a path (as sent, still percent-encoded) holds an escape that does not decode to UTF-8 text. */
export function hasMalformedEscape(pathname: string): boolean {
  if (!pathname.includes("%")) return false;
  for (const segment of pathname.split("/")) {
    if (!segment.includes("%")) continue;
    try {
      decodeURIComponent(segment);
    } catch {
      return true;
    }
  }
  return false;
}

/**
 * The longest path (as sent, percent-encoded) a page request may have. The register's own paths are short
 * (ids of 8 characters, slugs of at most 80); next-intl echoes the path in the response's `Link` header,
 * three times, so a path of a few thousand characters made response heads larger than Node's HTTP client
 * (16 KB) or a reverse proxy's buffer (nginx: 4–8 KB, a 502) accepts.
 */
export const MAX_PAGE_PATH_LENGTH = 1024;

/** Whether a page path is longer than any the register has (see MAX_PAGE_PATH_LENGTH). */
export const isTooLongPath = (pathname: string) => pathname.length > MAX_PAGE_PATH_LENGTH;

/**
 * Whether a path names a file (`/theme.css`, `/.well-known/security.txt`): its last segment ends in a dot and
 * an extension of letters and digits. Not a segment that only holds a dot somewhere, such as encoded text
 * `%3Ca%20href%3D%22x.org%2F%22%3E`, which is a page path (the locale routing and its not-found page).
 */
export const looksLikeFile = (pathname: string) => /\.[A-Za-z0-9]{1,10}$/.test(pathname);

/** The longest address (path and query) the register repeats in a redirect's Location header. */
export const MAX_REDIRECT_LENGTH = 2048;

/**
 * Where a path with trailing slashes (`/nl/sensors/`, `/api/v1/sensors/`) is sent: the same path without
 * them, with the same query. Null when the path has none (or is "/", or one of Next's own), and "tooLong"
 * when the address would be longer than MAX_REDIRECT_LENGTH.
 */
export function withoutTrailingSlash(pathname: string, search: string): string | "tooLong" | null {
  if (pathname === "/" || !pathname.endsWith("/") || pathname.startsWith("/_next/")) return null;
  const target = `${pathname.replace(/\/+$/, "") || "/"}${search}`;
  return target.length > MAX_REDIRECT_LENGTH ? "tooLong" : target;
}

/** The first segment of a path when it is one of `locales`, else `fallback`: the language of a refusal page. */
export function localeOfPath<L extends string>(pathname: string, locales: readonly L[], fallback: L): L {
  const first = pathname.split("/")[1] ?? "";
  return (locales as readonly string[]).includes(first) ? (first as L) : fallback;
}
