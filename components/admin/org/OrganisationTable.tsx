import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { OrganisationSummary } from "@/db/organisations";
import type { Locale } from "@/lib/codio";
import { organisationKinds } from "@/lib/vocab";
import { DataTable } from "@/components/DataTable";

/** The admin's list of organisations: name (to the edit page), kind, number of entries, four-eyes setting. */
export async function OrganisationTable({ organisations, locale }: { organisations: OrganisationSummary[]; locale: Locale }) {
  const t = await getTranslations("admin.organisations");
  return (
    <DataTable
      caption={t("caption")}
      className="admin-table"
      rowHeader
      columns={[
        { header: t("columns.name") },
        { header: t("columns.kind") },
        { header: t("columns.entries"), numeric: true },
        { header: t("columns.selfApproval") },
      ]}
      rows={organisations.map((o) => ({
        key: o.id,
        cells: [
          <>
            <Link href={`/admin/organisations/${o.id}`}>{o.name}</Link>
            {o.isExample && (
              <>
                {" "}
                <span className="badge badge--example">{t("example")}</span>
              </>
            )}
            <br />
            <code className="muted">{o.slug}</code>
          </>,
          organisationKinds.label(o.kind, locale),
          t("entryCount", { count: o.entryCount }),
          o.allowSelfApproval ? t("selfApprovalOn") : t("selfApprovalOff"),
        ],
      }))}
    />
  );
}
