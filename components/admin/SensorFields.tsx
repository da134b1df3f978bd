"use client";
/**
 * The sensor-specific fields of the entry form (the values panel and buttons are shared, see EntryForm). Every
 * control is named by its path in the form's values (lib/schemas/form-data.ts).
 */
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/codio";
import { dataProcessing, legalGrounds, sensorMobility, sensorTypes, themes } from "@/lib/vocab";
import { CheckboxGroup, RadioGroup, SelectField, TextArea, TextField } from "@/components/form/fields";
import { Switchable } from "@/components/form/progressive";
import { bind, type FormValues, type SetValue } from "./form-state";
import { LocationEditor } from "./LocationEditor";

const options = (v: { terms: readonly { slug: string; name: { nl: string; en: string } }[] }, locale: Locale) =>
  v.terms.map((t) => ({ value: t.slug, label: t.name[locale] }));

export function SensorFields({ values, set }: { values: FormValues; set: SetValue }) {
  const f = useTranslations("fields.sensor");
  const h = useTranslations("sensorForm");
  const yesNo = useTranslations("fields");
  const locale = useLocale() as Locale;
  const b = (path: string) => bind(values, set, path);
  return (
    <>
      <section aria-labelledby="s-basics" className="form-section">
        <h2 id="s-basics" className="utrecht-heading-2">{h("basics")}</h2>
        <TextField {...b("name")} label={f("name")} hint={h("nameHint")} required maxLength={120} />
        <SelectField {...b("type")} label={f("type")} required empty={h("choose")} options={options(sensorTypes, locale)} />
        <CheckboxGroup
          name="themes"
          label={f("themes")}
          hint={h("themesHint")}
          required
          columns
          options={options(themes, locale)}
          value={(values.themes as string[]) ?? []}
          onChange={(v) => set("themes", v)}
        />
        <TextField {...b("ownerReference")} label={f("ownerReference")} maxLength={100} />
        <TextField {...b("operator")} label={f("operator")} hint={h("operatorHint")} maxLength={200} />
      </section>

      <section aria-labelledby="s-why" className="form-section">
        <h2 id="s-why" className="utrecht-heading-2">{h("why")}</h2>
        <TextArea {...b("measures")} label={f("measures")} hint={h("measuresHint")} required maxLength={2000} />
        <TextArea {...b("purpose")} label={f("purpose")} hint={h("purposeHint")} required maxLength={2000} />
        <TextArea {...b("collectiveInterest")} label={f("collectiveInterest")} hint={h("collectiveInterestHint")} required maxLength={2000} />
      </section>

      <section aria-labelledby="s-where" className="form-section">
        <h2 id="s-where" className="utrecht-heading-2">{h("where")}</h2>
        <LocationEditor values={values} set={set} />
        <TextField {...b("locationDescription")} label={f("locationDescription")} hint={h("locationDescriptionHint")} maxLength={500} />
        <RadioGroup name="mobility" label={f("mobility")} required options={options(sensorMobility, locale)} value={String(values.mobility ?? "")} onChange={(v) => set("mobility", v)} />
      </section>

      <section aria-labelledby="s-data" className="form-section">
        <h2 id="s-data" className="utrecht-heading-2">{h("data")}</h2>
        <RadioGroup
          name="personalData"
          label={f("personalData")}
          hint={h("personalDataHint")}
          required
          options={[
            { value: "yes", label: yesNo("yes") },
            { value: "no", label: yesNo("no") },
          ]}
          value={String(values.personalData ?? "")}
          onChange={(v) => set("personalData", v)}
        />
        {/* Only about personal data: hidden once "no" is chosen (still sent, so nothing typed is lost). */}
        <Switchable on={values.personalData !== "no"} disabled={false}>
          <SelectField {...b("legalGround")} label={f("legalGround")} empty={h("choose")} options={options(legalGrounds, locale)} />
          <TextField {...b("privacyStatementUrl")} type="url" label={f("privacyStatementUrl")} hint={h("urlHint")} />
          <SelectField {...b("processing")} label={f("processing")} empty={h("choose")} options={options(dataProcessing, locale)} />
          <TextField {...b("retention")} label={f("retention")} hint={h("retentionHint")} maxLength={300} />
          <TextArea {...b("dataAccess")} label={f("dataAccess")} rows={2} maxLength={500} />
        </Switchable>
        <TextField {...b("openDataUrl")} type="url" label={f("openDataUrl")} hint={h("urlHint")} />
      </section>

      <section aria-labelledby="s-period" className="form-section">
        <h2 id="s-period" className="utrecht-heading-2">{h("period")}</h2>
        <div className="field-row">
          <TextField {...b("activeFrom")} type="date" label={f("activeFrom")} required />
          <TextField {...b("activeUntil")} type="date" label={f("activeUntil")} />
        </div>
        <TextField {...b("contactEmail")} type="email" label={f("contactEmail")} hint={h("contactHint")} />
        <TextField {...b("contactUrl")} type="url" label={f("contactUrl")} hint={h("urlHint")} />
      </section>
    </>
  );
}
