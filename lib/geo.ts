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
    }),
});

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
