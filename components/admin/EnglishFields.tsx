"use client";
/**
 * The English texts of an entry (`en.name`, `en.purpose`, …; lib/content-language.ts): optional, one per
 * field a reader meets first, shown on the English pages instead of the Dutch text. Shared by both kinds.
 */
import { useTranslations } from "next-intl";
import { TRANSLATABLE } from "@/lib/content-language";
import type { EntryKind } from "@/lib/vocab";
import { TextArea, TextField } from "@/components/form/fields";
import { bind, type FormValues, type SetValue } from "./form-state";

export function EnglishFields({ kind, values, set }: { kind: EntryKind; values: FormValues; set: SetValue }) {
  const t = useTranslations("entryForm");
  return (
    <section aria-labelledby="f-english" className="form-section">
      <h2 id="f-english" className="utrecht-heading-2">
        {t("english")}
      </h2>
      <p className="muted">{t("englishHint")}</p>
      {Object.entries(TRANSLATABLE[kind] as Record<string, number>).map(([field, maxLength]) => {
        const props = { ...bind(values, set, `en.${field}`), label: t(`englishLabel.${field}`), maxLength };
        return field === "name" ? <TextField key={field} {...props} /> : <TextArea key={field} {...props} rows={3} />;
      })}
    </section>
  );
}
