/**
 * How far V8 lets the old generation grow before its next full garbage collection. The server's live heap is
 * about 90 MB (Next.js and the app's modules), and each search answer leaves a little of it behind. With
 * V8's own choice (about 1.25 × the live heap) a full collection was always under way at 1,000,000 entries:
 * 23 of them in 900 searches, each slowing the searches it overlapped by 20–40 ms (incremental marking on
 * two cores) and making search p95 miss 50 ms. Letting it grow to twice the live heap (about 90 MB more at
 * most) leaves 6 in the same 900 (README, "National scale").
 *
 * Set at start (instrumentation.ts), because Node does not take this V8 flag in NODE_OPTIONS. A server
 * started with its own `--heap-growing-percent` keeps it; HEAP_GROWING_PERCENT=0 leaves V8 its own choice.
 */
import v8 from "node:v8";

export const DEFAULT_HEAP_GROWING_PERCENT = 100;

/** The percentage to set, or null to leave V8's own; throws on a value that is not a whole number 0–400. */
export function heapGrowingPercent(env: string | undefined = process.env.HEAP_GROWING_PERCENT, execArgv: readonly string[] = process.execArgv): number | null {
  if (execArgv.some((a) => /^--heap[-_]growing[-_]percent/.test(a))) return null;
  if (env === undefined || env.trim() === "") return DEFAULT_HEAP_GROWING_PERCENT;
  const n = Number(env);
  if (!Number.isInteger(n) || n < 0 || n > 400) throw new Error(`HEAP_GROWING_PERCENT must be a whole number from 0 to 400, not "${env}"`);
  return n === 0 ? null : n;
}

export function setHeapGrowth() {
  const pct = heapGrowingPercent();
  if (pct !== null) v8.setFlagsFromString(`--heap-growing-percent=${pct}`);
}
