/**
 * Form components of the NL Design System (Utrecht), as Server Components with the same class names, markup
 * and ARIA attributes as @utrecht/component-library-react. They render plain elements, so they work in
 * client components too; only Checkbox (indeterminate is a DOM property) is a client component.
 */
import { isValidElement, type ComponentProps, type ReactNode } from "react";
import { cx } from "./cx";

const buttonAppearance = {
  "primary-action-button": "utrecht-button--primary-action",
  "secondary-action-button": "utrecht-button--secondary-action",
  "subtle-button": "utrecht-button--subtle",
} as const;
const buttonHint = { danger: "utrecht-button--danger", warning: "utrecht-button--warning", ready: "utrecht-button--ready" } as const;

export function Button({
  appearance,
  busy,
  disabled,
  children,
  className,
  hint,
  icon,
  label,
  pressed,
  type,
  ...p
}: ComponentProps<"button"> & {
  appearance?: keyof typeof buttonAppearance;
  busy?: boolean;
  hint?: keyof typeof buttonHint;
  icon?: ReactNode;
  label?: ReactNode;
  pressed?: boolean;
}) {
  return (
    <button
      className={cx(
        "utrecht-button",
        busy && "utrecht-button--busy",
        disabled && "utrecht-button--disabled",
        type === "submit" && "utrecht-button--submit",
        appearance && buttonAppearance[appearance],
        hint && buttonHint[hint],
        pressed === true && "utrecht-button--pressed",
        className,
      )}
      aria-busy={busy || undefined}
      aria-pressed={typeof pressed === "boolean" ? pressed : undefined}
      disabled={disabled}
      type={type || "button"}
      {...p}
    >
      {icon}
      {label && <span className="utrecht-button__label">{label}</span>}
      {children}
    </button>
  );
}

/** Buttons side by side; a group (role group) when it holds two or more. */
export function ButtonGroup({ children, className, direction, ...p }: ComponentProps<"p"> & { direction?: "row" | "column" }) {
  const many = Array.isArray(children) && children.filter((c) => isValidElement(c)).length >= 2;
  return (
    <p
      role={many ? "group" : undefined}
      {...p}
      className={cx("utrecht-button-group", direction === "column" && "utrecht-button-group--column", direction === "row" && "utrecht-button-group--row", className)}
    >
      {children}
    </p>
  );
}

export function FormField({
  className,
  children,
  description,
  errorMessage,
  input,
  invalid,
  label,
  type,
  ...p
}: Omit<ComponentProps<"div">, "type"> & {
  description?: ReactNode;
  errorMessage?: ReactNode;
  input?: ReactNode;
  invalid?: boolean;
  label?: ReactNode;
  type?: string;
}) {
  return (
    <div
      {...p}
      className={cx(
        "utrecht-form-field",
        invalid && "utrecht-form-field--invalid",
        type === "checkbox" && "utrecht-form-field--checkbox",
        type === "radio" && "utrecht-form-field--radio",
        (!type || type === "text") && "utrecht-form-field--text",
        className,
      )}
    >
      {label && <div className="utrecht-form-field__label">{label}</div>}
      {description && <div className="utrecht-form-field__description">{description}</div>}
      {input && <div className="utrecht-form-field__input">{input}</div>}
      {errorMessage && <div className="utrecht-form-field__error-message">{errorMessage}</div>}
      {children}
    </div>
  );
}

export const FormFieldDescription = ({ invalid, valid, warning, className, ...p }: ComponentProps<"div"> & { invalid?: boolean; valid?: boolean; warning?: boolean }) => (
  <div
    {...p}
    className={cx(
      "utrecht-form-field-description",
      invalid && "utrecht-form-field-description--invalid",
      valid && "utrecht-form-field-description--valid",
      warning && "utrecht-form-field-description--warning",
      className,
    )}
  />
);

export const FormFieldErrorMessage = ({ className, ...p }: ComponentProps<"div">) => <div {...p} className={cx("utrecht-form-field-error-message", className)} />;

export const FormLabel = ({ className, type, disabled, checked, ...p }: ComponentProps<"label"> & { type?: "checkbox" | "radio"; disabled?: boolean; checked?: boolean }) => (
  <label
    {...p}
    className={cx("utrecht-form-label", type === "checkbox" && "utrecht-form-label--checkbox", type === "radio" && "utrecht-form-label--radio", disabled && "utrecht-form-label--disabled", checked && "utrecht-form-label--checked", className)}
  />
);

/** A fieldset in the library's wrapper; a radio group carries its invalid and required state itself. */
export function Fieldset({
  "aria-describedby": describedBy,
  "aria-label": ariaLabel,
  "aria-labelledby": labelledBy,
  className,
  children,
  disabled,
  form,
  invalid,
  name,
  required,
  role,
  ...p
}: Omit<ComponentProps<"div">, "role"> & { disabled?: boolean; form?: string; invalid?: boolean; name?: string; required?: boolean; role?: string }) {
  const radio = role === "radiogroup";
  return (
    <div {...p} className={cx("utrecht-form-fieldset", disabled && "utrecht-form-fieldset--disabled", invalid && "utrecht-form-fieldset--invalid", className)}>
      <fieldset
        aria-describedby={describedBy}
        aria-label={ariaLabel}
        aria-labelledby={labelledBy}
        aria-invalid={radio ? invalid || undefined : undefined}
        aria-required={radio ? required || undefined : undefined}
        disabled={disabled}
        form={form}
        name={name}
        role={role}
        className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
      >
        {children}
      </fieldset>
    </div>
  );
}

export const FieldsetLegend = ({ className, ...p }: ComponentProps<"legend">) => (
  <legend {...p} className={cx("utrecht-form-fieldset__legend", "utrecht-form-fieldset__legend--html-legend", className)} />
);

type InputState = { invalid?: boolean; inputRequired?: boolean };
type TextState = InputState & { dir?: string; disabled?: boolean; readOnly?: boolean; required?: boolean; className?: string };

/** Base, disabled, invalid, read-only and required classes of the two text fields. */
const textClasses = {
  textbox: ["utrecht-textbox utrecht-textbox--html-input", "utrecht-textbox--disabled", "utrecht-textbox--invalid", "utrecht-textbox--readonly", "utrecht-textbox--required"],
  textarea: ["utrecht-textarea utrecht-textarea--html-textarea", "utrecht-textarea--disabled", "utrecht-textarea--invalid", "utrecht-textarea--readonly", "utrecht-textarea--required"],
} as const;

/**
 * A text field's props with its state turned into classes and ARIA, as the library's Textbox and Textarea:
 * `required` is announced (aria-required) without the browser's own check, `inputRequired` is the browser's.
 */
function textField<P extends TextState>(kind: keyof typeof textClasses, { dir, disabled, invalid, readOnly, required, inputRequired, className, ...rest }: P) {
  const [base, isDisabled, isInvalid, isReadOnly, isRequired] = textClasses[kind];
  return {
    ...rest,
    className: cx(base, disabled && isDisabled, invalid && isInvalid, readOnly && isReadOnly, (required || inputRequired) && isRequired, className),
    dir: dir ?? "auto",
    disabled,
    readOnly,
    "aria-required": required || undefined,
    required: inputRequired,
    "aria-invalid": invalid || undefined,
  };
}

export const Textbox = ({ type = "text", inputMode, ...p }: ComponentProps<"input"> & InputState) => (
  <input type={type} {...textField("textbox", p)} inputMode={inputMode || (type === "number" ? "numeric" : undefined)} />
);

export const Textarea = (p: ComponentProps<"textarea"> & InputState) => <textarea {...textField("textarea", p)} />;

/** A select; `noscript` keeps the browser's own required check, otherwise aria-required only (as the library). */
export const Select = ({ busy, invalid, required, className, noscript, ...p }: ComponentProps<"select"> & { busy?: boolean; invalid?: boolean; noscript?: boolean }) => (
  <select
    aria-busy={busy || undefined}
    aria-invalid={invalid || undefined}
    required={noscript ? required : false}
    aria-required={noscript ? undefined : required || undefined}
    className={cx("utrecht-select", "utrecht-select--html-select", busy && "utrecht-select--busy", invalid && "utrecht-select--invalid", required && "utrecht-select--required", className)}
    {...p}
  />
);

export const SelectOption = ({ disabled, invalid, className, ...p }: ComponentProps<"option"> & { invalid?: boolean }) => (
  <option
    {...p}
    disabled={disabled}
    className={cx("utrecht-select__option", disabled && "utrecht-select__option--disabled", invalid && "utrecht-select__option--invalid", className)}
  />
);

/** A radio button; its group (Fieldset role="radiogroup") is what screen readers announce as invalid. */
export const RadioButton = ({ disabled, required, className, invalid, ...p }: ComponentProps<"input"> & { invalid?: boolean }) => (
  // As the library: aria-invalid stays on the input too (styling hook; some screen readers read it).
  // eslint-disable-next-line jsx-a11y/role-supports-aria-props
  <input
    type="radio"
    aria-invalid={invalid || undefined}
    disabled={disabled}
    required={required}
    className={cx("utrecht-radio-button", "utrecht-radio-button--html-input", disabled && "utrecht-radio-button--disabled", invalid && "utrecht-radio-button--invalid", className)}
    {...p}
  />
);
