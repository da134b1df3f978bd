/**
 * Locale-aware navigation without next-intl's client runtime (README, "Page weight"). `Link`, `usePathname`
 * and `useRouter` live in a small client module; `redirect` and `getPathname` work on the server.
 */
import { redirect as nextRedirect } from "next/navigation";
import { getPathname, type Href } from "./href";

export { Link, usePathname, useRouter, type LinkProps } from "./client-navigation";
export { getPathname };

/** Redirects to `href` in `locale` (a Server Component, action or route). */
export function redirect({ href, locale }: { href: Href; locale: string }): never {
  return nextRedirect(getPathname({ href, locale }));
}
