import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Official } from "@/db/officials";
import type { Locale } from "@/lib/codio";
import { memberRoles } from "@/lib/vocab";

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
    <div className="table-scroll">
      <table className="utrecht-table admin-table">
        <caption className="visually-hidden">{t("caption")}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">{t("columns.name")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("columns.email")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("columns.roles")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("columns.status")}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {officials.map((o) => (
            <tr key={o.id} className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="row">
                <Link href={`/admin/users/${o.id}`}>{o.name}</Link>
              </th>
              <td className="utrecht-table__cell">{o.email}</td>
              <td className="utrecht-table__cell">
                {o.memberships.length === 0 ? (
                  <span className="muted">{t("noRoles")}</span>
                ) : (
                  <ul className="plain-list">
                    {o.memberships.map((m) => (
                      <li key={m.organisationId}>
                        {t("roleIn", { role: memberRoles.label(m.role, locale), organisation: m.organisationName })}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="utrecht-table__cell">
                <OfficialBadges official={o} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
