import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { DataTable } from "@/components/DataTable";
import { Link } from "@/lib/i18n/navigation";
import { Heading1, Heading2, Paragraph } from "@/components/ui";
import { NewTokenForm } from "@/components/admin/tokens/NewTokenForm";
import { requireOfficialPage } from "@/lib/auth/session";
import { listTokens, tokenOrganisations, type ApiTokenSummary } from "@/db/tokens";
import type { Locale } from "@/lib/codio";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.tokens" });
  return { title: t("title"), robots: { index: false } };
}

/**
 * The write API's tokens of the publisher's organisations: create one (shown once), see when each was used,
 * revoke one (a confirmation page, so it works without JavaScript). Editors and admins without a publisher
 * role see only why the page is not theirs.
 */
export default async function TokensPage({ params, searchParams }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const actor = await requireOfficialPage(`/${locale}/admin/tokens`);
  const { done } = await searchParams;
  const t = await getTranslations("admin.tokens");
  const format = await getFormatter();
  const organisations = tokenOrganisations(actor);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const scopeLabel = (scope: string) => (t.has(`scopes.${scope}` as never) ? t(`scopes.${scope}` as never) : scope);
  const row = (k: ApiTokenSummary) => ({
    key: k.id,
    cells: [
      k.name,
      <code key="prefix">{k.prefix}…</code>,
      scopeLabel(k.scope),
      t("createdBy", { date: when(k.createdAt), name: k.createdByName }),
      k.lastUsedAt ? when(k.lastUsedAt) : <span className="muted">{t("neverUsed")}</span>,
      k.revokedAt ? (
        t("revokedBy", { date: when(k.revokedAt), name: k.revokedByName ?? "" })
      ) : (
        <>
          {t("active")} ·{" "}
          <Link href={`/admin/tokens/${k.id}/revoke`} prefetch={false}>
            {t("revoke")}
            <span className="visually-hidden"> {t("revokeNamed", { name: k.name })}</span>
          </Link>
        </>
      ),
    ],
  });
  return (
    <div>
      <Heading1>{t("title")}</Heading1>
      {done === "revoked" && (
        <p role="status" className="notice notice--success">
          {t("done.revoked")}
        </p>
      )}
      <Paragraph>{t("intro")}</Paragraph>
      {organisations.length === 0 ? (
        <Paragraph>{t("onlyPublishers")}</Paragraph>
      ) : (
        <>
          <section aria-labelledby="new-token-title" className="admin-section">
            <Heading2 id="new-token-title">{t("newTitle")}</Heading2>
            <NewTokenForm organisations={organisations.map((o) => ({ id: o.id, name: o.name }))} />
          </section>
          {organisations.map((o) => {
            const tokens = listTokens({ actor, organisationId: o.id });
            return (
              <section key={o.id} aria-labelledby={`tokens-${o.id}`} className="admin-section">
                <Heading2 id={`tokens-${o.id}`}>{t("listTitle", { organisation: o.name })}</Heading2>
                {tokens.length === 0 ? (
                  <Paragraph>{t("empty", { organisation: o.name })}</Paragraph>
                ) : (
                  <DataTable
                    caption={t("caption", { organisation: o.name })}
                    className="admin-table"
                    rowHeader
                    columns={[
                      { header: t("columns.name") },
                      { header: t("columns.prefix") },
                      { header: t("columns.scope") },
                      { header: t("columns.created") },
                      { header: t("columns.lastUsed") },
                      { header: t("columns.status") },
                    ]}
                    rows={tokens.map(row)}
                  />
                )}
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}
