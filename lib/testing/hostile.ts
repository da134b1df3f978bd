/**
 * Bad input, as fast-check arbitraries, for the bad-input suite (unit tests beside the code, and
 * e2e/bad-input.spec.ts over HTTP): empty, oversized, wrong types, out-of-range and self-intersecting geometry,
 * unknown enumeration values and slugs, markup, control characters, right-to-left text, emoji, names of
 * JavaScript's built-in object members, malformed encodings. Plus a tally of how many inputs were tried,
 * printed by each suite (the README quotes the totals).
 */
import fc from "fast-check";
import { BUILTIN_NAMES } from "./builtin-names";

/** Markup that must come back as text, never as elements. `MARKER` is in each, to look for in answers. */
export const MARKER = "xss7f3";
export const MARKUP = [
  `<script>alert("${MARKER}")</script>`,
  `<img src=x onerror="alert('${MARKER}')">`,
  `"><svg onload=alert(1) id=${MARKER}>`,
  `<a href="javascript:alert('${MARKER}')">klik</a>`,
  `<iframe src="https://example.org/${MARKER}"></iframe>`,
  `<style>body{display:none}</style>${MARKER}`,
  `<b onmouseover=alert(1)>${MARKER}</b>`,
  `{{constructor.constructor('alert(1)')()}} ${MARKER}`,
] as const;

const SAMPLES = [
  "",
  " ",
  "\t\n\r",
  "\u0000",
  "a\u0000b",
  "\u0007\u0008\u001b[31mrood\u001b[0m",
  "\u007f\u0085\u2028\u2029",
  "\u202eevil\u202c txt.exe",
  "مرحبا بالعالم",
  "שלום עולם",
  "\u200f\u200e\u061c",
  "👩‍👩‍👧‍👦🏳️‍🌈🇳🇱",
  "😀".repeat(50),
  "\ud800",
  "x\udfffy",
  "e\u0301\u0301\u0301",
  "Z̸̢̛͉̝̈́ͅa̷͕͗l̶̰̇g̶̞̈́o̸͍̎",
  "%ff",
  "%E0%A4%A",
  "%",
  "%00",
  "%2e%2e%2f%2e%2e%2f",
  "../../etc/passwd",
  "\\\\server\\share",
  "' OR '1'='1' --",
  "\"; DROP TABLE entries; --",
  'NEAR("a" "b") OR * AND -x ^y',
  "name:camera*",
  "${process.env}",
  "null",
  "undefined",
  "NaN",
  "-1",
  "0",
  "1e999",
  "99999999999999999999999",
  "true",
  "[]",
  "{}",
  "S-",
  "A-000000",
  "S-VB8S5Y\u0000",
  "https://",
  "javascript:alert(1)",
  "mailto:",
  "a@b",
  "2024-02-30",
  "2024-13-01",
  "9999-99",
  "Ｃａｍｅｒａ",
  "İstanbul ß ﬃ",
  ...MARKUP,
];

/** A string of one of the hostile kinds; `maxLength` bounds the random and repeated ones. */
export function hostileString({ maxLength = 300 }: { maxLength?: number } = {}): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...SAMPLES) },
    { weight: 2, arbitrary: fc.constantFrom(...BUILTIN_NAMES) },
    { weight: 1, arbitrary: fc.constantFrom(...BUILTIN_NAMES).map((n) => n.toUpperCase()) },
    { weight: 2, arbitrary: fc.string({ maxLength: Math.min(maxLength, 40), unit: "grapheme" }) },
    { weight: 1, arbitrary: fc.string({ maxLength: Math.min(maxLength, 40), unit: "binary" }) },
    { weight: 1, arbitrary: fc.string({ maxLength: Math.min(maxLength, 20), unit: fc.constantFrom("\u0000", "\u0001", "\u001f", "\u007f", "\u202e", "<", ">", "&", '"', "'", "%", "\\", "/", ",", " ") }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom("x", "é", "😀", "<b>", "word "), fc.integer({ min: 1, max: Math.max(1, Math.floor(maxLength / 2)) }))
        .map(([s, n]) => s.repeat(n)),
    },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...SAMPLES), fc.constantFrom(...SAMPLES, ...BUILTIN_NAMES)).map(([a, b]) => `${a} ${b}`) },
  );
}

/** An oversized string (10,000 to 120,000 characters). */
export const oversizedString = () =>
  fc.tuple(fc.constantFrom("x", "é", "😀", "<p>a</p>", "woord "), fc.integer({ min: 10_000, max: 120_000 })).map(([s, n]) => s.repeat(Math.ceil(n / s.length)));

/** A key of an object that comes from outside: names of built-in members and other odd keys included. */
export const hostileKey = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom("__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "__defineGetter__", "", " ", "0", "-1", "a.b", "$ref"),
    fc.constantFrom(...BUILTIN_NAMES),
    fc.string({ maxLength: 12 }),
  );

/** An object with own properties, as JSON.parse makes them (an own "__proto__" included). */
export function ownObject(entries: [string, unknown][]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

const numbers = () =>
  fc.oneof(
    fc.constantFrom(0, -0, -1, 1, 0.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 181, -91, 2 ** 31, 2 ** 53 + 1),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
  );

/** Any JSON value with hostile strings, keys and numbers, nested a few levels. */
export function hostileJson(maxDepth = 3): fc.Arbitrary<unknown> {
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: "small", withCrossShrink: true, maxDepth },
      fc.constant(null),
      fc.boolean(),
      numbers(),
      hostileString(),
      fc.array(tie("value"), { maxLength: 5 }),
      fc.array(fc.tuple(hostileKey(), tie("value")), { maxLength: 5 }).map(ownObject),
    ),
  }));
  return value;
}

/** Positions: in range, out of range, wrong types. */
const position = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.tuple(fc.double({ min: 3.1, max: 7.3, noNaN: true }), fc.double({ min: 50.7, max: 53.6, noNaN: true })),
    fc.tuple(numbers(), numbers()),
    fc.constantFrom([181, 52], [5, 91], [-181, -91], [5], [5, 52, 3], [], ["5", "52"], [null, null], "5,52", null, { lon: 5, lat: 52 }),
  );

/** A bow tie: an area whose outline crosses itself. */
export const bowtie = (lon = 5.1, lat = 52.1, d = 0.001) => [
  [lon, lat],
  [lon + d, lat + d],
  [lon + d, lat],
  [lon, lat + d],
  [lon, lat],
];

/** A GeoJSON geometry that is wrong in one of many ways (or, now and then, right). */
export function hostileGeometry(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.record({ type: fc.constant("Point"), coordinates: position() }),
    fc.record({ type: fc.constant("LineString"), coordinates: fc.array(position(), { maxLength: 6 }) }),
    fc.record({ type: fc.constant("Polygon"), coordinates: fc.array(fc.array(position(), { maxLength: 6 }), { maxLength: 3 }) }),
    fc.record({ type: fc.constant("Polygon"), coordinates: fc.constant([bowtie()]) }),
    fc.record({
      type: fc.constant("Polygon"),
      coordinates: fc.tuple(fc.double({ min: 4, max: 6, noNaN: true }), fc.double({ min: 51, max: 53, noNaN: true })).map(([x, y]) => [bowtie(x, y)]),
    }),
    fc.record({ type: fc.constantFrom("MultiPolygon", "GeometryCollection", "Circle", "point", "", "__proto__"), coordinates: hostileJson(2) }),
    hostileJson(2),
  );
}

/** How many inputs a suite tried, per part; `report` prints it once at the end. */
export class Tally {
  private counts = new Map<string, number>();
  constructor(private readonly suite: string) {}
  /** Counts one input under `part` and passes it through. */
  add<T>(part: string, input?: T): T | undefined {
    this.counts.set(part, (this.counts.get(part) ?? 0) + 1);
    return input;
  }
  get total() {
    let n = 0;
    for (const c of this.counts.values()) n += c;
    return n;
  }
  report() {
    const parts = [...this.counts].map(([k, v]) => `${k} ${v}`).join(", ");
    console.log(`[bad-input] ${this.suite}: ${this.total} inputs tried (${parts})`);
  }
}
