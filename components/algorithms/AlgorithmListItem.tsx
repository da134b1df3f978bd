import { dutchLang } from "@/lib/content-language";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/codio";
import type { AlgorithmRecord } from "@/db/algorithms";
import { entryPath } from "@/lib/urls";
import { algorithmStatuses, publicationCategories } from "@/lib/vocab";
import { OrganisationLink } from "@/components/organisations/OrganisationLink";

/** One algorithm in a list: name, plain-language description, owner, status, category, and the search snippet. */
export async function AlgorithmListItem({ item }: { item: AlgorithmRecord }) {
  const t = await getTranslations("algorithms");
  const e = await getTranslations("entry");
  const format = await getFormatter();
  const locale = (await getLocale()) as Locale;
  const a = item.data;
  // Descriptions are written in Dutch (lib/content-language.ts).
  const nl = dutchLang(locale);
  return (
    <li className="algorithm-item">
      <h3 className="utrecht-heading-3 algorithm-item__title">
        <Link href={entryPath("algorithm", item.publicId)}>{item.name}</Link>
      </h3>
      <p className="algorithm-item__org">
        <OrganisationLink organisation={item.organisation} />
        {item.organisation.isExample && <span className="badge badge--example">{e("example")}</span>}
      </p>
      {/* Highlights are safe HTML from db/search/snippets.ts: escaped text with our own <mark> only. */}
      {item.highlight ? (
        <p lang={nl} dangerouslySetInnerHTML={{ __html: item.highlight.shortDescription }} />
      ) : (
        <p lang={nl}>{a.shortDescription}</p>
      )}
      {item.highlight?.passage && (
        <p className="algorithm-item__snippet">
          <span className="visually-hidden">{t("matchedText")}: </span>
          <span lang={nl} dangerouslySetInnerHTML={{ __html: item.highlight.passage }} />
        </p>
      )}
      <ul className="algorithm-item__tags">
        <li className="badge">{algorithmStatuses.label(a.status, locale)}</li>
        <li className="badge">{publicationCategories.label(a.publicationCategory, locale)}</li>
        {a.contest && <li className="badge badge--contest">{t("hasContest")}</li>}
        {item.entryStatus === "archived" && (
          <li className="badge badge--archived">
            {item.endedOn ? e("archivedSince", { date: format.dateTime(new Date(item.endedOn), { dateStyle: "long" }) }) : e("archivedTitle")}
          </li>
        )}
      </ul>
    </li>
  );
}
