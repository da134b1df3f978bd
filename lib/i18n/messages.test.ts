import { describe, expect, it } from "vitest";
import nl from "@/messages/nl.json";
import en from "@/messages/en.json";

function keys(obj: unknown, prefix = ""): string[] {
  if (typeof obj !== "object" || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

/** ICU placeholders in a message, e.g. {count} and {n}. */
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]).sort();

function lookup(obj: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], obj);
}

describe("message catalogues", () => {
  it("have the same keys in Dutch and English", () => {
    const nlKeys = keys(nl).sort();
    const enKeys = keys(en).sort();
    expect(nlKeys.filter((k) => !enKeys.includes(k)), "only in nl.json").toEqual([]);
    expect(enKeys.filter((k) => !nlKeys.includes(k)), "only in en.json").toEqual([]);
  });

  it("have no empty messages and the same placeholders in both languages", () => {
    for (const key of keys(nl)) {
      const a = lookup(nl, key);
      const b = lookup(en, key);
      expect(typeof a === "string" && a.trim().length > 0, `nl ${key}`).toBe(true);
      expect(typeof b === "string" && b.trim().length > 0, `en ${key}`).toBe(true);
      expect(placeholders(b as string), `placeholders of ${key}`).toEqual(placeholders(a as string));
    }
  });
});
