import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Heading1 } from "@/components/ui";
import { requireOfficialPage } from "@/lib/auth/session";
import { OrganisationForm, emptyOrganisation } from "@/components/admin/org/OrganisationForm";
import { moderatorChoices } from "@/db/organisations";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.organisations" });
  return { title: t("new"), robots: { index: false } };
}

export default async function NewOrganisationPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireOfficialPage(`/${locale}/admin/organisations/new`, { admin: true });
  const t = await getTranslations("admin.organisations");
  return (
    <div className="narrow">
      <p className="muted">
        <Link href="/admin/organisations">{t("back")}</Link>
      </p>
      <Heading1>{t("new")}</Heading1>
      <OrganisationForm initial={emptyOrganisation} moderators={moderatorChoices(actor)} />
    </div>
  );
}
