/**
 * The fields of the citizens' forms (components/say): plain HTML with the NL Design System's classes, each tying
 * its label, hint and error together (label/for, aria-describedby, aria-invalid), drawn on the server with the
 * errors and values the form was sent back with. No client code.
 */
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { fieldId } from "@/components/form/field-id";
import { cx } from "@/components/ui/cx";

/** Translates validation message keys such as "tooLong:2000" (messages `validation.*`). */
export async function validationMessages() {
  const t = await getTranslations("validation");
  return (raw: string) => {
    const [key, param] = raw.split(":");
    return t.has(key! as never) ? t(key! as never, { n: param ?? "" } as never) : t("invalid");
  };
}
export type Translate = Awaited<ReturnType<typeof validationMessages>>;

/** The summary above a form sent back with errors: each links to its field. */
export function SayErrorSummary({
  errors,
  labels,
  messages,
  title,
}: {
  errors: Record<string, string[]>;
  labels: Record<string, string>;
  messages: Translate;
  title: string;
}) {
  const paths = Object.keys(errors);
  if (!paths.length) return null;
  return (
    <div role="alert" className="notice notice--danger form-message">
      <p className="form-message__title">{title}</p>
      <ul>
        {paths.map((path) => (
          <li key={path}>
            <a href={`#${fieldId(path)}`}>
              {labels[path] ? `${labels[path]}: ` : ""}
              {errors[path]!.map(messages).join(" ")}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function SayTextField({
  name,
  label,
  hint,
  value,
  errors = [],
  messages,
  multiline,
  required,
  optional,
  type = "text",
  autoComplete,
  inputMode,
  autoFocus,
  rows = 5,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  value?: string;
  errors?: string[];
  messages: Translate;
  multiline?: boolean;
  required?: boolean;
  /** The "(optional)" word shown after the label of a field that is not required. */
  optional?: string;
  type?: "text" | "email";
  autoComplete?: string;
  inputMode?: "decimal" | "text";
  autoFocus?: boolean;
  rows?: number;
}) {
  const id = fieldId(name);
  const invalid = errors.length > 0;
  const describedBy = [hint ? `${id}-hint` : null, invalid ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name,
    "aria-invalid": invalid || undefined,
    "aria-describedby": describedBy,
    "aria-required": required || undefined,
    autoFocus: autoFocus || undefined,
    defaultValue: value ?? "",
  };
  return (
    <div className={cx("utrecht-form-field", invalid && "utrecht-form-field--invalid")}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
          {!required && optional && <span className="optional"> ({optional})</span>}
        </label>
      </div>
      {hint && (
        <div className="utrecht-form-field-description" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {invalid && (
        <div className="utrecht-form-field-error-message" id={`${id}-error`}>
          {errors.map(messages).join(" ")}
        </div>
      )}
      <div className="utrecht-form-field__input">
        {multiline ? (
          <textarea {...common} rows={rows} className={cx("utrecht-textarea utrecht-textarea--html-textarea", invalid && "utrecht-textarea--invalid")} dir="auto" />
        ) : (
          <input
            {...common}
            type={type}
            autoComplete={autoComplete}
            inputMode={inputMode}
            className={cx("utrecht-textbox utrecht-textbox--html-input", invalid && "utrecht-textbox--invalid")}
            dir="auto"
          />
        )}
      </div>
    </div>
  );
}
