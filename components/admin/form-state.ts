"use client";
import { useCallback, useState } from "react";

export type Content = Record<string, unknown>;

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

/** The form's content state with a setter by path. */
export function useContent(initial: Content) {
  const [value, setValue] = useState<Content>(initial);
  const set = useCallback((path: string, v: unknown) => setValue((old) => setPath(old, path, v)), []);
  return { value, set, replace: setValue };
}

/** Binds a text input to a path: value as string, change writes the string. */
export function bind(value: Content, set: (path: string, v: unknown) => void, path: string) {
  const v = getPath(value, path);
  return { name: path, value: v == null ? "" : String(v), onChange: (s: string) => set(path, s) };
}

/** A list of lines edited in one textarea ("one per line"); blank lines are dropped when saving. */
export function bindLines(value: Content, set: (path: string, v: unknown) => void, path: string) {
  const v = getPath(value, path);
  return {
    name: path,
    value: Array.isArray(v) ? v.join("\n") : "",
    onChange: (s: string) => set(path, s.split("\n")),
  };
}

/** Before sending: trims line lists (drops blank lines) everywhere in the tree. */
export function cleanLines(v: unknown, key = ""): unknown {
  if (Array.isArray(v)) {
    const items = v.map((x) => cleanLines(x));
    return ["decisions", "steps"].includes(key)
      ? items.filter((x) => typeof x !== "string" || x.trim() !== "").map((x) => (typeof x === "string" ? x.trim() : x))
      : items;
  }
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cleanLines(x, k)]));
  return v;
}
