/**
 * The query parameters of the register's pages and read API, each set once, built from the kinds of
 * lib/query-params.ts (one mechanism, one set of limits, one problem shape). Pages read theirs with
 * `pageQuery` (never refuses; says what it left out), API routes with `apiQuery` (a 400 listing every
 * problem: lib/api.ts `queryError`). lib/openapi.ts publishes the API's sets from the same schemas.
 *
 *   set              used by                                             parameters
 *   SEARCH_QUERY     /{locale}/search, GET /api/v1/search                q, kind, organisation, type, theme, category, value, status, sort, page, pageSize
 *   ALGORITHM_QUERY  /{locale}/algorithms, GET /api/v1/algorithms        organisation, theme, status, category, value, q, sort, page, pageSize
 *   SENSOR_FILTERS   the sensors' filters                                type, theme, value, organisation, personalData, state, q
 *   MAP_PAGE_QUERY   /{locale}/map (lat, lon, zoom are the map's own)     the filters, place, show
 *   SENSOR_LIST_QUERY  /{locale}/sensors                                 the filters, page
 *   SENSOR_API_QUERY   GET /api/v1/sensors                               the filters, bbox, page, pageSize (features: up to 1,000)
 *   CLUSTER_QUERY    GET /api/v1/sensors/clusters                        the filters, bbox and zoom (both required)
 *   FEED_QUERY       GET /api/v1/feeds/changes.atom                      kind, organisation, lang
 *   FORMAT_QUERY     GET /api/v1/algorithms/{id}                         format
 *   ORGANISATION_QUERY  /{locale}/organisations, GET /api/v1/organisations   q, sort
 *
 * Organisation slugs must name an organisation that exists (the one check made against the database).
 */
import "server-only";
import { valueSlugs } from "@/lib/codio";
import { routing } from "@/lib/i18n/routing";
import {
  bbox,
  lenientParams,
  oneOf,
  ORGANISATION_SORTS,
  oneOrMore,
  organisation,
  organisations,
  page,
  pageSize,
  parseParams,
  QUERY_LIMITS,
  required,
  SORTS,
  text,
  zoom,
  type ParamInput,
  type ParamProblem,
  type ParamSpec,
  type ParsedQuery,
  type QueryOf,
} from "@/lib/query-params";
import { algorithmStatuses, entryKinds, lifecycleStates, publicationCategories, sensorTypes, themes } from "@/lib/vocab";
import { getDb } from "./client";

export type { ParamProblem };

/** One search over both registers: the search page and GET /api/v1/search. */
export const SEARCH_QUERY = {
  q: text(),
  kind: oneOrMore(entryKinds.slugs),
  organisation: organisations(),
  type: oneOrMore(sensorTypes.slugs),
  /** A main theme includes its sub-themes. */
  theme: oneOrMore(themes.slugs),
  category: oneOrMore(publicationCategories.slugs),
  value: oneOrMore(valueSlugs),
  status: oneOrMore(lifecycleStates.slugs),
  sort: oneOf(SORTS),
  page: page(),
  pageSize: pageSize(),
} satisfies ParamSpec;
export type SearchQuery = QueryOf<typeof SEARCH_QUERY>;
/** The search's filters (values within one are alternatives, filters combine). */
export const SEARCH_FILTERS = ["kind", "organisation", "type", "theme", "category", "value", "status"] as const satisfies readonly (keyof SearchQuery)[];

/** The algorithm list: /{locale}/algorithms and GET /api/v1/algorithms. */
export const ALGORITHM_QUERY = {
  organisation: organisations(),
  theme: oneOrMore(themes.slugs),
  status: oneOrMore(algorithmStatuses.slugs),
  category: oneOrMore(publicationCategories.slugs),
  value: oneOrMore(valueSlugs),
  q: text(),
  sort: oneOf(SORTS),
  page: page(),
  pageSize: pageSize(),
} satisfies ParamSpec;
export type AlgorithmQuery = QueryOf<typeof ALGORITHM_QUERY>;
export const ALGORITHM_FILTERS = ["organisation", "theme", "status", "category", "value"] as const satisfies readonly (keyof AlgorithmQuery)[];

/** What filters sensors, on the map, the sensor list and the sensor API. */
export const SENSOR_FILTERS = {
  type: oneOrMore(sensorTypes.slugs),
  theme: oneOrMore(themes.slugs),
  value: oneOrMore(valueSlugs),
  organisation: organisations(),
  personalData: oneOrMore(["yes", "no"] as const),
  /** active: not ended (a start date still ahead included); ended: archived, or past its end date. */
  state: oneOrMore(["active", "ended"] as const),
  q: text(),
} satisfies ParamSpec;
export type SensorFilters = QueryOf<typeof SENSOR_FILTERS>;
export type SensorFilter = keyof SensorFilters;

/** The map page: the filters, a place to find (`place`) and a sensor to show (`show`, its public id). */
export const MAP_PAGE_QUERY = { ...SENSOR_FILTERS, place: text(), show: text() } satisfies ParamSpec;

/** The sensor list page (20 to a page; the page size is the page's own). */
export const SENSOR_LIST_QUERY = { ...SENSOR_FILTERS, page: page() } satisfies ParamSpec;
export type SensorListQuery = QueryOf<typeof SENSOR_LIST_QUERY>;

/** GET /api/v1/sensors: GeoJSON features, up to QUERY_LIMITS.featurePageSize to a page. */
export const SENSOR_API_QUERY = {
  ...SENSOR_FILTERS,
  bbox: bbox(),
  page: page(),
  pageSize: pageSize({ max: QUERY_LIMITS.featurePageSize, default: QUERY_LIMITS.defaultFeaturePageSize }),
} satisfies ParamSpec;
export type SensorApiQuery = QueryOf<typeof SENSOR_API_QUERY>;

/** GET /api/v1/sensors/clusters: what the map shows in a viewport; not paged. */
export const CLUSTER_QUERY = {
  ...SENSOR_FILTERS,
  bbox: required(bbox(), "'bbox' is required: minLon,minLat,maxLon,maxLat (WGS84 degrees)."),
  zoom: required(zoom(), `'zoom' is required: a number from 0 to ${QUERY_LIMITS.zoom}.`),
} satisfies ParamSpec;
export type ClusterQuery = QueryOf<typeof CLUSTER_QUERY>;

/** GET /api/v1/feeds/changes.atom. */
export const FEED_QUERY = {
  kind: oneOf(entryKinds.slugs),
  organisation: organisation(),
  lang: oneOf(routing.locales),
} satisfies ParamSpec;
export type FeedParams = QueryOf<typeof FEED_QUERY>;

/** GET /api/v1/algorithms/{id}: the record in another shape. */
export const FORMAT_QUERY = { format: oneOf(["algoritmeregister-1.0"] as const) } satisfies ParamSpec;

/** The organisation list: /{locale}/organisations and GET /api/v1/organisations (not paged). */
export const ORGANISATION_QUERY = { q: text(), sort: oneOf(ORGANISATION_SORTS) } satisfies ParamSpec;
export type OrganisationQuery = QueryOf<typeof ORGANISATION_QUERY>;

/** Organisation slugs that name no organisation, as problems. */
function organisationsExist(query: Readonly<Record<string, unknown>>): ParamProblem[] {
  const given = query.organisation;
  const slugs = Array.isArray(given) ? (given as string[]) : typeof given === "string" ? [given] : [];
  if (!slugs.length) return [];
  const found = new Set(
    getDb().$client.prepare("SELECT slug FROM organisations WHERE slug IN (SELECT value FROM json_each(?))").pluck().all(JSON.stringify(slugs)) as string[],
  );
  return slugs
    .filter((s) => !found.has(s))
    .map((value) => ({ parameter: "organisation", value, message: `No organisation with slug '${value}'.` }));
}

/** For an API route: the query, or every problem with it (unknown parameters included). */
export function apiQuery<S extends ParamSpec>(spec: S, input: ParamInput): ParsedQuery<QueryOf<S>> {
  return parseParams(spec, input, { strict: true, check: organisationsExist });
}

/**
 * For a page: the query made of everything usable, and what was left out (to say so). Unknown parameters are
 * ignored.
 */
export function pageQuery<S extends ParamSpec>(spec: S, input: ParamInput): { query: QueryOf<S>; ignored: ParamProblem[] } {
  return lenientParams(spec, input, { check: organisationsExist });
}
