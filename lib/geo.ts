/**
 * GeoJSON geometry for sensors: a point, an area (polygon) or a route (line), in WGS84 [lon, lat].
 */
import proj4 from "proj4";
import { z } from "zod";
import { regionBBox, type BBox } from "./config";

const lon = z.number().min(-180, { message: "longitude" }).max(180, { message: "longitude" });
const lat = z.number().min(-90, { message: "latitude" }).max(90, { message: "latitude" });
const position = z.tuple([lon, lat]);

export const pointGeometry = z.object({ type: z.literal("Point"), coordinates: position });
export const lineGeometry = z.object({
  type: z.literal("LineString"),
  coordinates: z.array(position).min(2).max(5000),
});
export const polygonGeometry = z.object({
  type: z.literal("Polygon"),
  coordinates: z
    .array(z.array(position).min(4).max(5000))
    .min(1)
    .max(20)
    .refine((rings) => rings.every((r) => r[0]![0] === r.at(-1)![0] && r[0]![1] === r.at(-1)![1]), {
      message: "ringNotClosed",
      abort: true,
    })
    .superRefine((rings, ctx) => {
      const shape = polygonShape(rings);
      if (shape !== "simple") ctx.addIssue({ code: "custom", message: shape === "tooComplex" ? "areaTooComplex" : "selfIntersecting" });
    }),
});

type Position = [number, number];

/** Sign of the turn a → b → c: 1 left, -1 right, 0 in line. */
function orient(a: Position, b: Position, c: Position): number {
  const v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}
/** Whether c, in line with a–b, lies within the segment's box. */
const within = (a: Position, b: Position, c: Position) =>
  Math.min(a[0], b[0]) <= c[0] && c[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= c[1] && c[1] <= Math.max(a[1], b[1]);

/** Whether segments a–b and c–d cross or touch. */
function segmentsMeet(a: Position, b: Position, c: Position, d: Position): boolean {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  return (o1 === 0 && within(a, b, c)) || (o2 === 0 && within(a, b, d)) || (o3 === 0 && within(c, d, a)) || (o4 === 0 && within(c, d, b));
}

/** Pairs of segments a polygon check may compare; beyond this an outline is refused as too complex to check. */
export const POLYGON_CHECK_BUDGET = 4_000_000;

/**
 * Whether a polygon's rings make a proper area: every ring has at least three distinct corners, and no two
 * edges cross, touch or run over each other (within a ring or between rings), except neighbouring edges at
 * their shared corner. A repeated point is not a crossing. A sweep along the longitude compares only edges
 * whose extents overlap; an outline that needs more comparisons than the budget (only a contrived one does:
 * a real outline of 5,000 corners needs a few thousand) is "tooComplex", so checking can never hold the
 * server up.
 */
export function polygonShape(rings: readonly (readonly Position[])[], budget = POLYGON_CHECK_BUDGET): "simple" | "selfIntersecting" | "tooComplex" {
  type Edge = { a: Position; b: Position; ring: number; i: number; n: number; minX: number; maxX: number; minY: number; maxY: number };
  const edges: Edge[] = [];
  for (const [ring, raw] of rings.entries()) {
    const pts: Position[] = [];
    for (const p of raw) {
      const last = pts.at(-1);
      if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push([p[0], p[1]]);
    }
    if (pts.length > 1 && pts[0]![0] === pts.at(-1)![0] && pts[0]![1] === pts.at(-1)![1]) pts.pop();
    const n = pts.length;
    if (n < 3) return "selfIntersecting";
    for (let i = 0; i < n; i++) {
      const a = pts[i]!;
      const b = pts[(i + 1) % n]!;
      edges.push({ a, b, ring, i, n, minX: Math.min(a[0], b[0]), maxX: Math.max(a[0], b[0]), minY: Math.min(a[1], b[1]), maxY: Math.max(a[1], b[1]) });
    }
  }
  edges.sort((p, q) => p.minX - q.minX);
  let active: Edge[] = [];
  let work = 0;
  for (const e of edges) {
    active = active.filter((x) => x.maxX >= e.minX);
    work += active.length;
    if (work > budget) return "tooComplex";
    for (const x of active) {
      if (x.maxY < e.minY || x.minY > e.maxY) continue;
      const neighbours = x.ring === e.ring && (Math.abs(x.i - e.i) === 1 || Math.abs(x.i - e.i) === e.n - 1);
      if (neighbours) {
        // Neighbours share a corner; they may only meet there, not fold back over each other.
        const [shared, p, q] = x.b === e.a ? [e.a, x.a, e.b] : [x.a, x.b, e.a];
        if (orient(shared, p, q) === 0 && (p[0] - shared[0]) * (q[0] - shared[0]) + (p[1] - shared[1]) * (q[1] - shared[1]) > 0)
          return "selfIntersecting";
        continue;
      }
      if (segmentsMeet(x.a, x.b, e.a, e.b)) return "selfIntersecting";
    }
    active.push(e);
  }
  return "simple";
}

const anyGeometry = z.discriminatedUnion("type", [pointGeometry, lineGeometry, polygonGeometry], {
  error: () => "geometryType",
});
export type Geometry = z.infer<typeof anyGeometry>;
/** A well-formed geometry anywhere in the world (what a draft may hold). */
export const geometryShape = anyGeometry;
/** A well-formed geometry inside the configured region (what a published sensor holds). */
export const geometry = anyGeometry.refine((g) => inRegion(geometryBBox(g)), { message: "outsideRegion" });

function positions(g: Geometry): [number, number][] {
  if (g.type === "Point") return [g.coordinates];
  if (g.type === "LineString") return g.coordinates;
  return g.coordinates.flat();
}

export function geometryBBox(g: Geometry): BBox {
  let [minLon, minLat, maxLon, maxLat] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of positions(g)) {
    minLon = Math.min(minLon, x);
    minLat = Math.min(minLat, y);
    maxLon = Math.max(maxLon, x);
    maxLat = Math.max(maxLat, y);
  }
  return [minLon, minLat, maxLon, maxLat];
}

/** One point that stands for the geometry on a clustered map: the point itself, else the bbox centre. */
export function anchorPoint(g: Geometry): [number, number] {
  if (g.type === "Point") return g.coordinates;
  const [a, b, c, d] = geometryBBox(g);
  return [(a + c) / 2, (b + d) / 2];
}

export function inRegion([minLon, minLat, maxLon, maxLat]: BBox, region: BBox = regionBBox): boolean {
  return minLon >= region[0] && minLat >= region[1] && maxLon <= region[2] && maxLat <= region[3];
}

/**
 * Dutch RD ("Amersfoort / RD New", EPSG:28992), the definition the Netherlands' geodetic authority (NSGI)
 * and epsg.io give for PROJ: the oblique stereographic projection on the Bessel ellipsoid with the
 * seven-parameter datum shift to WGS84. Without the grid correction of RDNAPTRANS™ it is accurate to about a
 * metre inside the Netherlands, which is what placing a sensor needs (tested against published points in
 * lib/geo.test.ts).
 */
const EPSG_28992 =
  "+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 " +
  "+ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs";
const rd = proj4(EPSG_28992, "WGS84");

/** RD coordinates (metres) to WGS84 longitude and latitude, through proj4. */
export function rdToWgs84(x: number, y: number): [lon: number, lat: number] {
  const [lon, lat] = rd.forward([x, y]);
  return [lon, lat];
}

/** WGS84 longitude and latitude to RD coordinates (metres). */
export function wgs84ToRd(lon: number, lat: number): [x: number, y: number] {
  const [x, y] = rd.inverse([lon, lat]);
  return [x, y];
}
