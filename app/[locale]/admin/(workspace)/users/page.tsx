import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Heading1, Paragraph } from "@/components/ui";
import { requireOfficialPage } from "@/lib/auth/session";
import { listOfficialsForAdmin } from "@/db/officials";
import { OfficialTable } from "@/components/admin/users/OfficialTable";
import type { Locale } from "@/lib/codio";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.users" });
  return { title: t("title"), robots: { index: false } };
}

export default async function UsersPage({ params }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const actor = await requireOfficialPage(`/${locale}/admin/users`, { admin: true });
  const t = await getTranslations("admin.users");
  return (
    <div>
      <Heading1>{t("title")}</Heading1>
      <Paragraph>{t("intro")}</Paragraph>
      <p>
        <Link href="/admin/users/new" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
          {t("new")}
        </Link>
      </p>
      <OfficialTable officials={listOfficialsForAdmin(actor)} locale={locale} />
    </div>
  );
}
