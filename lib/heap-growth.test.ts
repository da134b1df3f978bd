import { describe, expect, it } from "vitest";
import { DEFAULT_HEAP_GROWING_PERCENT, heapGrowingPercent } from "./heap-growth";

describe("heap growth at start", () => {
  it("lets the old generation grow to twice the live heap unless told otherwise", () => {
    expect(heapGrowingPercent(undefined, [])).toBe(DEFAULT_HEAP_GROWING_PERCENT);
    expect(heapGrowingPercent(" ", [])).toBe(100);
    expect(heapGrowingPercent("50", [])).toBe(50);
  });

  it("leaves V8 its own choice with 0, or when the server was started with the flag", () => {
    expect(heapGrowingPercent("0", [])).toBeNull();
    expect(heapGrowingPercent("50", ["--heap-growing-percent=30"])).toBeNull();
    expect(heapGrowingPercent(undefined, ["--heap_growing_percent=30"])).toBeNull();
  });

  it("refuses a value that is not a whole percentage up to 400, naming the setting", () => {
    for (const bad of ["-1", "401", "1.5", "lots", "1e3"]) expect(() => heapGrowingPercent(bad, [])).toThrow(/HEAP_GROWING_PERCENT/);
  });
});
