import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Heading1, Heading2, Paragraph } from "@/components/ui";
import { DataTable } from "@/components/DataTable";
import { UploadForm } from "@/components/admin/import/ImportForms";
import { requireOfficialPage } from "@/lib/auth/session";
import { editableOrganisations } from "@/db/workspace";
import { MAX_UPLOAD_BYTES, recentImportJobs } from "@/db/import-jobs";
import { importLabels } from "@/components/admin/import/labels";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ tooLarge?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.import" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ImportPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireOfficialPage(`/${locale}/admin/import`);
  const t = await getTranslations("admin.import");
  const tAll = await getTranslations();
  const format = await getFormatter();
  const organisations = editableOrganisations(actor);
  const jobs = recentImportJobs(actor);
  // Set by the proxy when a post was larger than the server reads (an upload sent without JavaScript).
  const { tooLarge } = await searchParams;
  const label = await importLabels();
  return (
    <div>
      <p className="muted">
        <Link href="/admin">{tAll("admin.dashboard")}</Link> › {t("nav")}
      </p>
      <Heading1>{t("title")}</Heading1>
      {organisations.length === 0 ? (
        <Paragraph>{t("noOrganisation")}</Paragraph>
      ) : (
        <>
          <Paragraph>{t("intro")}</Paragraph>
          <Heading2>{t("formatTitle")}</Heading2>
          <ul>
            <li>{t("format1")}</li>
            <li>{t("format2")}</li>
            <li>{t("format3")}</li>
          </ul>
          <Heading2>{t("howTitle")}</Heading2>
          <ol>
            <li>{t("how1")}</li>
            <li>{t("how2")}</li>
            <li>{t("how3")}</li>
          </ol>
          {tooLarge && (
            <p role="alert" className="notice notice--danger">
              {t("errors.importTooLarge")}
            </p>
          )}
          <UploadForm organisations={organisations} maxBytes={MAX_UPLOAD_BYTES} />
        </>
      )}
      {organisations.length > 0 && (
        <section aria-labelledby="recent-imports">
          <Heading2 id="recent-imports">{t("recent")}</Heading2>
          {jobs.length === 0 ? (
            <Paragraph>{t("recentEmpty")}</Paragraph>
          ) : (
            <DataTable
              caption={t("recent")}
              columns={[
                { header: t("columns.file") },
                { header: t("columns.organisation") },
                { header: t("columns.kind") },
                { header: t("columns.status") },
                { header: t("columns.records"), numeric: true },
                { header: t("columns.started") },
              ]}
              rows={jobs.map((job) => ({
                key: job.token,
                cells: [
                  <Link key="file" href={`/admin/import/${job.token}`}>
                    {job.fileName}
                  </Link>,
                  job.organisation.name,
                  label.mode(job),
                  label.status(job),
                  format.number(job.total),
                  t("startedBy", { date: format.dateTime(job.createdAt, { dateStyle: "medium", timeStyle: "short" }), name: job.userName }),
                ],
              }))}
            />
          )}
        </section>
      )}
    </div>
  );
}
