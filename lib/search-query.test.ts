import { describe, expect, it } from "vitest";
import { ftsQuery, queryTokens } from "./search-query";

describe("ftsQuery", () => {
  it("quotes every word and makes the last one a prefix", () => {
    expect(ftsQuery("camera Stationsplein")).toBe('"camera" "stationsplein" *');
  });
  it("folds accents and case", () => {
    expect(ftsQuery("Reünie")).toBe('"reunie" *');
  });
  it("turns query syntax into plain words", () => {
    for (const hostile of ['"', "AND", "a NEAR b", "*", "-x", "(a OR b)", "'; DROP TABLE entries; --", "<script>alert(1)</script>", "🚲🚲"])
      expect(ftsQuery(hostile) ?? "").not.toMatch(/[()';<>-]|(^| )(AND|OR|NOT|NEAR)( |$)/);
    expect(ftsQuery("🚲")).toBeNull();
    expect(ftsQuery("   ")).toBeNull();
  });
  it("limits very long queries", () => {
    expect(queryTokens("woord ".repeat(400)).length).toBeLessThanOrEqual(12);
  });
});
