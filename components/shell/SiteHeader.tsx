import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitch } from "./LanguageSwitch";
import { NavLinks } from "./NavLinks";

export async function SiteHeader() {
  const t = await getTranslations("shell");
  const m = await getTranslations("meta");
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
          <LanguageSwitch />
        </div>
        <NavLinks label={t("mainNav")} />
      </header>
    </>
  );
}
