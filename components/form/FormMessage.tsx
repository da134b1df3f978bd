"use client";
import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/action-state";
import { fieldId, useAllFieldErrors } from "./FieldErrors";

/**
 * The message above a form after submitting: a summary of every error with links to the fields, or a
 * success note. It is a live region and takes focus on error, so screen-reader users hear it at once.
 */
export function FormMessage({
  state,
  text,
  success,
  fieldLabel,
  controlFor = (path) => path,
}: {
  state: ActionState;
  /** Overrides the message text for this form. */
  text?: string;
  success?: string;
  /** Label of a field path for the summary; unknown paths are listed without a link label. */
  fieldLabel?: (path: string) => string | undefined;
  /** The control a field path belongs to, when that is not the path itself (the summary links to it). */
  controlFor?: (path: string) => string;
}) {
  const t = useTranslations("errors");
  const ref = useRef<HTMLDivElement>(null);
  const all = useAllFieldErrors();
  useEffect(() => {
    if (state.status === "error") ref.current?.focus();
  }, [state]);
  if (state.status === "idle") return <div aria-live="polite" />;
  if (state.status === "ok")
    return (
      <div role="status" aria-live="polite" className="notice notice--success">
        {success ?? text}
      </div>
    );
  const key = state.message ?? "unexpected";
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="notice notice--danger form-message">
      <p className="form-message__title">{text ?? (t.has(key) ? t(key) : t("unexpected"))}</p>
      {all.length > 0 && (
        <ul>
          {all.map(([path, messages]) => (
            <li key={path}>
              {path === "_form" ? (
                messages.join(" ")
              ) : (
                <a href={`#${fieldId(controlFor(path))}`}>
                  {fieldLabel?.(path) ? `${fieldLabel(path)}: ` : ""}
                  {messages.join(" ")}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
