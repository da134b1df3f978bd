/**
 * The security headers of every response, in one place: the static ones (next.config.ts sets them on
 * every path), the nonce-based Content-Security-Policy and HSTS that proxy.ts adds to every page, and the
 * same-origin rule for requests that change something (server actions, forms without JavaScript).
 * Pure functions, no "server-only": the proxy, next.config.ts and the unit tests use them.
 */

/** Sent with every response (pages, API, files, refusals). */
export const staticSecurityHeaders: { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // The CSP's frame-ancestors 'none' says the same to current browsers; this is for old ones.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self)" },
];

/** HSTS for a register served over https (two years, its subdomains too; not preloaded). */
export function strictTransportSecurity(siteUrl: string): string | null {
  return siteUrl.startsWith("https://") ? "max-age=63072000; includeSubDomains" : null;
}

/**
 * The origin a URL (template) loads from, as a CSP source: `https://service.pdok.nl`. A template host such
 * as `{s}.tile.openstreetmap.org` becomes `*.tile.openstreetmap.org`. Null for empty, relative or odd URLs.
 */
export function sourceOrigin(url: string | undefined | null): string | null {
  const m = /^(https?):\/\/([^/?#]+)/i.exec((url ?? "").trim());
  if (!m) return null;
  const host = m[2].replace(/\{[^}]*\}/g, "*").toLowerCase();
  if (!/^(\*\.)?[a-z0-9.-]+(:\d+)?$/.test(host) && !/^\[[0-9a-f:]+\](:\d+)?$/.test(host)) return null;
  return `${m[1].toLowerCase()}://${host}`;
}

export interface CspOptions {
  nonce: string;
  /** `next dev` needs eval and inline styles for fast refresh. */
  dev?: boolean;
  /** Map tiles (img-src), NEXT_PUBLIC_TILE_URL. */
  tileUrl?: string;
  /** Address search (connect-src), NEXT_PUBLIC_GEOCODER_URL. */
  geocoderUrl?: string;
  /** The house style sheet (style-src), THEME_CSS_URL. */
  themeCssUrl?: string;
  /** Where a form post may be redirected: the identity provider (sign-in and sign-out), OIDC_ISSUER. */
  formTargets?: (string | undefined)[];
  /** https sites also upgrade stray http subresources. */
  https?: boolean;
}

const sources = (...list: (string | null | undefined | false)[]) => [...new Set(list.filter(Boolean))].join(" ");

/**
 * The page CSP: scripts only with this response's nonce (and what they load: 'strict-dynamic'), no
 * plugins, no <base>, no framing, forms only to this site (and the identity provider's redirect),
 * images, styles and connections only from this site and the configured tile server, theme and geocoder.
 * Style attributes stay allowed (style-src-attr): the map's markers and the sensor type marks use them;
 * <style> elements need the nonce.
 */
export function contentSecurityPolicy(o: CspOptions): string {
  const nonce = `'nonce-${o.nonce}'`;
  const directives: [string, string][] = [
    ["default-src", "'self'"],
    ["script-src", sources("'self'", nonce, "'strict-dynamic'", o.dev && "'unsafe-eval'")],
    ["style-src", sources("'self'", o.dev ? "'unsafe-inline'" : nonce, sourceOrigin(o.themeCssUrl))],
    ["style-src-attr", "'unsafe-inline'"],
    ["img-src", sources("'self'", "data:", "blob:", sourceOrigin(o.tileUrl))],
    ["font-src", "'self' data:"],
    ["connect-src", sources("'self'", sourceOrigin(o.geocoderUrl), o.dev && "ws:")],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["frame-ancestors", "'none'"],
    ["form-action", sources("'self'", ...(o.formTargets ?? []).map(sourceOrigin))],
  ];
  if (o.https) directives.push(["upgrade-insecure-requests", ""]);
  return directives.map(([k, v]) => (v ? `${k} ${v}` : k)).join("; ");
}

/** The CSP of responses that are not pages (the plain refusals): nothing may load or frame them. */
export const bareContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Methods that never change anything and need no origin check. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether a request that may change something comes from this site's own pages: its Origin must be
 * present, a real http(s) origin, and name the host the request was sent to (the first X-Forwarded-Host,
 * else Host — the same comparison Next.js makes before running a server action, which answers a mismatch
 * with a 500 and lets a missing Origin through). A browser always sends Origin with a POST, also for a
 * form without JavaScript; a cross-site page cannot change it, nor add X-Forwarded-Host to a form post.
 */
export function isSameOriginWrite(p: { method: string; origin: string | null; host: string | null; forwardedHost: string | null }): boolean {
  if (SAFE_METHODS.has(p.method.toUpperCase())) return true;
  if (!p.origin || p.origin === "null") return false;
  let origin: URL;
  try {
    origin = new URL(p.origin);
  } catch {
    return false;
  }
  if (origin.protocol !== "http:" && origin.protocol !== "https:") return false;
  if (origin.origin !== p.origin.replace(/\/$/, "")) return false; // an Origin is scheme://host[:port], nothing more
  const target = p.forwardedHost?.split(",")[0]?.trim() || p.host;
  return !!target && origin.host === target.toLowerCase();
}
