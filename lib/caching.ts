/**
 * How long the register's answers may be kept, in one place: by browsers, and by a CDN or reverse proxy in
 * front of several app processes (README, "Several app processes on one database").
 *
 * - Read API answers carry an ETag made of the data version (db/public.ts `answerVersion`), the request's
 *   path and query, and the build (lib/api.ts `withEtag`): a cache asks again with `If-None-Match` and gets a
 *   304 without the answer being worked out. Shared caches may serve an answer for a few seconds without
 *   asking, and a little longer while they fetch a fresh one in the background; browsers ask every time.
 * - Public pages: a shared cache may serve a page for half a minute, and a minute longer while it fetches a
 *   fresh one; browsers ask every time. A page carries no ETag: each rendering has its own Content-Security-
 *   Policy nonce, so the HTML differs every time (and a 304 would pair a stored page with another nonce). A
 *   cached page keeps the nonce it was rendered with, in its HTML and its header alike.
 * - Never kept by anyone: the workspace (`/{locale}/admin/…`), any request with a session cookie (an official
 *   sees the register as it is now, and nothing of theirs is ever stored for others), answers that set a
 *   cookie, errors, the write API, the health check, and a page that shows a citizen's form as it was sent
 *   (`?flash=…`, lib/form-flash.ts: it can hold a reply address someone typed).
 *
 * Pure functions, no "server-only": the proxy, the API helpers and the unit tests use them.
 */

/** The query parameter of a page that shows a citizen's form as it was sent (lib/form-flash.ts). */
export const FLASH_PARAM = "flash";

/** Read API answers (with an ETag). */
export const API_CACHE_CONTROL = "public, max-age=0, s-maxage=5, stale-while-revalidate=30";
/** Public HTML pages. */
export const PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=30, stale-while-revalidate=60";
/** What no cache may keep: errors, writes, the workspace, anything for someone signed in. */
export const NO_STORE = "no-store";
export const PRIVATE_NO_STORE = "private, no-store";

/** better-auth's cookies (`better-auth.session_token`, `__Secure-better-auth.session_token`, the OIDC state…). */
const SESSION_COOKIE = /(^|[-_.])better-auth\./;
export const hasSessionCookie = (cookieNames: Iterable<string>) => [...cookieNames].some((n) => SESSION_COOKIE.test(n));

/** The officials' workspace: `/{locale}/admin` and everything under it. */
export const isWorkspacePath = (pathname: string) => /^\/[^/]+\/admin(\/|$)/.test(pathname);

/**
 * The Cache-Control of a page answer, decided in the proxy (proxy.ts) before Next.js renders the page (Next.js
 * keeps a Cache-Control it finds, and replaces it by no-store when the rendering fails). Null: leave the
 * answer as Next.js makes it (posts, redirects).
 */
export function pageCacheControl(p: {
  method: string;
  pathname: string;
  cookieNames: Iterable<string>;
  /** The answer the proxy has so far: a redirect, or one that sets a cookie (next-intl's locale cookie). */
  redirect: boolean;
  setsCookie: boolean;
  /** The page shows a form's answer (`?flash=…`, lib/form-flash.ts). */
  flash?: boolean;
}): string | null {
  const method = p.method.toUpperCase();
  if (method !== "GET" && method !== "HEAD") return null;
  if (p.redirect) return null;
  if (isWorkspacePath(p.pathname) || hasSessionCookie(p.cookieNames) || p.setsCookie || p.flash) return PRIVATE_NO_STORE;
  return PAGE_CACHE_CONTROL;
}

/**
 * Whether an `If-None-Match` header names this ETag: a list of entity tags, compared weakly (a proxy that
 * compresses an answer may hand the client `W/"…"` for our `"…"`), or `*`.
 */
export function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (!header) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, "");
  const wanted = bare(etag);
  return header.split(",").some((t) => t.trim() === "*" || bare(t) === wanted);
}
