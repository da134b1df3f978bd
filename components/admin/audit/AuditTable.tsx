import { DataTable } from "@/components/DataTable";
import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AuditItem } from "@/db/audit-query";
import type { Locale } from "@/lib/codio";
import { memberRoles } from "@/lib/vocab";
import { entryPath } from "@/lib/urls";
import { can, type Actor } from "@/lib/permissions";

/** The message key of an action code ("user.role.set" → "user_role_set"). */
export const actionKey = (action: string) => action.replace(/[^a-z0-9]/gi, "_");

/** An action code in words; an unknown code is shown as it is. */
export async function actionLabeller() {
  const t = await getTranslations("admin.audit.actions");
  return (action: string) => (t.has(actionKey(action) as never) ? t(actionKey(action) as never) : action);
}

const str = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : undefined);

/**
 * What an event was about, in words: the entry (while it exists: linked to its admin page when this admin
 * may open it there, and to its public page once published), the official, the reason…
 */
async function Details({ item, locale, actor }: { item: AuditItem; locale: Locale; actor: Actor }) {
  const t = await getTranslations("admin.audit.detail");
  const tOrg = await getTranslations("admin.organisations.fields");
  const d = item.detail ?? {};
  const lines: ReactNode[] = [];
  if (item.entry)
    lines.push(
      <>
        {item.organisation && can(actor, "read-drafts", item.organisation.id) ? (
          <Link href={`/admin/entries/${item.entry.publicId}`}>
            {item.entry.name} <span className="muted">({item.entry.publicId})</span>
          </Link>
        ) : (
          <>
            {item.entry.name} <span className="muted">({item.entry.publicId})</span>
          </>
        )}
        {item.entry.public && (
          <>
            {" · "}
            <Link href={entryPath(item.entry.kind, item.entry.publicId)}>
              {t("publicPage")}
              <span className="visually-hidden"> {item.entry.publicId}</span>
            </Link>
          </>
        )}
      </>,
    );
  else if (str(d.publicId)) lines.push(t("entryGone", { publicId: str(d.publicId)! }));
  if (item.action.startsWith("user.")) {
    if (item.subject) lines.push(t("subject", { name: item.subject.name, email: item.subject.email }));
    else if (str(d.userId)) lines.push(t("subjectGone", { id: str(d.userId)! }));
  }
  if (item.action === "entry.reject" && str(d.reason)) lines.push(<span className="preserve-lines">{t("reason", { reason: str(d.reason)! })}</span>);
  if (item.action === "entry.approve" && str(d.revision))
    lines.push(t("revision", { revision: str(d.revision)!, note: str(d.changeNote) ?? "" }));
  if (item.action === "entry.archive" && str(d.endedOn)) lines.push(t("endedOn", { date: str(d.endedOn)! }));
  if (item.action === "user.role.set" && str(d.role)) lines.push(t("role", { role: memberRoles.label(str(d.role)!, locale) }));
  if (item.action === "user.create" && d.isAdmin === true) lines.push(t("admin"));
  if (item.action === "organisation.create" && str(d.name)) lines.push(t("organisationName", { name: str(d.name)! }));
  if (item.action === "organisation.update" && d.changes && typeof d.changes === "object") {
    const fields = Object.keys(d.changes).map((f) => (tOrg.has(f as never) ? tOrg(f as never) : f));
    if (fields.length) lines.push(t("changed", { fields: fields.join(", ") }));
  }
  if ((item.action === "token.create" || item.action === "token.revoke") && str(d.name))
    lines.push(t("token", { name: str(d.name)!, prefix: str(d.prefix) ?? "" }));
  if (item.action === "login.failed" && str(d.email)) lines.push(t("email", { email: str(d.email)! }));
  if (item.action === "login.failed" && loginRefusals.has(str(d.reason) ?? ""))
    lines.push(t(`loginRefused.${str(d.reason) as "password" | "blocked" | "unknown" | "unverified" | "error"}`));
  if ((item.action === "login" || item.action === "login.failed") && d.method === "oidc") lines.push(t("viaProvider"));
  if ((item.action === "login" || item.action === "login.failed") && str(d.ip) && d.ip !== "unknown") lines.push(t("address", { ip: str(d.ip)! }));
  if (!lines.length) return null;
  return (
    <ul className="plain-list">
      {lines.map((l, i) => (
        <li key={i}>{l}</li>
      ))}
    </ul>
  );
}

const loginRefusals = new Set(["password", "blocked", "unknown", "unverified", "error"]);

/** One page of the audit log, read-only. */
export async function AuditTable({ items, locale, actor }: { items: AuditItem[]; locale: Locale; actor: Actor }) {
  const t = await getTranslations("admin.audit");
  const format = await getFormatter();
  const label = await actionLabeller();
  const who = (item: AuditItem) => {
    if (item.action === "login.failed") return <span className="muted">{t("unknownOfficial")}</span>;
    // A write-API token acts under its own name ("token: <name>"); it is neither an official nor the system.
    if (!item.actor.id && item.detail?.actorTokenId !== undefined) return item.actor.name;
    if (!item.actor.id) return t("system", { name: item.actor.name });
    return (
      <>
        {item.actor.name}
        {item.actor.email && (
          <>
            <br />
            <span className="muted">{item.actor.email}</span>
          </>
        )}
      </>
    );
  };
  return (
    <DataTable
      caption={t("caption")}
      className="admin-table audit-table"
      columns={[
        { header: t("columns.at"), className: "audit-table__time" },
        { header: t("columns.official") },
        { header: t("columns.action") },
        { header: t("columns.organisation") },
        { header: t("columns.details") },
      ]}
      rows={items.map((item) => ({
        key: item.id,
        cells: [
          <time key="at" dateTime={item.at.toISOString()}>
            {format.dateTime(item.at, { dateStyle: "medium", timeStyle: "medium" })}
          </time>,
          who(item),
          label(item.action),
          item.organisation?.name ?? "",
          <Details key="details" item={item} locale={locale} actor={actor} />,
        ],
      }))}
    />
  );
}
