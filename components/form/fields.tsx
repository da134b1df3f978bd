"use client";
/**
 * Form fields on NL Design System (Utrecht) styles. Each ties its label, hint and error together
 * (label/for, aria-describedby, aria-invalid) and shows the server's error for its dotted path.
 * Fields are controlled when `value` + `onChange` are given, else uncontrolled with `defaultValue`.
 */
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { fieldId, useFieldErrors, useFieldFocus, useFieldRule } from "./FieldErrors";

interface Common {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  /** The dotted path whose errors belong to this field (defaults to name). */
  errorPath?: string;
  className?: string;
}

function Optional() {
  const t = useTranslations("form");
  return <span className="optional"> ({t("optional")})</span>;
}

function describedBy(id: string, hint: unknown, errors: string[], rule?: string) {
  return [rule ? `${id}-rule` : null, hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/**
 * When a rule of the schema makes an optional field required in some combination, the field says so instead
 * of "(optional)": the rule is shown right under the label and read out with the field (aria-describedby).
 */
function RuleNote({ id, rule }: { id: string; rule?: string }) {
  return rule ? (
    <div className="utrecht-form-field-description field-rule" id={`${id}-rule`}>
      {rule}
    </div>
  ) : null;
}

function Shell({
  id,
  label,
  hint,
  errors,
  required,
  rule,
  children,
  className,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors: string[];
  required?: boolean;
  rule?: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={`utrecht-form-field ${errors.length ? "utrecht-form-field--invalid" : ""} ${className ?? ""}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
          {required || rule ? null : <Optional />}
        </label>
      </div>
      <RuleNote id={id} rule={required ? undefined : rule} />
      {hint && (
        <div className="utrecht-form-field-description" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {errors.length > 0 && (
        <div className="utrecht-form-field-error-message" id={`${id}-error`}>
          {errors.join(" ")}
        </div>
      )}
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

export function TextField(
  p: Common & {
    type?: "text" | "email" | "url" | "password" | "date" | "month" | "number" | "tel" | "search";
    value?: string;
    defaultValue?: string;
    onChange?: (v: string) => void;
    autoComplete?: string;
    inputMode?: "decimal" | "numeric" | "text" | "email" | "url";
    maxLength?: number;
    placeholder?: string;
    step?: string;
  },
) {
  const id = fieldId(p.name);
  const errors = useFieldErrors(p.errorPath ?? p.name);
  const rule = useFieldRule(p.name, p.required);
  const focus = useFieldFocus(p.name);
  return (
    <Shell id={id} label={p.label} hint={p.hint} errors={errors} required={p.required} rule={rule} className={p.className}>
      <input
        id={id}
        name={p.name}
        type={p.type ?? "text"}
        className={`utrecht-textbox utrecht-textbox--html-input ${errors.length ? "utrecht-textbox--invalid" : ""}`}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={describedBy(id, p.hint, errors, rule)}
        aria-required={p.required || undefined}
        autoFocus={focus || undefined}
        autoComplete={p.autoComplete}
        inputMode={p.inputMode}
        maxLength={p.maxLength}
        placeholder={p.placeholder}
        step={p.step}
        {...(p.onChange
          ? { value: p.value ?? "", onChange: (e) => p.onChange!(e.target.value) }
          : { defaultValue: p.defaultValue })}
      />
    </Shell>
  );
}

export function TextArea(
  p: Common & { value?: string; defaultValue?: string; onChange?: (v: string) => void; rows?: number; maxLength?: number },
) {
  const id = fieldId(p.name);
  const errors = useFieldErrors(p.errorPath ?? p.name);
  const rule = useFieldRule(p.name, p.required);
  const focus = useFieldFocus(p.name);
  return (
    <Shell id={id} label={p.label} hint={p.hint} errors={errors} required={p.required} rule={rule} className={p.className}>
      <textarea
        id={id}
        name={p.name}
        rows={p.rows ?? 4}
        maxLength={p.maxLength}
        className={`utrecht-textarea utrecht-textarea--html-textarea ${errors.length ? "utrecht-textarea--invalid" : ""}`}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={describedBy(id, p.hint, errors, rule)}
        aria-required={p.required || undefined}
        autoFocus={focus || undefined}
        {...(p.onChange
          ? { value: p.value ?? "", onChange: (e) => p.onChange!(e.target.value) }
          : { defaultValue: p.defaultValue })}
      />
    </Shell>
  );
}

/** A file input (always uncontrolled: browsers do not let a page set a file). */
export function FileField(p: Common & { accept?: string }) {
  const id = fieldId(p.name);
  const errors = useFieldErrors(p.errorPath ?? p.name);
  return (
    <Shell id={id} label={p.label} hint={p.hint} errors={errors} required={p.required} className={p.className}>
      <input
        id={id}
        name={p.name}
        type="file"
        accept={p.accept}
        className="file-input"
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={describedBy(id, p.hint, errors)}
        aria-required={p.required || undefined}
      />
    </Shell>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField(
  p: Common & { options: Option[]; value?: string; defaultValue?: string; onChange?: (v: string) => void; empty?: string },
) {
  const id = fieldId(p.name);
  const errors = useFieldErrors(p.errorPath ?? p.name);
  const rule = useFieldRule(p.name, p.required);
  const focus = useFieldFocus(p.name);
  return (
    <Shell id={id} label={p.label} hint={p.hint} errors={errors} required={p.required} rule={rule} className={p.className}>
      <select
        id={id}
        name={p.name}
        className={`utrecht-select utrecht-select--html-select ${errors.length ? "utrecht-select--invalid" : ""}`}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={describedBy(id, p.hint, errors, rule)}
        aria-required={p.required || undefined}
        autoFocus={focus || undefined}
        {...(p.onChange
          ? { value: p.value ?? "", onChange: (e) => p.onChange!(e.target.value) }
          : { defaultValue: p.defaultValue })}
      >
        {p.empty !== undefined && <option value="">{p.empty}</option>}
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Shell>
  );
}

/** A group of radio buttons or checkboxes in a fieldset with a legend. */
function ChoiceGroup(
  p: Common & {
    multiple: boolean;
    options: Option[];
    selected: string[];
    onChange: (selected: string[]) => void;
    columns?: boolean;
  },
) {
  const id = fieldId(p.name);
  const errors = useFieldErrors(p.errorPath ?? p.name, true);
  const rule = useFieldRule(p.name, p.required);
  return (
    <fieldset
      id={id}
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset ${errors.length ? "utrecht-form-fieldset--invalid" : ""} ${p.className ?? ""}`}
      aria-describedby={describedBy(id, p.hint, errors, rule)}
      aria-invalid={errors.length ? true : undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {p.label}
        {p.required || rule ? null : <Optional />}
      </legend>
      <RuleNote id={id} rule={rule} />
      {p.hint && (
        <div className="utrecht-form-field-description" id={`${id}-hint`}>
          {p.hint}
        </div>
      )}
      {errors.length > 0 && (
        <div className="utrecht-form-field-error-message" id={`${id}-error`}>
          {errors.join(" ")}
        </div>
      )}
      <div className={p.columns ? "choice-columns" : "choice-list"}>
        {p.options.map((o) => {
          const optionId = `${id}-${o.value.replace(/[^A-Za-z0-9_-]/g, "-")}`;
          const checked = p.selected.includes(o.value);
          return (
            <div key={o.value} className="utrecht-form-field utrecht-form-field--checkbox choice">
              <input
                id={optionId}
                type={p.multiple ? "checkbox" : "radio"}
                name={p.name}
                value={o.value}
                checked={checked}
                className={p.multiple ? "utrecht-checkbox utrecht-checkbox--html-input" : "utrecht-radio-button utrecht-radio-button--html-input"}
                onChange={(e) =>
                  p.onChange(
                    p.multiple
                      ? e.target.checked
                        ? [...p.selected, o.value]
                        : p.selected.filter((s) => s !== o.value)
                      : [o.value],
                  )
                }
              />
              <label htmlFor={optionId} className="utrecht-form-label utrecht-form-label--checkbox">
                {o.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export function RadioGroup(p: Common & { options: Option[]; value: string; onChange: (v: string) => void }) {
  return <ChoiceGroup {...p} multiple={false} selected={p.value ? [p.value] : []} onChange={(s) => p.onChange(s[0] ?? "")} />;
}

export function CheckboxGroup(
  p: Common & { options: Option[]; value: string[]; onChange: (v: string[]) => void; columns?: boolean },
) {
  return <ChoiceGroup {...p} multiple selected={p.value} onChange={p.onChange} />;
}

/** A single checkbox (a yes/no question with its own label). */
export function CheckboxField(p: Common & { checked: boolean; onChange: (v: boolean) => void }) {
  const id = fieldId(p.name);
  const errors = useFieldErrors(p.errorPath ?? p.name);
  return (
    <div className={`utrecht-form-field utrecht-form-field--checkbox ${p.className ?? ""}`}>
      {errors.length > 0 && (
        <div className="utrecht-form-field-error-message" id={`${id}-error`}>
          {errors.join(" ")}
        </div>
      )}
      <input
        id={id}
        type="checkbox"
        name={p.name}
        checked={p.checked}
        onChange={(e) => p.onChange(e.target.checked)}
        className="utrecht-checkbox utrecht-checkbox--html-input"
        aria-describedby={describedBy(id, p.hint, errors)}
      />
      <label htmlFor={id} className="utrecht-form-label utrecht-form-label--checkbox">
        {p.label}
      </label>
      {p.hint && (
        <div className="utrecht-form-field-description" id={`${id}-hint`}>
          {p.hint}
        </div>
      )}
    </div>
  );
}
