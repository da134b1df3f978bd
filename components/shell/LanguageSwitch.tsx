"use client";
import { Suspense } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";

function Switch() {
  const t = useTranslations("shell");
  const locale = useLocale();
  const other = locale === "nl" ? "en" : "nl";
  const pathname = usePathname();
  const search = useSearchParams();
  const query = Object.fromEntries(search.entries());
  return (
    <Link
      href={{ pathname, query }}
      locale={other}
      lang={other}
      hrefLang={other}
      aria-label={t("switchToLabel")}
      className="site-header__lang"
    >
      {t("switchTo")}
    </Link>
  );
}

/** Switches language and stays on the same page, with the same query (filters, map position). */
export function LanguageSwitch() {
  return (
    <Suspense fallback={null}>
      <Switch />
    </Suspense>
  );
}
