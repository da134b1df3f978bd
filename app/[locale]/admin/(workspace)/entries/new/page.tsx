import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading1, Paragraph } from "@/components/ui";
import { EntryForm } from "@/components/admin/EntryForm";
import { requireOfficialPage } from "@/lib/auth/session";
import { editableOrganisations } from "@/db/workspace";
import { formValuesOf } from "@/lib/schemas/form-content";
import { formRules } from "@/lib/schemas/rules";
import { linkableEntries } from "@/db/related";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ kind?: string }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const { kind } = await searchParams;
  const t = await getTranslations({ locale, namespace: "entryForm" });
  return { title: kind === "algorithm" ? t("newAlgorithm") : t("newSensor"), robots: { index: false } };
}

export default async function NewEntryPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { kind: rawKind } = await searchParams;
  const kind = rawKind === "algorithm" ? "algorithm" : "sensor";
  const actor = await requireOfficialPage(`/${locale}/admin/entries/new?kind=${kind}`);
  const t = await getTranslations("entryForm");
  const organisations = editableOrganisations(actor);
  const initial = formValuesOf(kind, kind === "sensor" ? { mobility: "fixed" } : {});
  return (
    <div>
      <Heading1>{kind === "algorithm" ? t("newAlgorithm") : t("newSensor")}</Heading1>
      {organisations.length === 0 ? (
        <Paragraph>{t("noOrganisation")}</Paragraph>
      ) : (
        <>
          <Paragraph>{t("intro")}</Paragraph>
          <EntryForm
            kind={kind}
            organisations={organisations}
            initial={initial}
            baseVersion={0}
            rules={formRules(kind)}
            linkable={linkableEntries(organisations.map((o) => o.id))}
          />
        </>
      )}
    </div>
  );
}
