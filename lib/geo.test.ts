import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { geometryShape, polygonShape } from "./geo";

type P = [number, number];
const closed = (pts: P[]): P[] => [...pts, pts[0]!];
const square: P[] = closed([[5.1, 52.1], [5.2, 52.1], [5.2, 52.2], [5.1, 52.2]]);
const circle = (n: number, cx = 5.1, cy = 52.1, r = 0.01): P[] =>
  closed(Array.from({ length: n }, (_, i) => [cx + r * Math.cos((2 * Math.PI * i) / n), cy + r * Math.sin((2 * Math.PI * i) / n)] as P));
const issues = (coordinates: unknown) => {
  const r = geometryShape.safeParse({ type: "Polygon", coordinates });
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe("polygonShape", () => {
  it("accepts proper areas: a square, a circle of 5,000 corners, a square with a hole, repeated points", () => {
    expect(polygonShape([square])).toBe("simple");
    expect(polygonShape([circle(4999)])).toBe("simple");
    expect(polygonShape([square, circle(12, 5.15, 52.15, 0.01)])).toBe("simple");
    expect(polygonShape([closed([[5.1, 52.1], [5.1, 52.1], [5.2, 52.1], [5.2, 52.2], [5.2, 52.2], [5.1, 52.2]])])).toBe("simple");
    expect(polygonShape([closed([[0, 0], [1, 0], [0.5, 1]])])).toBe("simple");
  });

  it("refuses outlines that cross, touch, fold back or enclose nothing", () => {
    const bowtie = closed([[0, 0], [1, 1], [1, 0], [0, 1]]);
    const figureEight = closed([[0, 0], [1, 0], [1, 1], [2, 1], [2, 2], [1, 2], [1, 1], [0, 1]]);
    const spike = closed([[0, 0], [1, 0], [2, 0], [1, 0], [1, 1]]);
    const line = closed([[0, 0], [1, 0], [2, 0]]);
    const point = closed([[0, 0], [0, 0], [0, 0]]);
    const holeCrossing = [square, closed([[5.15, 52.15], [5.3, 52.15], [5.3, 52.16], [5.15, 52.16]])];
    for (const rings of [[bowtie], [figureEight], [spike], [line], [point], holeCrossing])
      expect(polygonShape(rings), JSON.stringify(rings)).toBe("selfIntersecting");
  });

  it("stops at its budget on a contrived outline instead of holding the server up", () => {
    // A comb: 2,000 long teeth that all overlap in longitude, so every edge must be compared with every other.
    const teeth: P[] = [];
    for (let i = 0; i < 2000; i++) teeth.push([i % 2 ? 0 : 1, i * 0.001], [i % 2 ? 1 : 0, i * 0.001 + 0.0005]);
    expect(polygonShape([closed(teeth)])).not.toBe("simple");
    expect(polygonShape([closed(teeth)], 1000)).toBe("tooComplex");
  });

  it("finds a crossing added anywhere to a convex outline (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 200 }), fc.nat(), (n, k) => {
        const ring = circle(n).slice(0, -1);
        expect(polygonShape([closed(ring)])).toBe("simple");
        // Swapping corners i and i + 2 makes the edges (i - 1, i + 2) and (i, i + 3) cross (five corners or more).
        const i = k % n;
        const j = (i + 2) % n;
        const crossed = [...ring];
        [crossed[i], crossed[j]] = [crossed[j]!, crossed[i]!];
        expect(polygonShape([closed(crossed)])).toBe("selfIntersecting");
      }),
      { numRuns: 200 },
    );
  });

  it("is what the geometry schema says, with a message key", () => {
    expect(issues([square])).toEqual([]);
    expect(issues([closed([[0, 0], [1, 1], [1, 0], [0, 1]])])).toEqual(["selfIntersecting"]);
    expect(issues([[[0, 0], [1, 1], [1, 0], [0, 1]]])).toEqual(["ringNotClosed"]);
    expect(issues([closed([[0, 0], [200, 0], [0, 1]])])).toContain("longitude");
  });
});
