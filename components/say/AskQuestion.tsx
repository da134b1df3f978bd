/**
 * The "question or error?" page of a sensor or algorithm (`/{locale}/sensors/{id}/ask`,
 * `/{locale}/algorithms/{id}/ask`; README, "Questions and reports"). A Server Component with a plain HTML form
 * (no client code): it posts to a server action, which sends the citizen back to the entry's page ("sent") or
 * here with the errors and what was typed (lib/form-flash.ts), so it works the same without JavaScript.
 */
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Button, Heading1, Paragraph } from "@/components/ui";
import { fieldId } from "@/components/form/field-id";
import { cx } from "@/components/ui/cx";
import { askQuestionAction } from "@/app/[locale]/say/actions";
import { takeFlash } from "@/lib/form-flash";
import { HONEYPOT_FIELD, QUESTION_TOPICS, SAY_LIMITS } from "@/lib/schemas/say";
import { entryPath } from "@/lib/urls";
import type { EntryKind } from "@/lib/vocab";
import { SayErrorSummary, SayTextField, validationMessages } from "./fields";

export async function AskQuestion({
  entry,
  flash: token,
}: {
  entry: { publicId: string; kind: EntryKind; name: string; organisation: { name: string } };
  flash?: string | string[];
}) {
  const t = await getTranslations("say");
  const flash = takeFlash(Array.isArray(token) ? token[0] : token, `question:${entry.publicId}`);
  const values = flash && flash.status !== "sent" ? flash.values : {};
  const errors = flash?.status === "invalid" ? flash.errors : {};
  const messages = await validationMessages();
  const fields = { topic: t("question.topic"), body: t("question.body"), replyEmail: t("replyEmail") };
  const organisation = entry.organisation.name;
  const firstError = Object.keys(errors)[0];
  return (
    <div className="narrow say">
      <p>
        <Link href={entryPath(entry.kind, entry.publicId)}>{entry.name}</Link>
      </p>
      <Heading1 id="say-form-title">{t("question.pageTitle", { name: entry.name })}</Heading1>
      <Paragraph>{t("question.pageIntro", { organisation })}</Paragraph>
      <form action={askQuestionAction} className="stack say__form" aria-labelledby="say-form-title" noValidate>
        {flash?.status === "throttled" && (
          <p role="alert" className="notice notice--danger">
            {t("throttled", { minutes: flash.minutes })}
          </p>
        )}
        <SayErrorSummary errors={errors} labels={fields} messages={messages} title={t("invalid")} />
        <input type="hidden" name="kind" value={entry.kind} />
        <input type="hidden" name="entry" value={entry.publicId} />
        <div className={cx("utrecht-form-fieldset", errors.topic && "utrecht-form-fieldset--invalid")}>
          <fieldset className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset" id={fieldId("topic")}>
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{fields.topic}</legend>
            {QUESTION_TOPICS.map((topic) => (
              <div key={topic} className="utrecht-form-field utrecht-form-field--radio">
                <div className="utrecht-form-field__input">
                  <input
                    type="radio"
                    className="utrecht-radio-button utrecht-radio-button--html-input"
                    id={`say-topic-${topic}`}
                    name="topic"
                    value={topic}
                    defaultChecked={(values.topic || "question") === topic}
                  />
                </div>
                <div className="utrecht-form-field__label">
                  <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`say-topic-${topic}`}>
                    {t(`question.topics.${topic}`)}
                  </label>
                </div>
              </div>
            ))}
          </fieldset>
        </div>
        <SayTextField
          name="body"
          label={fields.body}
          hint={t("question.bodyHint", { min: SAY_LIMITS.bodyMin, max: SAY_LIMITS.body })}
          multiline
          required
          value={values.body}
          errors={errors.body}
          messages={messages}
          autoFocus={firstError === "body"}
        />
        <SayTextField
          name="replyEmail"
          type="email"
          label={fields.replyEmail}
          hint={t("replyEmailHint", { organisation })}
          value={values.replyEmail}
          errors={errors.replyEmail}
          messages={messages}
          autoComplete="email"
          optional={t("optional")}
          autoFocus={firstError === "replyEmail"}
        />
        <div className="say__trap">
          <label htmlFor={`say-${HONEYPOT_FIELD}`}>{t("trap")}</label>
          <input id={`say-${HONEYPOT_FIELD}`} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <Paragraph className="muted">{t("question.publicNote", { organisation })}</Paragraph>
        <p>
          <Button type="submit" appearance="primary-action-button">
            {t("question.send")}
          </Button>
        </p>
      </form>
    </div>
  );
}
