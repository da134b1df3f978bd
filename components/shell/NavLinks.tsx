"use client";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { NAV_ITEMS, type NavTexts } from "./nav-items";

/**
 * The main navigation; the current section is marked with aria-current. A client component for the current
 * path only: the texts come translated from the server (SiteHeader), so no messages travel to the browser.
 */
export function NavLinks({ label, texts }: { label: string; texts: NavTexts }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="site-nav">
      <ul className="container site-nav__list">
        {NAV_ITEMS.map((item) => {
          const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                className="site-nav__link"
                aria-current={current ? (pathname === item.href ? "page" : "true") : undefined}
              >
                {texts[item.key]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
