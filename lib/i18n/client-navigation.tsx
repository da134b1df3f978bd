"use client";
import NextLink from "next/link";
import { useParams, usePathname as useNextPathname, useRouter as useNextRouter } from "next/navigation";
import type { ComponentProps } from "react";
import { localizeHref, stripLocale } from "./href";
import { routing } from "./routing";

/** The page's locale: its [locale] segment (pages outside it, such as the root not-found page: the default). */
function usePageLocale(): string {
  return useParams<{ locale?: string }>()?.locale ?? routing.defaultLocale;
}

export type LinkProps = ComponentProps<typeof NextLink> & { locale?: string };

/**
 * next/link with the locale prefix: `href="/map"` goes to /nl/map on a Dutch page, or to `locale` to switch
 * language. next/link is a client component already; this adds a few lines to it and no i18n runtime.
 */
export function Link({ href, locale, ...props }: LinkProps) {
  const current = usePageLocale();
  const target = locale ?? current;
  // A link to the other language is not prefetched (as next-intl's): it is followed at most once.
  return <NextLink {...props} href={localizeHref(href, target)} prefetch={target !== current ? false : props.prefetch} />;
}

/** The current path without its locale prefix ("/nl/map" → "/map"). */
export function usePathname(): string {
  return stripLocale(useNextPathname() ?? "/");
}

/** next/navigation's router, with paths of the app localized (to the page's locale, or `locale`). */
export function useRouter() {
  const router = useNextRouter();
  const current = usePageLocale();
  type Options = Parameters<typeof router.push>[1] & { locale?: string };
  return {
    ...router,
    push: (href: string, { locale, ...options }: Options = {}) => router.push(localizeHref(href, locale ?? current), options),
    replace: (href: string, { locale, ...options }: Options = {}) => router.replace(localizeHref(href, locale ?? current), options),
    prefetch: (href: string) => router.prefetch(localizeHref(href, current)),
  };
}
