import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Heading1, Paragraph } from "@/components/ui";
import { ConfirmForm } from "@/components/form/ConfirmForm";
import { requireOfficialPage } from "@/lib/auth/session";
import { officialForAdmin } from "@/db/officials";
import { orNotFound } from "@/lib/not-found";
import { setBlockedAction } from "../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.users.access" });
  return { title: t("confirmTitle"), robots: { index: false } };
}

/** "Do you want to block this official?" — its own page, so the confirmation needs no JavaScript. */
export default async function BlockOfficialPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireOfficialPage(`/${locale}/admin/users/${encodeURIComponent(id)}/block`, { admin: true });
  const official = orNotFound(() => officialForAdmin(actor, id));
  const t = await getTranslations("admin.users.access");
  const back = `/admin/users/${encodeURIComponent(official.id)}`;
  return (
    <div className="narrow-wide">
      <p className="muted">
        <Link href={back}>{official.name}</Link>
      </p>
      <Heading1>{t("confirmTitle")}</Heading1>
      {official.id === actor.id ? (
        <Paragraph>{t("self")}</Paragraph>
      ) : official.disabled ? (
        <Paragraph>{t("alreadyBlocked")}</Paragraph>
      ) : (
        <>
          <Paragraph>
            <strong>{t("confirmQuestion", { name: official.name, email: official.email })}</strong>
          </Paragraph>
          <Paragraph>{t("blockText")}</Paragraph>
          <ConfirmForm
            action={setBlockedAction}
            label={t("confirmTitle")}
            hidden={{ userId: official.id, blocked: "1" }}
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
