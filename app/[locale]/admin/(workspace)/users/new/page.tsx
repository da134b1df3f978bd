import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Heading1 } from "@/components/ui";
import { requireOfficialPage } from "@/lib/auth/session";
import { NewOfficialForm } from "@/components/admin/users/NewOfficialForm";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.users" });
  return { title: t("new"), robots: { index: false } };
}

export default async function NewOfficialPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireOfficialPage(`/${locale}/admin/users/new`, { admin: true });
  const t = await getTranslations("admin.users");
  return (
    <div className="narrow">
      <p className="muted">
        <Link href="/admin/users">{t("back")}</Link>
      </p>
      <Heading1>{t("new")}</Heading1>
      <NewOfficialForm />
    </div>
  );
}
