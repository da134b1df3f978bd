/**
 * Public sensor queries: filtered lists with facet counts, GeoJSON features, and the clustered viewport
 * query behind the map. Their parameters are read by db/query-params.ts (SENSOR_FILTERS and the sets built on it).
 *
 * Only published and archived entries are ever returned. Everything here returns plain objects.
 *
 * Map clustering (see README, "Performance"): a supercluster index is built per filter signature from the
 * `sensors` projection and kept in memory; it is rebuilt when something is published or archived (the data
 * version is the highest revision id, which every publication raises) or when the date changes (the
 * active/ended filter depends on today). Areas and routes are clustered by their anchor point when zoomed
 * out, and drawn as shapes from the R*Tree (`sensor_rtree`) when zoomed in, so they never vanish.
 */
import "server-only";
import { LRUCache } from "lru-cache";
import Supercluster from "supercluster";
import type { LineString, Point, Polygon } from "geojson";
import { valueSlugs } from "@/lib/codio";
import type { BBox } from "@/lib/config";
import { emptyParams, QUERY_LIMITS } from "@/lib/query-params";
import { canonicalUrl } from "@/lib/urls";
import { toSensorFeature, type SensorFeature } from "@/lib/formats/geojson";
import { registerToday, sensorState, sensorTypes, themes, type SensorType } from "@/lib/vocab";
import type { Sensor } from "@/lib/schemas/sensor";
import { type MapCluster, type MapResponse, type MapSensor } from "@/lib/schemas/api";
import { PUBLIC_ID_PATTERN } from "@/lib/schemas";
import { databasePath, getDb } from "./client";
import { SENSOR_FILTERS, type SensorFilter, type SensorFilters } from "./query-params";
import { getPublicEntry, publicEntriesByIds, type PublicEntry } from "./public";
import { rankedMatch } from "./search/ranking";
import { buildClusterIndex, buildClusterIndexFromDatabase, type BuiltIndex, type IndexProps } from "./cluster-index";
import {
  catalogue,
  compileFilter,
  currentState,
  filterAndCount,
  GEOMETRY_TYPES,
  isEnded,
  organisationIdsOf,
  resetCatalogue,
  rowOfId,
  sensorRowsChangedSince,
  STATE_CODES,
  todayNumber,
  type Catalogue,
  type CatalogueFilters,
} from "./catalogue";

/* ------------------------------------------------------------------------------------------------ */
/* Parameters (read by db/query-params.ts)                                                           */
/* ------------------------------------------------------------------------------------------------ */

export type { SensorFilters };
/** A sensor query: the filters, and where and which page (the list page and GET /api/v1/sensors). */
export type SensorQuery = SensorFilters & { bbox?: BBox; page?: number; pageSize?: number };
/** The filter parameters, in canonical order. */
export const FILTER_PARAMS = Object.keys(SENSOR_FILTERS) as SensorFilter[];

/** The filters as query-string pairs (canonical order), e.g. for links that keep them. */
export function filterParams(f: SensorFilters): [string, string][] {
  const out: [string, string][] = [];
  for (const k of FILTER_PARAMS) {
    const v = f[k];
    if (Array.isArray(v)) for (const one of [...v].sort()) out.push([k, one]);
    else if (v) out.push([k, v]);
  }
  return out;
}

const hasFilter = (f: SensorFilters) => filterParams(f).length > 0;

/* ------------------------------------------------------------------------------------------------ */
/* Data version, caches and filters on the catalogue                                                 */
/* ------------------------------------------------------------------------------------------------ */

type Param = string | number | null;
/** A prepared statement (the connection keeps compiled statements by their SQL, db/client.ts). */
const stmt = (sql: string) => getDb().$client.prepare<unknown[]>(sql);

/** Today in the register's time zone, "YYYY-MM-DD" (decides whether a sensor has ended). */
export const today = registerToday;

const FROM = "FROM sensors s JOIN entries e ON e.id = s.entry_id";
const PUBLIC = "e.kind = 'sensor' AND e.status IN ('published', 'archived')";

/**
 * Facet counts and cluster indexes, per filter, for the catalogue state they were made from. Bounded by
 * their size in bytes (estimated), not by their number: a cluster index of a million sensors is hundreds of
 * megabytes, one of a hundred sensors a few kilobytes.
 */
const globalCache = globalThis as unknown as {
  sensorFacetCache?: LRUCache<string, SensorFacetCounts>;
  sensorClusterCache?: LRUCache<string, ClusterSlot>;
};
const FACET_CACHE_BYTES = 8 * 2 ** 20;
/** What supercluster keeps per point over its zoom levels, in bytes (measured: about 600 at 100,000 points). */
const CLUSTER_BYTES_PER_POINT = 700;
const CLUSTER_CACHE_BYTES = (() => {
  const mb = Number(process.env.MAP_CACHE_MB);
  return (Number.isFinite(mb) && mb >= 16 ? mb : 512) * 2 ** 20;
})();
const facetCache = (globalCache.sensorFacetCache ??= new LRUCache<string, SensorFacetCounts>({
  maxSize: FACET_CACHE_BYTES,
  sizeCalculation: (f) => 2000 + 64 * f.organisation.length,
}));
const clusterCache = (globalCache.sensorClusterCache ??= new LRUCache<string, ClusterSlot>({
  maxSize: CLUSTER_CACHE_BYTES,
  // One index larger than the whole budget is still kept (alone): the map must answer.
  sizeCalculation: (slot) => Math.min(CLUSTER_CACHE_BYTES, Math.max(1, (slot.ready?.rows.length ?? 0) * CLUSTER_BYTES_PER_POINT)),
}));

/** Drops every cached facet count and cluster index, and the catalogue (tests and the benchmark use this). */
export function clearSensorCaches() {
  facetCache.clear();
  clusterCache.clear();
  resetCatalogue();
}

const signature = (f: SensorFilters) => JSON.stringify(filterParams(f));
const GEOMS = GEOMETRY_TYPES;
/** The sensor type of catalogue row `r`. */
const typeOf = (c: Catalogue, r: number) => sensorTypes.slugs[c.type[r]! - 1] ?? "other";

/** Loads (or reuses) the catalogue; for the benchmark and warm-up. */
export function sensorBaseInfo() {
  const c = catalogue();
  let sensors = 0;
  for (let r = 0; r < c.n; r++) if (c.kind[r] === 0) sensors++;
  return { version: c.version, sensors, loadMs: c.loadMs };
}

/**
 * The sensor filters (and the map's viewport) as a test of one catalogue row (0: it passes), by the register's
 * one filter engine (`compileFilter` in db/catalogue.ts); algorithms never pass.
 */
function compileFilters(c: Catalogue, f: SensorFilters, bbox?: BBox) {
  return compileFilter(c, catalogueFilters(f, bbox));
}

/**
 * The sensor filters (and the map's viewport) as the catalogue's. Text goes through the register's one search
 * engine (db/search/ranking.ts); unsearchable text filters nothing.
 */
function catalogueFilters(f: SensorFilters, bbox?: BBox): CatalogueFilters {
  const match = f.q ? rankedMatch(f.q, "sensor", { ranked: false }) : null;
  return {
    kind: ["sensor"],
    organisationIds: organisationIdsOf(f.organisation),
    type: f.type,
    theme: f.theme,
    value: f.value,
    category: [],
    // One of the two: "ended" is the lifecycle state; "active" is any other (a start date still ahead included).
    status: f.state.length === 1 ? STATE_CODES.filter((s) => (s === "ended") === (f.state[0] === "ended")) : [],
    personalData: f.personalData,
    entryIds: match ? new Set(match.ids) : null,
    bbox,
  };
}

/* ------------------------------------------------------------------------------------------------ */
/* Facets                                                                                            */
/* ------------------------------------------------------------------------------------------------ */

/** For every filter, how many sensors each choice would give with the other filters applied. */
export interface SensorFacetCounts {
  /** Sensors matching all filters. */
  total: number;
  type: Record<string, number>;
  /** A top-level theme counts its own sensors and those of its sub-themes (once each). */
  theme: Record<string, number>;
  value: Record<string, number>;
  organisation: { slug: string; name: string; count: number }[];
  personalData: Record<"yes" | "no", number>;
  state: Record<"active" | "ended", number>;
}

const ENDED_STATE = STATE_CODES.indexOf("ended");

/** Counted by the catalogue's filter engine (`filterAndCount`), as search and the algorithm list count theirs. */
export function sensorFacets(f: SensorFilters): SensorFacetCounts {
  const c = catalogue();
  const day = todayNumber();
  const key = `${c.version}.${c.organisationsChangedAt}|${day}|${signature(f)}`;
  const cached = facetCache.get(key);
  if (cached) return cached;
  const { pass, raw } = filterAndCount(c, catalogueFilters(f), null, day);
  // Type codes are 1-based in the catalogue (0: none).
  const record = (slugs: readonly string[], counts: Uint32Array, from = 0) =>
    Object.fromEntries(slugs.map((s, i) => [s, counts[i + from]!] as const).filter(([, n]) => n > 0));
  const ended = raw.status[ENDED_STATE]!;
  const orgRows = stmt("SELECT id, slug, name FROM organisations ORDER BY name").all() as { id: number; slug: string; name: string }[];
  const result: SensorFacetCounts = {
    total: pass.length,
    type: record(sensorTypes.slugs, raw.type, 1),
    theme: record(themes.slugs, raw.theme),
    value: record(valueSlugs, raw.value),
    organisation: orgRows.filter((o) => raw.organisation.has(o.id)).map((o) => ({ slug: o.slug, name: o.name, count: raw.organisation.get(o.id)! })),
    personalData: { yes: raw.personalData[1]!, no: raw.personalData[0]! },
    state: { active: raw.status.reduce((n, k) => n + k, 0) - ended, ended },
  };
  facetCache.set(key, result);
  return result;
}

/* ------------------------------------------------------------------------------------------------ */
/* Lists                                                                                             */
/* ------------------------------------------------------------------------------------------------ */

export interface SensorListItem {
  id: number;
  publicId: string;
  name: string;
  status: "published" | "archived";
  endedOn: string | null;
  ended: boolean;
  organisation: { slug: string; name: string; isExample: boolean };
  type: SensorType;
  geometryType: "Point" | "Polygon" | "LineString";
  personalData: boolean;
  activeFrom: string | null;
  activeUntil: string | null;
  measures: string;
  /** The anchor point [lon, lat] (WGS84): a point, or the centre of an area or route, for "show on map". */
  anchor: [number, number];
}

type ListRow = {
  id: number;
  publicId: string;
  name: string;
  status: "published" | "archived";
  endedOn: string | null;
  orgSlug: string;
  orgName: string;
  orgIsExample: number;
  type: SensorType;
  geometryType: SensorListItem["geometryType"];
  personalData: number;
  activeFrom: string | null;
  activeUntil: string | null;
  measures: string;
  lon: number;
  lat: number;
};

const toListItem = (r: ListRow, day: string): SensorListItem => ({
  id: r.id,
  publicId: r.publicId,
  name: r.name,
  status: r.status,
  endedOn: r.endedOn,
  ended: sensorEnded({ status: r.status, data: { activeUntil: r.activeUntil ?? undefined } }, day),
  organisation: { slug: r.orgSlug, name: r.orgName, isExample: !!r.orgIsExample },
  type: r.type,
  geometryType: r.geometryType,
  personalData: !!r.personalData,
  activeFrom: r.activeFrom,
  activeUntil: r.activeUntil,
  measures: r.measures,
  anchor: [r.lon, r.lat],
});

/**
 * Rows of the base that pass the query's filters (and bbox), in list order: by relevance when searching,
 * else by name (`order: "name"`) or by registration (`order: "id"`). Returns the total and one page of entry ids.
 */
function pageOfIds(query: SensorQuery, order: "name" | "id", size: number, page: number): { total: number; ids: number[] } {
  const c = catalogue();
  const match = query.q ? rankedMatch(query.q, "sensor") : null;
  const fails = compileFilters(c, { ...query, q: undefined }, query.bbox);
  const from = (page - 1) * size;
  const ids: number[] = [];
  let total = 0;
  const take = (row: number) => {
    if (row < 0 || fails(row)) return;
    if (total >= from && ids.length < size) ids.push(c.entryId[row]!);
    total++;
  };
  if (match) for (const id of match.ids) take(rowOfId(c, id));
  else if (order === "name") for (let k = 0; k < c.byName.length; k++) take(c.byName[k]!);
  else for (let id = 0; id < c.rowOf.length; id++) take(c.rowOf[id]!);
  return { total, ids };
}

/** Rows by entry id, in the order of `ids`. */
function rowsByIds<T extends { id: number }>(sql: string, ids: number[], leading: Param[] = []): T[] {
  if (!ids.length) return [];
  const rows = stmt(sql).all(...leading, JSON.stringify(ids)) as T[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is T => !!r);
}

/** One page of sensors for the list page: by relevance when searching, else by name. */
export function listSensors(query: SensorQuery, { pageSize = 20 } = {}): { total: number; page: number; pageSize: number; items: SensorListItem[] } {
  const size = query.pageSize ?? pageSize;
  const page = query.page ?? 1;
  const { total, ids } = pageOfIds(query, "name", size, page);
  const rows = rowsByIds<ListRow>(
    `SELECT e.id AS id, e.public_id AS publicId, e.name AS name, e.status AS status, e.ended_on AS endedOn,
       o.slug AS orgSlug, o.name AS orgName, o.is_example AS orgIsExample,
       s.type AS type, s.geometry_type AS geometryType, s.personal_data AS personalData,
       s.active_from AS activeFrom, s.active_until AS activeUntil, json_extract(e.data, '$.measures') AS measures,
       s.lon AS lon, s.lat AS lat
     ${FROM} JOIN organisations o ON o.id = e.organisation_id
     WHERE ${PUBLIC} AND e.id IN (SELECT value FROM json_each(?))`,
    ids,
  );
  const day = today();
  return { total, page, pageSize: size, items: rows.map((r) => toListItem(r, day)) };
}

/* ------------------------------------------------------------------------------------------------ */
/* GeoJSON features (the API)                                                                        */
/* ------------------------------------------------------------------------------------------------ */

export type { SensorFeature };

/** The public GeoJSON Feature of a published sensor (lib/formats/geojson.ts). */
export function sensorFeature(e: PublicEntry<Sensor>): SensorFeature {
  return toSensorFeature({
    publicId: e.publicId,
    url: canonicalUrl("sensor", e.publicId),
    status: e.status,
    ended: sensorEnded(e),
    endedOn: e.endedOn,
    revision: e.revision,
    publishedAt: e.publishedAt,
    organisation: e.organisation,
    data: e.data,
  });
}

/** A page of GeoJSON features for GET /api/v1/sensors, in a stable order: by relevance when searching, else registration. */
export function sensorFeatures(query: SensorQuery, { pageSize = 100 } = {}) {
  const size = query.pageSize ?? pageSize;
  const page = query.page ?? 1;
  const { total, ids } = pageOfIds(query, "id", size, page);
  const features = publicEntriesByIds<Sensor>("sensor", ids).map(sensorFeature);
  return { total, page, pageSize: size, pages: Math.max(1, Math.ceil(total / size)), features };
}

/** One published or archived sensor; undefined for unknown, draft or in-review ids. */
export function getPublicSensor(publicId: string): PublicEntry<Sensor> | undefined {
  if (!PUBLIC_ID_PATTERN.test(publicId) || !publicId.startsWith("S-")) return undefined;
  return getPublicEntry<Sensor>("sensor", publicId);
}

export function getSensorFeature(publicId: string): SensorFeature | undefined {
  const e = getPublicSensor(publicId);
  return e ? sensorFeature(e) : undefined;
}

/** Whether the sensor has ended: archived, or its end date has passed (`day`: today, worked out once per batch by callers of many). */
export const sensorEnded = (e: { status: string; data: Pick<Sensor, "activeUntil"> }, day = today()) =>
  sensorState({ archived: e.status === "archived", activeUntil: e.data.activeUntil }, day) === "ended";

/* ------------------------------------------------------------------------------------------------ */
/* The map: clusters for a viewport                                                                  */
/* ------------------------------------------------------------------------------------------------ */

/** From this zoom on, areas and routes are drawn as their shape. */
export const SHAPE_ZOOM = 14;
/** Above this zoom every sensor is shown on its own (19 is the closest zoom of the default tiles). */
export const CLUSTER_MAX_ZOOM = 18;
/** Cluster radius in screen pixels (256 px tiles, as Leaflet uses). */
export const CLUSTER_RADIUS = 60;
/** At most this many shapes per response, the largest first (smaller ones keep their marker). */
export const MAP_MAX_SHAPES = 40;
/** Shapes smaller than this many pixels are shown by their marker only. */
export const MIN_SHAPE_PX = 4;
/** Hard cap on features in one response, so a response stays small whatever the data. */
export const MAP_MAX_FEATURES = 1000;

interface ClusterIndex extends BuiltIndex {
  /** The catalogue's sensor version it was made at. */
  version: number;
  /** Per catalogue row: 1 when the row is in the index (the sensor matched the filters). */
  member: Uint8Array;
}

/** What the map's endpoint answers: typed by its schema (lib/schemas/api.ts), which the OpenAPI document publishes. */
export type { MapCluster, MapResponse, MapSensor };

/** One filter combination's index: the one answering, and the one being built when a sensor changed. */
interface ClusterSlot {
  ready?: ClusterIndex;
  building?: Promise<ClusterIndex>;
  buildingVersion?: number;
}

const CLUSTER_OPTIONS = { radius: CLUSTER_RADIUS, extent: 256, maxZoom: CLUSTER_MAX_ZOOM, minPoints: 2 };

/** Catalogue rows tested per step when an index is built: a few milliseconds, then the event loop runs. */
const BUILD_STEP_ROWS = 50_000;

async function buildIndex(c: Catalogue, f: SensorFilters, version: number): Promise<ClusterIndex> {
  const fails = compileFilters(c, f);
  const n = c.n;
  const member = new Uint8Array(n);
  let count = 0;
  // A million rows take about a hundred milliseconds to test: in steps, so no visitor waits for them.
  for (let from = 0; from < n; from += BUILD_STEP_ROWS) {
    if (from) await new Promise((resolve) => setImmediate(resolve));
    for (let r = from, to = Math.min(n, from + BUILD_STEP_ROWS); r < to; r++)
      if (!fails(r)) {
        member[r] = 1;
        count++;
      }
  }
  const rows = new Int32Array(count);
  const coords = new Float64Array(count * 2);
  for (let r = 0, i = 0; r < n; r++)
    if (member[r]) {
      rows[i] = r;
      coords[2 * i] = c.lon[r]!;
      coords[2 * i + 1] = c.lat[r]!;
      i++;
    }
  const built = await buildClusterIndex(CLUSTER_OPTIONS, coords, rows);
  return { ...built, version, member };
}

/**
 * The cluster index for these filters, with the sensor rows changed since it was made (empty when it is
 * current). Built on first use (in a worker thread, db/cluster-index.ts) and kept until a sensor changes (a
 * publication of an algorithm keeps it) or the day does (the state filter depends on it); then the new one
 * is built while the old one, with the changed rows laid over it, keeps answering.
 */
export async function clusterIndex(f: SensorFilters): Promise<{ built: ClusterIndex; changed: Int32Array }> {
  const c = catalogue();
  const key = `${c.generation}|${todayNumber()}|${signature(f)}`;
  let slot = clusterCache.get(key);
  if (!slot) {
    slot = {};
    clusterCache.set(key, slot);
  }
  const version = c.sensorVersion;
  if (slot.ready?.version !== version && slot.buildingVersion !== version) {
    const s = slot;
    s.buildingVersion = version;
    // The first index of every sensor may already be under way since the server started (see below).
    const fromStart = !slot.ready && !hasFilter(f) ? indexFromStart(c) : null;
    s.building = (fromStart ? fromStart.then((built) => built ?? buildIndex(c, f, version)) : buildIndex(c, f, version))
      .then((built) => {
        if (!s.ready || s.ready.version < built.version) {
          s.ready = built;
          clusterCache.set(key, s); // its size changed
        }
        return built;
      })
      .finally(() => {
        if (s.buildingVersion === version) {
          s.building = undefined;
          s.buildingVersion = undefined;
        }
      });
  }
  const built = slot.ready ?? (await slot.building!);
  return { built, changed: sensorRowsChangedSince(c, built.version) };
}

/** Every public sensor's anchor point, by entry id, as the catalogue has it: the map's first index. */
const ALL_SENSOR_POINTS = `SELECT s.entry_id, s.lon, s.lat FROM sensors s
  WHERE s.entry_id IN (SELECT e.id FROM entries e WHERE ${PUBLIC}) ORDER BY s.entry_id`;
const globalStart = globalThis as unknown as {
  mapIndexAtStart?: { db: unknown; version: number; built: ReturnType<typeof buildClusterIndexFromDatabase> };
};

/**
 * At the server's start: the map's index of every sensor is built in its worker thread from the points the
 * worker reads from the database itself, while this thread loads the catalogue (that takes seconds at
 * national scale; the two then run side by side instead of one after the other). Call it before the catalogue
 * loads: the index is used when the catalogue's rows reflect the same revision it started at (any later
 * change is laid over it, as usual); otherwise the index is built as always.
 */
export function startMapIndexFromDatabase() {
  const { version } = currentState();
  globalStart.mapIndexAtStart = { db: getDb(), version, built: buildClusterIndexFromDatabase(CLUSTER_OPTIONS, databasePath(), ALL_SENSOR_POINTS) };
}

/** The index started with the server, for catalogue `c` (once; null when there is none, or it does not fit c). */
function indexFromStart(c: Catalogue): Promise<ClusterIndex | null> | null {
  const start = globalStart.mapIndexAtStart;
  globalStart.mapIndexAtStart = undefined;
  if (!start || start.db !== getDb() || start.version !== c.loadedVersion) return null;
  return start.built.then((built) => {
    if (!built) return null;
    const rows = new Int32Array(built.ids.length);
    const member = new Uint8Array(c.n);
    for (let i = 0; i < rows.length; i++) {
      const id = built.ids[i]!;
      const r = rowOfId(c, id);
      // Read after the catalogue's revision and then gone from it: cannot happen with a revision log; built anew.
      if (r < 0) return null;
      rows[i] = r;
      member[r] = 1;
    }
    return { ...built.withRows(rows), version: start.version, member };
  });
}

/** Builds the map's cluster index of every sensor (no filters), as the first map request would (warm-up). */
export async function warmClusterIndex() {
  await clusterIndex(emptyParams(SENSOR_FILTERS));
}

/** Waits until the indexes being built are there (tests and the benchmark). */
export async function settledClusterIndexes() {
  await Promise.all([...clusterCache.values()].map((s) => s.building));
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * Drops vertices closer than `tol` degrees to the previous kept one (radial distance) and rounds to
 * `d` decimals. Rings stay closed; lines keep their ends.
 */
function simplify(g: Polygon | LineString, tol: number, d: number): Polygon | LineString {
  const thin = (pts: number[][], min: number) => {
    const out = [pts[0]!];
    for (let i = 1; i < pts.length - 1; i++) {
      const [x, y] = pts[i]!;
      const [px, py] = out[out.length - 1]!;
      if (Math.abs(x! - px!) > tol || Math.abs(y! - py!) > tol) out.push(pts[i]!);
    }
    out.push(pts[pts.length - 1]!);
    return (out.length >= min ? out : pts).map(([x, y]) => [round(x!, d), round(y!, d)]);
  };
  if (g.type === "LineString") return { type: "LineString", coordinates: thin(g.coordinates, 2) };
  return { type: "Polygon", coordinates: g.coordinates.map((ring) => thin(ring, 4)) };
}

/** Parsed geometries of areas and routes by entry id, kept while no sensor changes. */
const globalGeom = globalThis as unknown as { sensorGeometryCache?: { version: number; map: Map<number, Polygon | LineString> } };
function shapeGeometries(version: number, entryIds: number[]): Map<number, Polygon | LineString> {
  if (globalGeom.sensorGeometryCache?.version !== version || globalGeom.sensorGeometryCache.map.size > 50_000)
    globalGeom.sensorGeometryCache = { version, map: new Map() };
  const cache = globalGeom.sensorGeometryCache.map;
  const missing = entryIds.filter((i) => !cache.has(i));
  if (missing.length) {
    const rows = stmt(
      `SELECT e.id AS i, json_extract(e.data, '$.geometry') AS g FROM entries e WHERE e.id IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(missing)) as { i: number; g: string }[];
    for (const r of rows) cache.set(r.i, JSON.parse(r.g) as Polygon | LineString);
  }
  return cache;
}

/**
 * The map's viewport query: clusters and single sensors in `bbox` at `zoom`, for the given filters.
 *
 * Every sensor is clustered by its anchor point (areas and routes by the centre of their extent), so every
 * sensor is counted at every zoom. From SHAPE_ZOOM on, the areas and routes that touch the view are drawn
 * as their shape (simplified to the pixel; the MAP_MAX_SHAPES largest): a stand-alone one replaces its
 * marker, one inside a cluster is drawn as an outline, and one whose centre lies outside the view (a big
 * area you zoomed into) is added — so an area never vanishes, and a response stays small.
 */
export async function sensorClusters({ filters, bbox, zoom }: { filters: SensorFilters; bbox: BBox; zoom: number }): Promise<MapResponse> {
  const z = Math.max(0, Math.min(QUERY_LIMITS.zoom, Math.floor(zoom)));
  const { built, changed } = await clusterIndex(filters);
  const { index, member } = built;
  const base = catalogue();
  const day = todayNumber();
  // Sensors changed since the index was made: shown where they are now, not where the index has them.
  const moved = changed.length ? new Set(changed) : null;
  const passes = moved ? compileFilters(base, filters) : null;
  const matches = (r: number) => (moved?.has(r) ? passes!(r) === 0 : member[r] === 1);
  const d = z >= 17 ? 6 : z >= 11 ? 5 : 4; // decimals: about 0.1 m, 1 m, 10 m
  const features: MapResponse["features"] = [];
  let total = 0;
  let clusters = 0;
  let shapes = 0;
  const point = (r: number): Point & MapSensor["geometry"] => ({ type: "Point", coordinates: [round(base.lon[r]!, d), round(base.lat[r]!, d)] });
  const sensor = (r: number, geometry: MapSensor["geometry"], extra: Partial<MapSensor["properties"]> = {}): MapSensor => {
    const props: MapSensor["properties"] = { name: base.name.get(r), type: typeOf(base, r), ...extra };
    if (geometry.type === "Point" && base.geom[r] !== 0) props.shape = GEOMS[base.geom[r]!] as "Polygon" | "LineString";
    if (isEnded(base, r, day)) props.ended = true;
    return { type: "Feature", id: base.publicId.get(r), geometry, properties: props };
  };

  const found = index.getClusters(bbox, z);
  /** Row → position in `features`, for stand-alone sensors. */
  const singleAt = new Map<number, number>();
  let skipped = 0;
  for (const c of found) {
    if (features.length >= MAP_MAX_FEATURES) break;
    const props = c.properties as Partial<Supercluster.ClusterProperties> & Partial<IndexProps>;
    if (props.cluster) {
      // Single points carry no geometry when the index was built in the worker (db/cluster-index.ts): their
      // position comes from the catalogue row.
      const [lon, lat] = c.geometry.coordinates as [number, number];
      clusters++;
      total += props.point_count!;
      features.push({
        type: "Feature",
        id: `c${props.cluster_id}`,
        geometry: { type: "Point", coordinates: [round(lon, d), round(lat, d)] },
        properties: { count: props.point_count!, expansionZoom: Math.min(index.getClusterExpansionZoom(props.cluster_id!), CLUSTER_MAX_ZOOM + 1) },
      });
    } else {
      if (moved?.has(props.r!)) {
        skipped++;
        continue;
      }
      total++;
      singleAt.set(props.r!, features.length);
      features.push(sensor(props.r!, point(props.r!)));
    }
  }
  let truncated = found.length > features.length + skipped;
  const [x0, y0, x1, y1] = bbox;
  for (const r of changed) {
    if (!matches(r) || base.lon[r]! < x0 || base.lon[r]! > x1 || base.lat[r]! < y0 || base.lat[r]! > y1) continue;
    if (features.length >= MAP_MAX_FEATURES) {
      truncated = true;
      break;
    }
    total++;
    singleAt.set(r, features.length);
    features.push(sensor(r, point(r)));
  }

  if (z >= SHAPE_ZOOM) {
    const [minLon, minLat, maxLon, maxLat] = bbox;
    const pixel = 360 / (256 * 2 ** z); // one pixel, in degrees of longitude
    const size = (r: number) => Math.max(base.maxLon[r]! - base.minLon[r]!, (base.maxLat[r]! - base.minLat[r]!) * 1.6);
    // Areas and routes of the filter that touch the view and are big enough to see, the largest first.
    const touching = (
      stmt(
        `SELECT id FROM sensor_rtree WHERE max_lon >= ? AND min_lon <= ? AND max_lat >= ? AND min_lat <= ?
           AND (max_lon - min_lon >= ? OR max_lat - min_lat >= ?)`,
      )
        .raw()
        .all(minLon, maxLon, minLat, maxLat, MIN_SHAPE_PX * pixel, (MIN_SHAPE_PX * pixel) / 1.6) as [number][]
    )
      .map(([id]) => rowOfId(base, id))
      .filter((r) => r >= 0 && base.kind[r] === 0 && base.geom[r] !== 0 && matches(r))
      .sort((a, b) => size(b) - size(a))
      .slice(0, MAP_MAX_SHAPES);
    const geometries = shapeGeometries(base.sensorVersion, touching.map((r) => base.entryId[r]!));
    for (const r of touching) {
      const g = geometries.get(base.entryId[r]!);
      if (!g) continue;
      // Positions stay [lon, lat] pairs (stored geometries are 2-D, lib/geo.ts).
      const shape = simplify(g, 1.5 * pixel, d) as MapSensor["geometry"];
      const anchor = point(r).coordinates as [number, number];
      const at = singleAt.get(r);
      const centreInView = base.lon[r]! >= minLon && base.lon[r]! <= maxLon && base.lat[r]! >= minLat && base.lat[r]! <= maxLat;
      if (at !== undefined) features[at] = sensor(r, shape, { anchor }); // stand-alone: the shape replaces the marker
      else if (centreInView) features.push(sensor(r, shape, { anchor, inCluster: true })); // counted in a cluster
      else {
        features.push(sensor(r, shape, { anchor })); // reaches into the view from outside
        total++;
      }
      shapes++;
    }
  }
  const outlines = features.filter((f) => "inCluster" in f.properties).length;
  return {
    type: "FeatureCollection",
    features,
    meta: { bbox, zoom: z, total, clusters, sensors: features.length - clusters - outlines, shapes, truncated },
  };
}

export { hasFilter as sensorFiltersActive };
