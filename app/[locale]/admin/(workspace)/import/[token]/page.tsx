import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Heading1, Heading2, Paragraph } from "@/components/ui";
import { DataTable } from "@/components/DataTable";
import { Pagination } from "@/components/entry/Pagination";
import { ImportProgress } from "@/components/admin/import/ImportProgress";
import { StartForm } from "@/components/admin/import/ImportForms";
import { importLabels } from "@/components/admin/import/labels";
import { requireOfficialPage } from "@/lib/auth/session";
import { orNotFound } from "@/lib/not-found";
import { importJobForOfficial, wasSubmitted } from "@/db/import-jobs";
import type { Problem } from "@/lib/formats/algoritmeregister-1.0";

export const dynamic = "force-dynamic";

/** Results per page: a file of 10,000 records stays a light page. */
const PAGE_SIZE = 100;

type Props = {
  params: Promise<{ locale: string; token: string }>;
  searchParams: Promise<{ page?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.import" });
  return { title: t("title"), robots: { index: false } };
}

/** A record's name as far as a page can show it (an overlong one is rejected, and named by its start). */
const shortName = (name: string) => (name.length > 200 ? `${name.slice(0, 200)}…` : name);

function ProblemList({ items, whole, none }: { items: Problem[]; whole: string; none: string }) {
  if (!items.length) return <span className="muted">{none}</span>;
  return (
    <ul className="import-results__list">
      {items.map((p, i) => (
        <li key={i}>
          {p.field ? <code>{p.field}</code> : whole}: {p.message}
        </li>
      ))}
    </ul>
  );
}

export default async function ImportJobPage({ params, searchParams }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const path = `/${locale}/admin/import/${encodeURIComponent(token)}`;
  const actor = await requireOfficialPage(path);
  const job = orNotFound(() => importJobForOfficial(actor, token));
  const t = await getTranslations("admin.import");
  const tAll = await getTranslations();
  const format = await getFormatter();
  const label = await importLabels();

  const running = job.status === "queued" || job.status === "running";
  const dryRun = job.mode === "dry_run";
  const rawPage = (await searchParams).page;
  const pages = Math.max(1, Math.ceil(job.results.length / PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Number.parseInt(Array.isArray(rawPage) ? rawPage[0]! : (rawPage ?? "1"), 10) || 1));
  const shown = job.results.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const parts = (["draft", "updated", "unchanged", "rejected", "published", "submitted"] as const)
    .filter((k) => job.counts[k] > 0)
    .map((k) => t(`job.count.${k}`, { count: job.counts[k] }));

  return (
    <div>
      <p className="muted">
        <Link href="/admin">{tAll("admin.dashboard")}</Link> › <Link href="/admin/import">{t("nav")}</Link>
      </p>
      <Heading1>{t(dryRun ? "job.titleDryRun" : "job.titleImport", { file: job.fileName })}</Heading1>
      <dl className="definition-list">
        <div>
          <dt>{t("job.organisation")}</dt>
          <dd>{job.organisation.name}</dd>
        </div>
        <div>
          <dt>{t("job.kind")}</dt>
          <dd>{label.mode(job)}</dd>
        </div>
        <div>
          <dt>{t("job.started")}</dt>
          <dd>{t("startedBy", { date: format.dateTime(job.createdAt, { dateStyle: "medium", timeStyle: "short" }), name: job.userName })}</dd>
        </div>
        <div>
          <dt>{t("job.status")}</dt>
          <dd>{label.status(job)}</dd>
        </div>
      </dl>

      <ImportProgress status={job.status} processed={job.processed} total={job.total} />
      {running && (
        <p>
          <span className="muted">{t("job.refreshHint")}</span> <a href={path}>{t("job.refresh")}</a>
        </p>
      )}

      {job.status === "failed" && (
        <div className="notice notice--danger">
          <p>
            {job.error === "interrupted"
              ? t("job.interrupted")
              : job.error && t.has(`errors.${job.error}`)
                ? t(`errors.${job.error}`)
                : t("job.failed")}
          </p>
          {job.results.length > 0 && <p>{t("job.partial")}</p>}
          {job.next === "restart" ? <StartForm token={job.token} restart /> : <p>{t("job.reupload")}</p>}
        </div>
      )}

      {!running && job.results.length > 0 && (
        <section aria-labelledby="import-results" className="import-section">
          <Heading2 id="import-results">{t(dryRun ? "job.resultsDryRun" : "job.results")}</Heading2>
          {job.status === "done" && <p className={dryRun ? "notice" : "notice notice--success"}>{t(dryRun ? "job.dryRunNote" : "job.importNote")}</p>}
          <p>{t("job.summary", { total: job.results.length, parts: parts.join(", ") })}</p>
          <Paragraph className="muted">{t("job.resultsHint")}</Paragraph>
          <DataTable
            caption={t(dryRun ? "job.resultsDryRun" : "job.results")}
            className="import-results"
            columns={[
              { header: t("job.columns.index"), numeric: true },
              { header: t("job.columns.name") },
              { header: t("job.columns.result") },
              { header: t("job.columns.entry") },
              { header: t("job.columns.problems") },
              { header: t("job.columns.notes") },
            ]}
            rows={shown.map((r) => ({
              key: r.index,
              cells: [
                format.number(r.index + 1),
                r.name ? (
                  <span key="name" className="import-results__name">
                    {shortName(r.name)}
                  </span>
                ) : (
                  <span className="muted">{t("job.noName")}</span>
                ),
                label.record(r, wasSubmitted(job, r)),
                r.id ? (
                  <Link key="entry" href={`/admin/entries/${r.id}`}>
                    {r.id}
                  </Link>
                ) : (
                  <span className="muted">{t("job.none")}</span>
                ),
                <ProblemList key="problems" items={r.problems} whole={t("job.wholeRecord")} none={t("job.none")} />,
                <ProblemList key="notes" items={r.warnings} whole={t("job.wholeRecord")} none={t("job.none")} />,
              ],
            }))}
          />
          <Pagination page={page} pageSize={PAGE_SIZE} total={job.results.length} basePath={path} query={{}} />
        </section>
      )}

      {job.status === "done" && dryRun && (
        <section aria-labelledby="import-next" className="import-section">
          <Heading2 id="import-next">{t("job.nextTitle")}</Heading2>
          {job.next === "import" ? (
            <>
              <Paragraph>{t("job.nextIntro")}</Paragraph>
              <StartForm token={job.token} restart={false} />
            </>
          ) : (
            <Paragraph>{t("job.notAvailable")}</Paragraph>
          )}
        </section>
      )}
    </div>
  );
}
