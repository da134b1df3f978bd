import type { Metadata } from "next";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { Heading1, Paragraph } from "@/components/ui";
import { DataTable } from "@/components/DataTable";
import { ListSearchForm } from "@/components/entry/ListSearchForm";
import { OrganisationLink } from "@/components/organisations/OrganisationLink";
import { listPublicOrganisations } from "@/db/organisations";
import { ORGANISATION_QUERY, pageQuery } from "@/db/query-params";
import { Link } from "@/lib/i18n/navigation";
import { ORGANISATION_SORTS } from "@/lib/query-params";
import { organisationKinds } from "@/lib/vocab";
import type { Locale } from "@/lib/codio";

export const dynamic = "force-dynamic";

/** The same as JSON (a route handler, not a page: a plain link). */
const ORGANISATIONS_API = "/api/v1/organisations";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "organisations" });
  return { title: t("title"), description: t("intro") };
}

/** /{locale}/organisations — every organisation with a public entry; a name search and an order (plain GET form). */
export default async function OrganisationsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("organisations");
  const search = await getTranslations("search");
  const lang = (await getLocale()) as Locale;
  const { query } = pageQuery(ORGANISATION_QUERY, await searchParams);
  const sort = query.sort ?? "name";
  const list = listPublicOrganisations({ q: query.q, sort });
  return (
    <div className="organisations-page">
      <Heading1>{t("title")}</Heading1>
      <Paragraph lead>{t("intro")}</Paragraph>
      <ListSearchForm action={`/${locale}/organisations`} id="organisations" className="list-search" label={t("searchLabel")} q={query.q} hidden={{}} button={search("submit")}>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="organisations-sort">
            {t("sortLabel")}
          </label>
          <select id="organisations-sort" name="sort" className="utrecht-select utrecht-select--html-select" defaultValue={sort}>
            {ORGANISATION_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sort.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </ListSearchForm>
      <p role="status" className="organisations-page__count">
        {query.q ? t("countQuery", { count: list.length, q: query.q.slice(0, 100) }) : t("count", { count: list.length })}
      </p>
      {query.q && (
        <p>
          <Link href="/organisations">{t("showAll")}</Link>
        </p>
      )}
      {list.length > 0 && (
        <DataTable
          caption={t("caption")}
          rowHeader
          columns={[{ header: t("name") }, { header: t("kind") }, { header: t("sensors"), numeric: true }, { header: t("algorithms"), numeric: true }]}
          rows={list.map((o) => ({
            key: o.slug,
            cells: [
              <>
                <OrganisationLink organisation={o} />
                {o.isExample && <span className="badge badge--example">{t("example")}</span>}
              </>,
              organisationKinds.label(o.kind, lang),
              o.sensors,
              o.algorithms,
            ],
          }))}
        />
      )}
      <p>
        <a href={ORGANISATIONS_API} type="application/json">
          {t("api")}
        </a>
      </p>
    </div>
  );
}
