import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function SiteFooter() {
  const t = await getTranslations("shell");
  return (
    <footer className="site-footer">
      <div className="container site-footer__grid">
        <p className="utrecht-paragraph">{t("footerAbout")}</p>
        <nav aria-label={t("footerNav")}>
          <ul className="site-footer__links">
            <li>
              <Link href="/organisations">{t("footerOrganisations")}</Link>
            </li>
            <li>
              <Link href="/figures">{t("footerFigures")}</Link>
            </li>
            <li>
              <Link href="/values">{t("footerValues")}</Link>
            </li>
            <li>
              <Link href="/open-data">{t("footerData")}</Link>
            </li>
            <li>
              <Link href="/admin">{t("footerAdmin")}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
