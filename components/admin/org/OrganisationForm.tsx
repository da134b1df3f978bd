"use client";
/**
 * Create or edit an organisation: every field of the one organisation schema. What the admin typed lives
 * in React state, so it stays when the server refuses it; each error is shown next to its field and in the
 * summary above the form.
 */
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { saveOrganisationAction } from "@/app/[locale]/admin/(workspace)/organisations/actions";
import type { Locale } from "@/lib/codio";
import { organisationKinds, outsideOwnerKinds } from "@/lib/vocab";
import { FieldErrorsProvider } from "@/components/form/FieldErrors";
import { FormMessage } from "@/components/form/FormMessage";
import { useFormAction } from "@/components/form/useFormAction";
import { CheckboxField, SelectField, TextArea, TextField } from "@/components/form/fields";

export interface OrganisationFormValues {
  name: string;
  slug: string;
  kind: string;
  tooiId: string;
  contactEmail: string;
  website: string;
  objectionUrl: string;
  objectionAddress: string;
  allowSelfApproval: boolean;
  /** Slug of the moderating public body (companies and institutions). */
  moderator: string;
}

export const emptyOrganisation: OrganisationFormValues = {
  name: "",
  slug: "",
  kind: "municipality",
  tooiId: "",
  contactEmail: "",
  website: "",
  objectionUrl: "",
  objectionAddress: "",
  allowSelfApproval: false,
  moderator: "",
};

export function OrganisationForm({
  id,
  initial,
  moderators,
}: {
  id?: number;
  initial: OrganisationFormValues;
  /** Public bodies that may moderate a company or institution. */
  moderators: { slug: string; name: string }[];
}) {
  const t = useTranslations("admin.organisations");
  const tForm = useTranslations("form");
  const locale = useLocale() as Locale;
  const { state, dispatch, onSubmit, pending } = useFormAction(saveOrganisationAction);
  const [v, setV] = useState(initial);
  const set =
    <K extends keyof OrganisationFormValues>(key: K) =>
    (value: OrganisationFormValues[K]) =>
      setV((prev) => ({ ...prev, [key]: value }));
  const fieldLabel = (path: string) => (t.has(`fields.${path}` as never) ? t(`fields.${path}` as never) : undefined);

  return (
    <FieldErrorsProvider errors={state.fieldErrors}>
      <form action={dispatch} onSubmit={onSubmit} noValidate className="stack admin-form">
        <FormMessage state={state} fieldLabel={fieldLabel} />
        {id !== undefined && <input type="hidden" name="id" value={id} />}
        <TextField name="name" label={t("fields.name")} hint={t("fields.nameHint")} required value={v.name} onChange={set("name")} maxLength={200} />
        <TextField
          name="slug"
          label={t("fields.slug")}
          hint={t("fields.slugHint")}
          required
          value={v.slug}
          onChange={set("slug")}
          maxLength={80}
          autoComplete="off"
        />
        <SelectField
          name="kind"
          label={t("fields.kind")}
          required
          options={organisationKinds.terms.map((k) => ({ value: k.slug, label: k.name[locale] }))}
          value={v.kind}
          onChange={set("kind")}
        />
        <SelectField
          name="moderator"
          label={t("fields.moderator")}
          hint={t("fields.moderatorHint")}
          required={outsideOwnerKinds.includes(v.kind)}
          empty={t("fields.moderatorNone")}
          options={moderators.filter((m) => m.slug !== v.slug).map((m) => ({ value: m.slug, label: m.name }))}
          value={v.moderator}
          onChange={set("moderator")}
        />
        <TextField name="tooiId" type="url" label={t("fields.tooiId")} hint={t("fields.tooiIdHint")} value={v.tooiId} onChange={set("tooiId")} />
        <TextField
          name="contactEmail"
          type="email"
          label={t("fields.contactEmail")}
          hint={t("fields.contactEmailHint")}
          required
          value={v.contactEmail}
          onChange={set("contactEmail")}
          autoComplete="off"
        />
        <TextField name="website" type="url" label={t("fields.website")} value={v.website} onChange={set("website")} />

        <fieldset className="form-section admin-form__section">
          <legend className="utrecht-heading-3">{t("fields.objectionSection")}</legend>
          <p className="muted">{t("fields.objectionIntro")}</p>
          <TextField name="objectionUrl" type="url" label={t("fields.objectionUrl")} value={v.objectionUrl} onChange={set("objectionUrl")} />
          <TextArea
            name="objectionAddress"
            label={t("fields.objectionAddress")}
            hint={t("fields.objectionAddressHint")}
            rows={3}
            maxLength={300}
            value={v.objectionAddress}
            onChange={set("objectionAddress")}
          />
        </fieldset>

        <fieldset className="form-section admin-form__section">
          <legend className="utrecht-heading-3">{t("fields.fourEyesSection")}</legend>
          <p>{t("fields.fourEyesIntro")}</p>
          <CheckboxField
            name="allowSelfApproval"
            label={t("fields.allowSelfApproval")}
            hint={t("fields.allowSelfApprovalHint")}
            checked={v.allowSelfApproval}
            onChange={set("allowSelfApproval")}
          />
        </fieldset>

        <div className="button-row">
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={pending} aria-disabled={pending}>
            {pending ? tForm("saving") : id === undefined ? t("create") : t("save")}
          </button>
        </div>
      </form>
    </FieldErrorsProvider>
  );
}
