import { describe, expect, it } from "vitest";
import { fold, queryTokens } from "./search-query";

describe("the words of a query", () => {
  it("are folded: accents and case never matter", () => {
    expect(queryTokens("Reünie CAMERA")).toEqual(["reunie", "camera"]);
    expect(fold("Çà")).toBe("ca");
  });
  it("are letters and digits only: query syntax, SQL and markup become plain words", () => {
    for (const hostile of ['"', "AND", "a NEAR b", "*", "-x", "(a OR b)", "'; DROP TABLE entries; --", "<script>alert(1)</script>", "🚲🚲"])
      for (const word of queryTokens(hostile)) expect(word).toMatch(/^[\p{L}\p{N}]+$/u);
    expect(queryTokens("🚲")).toEqual([]);
    expect(queryTokens("   ")).toEqual([]);
  });
  it("are limited for very long queries", () => {
    expect(queryTokens("woord ".repeat(400)).length).toBeLessThanOrEqual(12);
  });
});
