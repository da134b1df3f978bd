import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/codio";
import { organisationKinds } from "@/lib/vocab";
import { Link } from "@/lib/i18n/navigation";
import type { PublicEntry } from "@/db/public";
import { entryPath } from "@/lib/urls";
import { OrganisationLink } from "@/components/organisations/OrganisationLink";

/**
 * What every public entry page shows near its title: the owner, the example mark, the archived banner
 * (the register never silently forgets), the version and a link to the public history.
 */
export async function EntryStatus({ entry }: { entry: PublicEntry }) {
  const t = await getTranslations("entry");
  const format = await getFormatter();
  const locale = (await getLocale()) as Locale;
  const date = (d: Date | string | null) => (d ? format.dateTime(new Date(d), { dateStyle: "long" }) : "");
  return (
    <div className="entry-status">
      {entry.status === "archived" && (
        <p className="notice notice--warning" role="note">
          <strong>{t("archivedTitle")}</strong> {entry.endedOn ? t("archivedSince", { date: date(entry.endedOn) }) : null}{" "}
          {t("archivedKept")}
        </p>
      )}
      <dl className="entry-status__meta">
        <div>
          <dt>{t("organisation")}</dt>
          <dd>
            <OrganisationLink organisation={entry.organisation} />
            {entry.organisation.moderator && <> ({organisationKinds.label(entry.organisation.kind, locale)})</>}
            {entry.organisation.isExample && <span className="badge badge--example">{t("example")}</span>}
          </dd>
        </div>
        {entry.organisation.moderator && (
          <div>
            <dt>{t("moderator")}</dt>
            <dd>{t("moderatedBy", { moderator: entry.organisation.moderator.name })}</dd>
          </div>
        )}
        <div>
          <dt>{t("publicId")}</dt>
          <dd>
            <code>{entry.publicId}</code>
          </dd>
        </div>
        <div>
          <dt>{t("version")}</dt>
          <dd>
            {t("versionOf", { revision: entry.revision, date: date(entry.publishedAt) })}{" "}
            <Link href={`${entryPath(entry.kind, entry.publicId)}/history`}>{t("history")}</Link>
          </dd>
        </div>
      </dl>
      {entry.organisation.allowSelfApproval && <p className="muted">{t("selfApproval")}</p>}
    </div>
  );
}
