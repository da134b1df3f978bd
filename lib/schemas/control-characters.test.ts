/**
 * Control characters are refused in every text an official types, by the building blocks of
 * lib/schemas/common.ts: one-line inputs refuse them and line breaks, longer texts keep tab and line breaks.
 */
import { describe, expect, it } from "vitest";
import { email, httpUrl, line, lines, multilineText, optionalMultilineText, optionalText, optionalUrl, password, text } from "./common";
import { organisationSchema } from "./organisation";
import { contentSchema } from "./index";
import { officialSchema, newPasswordSchema } from "@/db/officials";
import { tokenInputSchema } from "@/db/tokens";
import { parseWorkspaceQuery } from "@/db/workspace";
import { parseAuditSearch } from "@/db/audit-query";

/** NUL, other C0 controls, DEL, C1 controls (U+0085 NEL, U+009B CSI). */
const HOSTILE = ["\u0000", "\u0001", "\u0007", "\u001b", "\u007f", "\u0085", "\u009b"];
const BREAKS = ["\n", "\r", "\r\n", "\t"];
const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) => (r.success ? [] : r.error!.issues.map((i) => i.message));

describe("the shared building blocks", () => {
  const oneLine = {
    text: text(100),
    optionalText: optionalText(100),
    line: line(),
    password: password(1, 100),
    httpUrl,
    optionalUrl,
    email,
  };
  it.each(Object.entries(oneLine))("%s refuses every control character and line break, with one clear message", (_, schema) => {
    for (const c of [...HOSTILE, ...BREAKS]) {
      const value = _.includes("rl") ? `https://voorbeeldstad.example.nl/a${c}b` : _ === "email" ? `in${c}fo@voorbeeldstad.example.nl` : `ab${c}cd`;
      expect(messages(schema.safeParse(value)), JSON.stringify(value)).toEqual(["controlCharacters"]);
    }
  });
  it("texts of several lines keep tab and line breaks and refuse the rest", () => {
    for (const schema of [multilineText(100), optionalMultilineText(100), lines()]) {
      for (const c of BREAKS) expect(schema.safeParse(`regel een${c}regel twee`).success).toBe(true);
      for (const c of HOSTILE) expect(messages(schema.safeParse(`regel een${c}regel twee`))).toEqual(["controlCharacters"]);
    }
  });
  it("ordinary text, accents and other scripts pass", () => {
    for (const v of ["Précariobelasting – ‘s-Hertogenbosch", "Ærø · 東京 · مرحبا", "€ 12,50"]) expect(text(100).safeParse(v).success).toBe(true);
  });
});

describe("every form's own schema uses them", () => {
  const organisation = {
    name: "Gemeente Testdorp",
    slug: "testdorp",
    kind: "municipality",
    contactEmail: "info@testdorp.example.nl",
    website: "https://testdorp.example.nl",
    objectionUrl: "https://testdorp.example.nl/bezwaar",
    objectionAddress: "Postbus 1\n1234 AB Testdorp",
  };
  it("organisation form: a NUL byte in an address, a name or a postal address is refused; line breaks only in the postal address", () => {
    expect(organisationSchema.safeParse(organisation).success).toBe(true);
    for (const [field, value] of [
      ["website", "https://testdorp.example.nl/\u0000"],
      ["objectionUrl", "https://testdorp.example.nl/bezwaar\u0000"],
      ["contactEmail", "info\u0000@testdorp.example.nl"],
      ["name", "Gemeente\u0000Testdorp"],
      ["name", "Gemeente\nTestdorp"],
      ["objectionAddress", "Postbus 1\u0000"],
    ]) {
      const r = organisationSchema.safeParse({ ...organisation, [field]: value });
      expect(r.success, `${field}: ${JSON.stringify(value)}`).toBe(false);
      expect(r.error!.issues.find((i) => i.path[0] === field)?.message).toBe("controlCharacters");
    }
  });
  it("officials and passwords, token names", () => {
    expect(messages(officialSchema.safeParse({ name: "Jan\u0000 Jansen", email: "jan@voorbeeldstad.example.nl" }))).toEqual(["controlCharacters"]);
    expect(messages(newPasswordSchema.safeParse("lang-genoeg-wachtwoord\u0000"))).toEqual(["controlCharacters"]);
    expect(messages(tokenInputSchema.safeParse({ organisationId: "1", name: "Beheer\u0085systeem" }))).toEqual(["controlCharacters"]);
  });
  it("workspace and audit filters leave a text with control characters out, and say so", () => {
    const ws = parseWorkspaceQuery({ q: "lucht\u0000" });
    expect(ws.query.q).toBeUndefined();
    expect(ws.ignored).toEqual([{ parameter: "q", value: "lucht\uFFFD" }]);
    const audit = parseAuditSearch({ official: "jan\u0000" });
    expect(audit.filter.official).toBeUndefined();
    expect(audit.invalid).toEqual({ official: ["controlCharacters"] });
  });
  it("entry content: every URL field at every level", () => {
    for (const level of ["draft", "standard", "full"] as const) {
      const r = contentSchema("sensor", level).safeParse({ name: "Meter", contactUrl: "https://a.example.nl/\u0000", openDataUrl: "https://a.example.nl/\u0000" });
      expect(r.success).toBe(false);
      expect(r.error!.issues.filter((i) => ["contactUrl", "openDataUrl"].includes(String(i.path[0]))).map((i) => i.message)).toEqual([
        "controlCharacters",
        "controlCharacters",
      ]);
    }
  });
});
