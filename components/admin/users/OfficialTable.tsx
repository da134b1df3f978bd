import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Official } from "@/db/officials";
import type { Locale } from "@/lib/codio";
import { memberRoles } from "@/lib/vocab";
import { DataTable } from "@/components/DataTable";

/** Badges for what sets an official apart: admin, demo account, blocked. */
export async function OfficialBadges({ official }: { official: Pick<Official, "isAdmin" | "isDemo" | "disabled"> }) {
  const t = await getTranslations("admin.users");
  return (
    <span className="badges">
      {official.disabled ? (
        <span className="badge badge--blocked">{t("blocked")}</span>
      ) : (
        <span className="badge">{t("active")}</span>
      )}
      {official.isAdmin && <span className="badge badge--admin">{t("admin")}</span>}
      {official.isDemo && <span className="badge badge--example">{t("demo")}</span>}
    </span>
  );
}

/** The admin's list of officials: name (to their page), email, roles per organisation, status. */
export async function OfficialTable({ officials, locale }: { officials: Official[]; locale: Locale }) {
  const t = await getTranslations("admin.users");
  return (
    <DataTable
      caption={t("caption")}
      className="admin-table"
      rowHeader
      columns={[{ header: t("columns.name") }, { header: t("columns.email") }, { header: t("columns.roles") }, { header: t("columns.status") }]}
      rows={officials.map((o) => ({
        key: o.id,
        cells: [
          <Link key="name" href={`/admin/users/${o.id}`}>
            {o.name}
          </Link>,
          o.email,
          o.memberships.length === 0 ? (
            <span className="muted">{t("noRoles")}</span>
          ) : (
            <ul className="plain-list">
              {o.memberships.map((m) => (
                <li key={m.organisationId}>
                  {t("roleIn", { role: memberRoles.label(m.role, locale), organisation: m.organisationName })}
                </li>
              ))}
            </ul>
          ),
          <OfficialBadges key="status" official={o} />,
        ],
      }))}
    />
  );
}
