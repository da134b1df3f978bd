import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limit";

describe("RateLimiter", () => {
  it("allows `limit` hits per sliding window per key and says when the next one is allowed", () => {
    const r = new RateLimiter(3, 60_000);
    const t = 1_000_000;
    expect(r.hit("a", t)).toEqual({ ok: true, remaining: 2 });
    expect(r.hit("a", t + 10_000)).toEqual({ ok: true, remaining: 1 });
    expect(r.hit("a", t + 20_000)).toEqual({ ok: true, remaining: 0 });
    expect(r.hit("a", t + 30_000)).toEqual({ ok: false, retryAfterSeconds: 30 });
    expect(r.hit("b", t + 30_000).ok).toBe(true);
    // The first hit leaves the window: one more is allowed, then the second one's turn.
    expect(r.hit("a", t + 60_001).ok).toBe(true);
    expect(r.hit("a", t + 60_002)).toEqual({ ok: false, retryAfterSeconds: 10 });
  });

  it("forgets keys that have been quiet for a window", () => {
    const r = new RateLimiter(1, 1000);
    for (let i = 0; i < 100; i++) r.hit(`k${i}`, 0);
    r.hit("late", 5000);
    expect((r as unknown as { hits: Map<string, number[]> }).hits.size).toBe(1);
  });
});
