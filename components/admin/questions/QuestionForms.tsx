"use client";
/**
 * Answering a citizen's question, or closing it without an answer (README, "Questions and reports"). Forms that
 * post to server actions, so they work the same without JavaScript; a refused answer comes back as typed.
 */
import { useTranslations } from "next-intl";
import { answerQuestionAction } from "@/app/[locale]/admin/(workspace)/questions/actions";
import { ActionForm } from "@/components/form/ActionForm";
import { TextArea } from "@/components/form/fields";
import { SAY_LIMITS } from "@/lib/schemas/say";

export function AnswerQuestionForm({ id }: { id: number }) {
  const t = useTranslations("admin.questions");
  return (
    <ActionForm action={answerQuestionAction} label={t("answerTitle")} hidden={{ id: String(id) }} errorsOnly>
      {(pending, state) => (
        <>
          <TextArea
            name="answer"
            label={t("answer")}
            hint={t("answerHint", { max: SAY_LIMITS.answer })}
            required
            rows={6}
            defaultValue={typeof state.result?.answer === "string" ? state.result.answer : ""}
          />
          <div className="utrecht-form-field utrecht-form-field--checkbox">
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="question-publish">
                <input
                  type="checkbox"
                  id="question-publish"
                  name="publish"
                  className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
                  defaultChecked={state.result?.publish !== false}
                  aria-describedby="question-publish-hint"
                />{" "}
                {t("publish")}
              </label>
            </div>
            <div className="utrecht-form-field-description" id="question-publish-hint">
              {t("publishHint")}
            </div>
          </div>
          <p>
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={pending} aria-disabled={pending}>
              {t("send")}
            </button>
          </p>
        </>
      )}
    </ActionForm>
  );
}
