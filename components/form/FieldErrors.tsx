"use client";
import { createContext, useContext, type ReactNode } from "react";
import { useTranslations } from "next-intl";

const Ctx = createContext<Record<string, string[]> | undefined>(undefined);
const RulesCtx = createContext<Record<string, string> | undefined>(undefined);

/**
 * Makes the conditional requirements of a form available to its fields: field name pattern (indexes as `*`,
 * see lib/schemas/rules.ts) → the sentence that says when the field is required.
 */
export function FieldRulesProvider({ rules, children }: { rules?: Record<string, string>; children: ReactNode }) {
  return <RulesCtx.Provider value={rules}>{children}</RulesCtx.Provider>;
}

const FocusCtx = createContext<string | undefined>(undefined);

/**
 * The field to continue with after the server sent the form back (a group just added by a form button without
 * JavaScript): it gets `autofocus`, so the browser scrolls to it and puts the cursor there.
 */
export function FieldFocusProvider({ name, children }: { name?: string; children: ReactNode }) {
  return <FocusCtx.Provider value={name}>{children}</FocusCtx.Provider>;
}

/** Whether this field is the one to continue with. */
export const useFieldFocus = (name: string) => useContext(FocusCtx) === name;

/** When a field that is not always required is required; undefined for a field that is (or never is). */
export function useFieldRule(name: string, required?: boolean): string | undefined {
  const rules = useContext(RulesCtx);
  if (required || !rules) return undefined;
  const pattern = name.replace(/\.\d+(?=\.|$)/g, ".*");
  return Object.hasOwn(rules, pattern) ? rules[pattern] : undefined;
}

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
