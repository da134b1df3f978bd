/**
 * What the register offers for reuse, in one place: the downloads, the feed and the licence. The open-data
 * page, the feed and the page head read it from here.
 */
import type { EntryKind } from "./vocab";

/** The register's data is in the public domain. Organisations remain responsible for what they publish. */
export const LICENCE = { name: "CC0 1.0", url: "https://creativecommons.org/publicdomain/zero/1.0/" } as const;

export type DownloadFields = { format: "csv"; kind: EntryKind } | { format: "geojson" } | { format: "ndjson" } | { format: "standard" };

export interface Download {
  /** The file name, also the message key of its description (`openData.downloads.<slug>`). */
  file: string;
  slug: string;
  path: string;
  /** The format as people call it. */
  format: string;
  mediaType: string;
  fields: DownloadFields;
}

export const DOWNLOADS: readonly Download[] = [
  { file: "sensors.csv", slug: "sensorsCsv", path: "/api/v1/export/sensors.csv", format: "CSV", mediaType: "text/csv", fields: { format: "csv", kind: "sensor" } },
  { file: "algorithms.csv", slug: "algorithmsCsv", path: "/api/v1/export/algorithms.csv", format: "CSV", mediaType: "text/csv", fields: { format: "csv", kind: "algorithm" } },
  { file: "sensors.geojson", slug: "sensorsGeojson", path: "/api/v1/export/sensors.geojson", format: "GeoJSON", mediaType: "application/geo+json", fields: { format: "geojson" } },
  { file: "register.ndjson", slug: "registerNdjson", path: "/api/v1/export/register.ndjson", format: "NDJSON", mediaType: "application/x-ndjson", fields: { format: "ndjson" } },
  {
    file: "algoritmeregister-1.0.json",
    slug: "standardJson",
    path: "/api/v1/export/algoritmeregister-1.0.json",
    format: "JSON",
    mediaType: "application/json",
    fields: { format: "standard" },
  },
];

export const FEED_PATH = "/api/v1/feeds/changes.atom";
/** How many versions a feed holds. */
export const FEED_LIMIT = 100;

/** The address of a feed (relative), with its parameters in a fixed order. */
export function feedPath(p: { kind?: EntryKind; organisation?: string; lang?: string } = {}) {
  const q = new URLSearchParams();
  if (p.kind) q.set("kind", p.kind);
  if (p.organisation) q.set("organisation", p.organisation);
  if (p.lang) q.set("lang", p.lang);
  const s = q.toString();
  return `${FEED_PATH}${s ? `?${s}` : ""}`;
}

/** The API's main addresses (described in `openData.endpoints.<slug>`; everything is in openapi.json). */
export const API_ENDPOINTS = [
  { slug: "sensors", path: "/api/v1/sensors" },
  { slug: "sensor", path: "/api/v1/sensors/{id}" },
  { slug: "algorithms", path: "/api/v1/algorithms" },
  { slug: "algorithm", path: "/api/v1/algorithms/{id}" },
  { slug: "search", path: "/api/v1/search" },
  { slug: "values", path: "/api/v1/values" },
  { slug: "openapi", path: "/api/v1/openapi.json" },
  { slug: "schemas", path: "/api/v1/schemas/{file}" },
] as const;
