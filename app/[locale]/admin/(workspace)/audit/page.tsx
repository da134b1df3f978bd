import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading1, Paragraph } from "@/components/ui";
import { requireOfficialPage } from "@/lib/auth/session";
import { AUDIT_PAGE_SIZE, auditActions, parseAuditSearch, queryAudit } from "@/db/audit-query";
import { organisationChoices } from "@/db/organisations";
import { Pagination } from "@/components/entry/Pagination";
import { AuditFilters } from "@/components/admin/audit/AuditFilters";
import { AuditTable, actionLabeller } from "@/components/admin/audit/AuditTable";
import type { Locale } from "@/lib/codio";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.audit" });
  return { title: t("title"), robots: { index: false } };
}

export default async function AuditPage({ params, searchParams }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const basePath = `/${locale}/admin/audit`;
  const actor = await requireOfficialPage(basePath, { admin: true });
  const search = parseAuditSearch(await searchParams);
  const t = await getTranslations("admin.audit");
  const label = await actionLabeller();
  const { items, total, page } = queryAudit(actor, search.filter, search.page);
  const actions = auditActions(actor)
    .map((a) => ({ value: a, label: label(a) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  return (
    <div>
      <Heading1>{t("title")}</Heading1>
      <Paragraph>{t("intro")}</Paragraph>
      {Object.keys(search.invalid).length > 0 && (
        <p role="alert" className="notice notice--warning">
          {t("invalid")}
        </p>
      )}
      <AuditFilters basePath={basePath} search={search} actions={actions} organisations={organisationChoices(actor)} />
      <p role="status" className="audit-count">
        {t("count", { count: total })}
      </p>
      {items.length === 0 ? (
        <Paragraph>{t("empty")}</Paragraph>
      ) : (
        <>
          <AuditTable items={items} locale={locale} actor={actor} />
          <Pagination page={page} pageSize={AUDIT_PAGE_SIZE} total={total} basePath={basePath} query={search.query} />
        </>
      )}
    </div>
  );
}
