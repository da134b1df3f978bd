/** Rough sizes of a sensor's geometry for plain-language descriptions (good to a few percent in NL). */
const R = 6_371_008.8;
const rad = (d: number) => (d * Math.PI) / 180;

/** Length of a line in metres (haversine). */
export function lengthMetres(coords: number[][]): number {
  let m = 0;
  for (let i = 1; i < coords.length; i++) {
    const [lon1, lat1] = coords[i - 1]!;
    const [lon2, lat2] = coords[i]!;
    const a = Math.sin(rad(lat2! - lat1!) / 2) ** 2 + Math.cos(rad(lat1!)) * Math.cos(rad(lat2!)) * Math.sin(rad(lon2! - lon1!) / 2) ** 2;
    m += 2 * R * Math.asin(Math.sqrt(a));
  }
  return m;
}

/** Area of a polygon (outer ring minus holes) in square metres, on a local flat projection. */
export function areaSquareMetres(rings: number[][][]): number {
  const lat0 = rad(rings[0]?.[0]?.[1] ?? 0);
  const ringArea = (ring: number[][]) => {
    let s = 0;
    for (let i = 0; i < ring.length - 1; i++) {
      const [x1, y1] = ring[i]!;
      const [x2, y2] = ring[i + 1]!;
      s += rad(x1!) * Math.cos(lat0) * rad(y2!) - rad(x2!) * Math.cos(lat0) * rad(y1!);
    }
    return (Math.abs(s) / 2) * R * R;
  };
  return rings.reduce((total, ring, i) => total + (i === 0 ? 1 : -1) * ringArea(ring), 0);
}
