import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Heading1, Paragraph } from "@/components/ui";
import { OrganisationMapLoader } from "@/components/map/OrganisationMapLoader";
import { requireOfficialPage } from "@/lib/auth/session";
import { StatusFilterLinks, statusFilter } from "@/components/admin/StatusFilterLinks";
import { REPORT_FILTERS, REPORT_PAGE_SIZE, reportsInbox, type ReportFilter } from "@/db/sensor-reports";
import type { Locale } from "@/lib/codio";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ status?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.reports" });
  return { title: t("title"), robots: { index: false } };
}

const EXCERPT = 300;

/**
 * Citizens' reports of sensors not in the register, sent to the official's own organisations (README,
 * "Questions and reports"): a small map with the listed reports, and the list, newest first, by status.
 */
export default async function ReportsPage({ params, searchParams }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const actor = await requireOfficialPage(`/${locale}/admin/reports`);
  const filter = statusFilter<ReportFilter>((await searchParams).status, REPORT_FILTERS, "open");
  const t = await getTranslations("admin.reports");
  const tq = await getTranslations("admin.questions");
  const format = await getFormatter();
  const { rows, counts } = reportsInbox(actor, filter);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const coordinates = (r: { lat: number; lon: number }) =>
    t("coordinates", { lat: format.number(r.lat, { maximumFractionDigits: 5 }), lon: format.number(r.lon, { maximumFractionDigits: 5 }) });
  const organisations = new Set(rows.map((r) => r.organisationId)).size > 1;
  return (
    <div>
      <Heading1>{t("title")}</Heading1>
      <Paragraph>{t("intro")}</Paragraph>
      <StatusFilterLinks label={tq("filter")} path="/admin/reports" filters={REPORT_FILTERS} current={filter} text={(f) => t(`filters.${f}`, { count: counts[f] })} />
      {rows.length === 0 ? (
        <Paragraph>{t("empty")}</Paragraph>
      ) : (
        <>
          <div className="organisation-page__map">
            <OrganisationMapLoader
              label={t("mapLabel")}
              marks={rows.map((r) => ({ publicId: `report-${r.id}`, name: t("reportTitle", { date: date(r.createdAt) }), type: "other", shape: "Point", ended: false, lat: r.lat, lon: r.lon }))}
            />
          </div>
          <ul className="say-list">
            {rows.map((r) => (
              <li key={r.id} className="say-item">
                <p className="say-item__meta">
                  <span className="badge">{t(`status.${r.status}`)}</span> {t("reported", { date: date(r.createdAt) })} · {r.place ?? coordinates(r)}
                  {organisations ? ` · ${r.organisationName}` : ""}
                </p>
                <p className="say__text">{r.description.length > EXCERPT ? `${r.description.slice(0, EXCERPT)}…` : r.description}</p>
                <p>
                  <Link href={`/admin/reports/${r.id}`}>
                    {t("view")}
                    <span className="visually-hidden"> {t("viewNamed", { date: date(r.createdAt) })}</span>
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      {rows.length === REPORT_PAGE_SIZE && <Paragraph className="muted">{tq("more", { count: REPORT_PAGE_SIZE })}</Paragraph>}
    </div>
  );
}
