import { dutchLang } from "@/lib/content-language";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/codio";
import type { RegisterHit } from "@/db/search/register";
import { entryPath } from "@/lib/urls";
import { entryKinds, lifecycleStates, publicationCategories, sensorTypes } from "@/lib/vocab";
import { SensorTypeMark } from "@/components/sensors/SensorTypeMark";
import { OrganisationLink } from "@/components/organisations/OrganisationLink";

/**
 * One result of the register search: the kind of entry (with the sensor type or publication category),
 * the name as a link, the owner and whether it is in use, and a passage with the searched words marked.
 */
export async function SearchResultItem({ hit }: { hit: RegisterHit }) {
  const t = await getTranslations("search");
  const e = await getTranslations("entry");
  const m = await getTranslations("map");
  const locale = (await getLocale()) as Locale;
  const detail =
    hit.kind === "sensor" && hit.type
      ? sensorTypes.label(hit.type, locale)
      : hit.category
        ? publicationCategories.label(hit.category, locale)
        : null;
  return (
    <li className={`search-result search-result--${hit.kind}`}>
      <p className="search-result__kind">
        {hit.kind === "sensor" && hit.type && <SensorTypeMark type={hit.type} ended={hit.status === "ended"} />}
        <span className={`badge badge--kind badge--${hit.kind}`}>{entryKinds.label(hit.kind, locale)}</span>
        {detail && <span>{detail}</span>}
      </p>
      <h3 className="utrecht-heading-3 search-result__title">
        {/* nameHtml and snippet are safe HTML from db/search/snippets.ts: escaped text with our own <mark> only. */}
        <Link href={entryPath(hit.kind, hit.publicId)}>
          <span dangerouslySetInnerHTML={{ __html: hit.nameHtml }} />
        </Link>
      </h3>
      <p className="search-result__meta">
        <OrganisationLink organisation={hit.organisation} />
        {hit.organisation.isExample && <span className="badge badge--example">{e("example")}</span>}
        <span className={hit.status === "ended" ? "badge badge--archived" : "badge"}>{lifecycleStates.label(hit.status, locale)}</span>
        <code className="search-result__id">{hit.publicId}</code>
      </p>
      {hit.snippet && (
        <p className="search-result__snippet">
          {hit.snippet.includes("<mark>") && <span className="visually-hidden">{t("matched")}: </span>}
          <span lang={dutchLang(locale)} dangerouslySetInnerHTML={{ __html: hit.snippet }} />
        </p>
      )}
      {hit.kind === "sensor" && (
        <p className="search-result__map">
          <a href={`/${locale}/map?show=${hit.publicId}`} aria-label={m("showOnMapOf", { name: hit.name })}>
            {m("showOnMap")}
          </a>
        </p>
      )}
    </li>
  );
}
