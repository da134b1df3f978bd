"use client";
import { createContext, useContext, type ReactNode } from "react";
import { useTranslations } from "next-intl";

const Ctx = createContext<Record<string, string[]> | undefined>(undefined);

/** Makes the server's field errors (by dotted path) available to every field inside. */
export function FieldErrorsProvider({ errors, children }: { errors?: Record<string, string[]>; children: ReactNode }) {
  return <Ctx.Provider value={errors}>{children}</Ctx.Provider>;
}

/** Translates a validation message key such as "tooShort:10". */
export function useValidationMessage() {
  const t = useTranslations("validation");
  return (raw: string) => {
    const [key, param] = raw.split(":");
    return t.has(key!) ? t(key!, { n: param ?? "" }) : t("invalid");
  };
}

/** The translated errors of one field (and of its nested paths when `deep`). */
export function useFieldErrors(name: string, deep = false): string[] {
  const errors = useContext(Ctx);
  const translate = useValidationMessage();
  if (!errors) return [];
  const keys = Object.keys(errors).filter((k) => k === name || (deep && k.startsWith(`${name}.`)));
  return [...new Set(keys.flatMap((k) => errors[k]!.map(translate)))];
}

/** All errors, for the summary at the top of the form. */
export function useAllFieldErrors(): [string, string[]][] {
  const errors = useContext(Ctx);
  const translate = useValidationMessage();
  return Object.entries(errors ?? {}).map(([k, v]) => [k, v.map(translate)]);
}

export { fieldId } from "./field-id";
