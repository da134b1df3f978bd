import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Heading1, Paragraph } from "@/components/ui";
import { RevokeTokenForm } from "@/components/admin/tokens/RevokeTokenForm";
import { requireOfficialPage } from "@/lib/auth/session";
import { tokenForManager } from "@/db/tokens";
import { orNotFound } from "@/lib/not-found";
import type { Locale } from "@/lib/codio";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.tokens" });
  return { title: t("revokeTitle"), robots: { index: false } };
}

/** "Do you want to revoke this token?" — its own page, so the confirmation needs no JavaScript. */
export default async function RevokeTokenPage({ params }: Props) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const actor = await requireOfficialPage(`/${locale}/admin/tokens/${encodeURIComponent(id)}/revoke`);
  const token = orNotFound(() => tokenForManager(actor, /^\d{1,12}$/.test(id) ? Number(id) : NaN));
  const t = await getTranslations("admin.tokens");
  return (
    <div className="narrow-wide">
      <p className="muted">
        <Link href="/admin/tokens">{t("back")}</Link>
      </p>
      <Heading1>{t("revokeTitle")}</Heading1>
      {token.revokedAt ? (
        <Paragraph>{t("alreadyRevoked")}</Paragraph>
      ) : (
        <>
          <Paragraph>
            <strong>{t("revokeQuestion", { name: token.name, prefix: token.prefix, organisation: token.organisationName })}</strong>
          </Paragraph>
          <Paragraph>{t("revokeText")}</Paragraph>
          <RevokeTokenForm tokenId={token.id} />
          <p>
            <Link href="/admin/tokens">{t("cancel")}</Link>
          </p>
        </>
      )}
    </div>
  );
}
