/** The map viewport the benchmarks measure (scripts/bench/map.ts, scale.ts). Not a benchmark itself. */
export const VIEWPORT = { width: 1920, height: 1080 };

/** The bbox a map of VIEWPORT pixels shows at this centre and zoom (Web Mercator), as minLon,minLat,maxLon,maxLat. */
export function viewport(lat: number, lon: number, zoom: number): [number, number, number, number] {
  const scale = 256 * 2 ** zoom;
  const x = ((lon + 180) / 360) * scale;
  const s = Math.sin((lat * Math.PI) / 180);
  const y = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * scale;
  const toLon = (px: number) => (px / scale) * 360 - 180;
  const toLat = (py: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * py) / scale))) * 180) / Math.PI;
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
  return [
    clamp(toLon(x - VIEWPORT.width / 2), -180, 180),
    clamp(toLat(y + VIEWPORT.height / 2), -85, 85),
    clamp(toLon(x + VIEWPORT.width / 2), -180, 180),
    clamp(toLat(y - VIEWPORT.height / 2), -85, 85),
  ];
}
