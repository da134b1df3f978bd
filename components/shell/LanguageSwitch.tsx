"use client";
import { Suspense } from "react";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";

type Props = { other: string; text: string; label: string };

function Switch({ other, text, label }: Props) {
  const pathname = usePathname();
  const search = useSearchParams();
  const query = Object.fromEntries(search.entries());
  return (
    <Link
      href={{ pathname, query }}
      locale={other}
      lang={other}
      hrefLang={other}
      aria-label={label}
      className="site-header__lang"
    >
      {text}
    </Link>
  );
}

/**
 * Switches language and stays on the same page, with the same query (filters, map position). A client
 * component for the current address only: the other language and the texts come from the server (SiteHeader).
 */
export function LanguageSwitch(props: Props) {
  return (
    <Suspense fallback={null}>
      <Switch {...props} />
    </Suspense>
  );
}
