import { DataTable } from "@/components/DataTable";
import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Heading1, Heading2, Paragraph } from "@/components/ui";
import { requireOfficialPage } from "@/lib/auth/session";
import { awaitingReview, editableOrganisations, workspaceEntries, type WorkspaceEntry } from "@/db/workspace";
import { entryKinds, entryStatuses, memberRoles } from "@/lib/vocab";
import { officialById } from "@/db/officials";
import type { Locale } from "@/lib/codio";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ denied?: string; kind?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin" });
  return { title: t("title"), robots: { index: false } };
}

export default async function Dashboard({ params, searchParams }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const actor = await requireOfficialPage(`/${locale}/admin`);
  const { denied, kind } = await searchParams;
  const t = await getTranslations("admin");
  const format = await getFormatter();
  const me = officialById(actor.id)!;
  const orgs = editableOrganisations(actor);
  const kindFilter = kind === "sensor" || kind === "algorithm" ? kind : undefined;
  const list = workspaceEntries(actor, { kind: kindFilter });
  const review = awaitingReview(actor);
  const state = (e: WorkspaceEntry) =>
    e.draftState && e.status !== "draft" && e.status !== "in_review"
      ? `${entryStatuses.label(e.status, locale)} · ${t(e.draftState === "in_review" ? "entries.pendingReview" : "entries.pendingDraft")}`
      : entryStatuses.label(e.status, locale);
  return (
    <div>
      <Heading1>{t("title")}</Heading1>
      {denied && <p className="notice notice--danger">{t("denied")}</p>}
      {me.memberships.length > 0 ? (
        <p>
          {t("memberOf")}{" "}
          {me.memberships.map((m, i) => (
            <span key={m.organisationId}>
              {i > 0 && ", "}
              {m.organisationName} ({memberRoles.label(m.role, locale)})
            </span>
          ))}
        </p>
      ) : (
        <Paragraph>{t("noMemberships")}</Paragraph>
      )}
      {orgs.length > 0 && (
        <p className="button-row">
          <Link href="/admin/entries/new?kind=sensor" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
            {t("entries.newSensor")}
          </Link>{" "}
          <Link href="/admin/entries/new?kind=algorithm" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action">
            {t("entries.newAlgorithm")}
          </Link>{" "}
          <Link href="/admin/import" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action">
            {t("import.dashboardLink")}
          </Link>
        </p>
      )}
      {review.length > 0 && (
        <section aria-labelledby="review">
          <Heading2 id="review">{t("entries.awaitingReview", { count: review.length })}</Heading2>
          <ul>
            {review.map((e) => (
              <li key={e.publicId}>
                <Link href={`/admin/entries/${e.publicId}`}>{e.name}</Link>{" "}
                <span className="muted">
                  ({entryKinds.label(e.kind, locale)}, {e.organisation.name}, {e.draftUpdatedBy})
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {me.memberships.length > 0 && (
        <section aria-labelledby="entries">
          <Heading2 id="entries">{t("entries.title")}</Heading2>
          <p className="filter-links">
            <Link href="/admin" aria-current={!kindFilter ? "page" : undefined}>{t("entries.all")}</Link> ·{" "}
            <Link href="/admin?kind=sensor" aria-current={kindFilter === "sensor" ? "page" : undefined}>{t("entries.sensors")}</Link> ·{" "}
            <Link href="/admin?kind=algorithm" aria-current={kindFilter === "algorithm" ? "page" : undefined}>{t("entries.algorithms")}</Link>
          </p>
          {list.length === 0 ? (
            <Paragraph>{t("entries.empty")}</Paragraph>
          ) : (
            <DataTable
              caption={t("entries.title")}
              columns={[
                { header: t("entries.name") },
                { header: t("entries.kind") },
                { header: t("entries.organisation") },
                { header: t("entries.status") },
                { header: t("entries.updated") },
              ]}
              rows={list.map((e) => ({
                key: e.publicId,
                cells: [
                  <Link key="name" href={`/admin/entries/${e.publicId}`}>
                    {e.name}
                  </Link>,
                  entryKinds.label(e.kind, locale),
                  e.organisation.name,
                  state(e),
                  format.dateTime(e.updatedAt, { dateStyle: "medium", timeStyle: "short" }),
                ],
              }))}
            />
          )}
        </section>
      )}
    </div>
  );
}
