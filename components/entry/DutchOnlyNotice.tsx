import { getTranslations } from "next-intl/server";
import { dutchOnly } from "@/lib/content-language";
import type { EntryKind } from "@/lib/vocab";

/**
 * On a page not in Dutch: says that the entry's texts are in Dutch only (the officials wrote none in English),
 * or that parts of them are. The Dutch texts themselves carry `lang="nl"` (lib/content-language.ts).
 */
export async function DutchOnlyNotice({ kind, data, locale }: { kind: EntryKind; data: object; locale: string }) {
  const which = dutchOnly(kind, data, locale);
  if (!which) return null;
  const t = await getTranslations("entry");
  return <p className="notice notice--language">{which === "all" ? t("dutchOnly") : t("dutchOnlyPartly")}</p>;
}
