import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Heading1, Paragraph } from "@/components/ui";
import { requireOfficialPage } from "@/lib/auth/session";
import { entryForOfficial } from "@/db/workspace";
import { orNotFound } from "@/lib/not-found";
import { contentRows, diffRows } from "@/lib/content-rows";
import { ChangeTable } from "@/components/entry/ChangeTable";
import { DiscardDraftForm } from "@/components/admin/DiscardDraftForm";
import type { Locale } from "@/lib/codio";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ version?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.discard" });
  return { title: t("title"), robots: { index: false } };
}

/**
 * "Do you want to throw this draft away?" — its own page, so the confirmation works without JavaScript. It
 * shows what will be lost (the whole entry when it was never published, else the changes to the published
 * version), and its form posts the draft version shown here: when someone saves the draft meanwhile, the
 * confirmation is refused and nothing is thrown away.
 */
export default async function DiscardDraftPage({ params, searchParams }: Props) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const actor = await requireOfficialPage(`/${locale}/admin/entries/${encodeURIComponent(id)}/discard`);
  const entry = orNotFound(() => entryForOfficial(actor, id));
  const { version } = await searchParams;
  const t = await getTranslations("admin.discard");
  const tAll = await getTranslations();
  const format = await getFormatter();
  const tr = (key: string, values?: Record<string, string | number>) => tAll(key as never, values as never);
  const back = (
    <p>
      <Link href={`/admin/entries/${entry.publicId}`}>{t("cancel")}</Link>
    </p>
  );
  return (
    <div className="narrow-wide">
      <p className="muted">
        <Link href={`/admin/entries/${entry.publicId}`}>{entry.name}</Link>
      </p>
      <Heading1>{t("title")}</Heading1>
      {!entry.may.discard || !entry.draft ? (
        <>
          <Paragraph>{t("nothing")}</Paragraph>
          {back}
        </>
      ) : (
        <>
          {version !== undefined && version !== String(entry.draftVersion) && (
            <p className="notice notice--warning">{t("changedSince")}</p>
          )}
          <Paragraph>
            <strong>
              {t("question", {
                name: entry.name,
                by: entry.draftUpdatedBy ?? "?",
                at: entry.draftUpdatedAt ? format.dateTime(entry.draftUpdatedAt, { dateStyle: "medium", timeStyle: "short" }) : "",
              })}
            </strong>
          </Paragraph>
          <Paragraph>{entry.revision === 0 ? t("neverPublished") : t("keepsPublished", { revision: entry.revision })}</Paragraph>
          <ChangeTable
            caption={entry.revision === 0 ? t("lostEntryCaption") : t("lostChangesCaption")}
            labels={{
              field: tAll("changes.field"),
              before: t("published"),
              after: t("lost"),
              none: tAll("changes.none"),
              empty: tAll("changes.empty"),
            }}
            changes={diffRows(
              entry.published ? contentRows(entry.kind, entry.published, tr, locale) : [],
              contentRows(entry.kind, entry.draft, tr, locale),
            )}
          />
          <DiscardDraftForm publicId={entry.publicId} draftVersion={entry.draftVersion} />
          {back}
        </>
      )}
    </div>
  );
}
