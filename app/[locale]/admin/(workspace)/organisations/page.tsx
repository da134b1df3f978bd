import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Heading1, Paragraph } from "@/components/ui";
import { requireOfficialPage } from "@/lib/auth/session";
import { listOrganisations } from "@/db/organisations";
import { OrganisationTable } from "@/components/admin/org/OrganisationTable";
import type { Locale } from "@/lib/codio";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.organisations" });
  return { title: t("title"), robots: { index: false } };
}

export default async function OrganisationsPage({ params, searchParams }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const actor = await requireOfficialPage(`/${locale}/admin/organisations`, { admin: true });
  const { done } = await searchParams;
  const t = await getTranslations("admin.organisations");
  const list = listOrganisations(actor);
  return (
    <div>
      <Heading1>{t("title")}</Heading1>
      {(done === "created" || done === "updated") && (
        <p role="status" className="notice notice--success">
          {t(`done.${done}`)}
        </p>
      )}
      <Paragraph>{t("intro")}</Paragraph>
      <p>
        <Link href="/admin/organisations/new" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
          {t("new")}
        </Link>
      </p>
      {list.length === 0 ? <Paragraph>{t("empty")}</Paragraph> : <OrganisationTable organisations={list} locale={locale} />}
    </div>
  );
}
