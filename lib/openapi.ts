/**
 * The OpenAPI 3.1 document of the API (GET /api/v1/openapi.json) and the JSON Schema per entity
 * (GET /api/v1/schemas/{file}), generated — never written by hand — from the zod schemas the code itself uses:
 *
 * - answers and request bodies from lib/schemas/api.ts (the builders of the answers are typed with them, the
 *   write API reads bodies through them), converted with zod's `z.toJSONSchema`: answers as zod *outputs*
 *   (what the register writes; objects closed), bodies as zod *inputs* (what a client may send);
 * - query parameters from the register's parameter sets (db/query-params.ts, built from the kinds of
 *   lib/query-params.ts), whose zod schemas validate them: names, types, enumerations, limits and defaults;
 *   only the prose is written here.
 *
 * What this file adds by hand is what no schema knows: paths, summaries, which status an operation answers
 * with, headers. lib/openapi.test.ts checks that the document is valid OpenAPI 3.1 and covers every route;
 * lib/openapi-answers.test.ts validates real answers of every endpoint against it.
 */
import "server-only";
import { z } from "zod";
import { ALGORITHM_QUERY, CLUSTER_QUERY, FEED_QUERY, FORMAT_QUERY, ORGANISATION_QUERY, SEARCH_QUERY, SENSOR_API_QUERY } from "@/db/query-params";
import { siteUrl, writeApiRateLimit } from "@/lib/config";
import { csvColumns } from "@/lib/formats/csv";
import { MAX_API_BODY_BYTES } from "@/lib/limits";
import { FEED_LIMIT } from "@/lib/open-data";
import { QUERY_LIMITS, type ParamSpec } from "@/lib/query-params";
import { API_CACHE_CONTROL } from "@/lib/caching";
import * as S from "@/lib/schemas/api";

type JsonSchema = Record<string, unknown>;
type Io = "input" | "output";

/* ------------------------------------------------------------------------------------------------
 * Converting zod schemas
 * ---------------------------------------------------------------------------------------------- */

/**
 * zod's converter, with one rule added: a transform must say what it gives (a `.meta` with its `type`, like the
 * sanitising transform of rich text in lib/schemas/levels.ts). Anything else that JSON Schema cannot express
 * fails the conversion, so nothing is silently published as "anything".
 */
function convertOptions(io: Io) {
  return {
    target: "draft-2020-12" as const,
    io,
    unrepresentable: "any" as const,
    override: ({ zodSchema, jsonSchema, path }: { zodSchema: z.core.$ZodType; jsonSchema: JsonSchema; path: (string | number)[] }) => {
      const def = zodSchema._zod.def as { type: string; items?: { _zod: { optin?: string } }[]; rest?: unknown };
      const type = def.type;
      // zod gives a tuple only `prefixItems`, which lets shorter and longer arrays through: say its length.
      if (type === "tuple") {
        jsonSchema.minItems ??= def.items!.filter((i) => i._zod.optin !== "optional").length;
        if (!def.rest) jsonSchema.maxItems ??= def.items!.length;
      }
      if ((type === "transform" || type === "custom" || type === "function" || type === "map" || type === "set") && !("type" in jsonSchema))
        throw new Error(`A ${type} has no JSON Schema (at ${path.join(".") || "the root"}): say what it gives with .meta({ type: … }).`);
    },
  };
}

const without = (o: JsonSchema, ...keys: string[]) => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));

/** One zod schema as a self-contained JSON Schema 2020-12 document. */
export function jsonSchemaOf(schema: z.ZodType, io: Io): JsonSchema {
  return z.toJSONSchema(schema, convertOptions(io)) as JsonSchema;
}

/** Named schemas as OpenAPI components: each one a `$ref` wherever another uses it. */
function components(named: Record<string, z.ZodType>, io: Io): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { ...convertOptions(io), uri: (id) => `#/components/schemas/${id}` }) as {
    schemas: Record<string, JsonSchema>;
  };
  if ("__shared" in schemas) throw new Error("A schema is used in a cycle: give it a name in lib/openapi.ts.");
  // Components live inside the document: no dialect or id of their own.
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, without(schema, "$schema", "$id")]));
}

/** What the API answers (zod outputs). */
const ANSWERS = {
  Error: S.errorSchema,
  QueryError: S.queryErrorSchema,
  ApiProblem: S.apiProblemSchema,
  ApiFieldProblem: S.apiFieldProblemSchema,
  Organisation: S.organisationRefSchema,
  PageLinks: S.pageLinksSchema,
  SensorFeature: S.sensorFeatureSchema,
  SensorCollection: S.sensorCollectionSchema,
  SensorDownload: S.sensorDownloadSchema,
  MapCluster: S.mapClusterSchema,
  MapSensor: S.mapSensorSchema,
  MapResponse: S.mapResponseSchema,
  Algorithm: S.algorithmItemSchema,
  AlgorithmAnswer: S.algorithmAnswerSchema,
  AlgorithmList: S.algorithmListSchema,
  AlgoritmeregisterRecord: S.standardRecordSchema,
  SearchHit: S.searchHitSchema,
  SearchAnswer: S.searchAnswerSchema,
  Taxonomy: S.taxonomySchema,
  Figures: S.figuresSchema,
  OrganisationSummary: S.organisationSummarySchema,
  OrganisationList: S.organisationListSchema,
  OrganisationDetail: S.organisationDetailSchema,
  OrganisationAnswer: S.organisationAnswerSchema,
  RegisterLine: S.registerLineSchema,
  WriteAnswer: S.writeAnswerSchema,
} satisfies Record<string, z.ZodType>;

/** What the write API takes (zod inputs). */
const BODIES = {
  SensorInput: S.sensorFeatureInputSchema,
  AlgorithmItemInput: S.algorithmItemInputSchema,
  AlgorithmInput: S.algorithmBodySchema,
} satisfies Record<string, z.ZodType>;

export type ComponentName = keyof typeof ANSWERS | keyof typeof BODIES;

/* ------------------------------------------------------------------------------------------------
 * The JSON Schema per entity: /api/v1/schemas/{file}
 * ---------------------------------------------------------------------------------------------- */

export const SCHEMAS_PATH = "/api/v1/schemas";

/** The published JSON Schemas, by file name, with the zod schema and the side (output: answers; input: bodies). */
export const SCHEMA_FILES = {
  "sensor.json": { schema: S.sensorContentSchema, io: "output", title: "Sensor (content)" },
  "algorithm.json": { schema: S.algorithmContentSchema, io: "output", title: "Algorithm (content)" },
  "sensor-feature.json": { schema: S.sensorFeatureSchema, io: "output", title: "Sensor as a GeoJSON Feature (GET /api/v1/sensors/{id})" },
  "algorithm-item.json": { schema: S.algorithmItemSchema, io: "output", title: "Algorithm (GET /api/v1/algorithms/{id}, inside `data`)" },
  "algoritmeregister-1.0-record.json": { schema: S.standardRecordSchema, io: "output", title: "Record of the Algoritmeregister publication standard 1.0" },
  "register-line.json": { schema: S.registerLineSchema, io: "output", title: "Line of register.ndjson" },
  "sensor-input.json": { schema: S.sensorFeatureInputSchema, io: "input", title: "Sensor for the write API (POST /api/v1/sensors)" },
  "algorithm-input.json": { schema: S.algorithmBodySchema, io: "input", title: "Algorithm for the write API (POST /api/v1/algorithms)" },
} satisfies Record<string, { schema: z.ZodType; io: Io; title: string }>;
export type SchemaFile = keyof typeof SCHEMA_FILES;
export const isSchemaFile = (file: string): file is SchemaFile => Object.hasOwn(SCHEMA_FILES, file);

const fileCache = new Map<SchemaFile, JsonSchema>();
/** One entity's JSON Schema 2020-12, with its stable address as `$id`. */
export function publishedSchema(file: SchemaFile): JsonSchema {
  let out = fileCache.get(file);
  if (!out) {
    const { schema, io, title } = SCHEMA_FILES[file];
    const { $schema, ...rest } = jsonSchemaOf(schema, io);
    out = { $schema, $id: `${siteUrl}${SCHEMAS_PATH}/${file}`, title, ...rest };
    fileCache.set(file, out);
  }
  return out;
}

/* ------------------------------------------------------------------------------------------------
 * Query parameters, from the parameter sets (db/query-params.ts)
 * ---------------------------------------------------------------------------------------------- */

type Param = { name: string; in: "query" | "path" | "header"; required: boolean; description?: string; schema: JsonSchema; style?: string; explode?: boolean; example?: unknown };

const LIST_NOTE = " Repeat the parameter or separate values with commas; values of one filter are alternatives (OR), different filters combine (AND).";
const Q = `Free text. Whatever is typed is treated as words, never as query syntax; case and accents do not matter; every word matches as a prefix (and in a few simple Dutch variants); when no entry has all the words, entries with some of them are returned (\`meta.match.mode\` says \`any\` where given). Longer than ${QUERY_LIMITS.text.toLocaleString("en")} characters is cut.`;

/** The prose of each parameter (its schema comes from the parser). */
const PARAM_TEXT: Record<string, string> = {
  q: Q,
  type: "Sensor type(s).",
  theme: "Theme slug(s), e.g. `mobiliteit/parkeren`.",
  value: "CODIO value slug(s) the entry serves or puts at stake.",
  organisation: "Organisation slug(s); an organisation that does not exist is refused (400).",
  personalData: "Whether the sensor processes personal data (`yes`, `no`).",
  state: "`active`, or `ended` (archived or past its end date).",
  bbox: "Viewport as `minLon,minLat,maxLon,maxLat` (WGS84). Entries whose geometry intersects it.",
  zoom: "Map zoom level (a fraction is rounded down); clusters come apart as it grows.",
  lang: "Language of titles, summaries and links (default `nl`).",
  format: "`algoritmeregister-1.0`: the record in the shape of the national Algoritmeregister publication standard 1.0 instead.",
  page: "Page number, from 1.",
  pageSize: "Entries per page.",
  sort: "Order: `relevance` (with a text query; the default then), `name`, or `newest`.",
  kind: "Kind of entry.",
  category: "Publication category of algorithms.",
};
const SEARCH_STATUS =
  "In use or not: `in_use`; `in_development` (algorithms in development, sensors whose start date is ahead); `ended` (archived, sensors past their end date, algorithms out of use).";

/**
 * The query parameters of a parameter set as OpenAPI parameters: each one's schema is the input side of its
 * zod schema (what a client sends); a filter's is an array, sent as the parameter repeated.
 */
function queryParameters(spec: ParamSpec, o: { text?: Record<string, string> } = {}): Param[] {
  return Object.entries(spec).map(([name, param]) => {
    const schema = without(jsonSchemaOf(param.schema, "input"), "$schema");
    const description = o.text?.[name] ?? PARAM_TEXT[name];
    return {
      name,
      in: "query" as const,
      required: Boolean(param.required),
      ...(description ? { description: param.many ? description + LIST_NOTE : description } : {}),
      schema,
      ...(param.many ? { style: "form", explode: true } : {}),
    };
  });
}

const idParam = (kind: "sensor" | "algorithm"): Param => ({
  name: "id",
  in: "path",
  required: true,
  description: `Public id of the ${kind}.`,
  schema: jsonSchemaOf(kind === "sensor" ? S.sensorIdSchema : S.algorithmIdSchema, "input"),
});

/* ------------------------------------------------------------------------------------------------
 * Responses
 * ---------------------------------------------------------------------------------------------- */

const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });
const content = (schema: JsonSchema, types: readonly string[] = ["application/json"]) => ({
  content: Object.fromEntries(types.map((t) => [t, { schema }])),
});
const error = (description: string, headers?: Record<string, unknown>) => ({ description, ...(headers ? { headers } : {}), ...content(ref("Error")) });
const GEOJSON = ["application/geo+json"] as const;

/** Every read answer: an ETag, and how long caches may keep it (lib/caching.ts). */
const etagHeader = {
  ETag: { description: "Send it back as If-None-Match: 304 while nothing changed (the data, the date, the build).", schema: { type: "string" } },
  "Cache-Control": { description: `\`${API_CACHE_CONTROL}\`: shared caches may serve it briefly, and everyone asks again with If-None-Match.`, schema: { type: "string" } },
};
const notModified = { "304": { description: "Not modified: the If-None-Match ETag is still current.", headers: etagHeader } };
/** The one 400 of every route that reads query parameters (lib/api.ts `queryError`). */
const queryError = (description: string) => ({ "400": { description, ...content(ref("QueryError")) } });
const badQuery = queryError(
  "A parameter is unknown, malformed or given twice (a filter may be repeated), a value is not allowed, or an organisation does not exist; `problems` lists every one. Nothing is searched.",
);
const notFound = (what: string) => ({ "404": error(`No published or archived ${what} with this id.`) });

/** The answers every write can give besides its success. */
function writeErrors(put: boolean) {
  return {
    "400": error(
      "The body is not JSON, not the entity's shape, has fields the register does not know (`unknownField`), or holds what no draft may hold; `problems` lists every field with its path in the body as sent. Nothing was saved." +
        (put ? " Also: a malformed If-Match." : ""),
    ),
    "401": error("No token, not a bearer token, or an unknown or revoked one.", {
      "WWW-Authenticate": { description: "`Bearer realm=\"transparantieregister\"`, with `error=\"invalid_token\"` for a token that is not valid.", schema: { type: "string" } },
    }),
    "403": error(
      put ? "The entry belongs to another organisation than the token's, or the token's scope does not allow writing." : "The token's scope does not allow writing.",
    ),
    ...(put
      ? {
          "404": error("No entry of this kind with this id."),
          "409": error("The entry is archived, or someone saved the draft at the same moment (`draftVersion` says where it is now)."),
          "412": error("If-Match names another draft version than the current one (`draftVersion`).", {
            ETag: { description: "The current draft version, quoted.", schema: { type: "string" } },
          }),
        }
      : {}),
    "413": error(`The body is larger than ${MAX_API_BODY_BYTES} bytes.`),
    "415": error("The body is not sent as JSON (`application/json` or `application/geo+json`)."),
    "429": error(`More than ${writeApiRateLimit} writes a minute with this token.`, {
      "Retry-After": { description: "Seconds to wait.", schema: { type: "integer", minimum: 1 } },
    }),
  };
}

function writeOperation(kind: "sensor" | "algorithm", put: boolean) {
  const body = kind === "sensor" ? ref("SensorInput") : ref("AlgorithmInput");
  const draftHeaders = {
    ETag: { description: 'The draft version, quoted: send it as `If-Match` with the next PUT.', schema: { type: "string" } },
    ...(put ? {} : { Location: { description: "The entry's address in this API.", schema: { type: "string", format: "uri" } } }),
  };
  return {
    summary: put ? `Save a new draft of a ${kind}` : `Create a ${kind} as a draft`,
    description:
      (put
        ? `A new draft of a ${kind} of the token's organisation; the id in the path decides which. A published ${kind} gets a draft beside it and stays live until a publisher approves the draft. \`If-Match: "<draftVersion>"\` is honoured.`
        : `A new ${kind} as a draft of the token's organisation.`) +
      ` The body is the ${kind} in the shape the read API answers (${kind === "sensor" ? "a GeoJSON Feature" : "bare, or in its `{\"data\": …}` wrapper"}); read-only fields are ignored, \`null\` is empty. Only a name is needed for a draft; the answer lists what still stands between the draft and publication. A publisher reviews every draft in the workspace.`,
    security: [{ token: [] }],
    ...(put
      ? {
          parameters: [
            idParam(kind),
            {
              name: "If-Match",
              in: "header",
              required: false,
              description: 'The draft version the change is based on, quoted (`"3"`); several may be listed; `*` is any.',
              schema: { type: "string" },
            },
          ],
        }
      : {}),
    requestBody: { required: true, ...content(body, kind === "sensor" ? ["application/geo+json", "application/json"] : ["application/json"]) },
    responses: {
      [put ? "200" : "201"]: { description: "The draft as saved.", headers: draftHeaders, ...content(ref("WriteAnswer")) },
      ...writeErrors(put),
    },
  };
}

/* ------------------------------------------------------------------------------------------------
 * The downloads
 * ---------------------------------------------------------------------------------------------- */

const downloadHeaders = {
  ...etagHeader,
  "Content-Disposition": { description: "`attachment; filename=…`", schema: { type: "string" } },
};

function csvDownload(kind: "sensor" | "algorithm") {
  const columns = csvColumns(kind);
  return {
    get: {
      summary: `Every ${kind} as CSV`,
      description:
        `Every published and archived ${kind}, one row each, streamed: UTF-8 with a byte-order mark, comma-separated, RFC 4180 quoting, CRLF. ` +
        "A row starts with the entry (id, canonical url, organisation slug and name, registerStatus, revision, publishedAt, endedOn), then every content field. " +
        "Lists of codes as `a; b`, structured values as JSON, booleans as `true`/`false`; text a spreadsheet would run as a formula (starting with =, +, -, @) gets a leading apostrophe." +
        (kind === "sensor" ? " `longitude` and `latitude` give the anchor point (the point, or the middle of an area or route)." : "") +
        ` Columns: ${columns.map((c) => `\`${c.name}\``).join(", ")}.`,
      responses: {
        "200": { description: "The CSV file.", headers: downloadHeaders, content: { "text/csv": { schema: { type: "string" } } } },
        ...notModified,
      },
    },
  };
}

/* ------------------------------------------------------------------------------------------------
 * The document
 * ---------------------------------------------------------------------------------------------- */

function buildDocument() {
  const sensorParams = queryParameters(SENSOR_API_QUERY, { text: { pageSize: `Features per page (at most ${QUERY_LIMITS.featurePageSize}; see the README on why this list allows more).` } });
  const clusterParams = queryParameters(CLUSTER_QUERY);
  const algorithmParams = queryParameters(ALGORITHM_QUERY, {
    text: { status: "Status of the algorithm.", category: "Publication category.", pageSize: `Entries per page (at most ${QUERY_LIMITS.pageSize}).` },
  });
  const searchParams = queryParameters(SEARCH_QUERY, { text: { status: SEARCH_STATUS, type: "Sensor type(s) (sensors only).", pageSize: `Entries per page (at most ${QUERY_LIMITS.pageSize}).` } });
  const organisationParams = queryParameters(ORGANISATION_QUERY, {
    text: { q: "Part of the organisation's name or slug (case and accents do not matter).", sort: "Order: `name` (default), or most `sensors` or `algorithms` first." },
  });
  const feedParams = queryParameters(FEED_QUERY, {
    text: { kind: "Only sensors or only algorithms.", organisation: "Only this organisation's entries (its slug; it must exist)." },
  });

  return {
    openapi: "3.1.0",
    info: {
      title: "Transparantieregister API",
      version: "1.0.0",
      description:
        "Published and archived sensors and algorithms of Dutch public bodies, linked to the values of the Code Goed Digitaal Openbaar Bestuur (CODIO). " +
        "Reading needs no login and CORS is open; every entry has a stable public id and a canonical page URL. " +
        "Writing (POST and PUT) takes a bearer token of an organisation and only ever saves drafts, which a publisher reviews. " +
        `This document is generated from the register's own schemas; the JSON Schema of each entity is published apart under ${siteUrl}${SCHEMAS_PATH}/ (${Object.keys(SCHEMA_FILES).join(", ")}).`,
      license: { name: "EUPL-1.2", identifier: "EUPL-1.2" },
    },
    servers: [{ url: siteUrl }],
    tags: [
      { name: "read", description: "The public read API." },
      { name: "write", description: "The write API: drafts, with an organisation's token." },
      { name: "open data", description: "Downloads of the whole register, and the feed of changes." },
      { name: "description", description: "This document and the JSON Schemas." },
    ],
    paths: {
      "/api/v1/values": {
        get: {
          tags: ["read"],
          summary: "The CODIO taxonomy",
          description:
            "Foundations, principles, values (with Dutch and English names and definitions), the six categories of organisational actions, and the report's example actions per value.",
          responses: { "200": { description: "The taxonomy.", headers: etagHeader, ...content(ref("Taxonomy")) }, ...notModified },
        },
      },
      "/api/v1/sensors": {
        get: {
          tags: ["read"],
          summary: "Sensors as a GeoJSON FeatureCollection",
          parameters: sensorParams,
          responses: { "200": { description: "One page of sensors.", headers: etagHeader, ...content(ref("SensorCollection"), GEOJSON) }, ...notModified, ...badQuery },
        },
        post: { tags: ["write"], ...writeOperation("sensor", false) },
      },
      "/api/v1/sensors/{id}": {
        get: {
          tags: ["read"],
          summary: "One sensor as a GeoJSON Feature",
          parameters: [idParam("sensor")],
          responses: { "200": { description: "The sensor.", headers: etagHeader, ...content(ref("SensorFeature"), GEOJSON) }, ...notModified, ...notFound("sensor") },
        },
        put: { tags: ["write"], ...writeOperation("sensor", true) },
      },
      "/api/v1/sensors/clusters": {
        get: {
          tags: ["read"],
          summary: "What the map shows in a viewport",
          description: "Clusters with counts, single sensors, and areas and routes as shapes when zoomed in. Same filters as /api/v1/sensors; not paged.",
          parameters: clusterParams,
          responses: {
            "200": { description: "A FeatureCollection of clusters and sensors.", headers: etagHeader, ...content(ref("MapResponse"), GEOJSON) },
            ...notModified,
            ...badQuery,
          },
        },
      },
      "/api/v1/algorithms": {
        get: {
          tags: ["read"],
          summary: "Algorithms",
          parameters: algorithmParams,
          responses: { "200": { description: "One page of algorithms with facet counts.", headers: etagHeader, ...content(ref("AlgorithmList")) }, ...notModified, ...badQuery },
        },
        post: { tags: ["write"], ...writeOperation("algorithm", false) },
      },
      "/api/v1/algorithms/{id}": {
        get: {
          tags: ["read"],
          summary: "One algorithm",
          parameters: [idParam("algorithm"), ...queryParameters(FORMAT_QUERY)],
          responses: {
            "200": {
              description: "The algorithm in `data` (`AlgorithmAnswer`); with `format=algoritmeregister-1.0` the standard's record (`AlgoritmeregisterRecord`).",
              headers: etagHeader,
              ...content({ oneOf: [ref("AlgorithmAnswer"), ref("AlgoritmeregisterRecord")] }),
            },
            ...notModified,
            ...badQuery,
            ...notFound("algorithm"),
          },
        },
        put: { tags: ["write"], ...writeOperation("algorithm", true) },
      },
      "/api/v1/organisations": {
        get: {
          tags: ["read"],
          summary: "Organisations with published entries",
          description: "Every organisation with at least one published or archived entry, with its number of sensors and algorithms. Not paged.",
          parameters: organisationParams,
          responses: { "200": { description: "The organisations.", headers: etagHeader, ...content(ref("OrganisationList")) }, ...notModified, ...badQuery },
        },
      },
      "/api/v1/organisations/{slug}": {
        get: {
          tags: ["read"],
          summary: "One organisation",
          description:
            "Its contact, where to object to a decision (web form and postal address), links to its sensors, algorithms and feed, and its figures (as `/api/v1/figures`, for its entries only).",
          parameters: [{ name: "slug", in: "path", required: true, description: "The organisation's slug.", schema: { type: "string" } }],
          responses: {
            "200": { description: "The organisation in `data`.", headers: etagHeader, ...content(ref("OrganisationAnswer")) },
            ...notModified,
            "404": error("No organisation with published or archived entries has this slug."),
          },
        },
      },
      "/api/v1/figures": {
        get: {
          tags: ["read"],
          summary: "The register in figures",
          description:
            "The counts behind the figures page: sensors by type, theme and state, algorithms by category and status, the CODIO values served and at stake, how complete the value assessments are, and the contest routes of impactful and high-risk algorithms.",
          responses: { "200": { description: "The figures.", headers: etagHeader, ...content(ref("Figures")) }, ...notModified },
        },
      },
      "/api/v1/search": {
        get: {
          tags: ["read"],
          summary: "One search over both registers",
          parameters: searchParams,
          responses: {
            "200": { description: "Matching entries of both kinds, with highlighted snippets and facet counts.", headers: etagHeader, ...content(ref("SearchAnswer")) },
            ...notModified,
            ...badQuery,
          },
        },
      },
      "/api/v1/export/sensors.csv": csvDownload("sensor"),
      "/api/v1/export/algorithms.csv": csvDownload("algorithm"),
      "/api/v1/export/sensors.geojson": {
        get: {
          tags: ["open data"],
          summary: "Every sensor as one GeoJSON FeatureCollection",
          description: "Every published and archived sensor, each exactly the Feature of `/api/v1/sensors/{id}`, streamed.",
          responses: { "200": { description: "A FeatureCollection.", headers: downloadHeaders, ...content(ref("SensorDownload"), GEOJSON) }, ...notModified },
        },
      },
      "/api/v1/export/algoritmeregister-1.0.json": {
        get: {
          tags: ["open data"],
          summary: "All algorithms in the national standard's shape",
          description:
            "Every published and archived algorithm as a JSON array of records of the Algoritmeregister publication standard 1.0 (streamed). Imported records come back with the values they were imported with; archived algorithms have status `Buiten gebruik`.",
          responses: {
            "200": { description: "A JSON array of records.", headers: downloadHeaders, ...content({ type: "array", items: ref("AlgoritmeregisterRecord") }) },
            ...notModified,
          },
        },
      },
      "/api/v1/export/register.ndjson": {
        get: {
          tags: ["open data"],
          summary: "Every published version of every entry, as NDJSON",
          description:
            "The public history of the whole register: one JSON object per line for every published version (revision) of every sensor and algorithm, oldest first, streamed. Officials' names are not included, only the organisation.",
          responses: {
            "200": { description: "Newline-delimited JSON; the schema is that of each line.", headers: downloadHeaders, ...content(ref("RegisterLine"), ["application/x-ndjson"]) },
            ...notModified,
          },
        },
      },
      "/api/v1/feeds/changes.atom": {
        get: {
          tags: ["open data"],
          summary: "Atom feed of changes",
          description: `The latest ${FEED_LIMIT} published versions — first publications ("Gepubliceerd: …"), changes ("Gewijzigd: …") and archivings ("Gearchiveerd: …") — newest first. Each entry links to the entry's canonical page, has a stable tag: URI as id, the change note as summary and the organisation as author.`,
          parameters: feedParams,
          responses: {
            "200": { description: "An Atom 1.0 feed (RFC 4287).", headers: etagHeader, content: { "application/atom+xml": { schema: { type: "string" } } } },
            ...notModified,
            ...queryError("An unknown parameter or value, a parameter given twice, or an organisation that does not exist; `problems` lists every one."),
          },
        },
      },
      "/api/v1/openapi.json": {
        get: {
          tags: ["description"],
          summary: "This document",
          responses: { "200": { description: "OpenAPI 3.1, generated from the register's schemas.", headers: etagHeader, ...content({ type: "object" }) }, ...notModified },
        },
      },
      [`${SCHEMAS_PATH}/{file}`]: {
        get: {
          tags: ["description"],
          summary: "The JSON Schema of an entity",
          description:
            "JSON Schema 2020-12, generated from the same schemas as this document, with its own address as `$id`: content as published (`sensor.json`, `algorithm.json`), the read API's shapes (`sensor-feature.json`, `algorithm-item.json`), the downloads' (`algoritmeregister-1.0-record.json`, `register-line.json`) and what the write API takes (`sensor-input.json`, `algorithm-input.json`).",
          parameters: [{ name: "file", in: "path", required: true, schema: { type: "string", enum: Object.keys(SCHEMA_FILES) } }],
          responses: {
            "200": { description: "The JSON Schema.", headers: etagHeader, content: { "application/schema+json": { schema: { type: "object" } } } },
            ...notModified,
            "404": error("No schema by this name."),
          },
        },
      },
    },
    components: {
      schemas: { ...components(ANSWERS, "output"), ...components(BODIES, "input") },
      securitySchemes: {
        token: {
          type: "http",
          scheme: "bearer",
          description: "A token of an organisation (`trg_` and 43 characters), made by one of its publishers in the workspace.",
        },
      },
    },
  };
}

let cached: ReturnType<typeof buildDocument> | undefined;
/** The OpenAPI 3.1 document (built once per process). */
export function openApiDocument() {
  return (cached ??= buildDocument());
}
