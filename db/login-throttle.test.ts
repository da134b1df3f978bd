import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "./client";
import { beginLoginAttempt, LOGIN_THROTTLE, loginKeys, loginSucceeded, loginWaitSeconds } from "./officials";

beforeAll(() => getDb());

/** n failed attempts (started and never taken back), one second apart from `t`. */
function fail(keys: ReturnType<typeof loginKeys>, n: number, t: number) {
  for (let i = 0; i < n; i++) expect(beginLoginAttempt(keys, t + i * 1000).waitSeconds).toBe(0);
  return t + (n - 1) * 1000;
}

describe("sign-in throttling", () => {
  it("waits 32 s after five failures, then doubles, never more than five minutes", () => {
    expect([4, 5, 6, 7, 8, 9, 20].map((f) => loginWaitSeconds(f, 5))).toEqual([0, 32, 64, 128, 256, 300, 300]);
  });

  it("refuses an account after five failures — also the right password — until the wait is over, and does not count refusals", () => {
    const t0 = Date.UTC(2026, 0, 1);
    const keys = loginKeys("A.Official@example.nl", "192.0.2.10");
    const last = fail(keys, 5, t0);
    // Within the wait every attempt is refused, and refusals do not make it longer.
    for (let s = 1; s < 32; s += 5) expect(beginLoginAttempt(keys, last + s * 1000).waitSeconds).toBe(32 - s);
    // After the wait one more attempt is allowed (a wrong one doubles the wait) …
    expect(beginLoginAttempt(keys, last + 32_000).waitSeconds).toBe(0);
    expect(beginLoginAttempt(keys, last + 33_000).waitSeconds).toBe(63);
    // … and after that wait the right password gets in and the account starts afresh.
    expect(beginLoginAttempt(keys, last + 32_000 + 64_000).waitSeconds).toBe(0);
    loginSucceeded(keys);
    expect(beginLoginAttempt(keys, last + 97_000).waitSeconds).toBe(0);
    loginSucceeded(keys);
  });

  it("keeps other accounts and other addresses out of one account's wait", () => {
    const t0 = Date.UTC(2026, 0, 2);
    const attacker = loginKeys("victim@example.nl", "198.51.100.1");
    const last = fail(attacker, 5, t0);
    expect(beginLoginAttempt(attacker, last + 1000).waitSeconds).toBeGreaterThan(0);
    // The same attacker trying another account is not held up by the first one's wait.
    expect(beginLoginAttempt(loginKeys("other@example.nl", "198.51.100.1"), last + 1000).waitSeconds).toBe(0);
    // The victim waits (that is the per-account throttle) but never longer than the cap, whatever was tried.
    expect(beginLoginAttempt(loginKeys("victim@example.nl", "192.0.2.99"), last + 1000).waitSeconds).toBeLessThanOrEqual(LOGIN_THROTTLE.maxWaitSeconds);
  });

  it("makes one address wait after 30 failures over any accounts, and IPv6 counts per /64", () => {
    const t0 = Date.UTC(2026, 0, 3);
    for (let i = 0; i < 30; i++) expect(beginLoginAttempt(loginKeys(`guess${i}@example.nl`, `2001:db8:5:6::${i + 1}`), t0 + i).waitSeconds).toBe(0);
    // A fresh account from another address in the same /64 network: the network waits.
    expect(beginLoginAttempt(loginKeys("fresh@example.nl", "2001:db8:5:6::ffff"), t0 + 100).waitSeconds).toBe(32);
    // Another network is not affected.
    expect(beginLoginAttempt(loginKeys("fresh@example.nl", "2001:db8:5:7::1"), t0 + 100).waitSeconds).toBe(0);
    // A success from the address takes back only its own attempt: it cannot reset the address's count.
    loginSucceeded(loginKeys("fresh@example.nl", "2001:db8:5:7::1"));
  });

  it("forgets a series fifteen minutes after its last failure", () => {
    const t0 = Date.UTC(2026, 0, 4);
    const keys = loginKeys("forgetful@example.nl", "192.0.2.50");
    const last = fail(keys, 5, t0);
    expect(beginLoginAttempt(keys, last + 10_000).waitSeconds).toBeGreaterThan(0);
    expect(beginLoginAttempt(keys, last + LOGIN_THROTTLE.forgetAfterMs + 1).waitSeconds).toBe(0);
    expect(beginLoginAttempt(keys, last + LOGIN_THROTTLE.forgetAfterMs + 2).waitSeconds).toBe(0);
  });
});
