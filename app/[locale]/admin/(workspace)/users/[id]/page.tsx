import { DataTable } from "@/components/DataTable";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Heading1, Heading2, Paragraph } from "@/components/ui";
import { requireOfficialPage } from "@/lib/auth/session";
import { officialForAdmin } from "@/db/officials";
import { organisationChoices } from "@/db/organisations";
import { orNotFound } from "@/lib/not-found";
import { memberRoles } from "@/lib/vocab";
import type { Locale } from "@/lib/codio";
import { OfficialBadges } from "@/components/admin/users/OfficialTable";
import { AddRoleForm, BlockForm, ResetPasswordForm, RoleRowForms } from "@/components/admin/users/OfficialForms";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.users" });
  return { title: t("manageTitle"), robots: { index: false } };
}

const flashKeys = ["created", "roleSet", "roleRemoved", "blocked", "unblocked"];

export default async function OfficialPage({ params, searchParams }: Props) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const actor = await requireOfficialPage(`/${locale}/admin/users/${encodeURIComponent(id)}`, { admin: true });
  const official = orNotFound(() => officialForAdmin(actor, id));
  const { done } = await searchParams;
  const t = await getTranslations("admin.users");
  const isSelf = official.id === actor.id;
  const memberOf = new Set(official.memberships.map((m) => m.organisationId));
  const others = organisationChoices(actor).filter((o) => !memberOf.has(o.id));
  return (
    <div className="narrow-wide">
      <p className="muted">
        <Link href="/admin/users">{t("back")}</Link>
      </p>
      <Heading1>{official.name}</Heading1>
      {done && flashKeys.includes(done) && (
        <p role="status" className="notice notice--success">
          {t(`done.${done}` as never)}
        </p>
      )}
      <dl className="definition-list">
        <div>
          <dt>{t("details.email")}</dt>
          <dd>{official.email}</dd>
        </div>
        <div>
          <dt>{t("details.rights")}</dt>
          <dd>{official.isAdmin ? t("details.adminYes") : t("details.adminNo")}</dd>
        </div>
        <div>
          <dt>{t("details.status")}</dt>
          <dd>
            {official.disabled ? t("details.statusBlocked") : t("details.statusActive")} <OfficialBadges official={official} />
          </dd>
        </div>
      </dl>
      {official.isDemo && (
        <section aria-labelledby="demo" className="notice notice--warning">
          <Heading2 id="demo">{t("details.demoTitle")}</Heading2>
          <Paragraph>{t("details.demoText")}</Paragraph>
        </section>
      )}

      <section aria-labelledby="roles">
        <Heading2 id="roles">{t("roles.title")}</Heading2>
        {official.memberships.length === 0 ? (
          <Paragraph>{t("roles.none")}</Paragraph>
        ) : (
          <DataTable
            caption={t("roles.caption")}
            className="admin-table"
            rowHeader
            columns={[{ header: t("roles.organisation") }, { header: t("roles.role") }, { header: t("roles.actions") }]}
            rows={official.memberships.map((m) => ({
              key: m.organisationId,
              cells: [
                m.organisationName,
                memberRoles.label(m.role, locale),
                <RoleRowForms key="forms" userId={official.id} organisationId={m.organisationId} organisationName={m.organisationName} role={m.role} />,
              ],
            }))}
          />
        )}
      </section>

      <section aria-labelledby="add-role" className="admin-section">
        <Heading2 id="add-role">{t("roles.addTitle")}</Heading2>
        {others.length === 0 ? <Paragraph>{t("roles.allAssigned")}</Paragraph> : <AddRoleForm userId={official.id} organisations={others} />}
      </section>

      <section aria-labelledby="access" className="admin-section">
        <Heading2 id="access">{t("access.title")}</Heading2>
        {isSelf ? <Paragraph>{t("access.self")}</Paragraph> : <BlockForm userId={official.id} blocked={official.disabled} />}
      </section>

      {!isSelf && (
        <section aria-labelledby="password" className="admin-section">
          <Heading2 id="password">{t("password.title")}</Heading2>
          <ResetPasswordForm userId={official.id} />
        </section>
      )}
    </div>
  );
}
