import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { LanguageSwitch } from "./LanguageSwitch";
import { NavLinks } from "./NavLinks";
import { NAV_ITEMS, type NavTexts } from "./nav-items";

export async function SiteHeader() {
  const t = await getTranslations("shell");
  const m = await getTranslations("meta");
  const nav = await getTranslations("nav");
  const locale = await getLocale();
  const other = routing.locales.find((l) => l !== locale) ?? routing.defaultLocale;
  return (
    <>
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">
        {t("skipLink")}
      </a>
      <header className="site-header">
        <div className="container site-header__bar">
          <Link href="/" className="site-header__brand">
            <span aria-hidden="true" className="site-header__logo">
              ◉
            </span>
            {m("siteName")}
          </Link>
          <LanguageSwitch other={other} text={t("switchTo")} label={t("switchToLabel")} />
        </div>
        <NavLinks label={t("mainNav")} texts={Object.fromEntries(NAV_ITEMS.map((i) => [i.key, nav(i.key)])) as NavTexts} />
      </header>
    </>
  );
}
