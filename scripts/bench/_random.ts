/** Deterministic random numbers for the benchmarks' generated data (mulberry32): the same data on every run. */
export function seededRandom(initial: number): () => number {
  let seed = initial;
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
