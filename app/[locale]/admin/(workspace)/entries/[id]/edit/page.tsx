import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Heading1, Paragraph } from "@/components/ui";
import { EntryForm } from "@/components/admin/EntryForm";
import { requireOfficialPage } from "@/lib/auth/session";
import { entryForOfficial } from "@/db/workspace";
import { orNotFound } from "@/lib/not-found";
import { formValuesOf } from "@/lib/schemas/form-content";
import { formErrorPaths } from "@/lib/schemas/form-data";
import { formRules } from "@/lib/schemas/rules";
import { linkableEntries } from "@/db/related";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ check?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "entryForm" });
  return { title: t("editTitle"), robots: { index: false } };
}

export default async function EditEntryPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireOfficialPage(`/${locale}/admin/entries/${id}/edit`);
  const entry = orNotFound(() => entryForOfficial(actor, id));
  if (!entry.may.edit) redirect(`/${locale}/admin/entries/${id}`);
  const t = await getTranslations("entryForm");
  const content = (entry.draft ?? entry.published ?? {}) as Record<string, unknown>;
  return (
    <div>
      <p className="muted">
        <Link href={`/admin/entries/${entry.publicId}`}>{entry.name}</Link>
      </p>
      <Heading1>{t("editTitle")}</Heading1>
      <Paragraph>{entry.published && !entry.draft ? t("editPublishedIntro") : t("editIntro")}</Paragraph>
      <EntryForm
        kind={entry.kind}
        publicId={entry.publicId}
        initial={formValuesOf(entry.kind, content)}
        baseVersion={entry.draftVersion}
        origin={entry.origin}
        initialErrors={(await searchParams).check && Object.keys(entry.completeness.problems).length ? formErrorPaths(content, entry.completeness.problems) : undefined}
        rules={formRules(entry.kind)}
        linkable={linkableEntries([entry.organisation.id], entry.publicId)}
      />
    </div>
  );
}
