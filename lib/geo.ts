/**
 * GeoJSON geometry for sensors: a point, an area (polygon) or a route (line), in WGS84 [lon, lat].
 */
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
 * Dutch RD (EPSG:28992) to WGS84, by the published approximation of Schreutelkamp & Strang van Hees
 * (accurate to about a metre within the Netherlands).
 */
export function rdToWgs84(x: number, y: number): [lon: number, lat: number] {
  const dX = (x - 155000) * 1e-5;
  const dY = (y - 463000) * 1e-5;
  const K: [number, number, number][] = [
    [0, 1, 3235.65389], [2, 0, -32.58297], [0, 2, -0.2475], [2, 1, -0.84978], [0, 3, -0.0665],
    [2, 2, -0.01709], [1, 0, -0.00738], [4, 0, 0.0053], [2, 3, -0.00039], [4, 1, 0.00033], [1, 1, -0.00012],
  ];
  const L: [number, number, number][] = [
    [1, 0, 5260.52916], [1, 1, 105.94684], [1, 2, 2.45656], [3, 0, -0.81885], [1, 3, 0.05594],
    [3, 1, -0.05607], [0, 1, 0.01199], [3, 2, -0.00256], [1, 4, 0.00128], [0, 2, 0.00022], [2, 0, -0.00022],
    [5, 0, 0.00026],
  ];
  let lat = 52.1551744;
  let lon = 5.38720621;
  for (const [p, q, k] of K) lat += (k * dX ** p * dY ** q) / 3600;
  for (const [p, q, l] of L) lon += (l * dX ** p * dY ** q) / 3600;
  return [lon, lat];
}
