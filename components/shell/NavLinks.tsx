"use client";
import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

const items = [
  { href: "/map", key: "map" },
  { href: "/sensors", key: "sensors" },
  { href: "/algorithms", key: "algorithms" },
  { href: "/contest", key: "contest" },
  { href: "/values", key: "values" },
  { href: "/search", key: "search" },
] as const;

/** The main navigation; the current section is marked with aria-current. */
export function NavLinks({ label }: { label: string }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="site-nav">
      <ul className="container site-nav__list">
        {items.map((item) => {
          const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                className="site-nav__link"
                aria-current={current ? (pathname === item.href ? "page" : "true") : undefined}
              >
                {t(item.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
