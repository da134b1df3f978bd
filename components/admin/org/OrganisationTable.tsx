import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { OrganisationSummary } from "@/db/organisations";
import type { Locale } from "@/lib/codio";
import { organisationKinds } from "@/lib/vocab";

/** The admin's list of organisations: name (to the edit page), kind, number of entries, four-eyes setting. */
export async function OrganisationTable({ organisations, locale }: { organisations: OrganisationSummary[]; locale: Locale }) {
  const t = await getTranslations("admin.organisations");
  return (
    <div className="table-scroll">
      <table className="utrecht-table admin-table">
        <caption className="visually-hidden">{t("caption")}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">{t("columns.name")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("columns.kind")}</th>
            <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{t("columns.entries")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("columns.selfApproval")}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {organisations.map((o) => (
            <tr key={o.id} className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="row">
                <Link href={`/admin/organisations/${o.id}`}>{o.name}</Link>
                {o.isExample && (
                  <>
                    {" "}
                    <span className="badge badge--example">{t("example")}</span>
                  </>
                )}
                <br />
                <code className="muted">{o.slug}</code>
              </th>
              <td className="utrecht-table__cell">{organisationKinds.label(o.kind, locale)}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{t("entryCount", { count: o.entryCount })}</td>
              <td className="utrecht-table__cell">{o.allowSelfApproval ? t("selfApprovalOn") : t("selfApprovalOff")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
