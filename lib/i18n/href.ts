import type { UrlObject } from "node:url";
import { routing, type AppLocale } from "./routing";

export type Href = string | UrlObject;

/** A path of the app ("/map") with its locale prefix ("/nl/map"); anything else (other sites, "#top", "?q=") as it is. */
export function localizeHref<H extends Href>(href: H, locale: string): H {
  const prefix = (path: string) => (path.startsWith("/") && !path.startsWith("//") ? `/${locale}${path === "/" ? "" : path}` : path);
  if (typeof href === "string") return prefix(href) as H;
  const url: UrlObject = href;
  return (typeof url.pathname === "string" ? { ...url, pathname: prefix(url.pathname) } : url) as H;
}

/** The path without its locale prefix: "/nl/map" → "/map", "/en" → "/". */
export function stripLocale(pathname: string): string {
  for (const locale of routing.locales as readonly AppLocale[]) {
    if (pathname === `/${locale}`) return "/";
    if (pathname.startsWith(`/${locale}/`)) return pathname.slice(locale.length + 1);
  }
  return pathname;
}

/** The localized path of `href` ("/map" in "en" → "/en/map"), with its query. */
export function getPathname({ href, locale }: { href: Href; locale: string }): string {
  const localized = localizeHref(href, locale);
  if (typeof localized === "string") return localized;
  const query =
    typeof localized.query === "string"
      ? localized.query
      : new URLSearchParams(
    Object.entries(localized.query ?? {}).flatMap(([k, v]) => (v == null ? [] : Array.isArray(v) ? v.map((x) => [k, String(x)]) : [[k, String(v)]])),
  ).toString();
  return `${localized.pathname ?? ""}${query ? `?${query}` : ""}${localized.hash ?? ""}`;
}

