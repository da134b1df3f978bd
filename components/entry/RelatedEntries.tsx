import { getTranslations } from "next-intl/server";
import { relatedEntries } from "@/db/related";
import { EntryList } from "@/components/EntryList";
import { Heading2, Paragraph } from "@/components/ui";

/**
 * "Related entries" on a sensor's or an algorithm's page: the published entries it names and those that
 * name it (a scan car sensor and the parking algorithm it feeds). Nothing when there are none.
 */
export async function RelatedEntries({ entry }: { entry: { publicId: string; data: object } }) {
  const related = relatedEntries({ publicId: entry.publicId, data: entry.data as Record<string, unknown> });
  if (!related.length) return null;
  const t = await getTranslations("related");
  return (
    <section aria-labelledby="related-entries" className="related-entries">
      <Heading2 id="related-entries">{t("title")}</Heading2>
      <Paragraph>{t("intro")}</Paragraph>
      <EntryList entries={related} />
    </section>
  );
}
