"use client";
/**
 * The entry form's state in the browser: the form's values as typed (lib/schemas/form-data.ts, `FormValues`),
 * with a setter by dotted path. Every control is named by the same path, so what the browser sends — with or
 * without JavaScript — is exactly this state.
 */
import { useCallback, useState } from "react";
import type { FormValues } from "@/lib/schemas/form-data";

export type { FormValues };
export type SetValue = (path: string, v: unknown) => void;

/** Immutable update of a dotted path ("contest.routes.0.steps") in a plain object/array tree. */
export function setPath<T>(obj: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split(".");
  const key = head!;
  const container: unknown = obj ?? (/^\d+$/.test(key) ? [] : {});
  const current = (container as Record<string, unknown>)[key];
  const next = rest.length ? setPath(current, rest.join("."), value) : value;
  if (Array.isArray(container)) {
    const copy = [...container];
    copy[Number(key)] = next;
    return copy as T;
  }
  return { ...(container as object), [key]: next } as T;
}

export function getPath(obj: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((o, k) => (o == null ? undefined : (o as Record<string, unknown>)[k]), obj);
}

/** The form's values with a setter by path. */
export function useFormValues(initial: FormValues) {
  const [values, setValues] = useState<FormValues>(initial);
  const set = useCallback<SetValue>((path, v) => setValues((old) => setPath(old, path, v)), []);
  return { values, set, replace: setValues };
}

/** Binds a control to a path: its name, its value as a string, and a change that writes the string. */
export function bind(values: FormValues, set: SetValue, path: string) {
  const v = getPath(values, path);
  return { name: path, value: v == null ? "" : String(v), onChange: (s: string) => set(path, s) };
}
