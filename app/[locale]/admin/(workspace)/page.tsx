import { DataTable } from "@/components/DataTable";
import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Heading1, Heading2, Paragraph } from "@/components/ui";
import { Pagination } from "@/components/entry/Pagination";
import { WorkspaceFilters } from "@/components/admin/WorkspaceFilters";
import { requireOfficialPage } from "@/lib/auth/session";
import {
  awaitingReview,
  editableOrganisations,
  parseWorkspaceQuery,
  workspaceList,
  workspaceQueryParams,
  workspaceTodos,
  type WorkspaceRow,
} from "@/db/workspace";
import { TODO_FLAGS } from "@/lib/completeness";
import { entryKinds, entryStatuses, memberRoles } from "@/lib/vocab";
import { officialById } from "@/db/officials";
import type { Locale } from "@/lib/codio";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin" });
  return { title: t("title"), robots: { index: false } };
}

/** The officials' dashboard: what waits for their review, their organisations' to-do lists, and every entry, filtered and paged. */
export default async function Dashboard({ params, searchParams }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const actor = await requireOfficialPage(`/${locale}/admin`);
  const sp = await searchParams;
  const t = await getTranslations("admin");
  const format = await getFormatter();
  const me = officialById(actor.id)!;
  const editable = editableOrganisations(actor);
  const parsed = parseWorkspaceQuery(sp);
  const list = workspaceList(actor, parsed.query);
  const todos = workspaceTodos(actor);
  const review = awaitingReview(actor);
  const ignored = [...parsed.ignored, ...list.ignored];
  const query = list.organisation ? parsed.query : { ...parsed.query, organisation: undefined };
  const basePath = `/${locale}/admin`;
  const filtered = !!(query.kind || query.organisation || query.state || query.missing || query.q);

  const state = (e: WorkspaceRow) =>
    e.state === "pending_change"
      ? `${entryStatuses.label(e.status, locale)} · ${t(e.draftState === "in_review" ? "entries.pendingReview" : "entries.pendingDraft")}`
      : entryStatuses.label(e.status, locale);
  const todoHref = (organisation: string, missing: string) => `/admin?${new URLSearchParams({ organisation, missing })}`;
  // Links in lists are not prefetched: a page of 50 rows would otherwise ask the server for 50 entry pages.

  return (
    <div>
      <Heading1>{t("title")}</Heading1>
      {sp.denied !== undefined && <p className="notice notice--danger">{t("denied")}</p>}
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
      {editable.length > 0 && (
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

      {review.total > 0 && (
        <section aria-labelledby="review">
          <Heading2 id="review">{t("entries.awaitingReview", { count: review.total })}</Heading2>
          <ul>
            {review.items.map((e) => (
              <li key={e.publicId}>
                <Link href={`/admin/entries/${e.publicId}`} prefetch={false}>
                  {e.name}
                </Link>{" "}
                <span className="muted">
                  ({entryKinds.label(e.kind, locale)}, {e.organisation.name}, {e.draftUpdatedBy})
                </span>
              </li>
            ))}
          </ul>
          {review.total > review.items.length && (
            <p className="muted">{t("entries.reviewMore", { shown: review.items.length, total: review.total })}</p>
          )}
        </section>
      )}

      {todos.length > 0 && (
        <section aria-labelledby="todo">
          <Heading2 id="todo">{t("todo.title")}</Heading2>
          <ul className="workspace-todo">
            {todos.map(({ organisation, missing }) => {
              const items = TODO_FLAGS.filter((f) => missing[f] > 0);
              return (
                <li key={organisation.id}>
                  <strong>{organisation.name}</strong>:{" "}
                  {items.length === 0
                    ? t("todo.nothing")
                    : items.map((f, i) => (
                        <span key={f}>
                          {i > 0 && " · "}
                          <Link href={todoHref(organisation.slug, f)} prefetch={false}>{t(`todo.${f}`, { count: missing[f] })}</Link>
                        </span>
                      ))}
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {me.memberships.length > 0 && (
        <section aria-labelledby="entries">
          <Heading2 id="entries">{t("entries.title")}</Heading2>
          {ignored.length > 0 && (
            <p className="notice notice--warning" role="note">
              {t("entries.ignored", { list: ignored.map((p) => `${p.parameter}=${p.value}`).join(", ") })}
            </p>
          )}
          <WorkspaceFilters action={basePath} query={query} counts={list.counts} organisations={list.organisations} locale={locale} />
          <p role="status" className="workspace-count">
            {t("entries.count", { count: list.total })}
          </p>
          {list.rows.length === 0 ? (
            filtered ? (
              <div className="empty-state">
                <p>{t("entries.noMatch")}</p>
                <p>
                  <a href={basePath}>{t("entries.clear")}</a>
                </p>
              </div>
            ) : (
              <Paragraph>{t("entries.empty")}</Paragraph>
            )
          ) : (
            <>
              <DataTable
                caption={t("entries.caption", { page: list.page, pages: list.pages })}
                columns={[
                  { header: t("entries.name") },
                  { header: t("entries.kind") },
                  { header: t("entries.organisation") },
                  { header: t("entries.status") },
                  { header: t("entries.missing") },
                  { header: t("entries.updated") },
                ]}
                rows={list.rows.map((e) => ({
                  key: e.publicId,
                  cells: [
                    <Link key="name" href={`/admin/entries/${e.publicId}`} prefetch={false}>
                      {e.name}
                    </Link>,
                    entryKinds.label(e.kind, locale),
                    e.organisation.name,
                    state(e),
                    e.missing.length ? e.missing.map((f) => t(`entries.missingShort.${f}`)).join(", ") : <span className="muted">{t("entries.missingNone")}</span>,
                    format.dateTime(e.updatedAt, { dateStyle: "medium", timeStyle: "short" }),
                  ],
                }))}
              />
              <Pagination
                page={list.page}
                pageSize={list.pageSize}
                total={list.total}
                basePath={basePath}
                query={workspaceQueryParams({ ...query, page: undefined })}
              />
            </>
          )}
        </section>
      )}
    </div>
  );
}
