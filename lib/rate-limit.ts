/**
 * A sliding-window rate limit kept in memory (per server process): at most `limit` hits per key within
 * `windowMs`. Used by the write API, per token. Keys with no recent hit are forgotten, so memory stays bounded
 * by the number of keys active within one window.
 */
export type RateCheck = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Counts a hit for `key` unless it is over the limit; then says how long until the next hit is allowed. */
  hit(key: string, now = Date.now()): RateCheck {
    this.sweep(now);
    const since = now - this.windowMs;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0]! + this.windowMs - now) / 1000)) };
    }
    recent.push(now);
    this.hits.set(key, recent);
    return { ok: true, remaining: this.limit - recent.length };
  }

  /** Forgets keys without a hit in the window, at most once per window. */
  private sweep(now: number) {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [key, times] of this.hits) if (!times.length || times[times.length - 1]! <= now - this.windowMs) this.hits.delete(key);
  }
}
