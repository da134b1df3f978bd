/**
 * Deployment configuration read from the environment. Values with NEXT_PUBLIC_ are also known to the
 * browser (they are fixed at build time). Documented in the README, section "Configuration".
 */
export type BBox = [minLon: number, minLat: number, maxLon: number, maxLat: number];

function parseBBox(raw: string | undefined, fallback: BBox): BBox {
  const parts = (raw ?? "").split(",").map(Number);
  return parts.length === 4 && parts.every(Number.isFinite) ? (parts as BBox) : fallback;
}

/** The region entries may lie in (default: the European Netherlands with a margin). */
export const regionBBox: BBox = parseBBox(process.env.NEXT_PUBLIC_REGION_BBOX, [3.0, 50.6, 7.4, 53.7]);

/** Map tiles: URL template and attribution (HTML allowed). Default: PDOK BRT-Achtergrondkaart. */
export const mapTiles = {
  url:
    process.env.NEXT_PUBLIC_TILE_URL ??
    "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png",
  attribution:
    process.env.NEXT_PUBLIC_TILE_ATTRIBUTION ??
    'Kaartgegevens &copy; <a href="https://www.kadaster.nl">Kadaster</a> (PDOK BRT-Achtergrondkaart)',
  maxZoom: Number(process.env.NEXT_PUBLIC_TILE_MAX_ZOOM ?? 19),
};

/** Initial map view when the URL names none: centre [lat, lon] and zoom. */
export const mapHome = {
  center: [Number(process.env.NEXT_PUBLIC_MAP_LAT ?? 52.09), Number(process.env.NEXT_PUBLIC_MAP_LON ?? 5.12)] as [
    number,
    number,
  ],
  zoom: Number(process.env.NEXT_PUBLIC_MAP_ZOOM ?? 13),
};

/** Address search (PDOK Locatieserver by default); empty string switches it off. */
export const geocoderUrl =
  process.env.NEXT_PUBLIC_GEOCODER_URL ?? "https://api.pdok.nl/bzk/locatieserver/search/v3_1/free";

/**
 * The geocoder the map's place search asks from the server (`GEOCODER_URL`; by default the address search's
 * NEXT_PUBLIC_GEOCODER_URL). Read at run time; empty switches it off (the register's own places remain).
 */
export const placesGeocoderUrl = process.env.GEOCODER_URL ?? geocoderUrl;

/** The public base URL of this register, used for canonical URLs in the API. */
export const siteUrl = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/$/, "");

/** The write API's rate limit: requests per minute per token (`API_WRITE_RATE_LIMIT`, default 60). */
export const writeApiRateLimit = (() => {
  const n = Number(process.env.API_WRITE_RATE_LIMIT ?? 60);
  return Number.isSafeInteger(n) && n > 0 ? n : 60;
})();

/**
 * Questions and sensor reports (README, "Questions and reports"): how many one client address (an IPv6 /64)
 * may send per hour, together (`SAY_RATE_LIMIT`, default 10).
 */
export const sayRateLimit = (() => {
  const n = Number(process.env.SAY_RATE_LIMIT ?? 10);
  return Number.isSafeInteger(n) && n > 0 ? n : 10;
})();
