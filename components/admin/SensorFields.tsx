"use client";
/** The sensor-specific fields of the entry form (the values panel and buttons are shared, see EntryForm). */
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/codio";
import { dataProcessing, legalGrounds, sensorMobility, sensorTypes, themes } from "@/lib/vocab";
import { CheckboxGroup, RadioGroup, SelectField, TextArea, TextField } from "@/components/form/fields";
import { bind, type Content } from "./content-state";
import { LocationEditor } from "./LocationEditor";

const options = (v: { terms: readonly { slug: string; name: { nl: string; en: string } }[] }, locale: Locale) =>
  v.terms.map((t) => ({ value: t.slug, label: t.name[locale] }));

export function SensorFields({ value, set }: { value: Content; set: (path: string, v: unknown) => void }) {
  const f = useTranslations("fields.sensor");
  const h = useTranslations("sensorForm");
  const yesNo = useTranslations("fields");
  const locale = useLocale() as Locale;
  const personal = value.personalData === true;
  return (
    <>
      <section aria-labelledby="s-basics" className="form-section">
        <h2 id="s-basics" className="utrecht-heading-2">{h("basics")}</h2>
        <TextField {...bind(value, set, "name")} label={f("name")} hint={h("nameHint")} required maxLength={120} />
        <SelectField {...bind(value, set, "type")} label={f("type")} required empty={h("choose")} options={options(sensorTypes, locale)} />
        <CheckboxGroup
          name="themes"
          label={f("themes")}
          hint={h("themesHint")}
          required
          columns
          options={options(themes, locale)}
          value={(value.themes as string[]) ?? []}
          onChange={(v) => set("themes", v)}
        />
        <TextField {...bind(value, set, "ownerReference")} label={f("ownerReference")} maxLength={100} />
        <TextField {...bind(value, set, "operator")} label={f("operator")} hint={h("operatorHint")} maxLength={200} />
      </section>

      <section aria-labelledby="s-why" className="form-section">
        <h2 id="s-why" className="utrecht-heading-2">{h("why")}</h2>
        <TextArea {...bind(value, set, "measures")} label={f("measures")} hint={h("measuresHint")} required maxLength={2000} />
        <TextArea {...bind(value, set, "purpose")} label={f("purpose")} hint={h("purposeHint")} required maxLength={2000} />
        <TextArea {...bind(value, set, "collectiveInterest")} label={f("collectiveInterest")} hint={h("collectiveInterestHint")} required maxLength={2000} />
      </section>

      <section aria-labelledby="s-where" className="form-section">
        <h2 id="s-where" className="utrecht-heading-2">{h("where")}</h2>
        <LocationEditor value={value.geometry as never} onChange={(g) => set("geometry", g)} />
        <TextField {...bind(value, set, "locationDescription")} label={f("locationDescription")} hint={h("locationDescriptionHint")} maxLength={500} />
        <RadioGroup name="mobility" label={f("mobility")} required options={options(sensorMobility, locale)} value={String(value.mobility ?? "")} onChange={(v) => set("mobility", v)} />
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
          value={value.personalData === true ? "yes" : value.personalData === false ? "no" : ""}
          onChange={(v) => set("personalData", v === "yes")}
        />
        {personal && (
          <>
            <SelectField {...bind(value, set, "legalGround")} label={f("legalGround")} required empty={h("choose")} options={options(legalGrounds, locale)} />
            <TextField {...bind(value, set, "privacyStatementUrl")} type="url" label={f("privacyStatementUrl")} hint={h("urlHint")} required />
            <SelectField {...bind(value, set, "processing")} label={f("processing")} required empty={h("choose")} options={options(dataProcessing, locale)} />
            <TextField {...bind(value, set, "retention")} label={f("retention")} hint={h("retentionHint")} required maxLength={300} />
            <TextArea {...bind(value, set, "dataAccess")} label={f("dataAccess")} rows={2} maxLength={500} />
          </>
        )}
        <TextField {...bind(value, set, "openDataUrl")} type="url" label={f("openDataUrl")} hint={h("urlHint")} />
      </section>

      <section aria-labelledby="s-period" className="form-section">
        <h2 id="s-period" className="utrecht-heading-2">{h("period")}</h2>
        <div className="field-row">
          <TextField {...bind(value, set, "activeFrom")} type="date" label={f("activeFrom")} required />
          <TextField {...bind(value, set, "activeUntil")} type="date" label={f("activeUntil")} />
        </div>
        <TextField {...bind(value, set, "contactEmail")} type="email" label={f("contactEmail")} hint={h("contactHint")} />
        <TextField {...bind(value, set, "contactUrl")} type="url" label={f("contactUrl")} hint={h("urlHint")} />
      </section>
    </>
  );
}
