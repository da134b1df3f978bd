import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Heading1, Paragraph } from "@/components/ui";
import { requireOfficialPage } from "@/lib/auth/session";
import { moderatorChoices, organisationForAdmin } from "@/db/organisations";
import { orNotFound } from "@/lib/not-found";
import { OrganisationForm } from "@/components/admin/org/OrganisationForm";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.organisations" });
  return { title: t("edit"), robots: { index: false } };
}

export default async function EditOrganisationPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireOfficialPage(`/${locale}/admin/organisations/${encodeURIComponent(id)}`, { admin: true });
  const t = await getTranslations("admin.organisations");
  const org = orNotFound(() => organisationForAdmin(actor, /^\d{1,15}$/.test(id) ? Number(id) : NaN));
  return (
    <div className="narrow">
      <p className="muted">
        <Link href="/admin/organisations">{t("back")}</Link>
      </p>
      <Heading1>{t("editNamed", { name: org.name })}</Heading1>
      {org.isExample && <Paragraph>{t("exampleNote")}</Paragraph>}
      <OrganisationForm
        id={org.id}
        initial={{
          name: org.name,
          slug: org.slug,
          kind: org.kind,
          tooiId: org.tooiId ?? "",
          contactEmail: org.contactEmail,
          website: org.website ?? "",
          objectionUrl: org.objectionUrl ?? "",
          objectionAddress: org.objectionAddress ?? "",
          allowSelfApproval: org.allowSelfApproval,
          moderator: org.moderator ?? "",
        }}
        moderators={moderatorChoices(actor)}
      />
    </div>
  );
}
