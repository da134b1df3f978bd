import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Button, Heading1, Paragraph } from "@/components/ui";
import { ClientMessages } from "@/components/ClientMessages";
import { fieldId } from "@/components/form/field-id";
import { cx } from "@/components/ui/cx";
import { ReportPointPicker } from "@/components/say/ReportPointPicker";
import { SayErrorSummary, SayTextField, validationMessages } from "@/components/say/fields";
import { reportSensorAction } from "@/app/[locale]/say/actions";
import { reportOrganisations } from "@/db/sensor-reports";
import { FLASH_PARAM } from "@/lib/caching";
import { takeFlash } from "@/lib/form-flash";
import { HONEYPOT_FIELD, SAY_LIMITS } from "@/lib/schemas/say";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "say.report" });
  return { title: t("title") };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
/** A coordinate from the map's address (`?lat=…&lon=…`), to start from; anything else is ignored. */
const coordinate = (v: string | undefined) => (v && /^-?\d{1,3}(\.\d{1,8})?$/.test(v) ? v : "");

/**
 * "Report a sensor that is not in the register" (README, "Questions and reports"): a plain HTML form that posts
 * to a server action, so it works without JavaScript (coordinates and a description of the place); with
 * JavaScript a map places the point. Sent back with its errors and what was typed, or with thanks.
 */
export default async function ReportSensorPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations("say");
  const flash = takeFlash(first(query[FLASH_PARAM]), "report");
  const values = flash && flash.status !== "sent" ? flash.values : { lat: coordinate(first(query.lat)), lon: coordinate(first(query.lon)) };
  const errors = flash?.status === "invalid" ? flash.errors : {};
  const messages = await validationMessages();
  const organisations = reportOrganisations();
  const fields = {
    organisationId: t("report.organisation"),
    lat: t("report.lat"),
    lon: t("report.lon"),
    place: t("report.place"),
    description: t("report.description"),
    replyEmail: t("replyEmail"),
  };
  const firstError = Object.keys(errors)[0];
  const orgId = fieldId("organisationId");
  return (
    <div className="narrow-wide say">
      <p>
        <a href={`/${locale}/map`}>{t("report.back")}</a>
      </p>
      <Heading1 id="report-title">{t("report.title")}</Heading1>
      <Paragraph>{t("report.intro")}</Paragraph>
      {flash?.status === "sent" && (
        <p role="status" className="notice notice--success">
          {t("report.sent")}
        </p>
      )}
      <form action={reportSensorAction} className="stack say__form" aria-labelledby="report-title" noValidate>
        {flash?.status === "throttled" && (
          <p role="alert" className="notice notice--danger">
            {t("throttled", { minutes: flash.minutes })}
          </p>
        )}
        <SayErrorSummary errors={errors} labels={fields} messages={messages} title={t("invalid")} />
        <div className={cx("utrecht-form-field", errors.organisationId && "utrecht-form-field--invalid")}>
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor={orgId}>
              {fields.organisationId}
            </label>
          </div>
          <div className="utrecht-form-field-description" id={`${orgId}-hint`}>
            {t("report.organisationHint")}
          </div>
          {errors.organisationId && (
            <div className="utrecht-form-field-error-message" id={`${orgId}-error`}>
              {errors.organisationId.map(messages).join(" ")}
            </div>
          )}
          <div className="utrecht-form-field__input">
            <select
              id={orgId}
              name="organisationId"
              defaultValue={values.organisationId ?? ""}
              aria-required
              aria-invalid={errors.organisationId ? true : undefined}
              aria-describedby={cx(`${orgId}-hint`, errors.organisationId && `${orgId}-error`)}
              autoFocus={firstError === "organisationId" || undefined}
              className={cx("utrecht-select utrecht-select--html-select", errors.organisationId && "utrecht-select--invalid")}
            >
              <option value="">{t("report.chooseOrganisation")}</option>
              {organisations.map((o) => (
                <option key={o.id} value={String(o.id)}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <fieldset className="say__where">
          <legend>{t("report.where")}</legend>
          <p className="muted">{t("report.whereHint")}</p>
          <ClientMessages island="locationMap">
            <ReportPointPicker latId={fieldId("lat")} lonId={fieldId("lon")} label={t("report.mapLabel")} />
          </ClientMessages>
          <div className="say__coordinates">
            {(["lat", "lon"] as const).map((k) => (
              <SayTextField
                key={k}
                name={k}
                label={fields[k]}
                hint={t(`report.${k}Hint`)}
                inputMode="decimal"
                required
                value={values[k]}
                errors={errors[k]}
                messages={messages}
                autoFocus={firstError === k}
              />
            ))}
          </div>
          <SayTextField
            name="place"
            label={fields.place}
            hint={t("report.placeHint", { max: SAY_LIMITS.place })}
            value={values.place}
            errors={errors.place}
            messages={messages}
            optional={t("optional")}
            autoFocus={firstError === "place"}
          />
        </fieldset>
        <SayTextField
          name="description"
          label={fields.description}
          hint={t("report.descriptionHint", { min: SAY_LIMITS.bodyMin, max: SAY_LIMITS.description })}
          multiline
          required
          value={values.description}
          errors={errors.description}
          messages={messages}
          autoFocus={firstError === "description"}
        />
        <SayTextField
          name="replyEmail"
          type="email"
          label={fields.replyEmail}
          hint={t("report.replyEmailHint")}
          value={values.replyEmail}
          errors={errors.replyEmail}
          messages={messages}
          autoComplete="email"
          optional={t("optional")}
          autoFocus={firstError === "replyEmail"}
        />
        <div className="say__trap">
          <label htmlFor={`report-${HONEYPOT_FIELD}`}>{t("trap")}</label>
          <input id={`report-${HONEYPOT_FIELD}`} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <p>
          <Button type="submit" appearance="primary-action-button">
            {t("report.send")}
          </Button>
        </p>
      </form>
    </div>
  );
}
