/**
 * Dictionaries of outside keys (lib/dict.ts), and what crosses to the forms: field errors are collected without
 * a prototype but handed on as plain objects, because React refuses null-prototype objects in what a Server
 * Component or server action gives a Client Component (a 500: "Classes or null prototypes are not supported").
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { append, dict, lookup, plain } from "./dict";
import { fieldErrors, issueMessage } from "./schemas";
import { toActionState } from "./actions";
import { DomainError } from "./errors";
import { BUILTIN_NAMES } from "./testing/builtin-names";

describe("dict, lookup, append", () => {
  it.each(BUILTIN_NAMES)("%s is an ordinary key", (name) => {
    const d = dict<string[]>();
    expect(lookup(d, name)).toBeUndefined();
    append(d, name, "a");
    append(d, name, "b");
    expect(lookup(d, name)).toEqual(["a", "b"]);
    expect(Object.keys(d)).toEqual([name]);
    expect(lookup({}, name)).toBeUndefined();
  });
});

describe("plain", () => {
  it("keeps every key as an own property, with the ordinary prototype", () => {
    const d = dict<number>([["__proto__", 1], ["constructor", 2], ["a", 3]]);
    const p = plain(d);
    expect(Object.getPrototypeOf(p)).toBe(Object.prototype);
    expect(Object.keys(p)).toEqual(["__proto__", "constructor", "a"]);
    expect(lookup(p, "__proto__")).toBe(1);
    expect(lookup(p, "constructor")).toBe(2);
    expect(JSON.parse(JSON.stringify(p))).toEqual(JSON.parse('{"__proto__":1,"constructor":2,"a":3}'));
  });
});

describe("field errors for the forms", () => {
  const schema = z.object({ name: z.string().min(1), values: z.record(z.string(), z.number()) });

  it("are plain objects, also when a path holds a built-in name", () => {
    const input = JSON.parse('{"name":"","values":{"__proto__":"x","constructor":"y","toString":1}}');
    const r = schema.safeParse(input, { error: issueMessage });
    expect(r.success).toBe(false);
    const errors = fieldErrors(r.error!);
    expect(Object.getPrototypeOf(errors)).toBe(Object.prototype);
    // zod itself leaves a record's "__proto__" key out; "constructor" is an ordinary key with an error.
    expect(Object.keys(errors).sort()).toEqual(["name", "values.constructor"]);
  });

  it("toActionState hands a domain error's fields on as a plain object", () => {
    const fields = dict<string[]>([["__proto__", ["required"]], ["email", ["emailTaken"]]]);
    const state = toActionState(new DomainError("validation", "validation", { fields }));
    expect(state).toMatchObject({ status: "error", message: "validation" });
    expect(Object.getPrototypeOf(state.fieldErrors)).toBe(Object.prototype);
    expect(lookup(state.fieldErrors!, "__proto__")).toEqual(["required"]);
    expect(lookup(state.fieldErrors!, "email")).toEqual(["emailTaken"]);
  });
});
