import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Heading1, Paragraph } from "@/components/ui";
import { ConfirmForm } from "@/components/form/ConfirmForm";
import { requireOfficialPage } from "@/lib/auth/session";
import { officialForAdmin } from "@/db/officials";
import { orNotFound } from "@/lib/not-found";
import { memberRoles } from "@/lib/vocab";
import type { Locale } from "@/lib/codio";
import { setRoleAction } from "../../../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string; organisationId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.users.roles" });
  return { title: t("confirmTitle"), robots: { index: false } };
}

/** "Do you want to take this role away?" — its own page, so the confirmation needs no JavaScript. */
export default async function RemoveRolePage({ params }: Props) {
  const { locale, id, organisationId } = (await params) as { locale: Locale; id: string; organisationId: string };
  setRequestLocale(locale);
  const actor = await requireOfficialPage(
    `/${locale}/admin/users/${encodeURIComponent(id)}/roles/${encodeURIComponent(organisationId)}/remove`,
    { admin: true },
  );
  const official = orNotFound(() => officialForAdmin(actor, id));
  const membership = official.memberships.find((m) => String(m.organisationId) === organisationId);
  const t = await getTranslations("admin.users.roles");
  const back = `/admin/users/${encodeURIComponent(official.id)}`;
  return (
    <div className="narrow-wide">
      <p className="muted">
        <Link href={back}>{official.name}</Link>
      </p>
      <Heading1>{t("confirmTitle")}</Heading1>
      {!membership ? (
        <Paragraph>{t("noSuchRole")}</Paragraph>
      ) : (
        <>
          <Paragraph>
            <strong>
              {t("confirmQuestion", {
                name: official.name,
                role: memberRoles.label(membership.role, locale),
                organisation: membership.organisationName,
              })}
            </strong>
          </Paragraph>
          <Paragraph>{t("confirmText", { name: official.name, organisation: membership.organisationName })}</Paragraph>
          <ConfirmForm
            action={setRoleAction}
            label={t("confirmTitle")}
            hidden={{ userId: official.id, organisationId: String(membership.organisationId), role: "none" }}
            confirm={t("confirm")}
          />
        </>
      )}
      <p>
        <Link href={back}>{t("cancel")}</Link>
      </p>
    </div>
  );
}
