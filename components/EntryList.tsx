import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { EntrySummary } from "@/db/public";
import { entryPath } from "@/lib/urls";
import { entryKinds } from "@/lib/vocab";
import { getLocale } from "next-intl/server";
import type { Locale } from "@/lib/codio";
import { OrganisationLink } from "@/components/organisations/OrganisationLink";

/** A list of public entries (sensors and algorithms alike), with kind, organisation and archive mark. */
export async function EntryList({
  entries,
  showExplanation,
}: {
  entries: (EntrySummary & { explanation?: string })[];
  showExplanation?: boolean;
}) {
  const t = await getTranslations("entry");
  const format = await getFormatter();
  const locale = (await getLocale()) as Locale;
  return (
    <ul className="entry-list">
      {entries.map((e) => (
        <li key={e.publicId} className="entry-list__item">
          <Link href={entryPath(e.kind, e.publicId)} className="entry-list__title">
            {e.name}
          </Link>{" "}
          <span className="badge">{entryKinds.label(e.kind, locale)}</span>{" "}
          {e.status === "archived" && (
            <span className="badge badge--archived">
              {e.endedOn ? t("archivedSince", { date: format.dateTime(new Date(e.endedOn), { dateStyle: "long" }) }) : null}
            </span>
          )}
          <div className="muted">
            <OrganisationLink organisation={e.organisation} />
            {e.organisation.isExample && <> · {t("example")}</>}
          </div>
          {showExplanation && e.explanation && <p className="entry-list__explanation">{e.explanation}</p>}
        </li>
      ))}
    </ul>
  );
}
