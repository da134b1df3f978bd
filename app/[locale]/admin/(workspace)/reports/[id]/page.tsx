import type { Metadata } from "next";
import { CloseOrSpamForm } from "@/components/admin/CloseOrSpamForm";
import { closeReportAction } from "@/app/[locale]/admin/(workspace)/reports/actions";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Heading1, Heading2, Paragraph } from "@/components/ui";
import { OrganisationMapLoader } from "@/components/map/OrganisationMapLoader";
import { ConvertReportForm } from "@/components/admin/reports/ReportForms";
import { requireOfficialPage } from "@/lib/auth/session";
import { reportForOfficial } from "@/db/sensor-reports";
import { orNotFound } from "@/lib/not-found";
import type { Locale } from "@/lib/codio";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.reports" });
  return { title: t("title"), robots: { index: false } };
}

/**
 * One report for an official of its organisation (anyone else: not found): the place on a small map, what the
 * citizen saw, the reply address (only here), and the forms to make a sensor draft of it or close it.
 */
export default async function ReportPage({ params, searchParams }: Props) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const actor = await requireOfficialPage(`/${locale}/admin/reports/${encodeURIComponent(id)}`);
  const r = orNotFound(() => reportForOfficial(actor, /^[1-9][0-9]{0,14}$/.test(id) ? Number(id) : NaN));
  const { done } = await searchParams;
  const t = await getTranslations("admin.reports");
  const tq = await getTranslations("admin.questions");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short" });
  const title = t("reportTitle", { date: date(r.createdAt) });
  const coordinates = t("coordinates", { lat: format.number(r.lat, { maximumFractionDigits: 6 }), lon: format.number(r.lon, { maximumFractionDigits: 6 }) });
  return (
    <div className="narrow-wide">
      <p>
        <Link href="/admin/reports">{t("back")}</Link>
      </p>
      <Heading1>{title}</Heading1>
      {done && ["closed", "spam"].includes(done) && (
        <p role="status" className="notice notice--success">
          {t(`done.${done}` as never)}
        </p>
      )}
      <p className="say-item__meta">
        <span className="badge">{t(`status.${r.status}`)}</span> {tq("language", { language: tq(`languages.${r.locale === "en" ? "en" : "nl"}`) })} · {r.organisationName}
      </p>
      <p className="say__text">{r.description}</p>
      <dl className="definition-list">
        <div>
          <dt>{t("where")}</dt>
          <dd>
            {r.place && <span className="say__text">{r.place} · </span>}
            {coordinates} · <a href={`/${locale}/map?lat=${r.lat.toFixed(5)}&lon=${r.lon.toFixed(5)}&zoom=18`}>{t("onMap")}</a>
          </dd>
        </div>
        <div>
          <dt>{tq("replyEmail")}</dt>
          <dd>{r.replyEmail ? <a href={`mailto:${r.replyEmail}`}>{r.replyEmail}</a> : <span className="muted">{tq("noReplyEmail")}</span>}</dd>
        </div>
      </dl>
      <div className="organisation-page__map">
        <OrganisationMapLoader label={t("mapLabel")} marks={[{ publicId: `report-${r.id}`, name: title, type: "other", shape: "Point", ended: false, lat: r.lat, lon: r.lon }]} />
      </div>
      {r.status === "open" ? (
        <>
          <section aria-labelledby="convert-title" className="admin-section">
            <Heading2 id="convert-title">{t("convertTitle")}</Heading2>
            <Paragraph>{t("convertIntro")}</Paragraph>
            <ConvertReportForm id={r.id} />
          </section>
          <section aria-labelledby="close-title" className="admin-section">
            <Heading2 id="close-title">{t("closeTitle")}</Heading2>
            <CloseOrSpamForm action={closeReportAction} id={r.id} namespace="admin.reports" />
          </section>
        </>
      ) : (
        <section aria-labelledby="handled-title" className="admin-section">
          <Heading2 id="handled-title">{t(`status.${r.status}`)}</Heading2>
          <Paragraph>{t("handled", { status: t(`status.${r.status}`), name: r.handledByName ?? "?", date: r.handledAt ? date(r.handledAt) : "" })}</Paragraph>
          {r.entryPublicId && (
            <p>
              <Link href={`/admin/entries/${r.entryPublicId}`}>{t("draft", { name: r.entryPublicId })}</Link>
            </p>
          )}
        </section>
      )}
    </div>
  );
}
