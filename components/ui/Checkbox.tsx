"use client";
/** The Utrecht checkbox; a client component because `indeterminate` is a DOM property, set after render. */
import { useEffect, useRef, type ComponentProps } from "react";
import { cx } from "./cx";

export function Checkbox({
  appearance = "custom",
  disabled,
  indeterminate = false,
  inputRequired,
  invalid,
  required,
  className,
  ref,
  ...p
}: Omit<ComponentProps<"input">, "type"> & { appearance?: "custom" | "native"; indeterminate?: boolean; inputRequired?: boolean; invalid?: boolean }) {
  const own = useRef<HTMLInputElement | null>(null);
  useEffect(() => {
    if (own.current) own.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <input
      {...p}
      ref={(el) => {
        own.current = el;
        if (typeof ref === "function") ref(el);
        else if (ref) ref.current = el;
      }}
      type="checkbox"
      className={cx(
        "utrecht-checkbox",
        "utrecht-checkbox--html-input",
        disabled && "utrecht-checkbox--disabled",
        appearance === "custom" && "utrecht-checkbox--custom",
        invalid && "utrecht-checkbox--invalid",
        indeterminate && "utrecht-checkbox--indeterminate",
        (required || inputRequired) && "utrecht-checkbox--required",
        className,
      )}
      aria-checked={indeterminate ? "mixed" : undefined}
      aria-invalid={invalid || undefined}
      aria-required={required || undefined}
      disabled={disabled}
      required={inputRequired}
    />
  );
}
