import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Heading1, Heading2 } from "@/components/ui";
import { requireOfficialPage } from "@/lib/auth/session";
import { entryForOfficial } from "@/db/workspace";
import { orNotFound } from "@/lib/not-found";
import { contentRows, diffRows } from "@/lib/content-rows";
import { ChangeTable } from "@/components/entry/ChangeTable";
import { WorkflowPanel } from "@/components/admin/WorkflowPanel";
import { MissingList } from "@/components/admin/MissingList";
import { entryKinds, entryStatuses } from "@/lib/vocab";
import { entryPath } from "@/lib/urls";
import type { Locale } from "@/lib/codio";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.entry" });
  return { title: t("title"), robots: { index: false } };
}

export default async function EntryAdminPage({ params, searchParams }: Props) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const actor = await requireOfficialPage(`/${locale}/admin/entries/${id}`);
  const entry = orNotFound(() => entryForOfficial(actor, id));
  const { done } = await searchParams;
  const t = await getTranslations("admin.entry");
  const tAll = await getTranslations();
  const format = await getFormatter();
  const tr = (key: string, values?: Record<string, string | number>) => tAll(key as never, values as never);
  const changeLabels = {
    field: tAll("changes.field"),
    before: tAll("changes.before"),
    after: tAll("changes.after"),
    none: tAll("changes.none"),
    empty: tAll("changes.empty"),
  };
  const flashKeys = ["created", "saved", "submitted", "published", "rejected", "archived", "discarded"];
  return (
    <div>
      <p className="muted">
        <Link href="/admin">{tAll("admin.dashboard")}</Link> › {entryKinds.label(entry.kind, locale)} <code>{entry.publicId}</code>
      </p>
      <Heading1>{entry.name}</Heading1>
      {done && flashKeys.includes(done) && (
        <p role="status" className="notice notice--success">
          {t(`done.${done}` as never)}
        </p>
      )}
      <dl className="definition-list">
        <div>
          <dt>{t("organisation")}</dt>
          <dd>{entry.organisation.name}</dd>
        </div>
        <div>
          <dt>{t("publicStatus")}</dt>
          <dd>
            {entryStatuses.label(entry.status, locale)}
            {entry.revision > 0 && (
              <>
                {" "}
                ({t("revision", { revision: entry.revision })}){" "}
                <Link href={entryPath(entry.kind, entry.publicId)}>{t("publicPage")}</Link> ·{" "}
                <Link href={`${entryPath(entry.kind, entry.publicId)}/history`}>{t("history")}</Link>
              </>
            )}
          </dd>
        </div>
        {entry.draftState && (
          <div>
            <dt>{t("draft")}</dt>
            <dd>
              {t(entry.draftState === "in_review" ? "draftInReview" : "draftOpen", {
                by: entry.draftUpdatedBy ?? "",
                at: entry.draftUpdatedAt ? format.dateTime(entry.draftUpdatedAt, { dateStyle: "medium", timeStyle: "short" }) : "",
              })}
            </dd>
          </div>
        )}
      </dl>
      {entry.may.edit && (
        <p>
          <Link
            href={`/admin/entries/${entry.publicId}/edit`}
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
          >
            {entry.draft ? t("editDraft") : t("edit")}
          </Link>
        </p>
      )}
      {entry.status !== "archived" && (
        <MissingList
          kind={entry.kind}
          publicId={entry.publicId}
          completeness={entry.completeness}
          content={(entry.draft ?? entry.published ?? {}) as Record<string, unknown>}
          canEdit={entry.may.edit}
        />
      )}
      <Heading2>{t("workflow")}</Heading2>
      <WorkflowPanel
        publicId={entry.publicId}
        draftVersion={entry.draftVersion}
        revision={entry.revision}
        may={entry.may}
        fourEyesBlocked={entry.fourEyesBlocked}
        selfApprovalAllowed={entry.organisation.allowSelfApproval}
      />
      {entry.draft && (
        <section aria-labelledby="pending">
          <Heading2 id="pending">{entry.published ? t("pendingChanges") : t("content")}</Heading2>
          <ChangeTable
            caption={entry.published ? t("pendingCaption") : t("contentCaption")}
            labels={changeLabels}
            changes={diffRows(
              entry.published ? contentRows(entry.kind, entry.published, tr, locale) : [],
              contentRows(entry.kind, entry.draft, tr, locale),
            )}
          />
        </section>
      )}
    </div>
  );
}
