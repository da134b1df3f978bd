/**
 * Places for the map's place search ("Vredenburg", "Stationsplein 1 Utrecht", "3511"): first the configured
 * geocoder (PDOK Locatieserver by default, `GEOCODER_URL`), asked from the server so the search works without
 * JavaScript; when it gives nothing — switched off, unreachable, slow, or no match — the register's own
 * sensors whose names, descriptions or location descriptions match (their anchor points). Answers are kept
 * for a few minutes, so the page that shows the chosen place does not ask again.
 */
import "server-only";
import { z } from "zod";
import { LRUCache } from "lru-cache";
import { placesGeocoderUrl, regionBBox } from "@/lib/config";
import { emptyParams } from "@/lib/query-params";
import { SENSOR_FILTERS } from "./query-params";
import { listSensors } from "./sensors";

export interface Place {
  /** What the place is called (the geocoder's display name, or the sensor's name). */
  name: string;
  lat: number;
  lon: number;
  /** The zoom level that shows it: a town whole, a street, an address or a sensor close up. */
  zoom: number;
  source: "geocoder" | "register";
}

export interface PlaceAnswer {
  places: Place[];
  /** Whether the geocoder answered: `off` when none is configured. */
  geocoder: "answered" | "unavailable" | "off";
}

/** At most this many places are offered. */
export const MAX_PLACES = 5;
/** The longest wait for the geocoder. */
const GEOCODER_TIMEOUT_MS = 3000;

/** The Locatieserver's answer, as far as it is read; anything else in it is ignored. */
const locatieserver = z.object({
  response: z.object({
    docs: z
      .array(
        z.object({
          weergavenaam: z.string().max(300),
          centroide_ll: z.string().max(200),
          type: z.string().max(50).optional(),
        }),
      )
      .max(50),
  }),
});

/** Zoom per kind of place in the Locatieserver's answer. */
const ZOOM_BY_TYPE: Record<string, number> = {
  provincie: 9,
  gemeente: 12,
  woonplaats: 13,
  wijk: 14,
  buurt: 15,
  weg: 16,
  postcode: 16,
  hectometerpaal: 16,
  adres: 18,
  perceel: 18,
};

/** "POINT(5.1214 52.0907)" → [lon, lat], inside the register's region; anything else is undefined. */
export function pointOf(wkt: string): [number, number] | undefined {
  const m = /^POINT\s*\(\s*(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s*\)$/i.exec(wkt.trim());
  if (!m) return undefined;
  const [lon, lat] = [Number(m[1]), Number(m[2])];
  const [minLon, minLat, maxLon, maxLat] = regionBBox;
  return lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat ? [lon, lat] : undefined;
}

/** Asks the geocoder; undefined when it cannot answer (off, unreachable, too slow, not its format). */
async function geocode(q: string, url: string): Promise<Place[] | undefined> {
  try {
    const res = await fetch(`${url}?${new URLSearchParams({ q, rows: String(MAX_PLACES), fl: "weergavenaam,centroide_ll,type" })}`, {
      signal: AbortSignal.timeout(GEOCODER_TIMEOUT_MS),
      headers: { accept: "application/json" },
    });
    if (!res.ok) return undefined;
    const text = await res.text();
    if (text.length > 1_000_000) return undefined;
    const parsed = locatieserver.safeParse(JSON.parse(text));
    if (!parsed.success) return undefined;
    return parsed.data.response.docs.flatMap((d) => {
      const point = pointOf(d.centroide_ll);
      return point ? [{ name: d.weergavenaam, lon: point[0], lat: point[1], zoom: ZOOM_BY_TYPE[d.type ?? ""] ?? 15, source: "geocoder" as const }] : [];
    });
  } catch {
    return undefined;
  }
}

/** The register's own sensors that match, as places: their names and where they are. */
function registerPlaces(q: string): Place[] {
  return listSensors({ ...emptyParams(SENSOR_FILTERS), q }, { pageSize: MAX_PLACES }).items.map((s) => ({
    name: s.name,
    lon: s.anchor[0],
    lat: s.anchor[1],
    zoom: 17,
    source: "register" as const,
  }));
}

const cache = new LRUCache<string, PlaceAnswer>({ max: 500, ttl: 5 * 60_000 });

/** Places for what was typed: the geocoder's, else the register's own. Never throws. */
export async function findPlaces(text: string, geocoderUrl: string = placesGeocoderUrl): Promise<PlaceAnswer> {
  const q = text.trim().slice(0, 200);
  if (!q) return { places: [], geocoder: geocoderUrl ? "answered" : "off" };
  const key = `${geocoderUrl}\n${q.toLowerCase()}`;
  const kept = cache.get(key);
  if (kept) return kept;
  const found = geocoderUrl ? await geocode(q, geocoderUrl) : undefined;
  const answer: PlaceAnswer = {
    places: found?.length ? found.slice(0, MAX_PLACES) : registerPlaces(q),
    geocoder: !geocoderUrl ? "off" : found ? "answered" : "unavailable",
  };
  // A geocoder that did not answer is asked again sooner.
  cache.set(key, answer, { ttl: answer.geocoder === "unavailable" ? 30_000 : undefined });
  return answer;
}
