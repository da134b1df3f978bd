/**
 * The OpenAPI 3.1 description of the public read API. Enumerations come from lib/vocab and lib/codio,
 * so the description cannot drift from what the API accepts; a unit test checks that every route under
 * app/api/v1 is described.
 */
import { actionCategorySlugs, valueSlugs } from "@/lib/codio";
import { siteUrl } from "@/lib/config";
import { algorithmStatuses, entryKinds, lifecycleStates, publicationCategories, sensorTypes, themes } from "@/lib/vocab";
import { STANDARD_1_0, type StandardProperty } from "@/lib/formats/algoritmeregister-1.0";
import { csvColumns } from "@/lib/formats/csv";
import { REGISTER_LINE_FIELDS } from "@/lib/formats/ndjson";
import { FEED_LIMIT } from "@/lib/open-data";

/** JSON Schema of a record of the national standard 1.0, from the same rules the importer and the export use. */
function standardRecordSchema() {
  const prop = (p: StandardProperty): Record<string, unknown> => {
    const nullable = p.required !== true;
    if (p.type === "array")
      return {
        type: nullable ? ["array", "null"] : "array",
        items: p.permitted_values
          ? enumOf(p.permitted_values)
          : { type: "object", properties: Object.fromEntries(Object.entries(p.items ?? {}).map(([k, v]) => [k, prop(v)])) },
      };
    if (p.type === "enum") return { type: nullable ? ["string", "null"] : "string", enum: [...p.permitted_values!, ...(nullable ? [null] : [])] };
    return {
      type: nullable ? ["string", "null"] : "string",
      ...(p.max_length ? { description: `At most ${p.max_length} characters, counted without markup.` } : {}),
      ...(p.allowed_html_tags ? { contentMediaType: "text/html" } : {}),
    };
  };
  return {
    type: "object",
    description: "A record of the Algoritmeregister publication standard 1.0, plus `id` and `canonical_url` of this register.",
    required: Object.entries(STANDARD_1_0.properties).filter(([, p]) => p.required === true).map(([k]) => k),
    properties: {
      ...Object.fromEntries(Object.entries(STANDARD_1_0.properties).map(([k, p]) => [k, prop(p)])),
      id: { type: "string" },
      canonical_url: { type: "string", format: "uri" },
    },
  };
}

const list = (description: string, items: Record<string, unknown> = { type: "string" }) => ({
  description: `${description} Repeat the parameter or separate values with commas; values of one filter are alternatives (OR), different filters combine (AND).`,
  schema: { type: "array", items },
  style: "form",
  explode: true,
});
const param = (name: string, spec: Record<string, unknown>, where: "query" | "path" = "query") => ({
  name,
  in: where,
  required: where === "path",
  ...spec,
});
const enumOf = (slugs: readonly string[]) => ({ type: "string", enum: [...slugs] });

const q = param("q", {
  description:
    "Free text. Whatever is typed is treated as words, never as query syntax; case and accents do not matter; every word matches as a prefix (and in a few simple Dutch variants); when no entry has all the words, entries with some of them are returned (`meta.match.mode` says `any` where given). Longer than 2,000 characters is cut.",
  schema: { type: "string", maxLength: 2000 },
});
const page = param("page", { schema: { type: "integer", minimum: 1, default: 1 } });
const pageSize = (max: number, dflt: number) => param("pageSize", { schema: { type: "integer", minimum: 1, maximum: max, default: dflt } });
const organisation = param("organisation", list("Organisation slug(s).", { type: "string", pattern: "^[a-z0-9][a-z0-9-]*$" }));
const theme = param("theme", list("Theme slug(s), e.g. `mobiliteit/parkeren`.", enumOf(themes.slugs)));
const value = param("value", list("CODIO value slug(s) the entry serves or puts at stake.", enumOf(valueSlugs)));
const bboxParam = (required: boolean) =>
  param("bbox", {
    required,
    description: "Viewport as `minLon,minLat,maxLon,maxLat` (WGS84). Entries whose geometry intersects it.",
    schema: { type: "string", pattern: "^-?\\d+(\\.\\d+)?(,-?\\d+(\\.\\d+)?){3}$" },
    example: "5.10,52.08,5.14,52.10",
  });
const sensorFilters = [
  q,
  param("type", list("Sensor type(s).", enumOf(sensorTypes.slugs))),
  theme,
  value,
  organisation,
  param("personalData", { description: "Whether the sensor processes personal data.", schema: enumOf(["yes", "no"]) }),
  param("state", { description: "`active`, or `ended` (archived or past its end date).", schema: enumOf(["active", "ended"]) }),
];
const errors = {
  "400": { description: "A parameter is malformed or unknown; nothing is searched.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
};
const notFound = {
  "404": { description: "No published entry with this id.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
};
const json = (schema: Record<string, unknown>, type = "application/json") => ({ content: { [type]: { schema } } });

export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Transparantieregister — read API",
      version: "1.0.0",
      description:
        "Published and archived sensors and algorithms of Dutch public bodies, linked to the values of the Code Goed Digitaal Openbaar Bestuur (CODIO). No login; CORS is open. Every entry has a stable public id and a canonical page URL.",
      license: { name: "EUPL-1.2", identifier: "EUPL-1.2" },
    },
    servers: [{ url: siteUrl }],
    paths: {
      "/api/v1/values": {
        get: {
          summary: "The CODIO taxonomy",
          description: "Foundations, principles, values (with Dutch and English names and definitions), the six categories of organisational actions, and the report's example actions per value.",
          responses: { "200": { description: "The taxonomy.", ...json({ $ref: "#/components/schemas/Taxonomy" }) } },
        },
      },
      "/api/v1/sensors": {
        get: {
          summary: "Sensors as a GeoJSON FeatureCollection",
          parameters: [...sensorFilters, bboxParam(false), page, pageSize(1000, 100)],
          responses: {
            "200": { description: "One page of sensors.", ...json({ $ref: "#/components/schemas/SensorCollection" }, "application/geo+json") },
            ...errors,
          },
        },
      },
      "/api/v1/sensors/{id}": {
        get: {
          summary: "One sensor as a GeoJSON Feature",
          parameters: [param("id", { schema: { type: "string", pattern: "^S-[0-9A-Z]{6}$" }, example: "S-VB2K7M" }, "path")],
          responses: { "200": { description: "The sensor.", ...json({ $ref: "#/components/schemas/SensorFeature" }, "application/geo+json") }, ...notFound },
        },
      },
      "/api/v1/sensors/clusters": {
        get: {
          summary: "What the map shows in a viewport",
          description: "Clusters with counts, single sensors, and areas and routes as shapes when zoomed in. Same filters as /api/v1/sensors.",
          parameters: [...sensorFilters, bboxParam(true), param("zoom", { required: true, schema: { type: "integer", minimum: 0, maximum: 22 } })],
          responses: { "200": { description: "A FeatureCollection of clusters and sensors.", ...json({ type: "object" }, "application/geo+json") }, ...errors },
        },
      },
      "/api/v1/algorithms": {
        get: {
          summary: "Algorithms",
          parameters: [
            q,
            organisation,
            theme,
            param("status", list("Status of the algorithm.", enumOf(algorithmStatuses.slugs))),
            param("category", list("Publication category.", enumOf(publicationCategories.slugs))),
            value,
            param("sort", { schema: enumOf(["relevance", "name", "newest"]) }),
            page,
            pageSize(100, 20),
          ],
          responses: {
            "200": {
              description: "One page of algorithms with facet counts.",
              ...json({
                type: "object",
                required: ["data", "meta", "links"],
                properties: {
                  data: { type: "array", items: { $ref: "#/components/schemas/Algorithm" } },
                  meta: { $ref: "#/components/schemas/PageMeta" },
                  links: { $ref: "#/components/schemas/Links" },
                },
              }),
            },
            ...errors,
          },
        },
      },
      "/api/v1/algorithms/{id}": {
        get: {
          summary: "One algorithm",
          parameters: [
            param("id", { schema: { type: "string", pattern: "^A-[0-9A-Z]{6}$" }, example: "A-PK3R7V" }, "path"),
            param("format", {
              description: "`algoritmeregister-1.0`: the record in the shape of the national Algoritmeregister publication standard 1.0 instead.",
              schema: enumOf(["algoritmeregister-1.0"]),
            }),
          ],
          responses: {
            "200": {
              description: "The algorithm (`{data: Algorithm}`), or with `format` the standard's record.",
              content: {
                "application/json": {
                  schema: {
                    oneOf: [
                      { type: "object", required: ["data"], properties: { data: { $ref: "#/components/schemas/Algorithm" } } },
                      { $ref: "#/components/schemas/AlgoritmeregisterRecord" },
                    ],
                  },
                },
              },
            },
            ...errors,
            ...notFound,
          },
        },
      },
      "/api/v1/export/algoritmeregister-1.0.json": {
        get: {
          summary: "All algorithms in the national standard's shape",
          description:
            "Every published and archived algorithm as a JSON array of records of the Algoritmeregister publication standard 1.0 (streamed). Imported records come back with the values they were imported with; archived algorithms have status `Buiten gebruik`.",
          responses: {
            "200": { description: "A JSON array of records.", ...json({ type: "array", items: { $ref: "#/components/schemas/AlgoritmeregisterRecord" } }) },
          },
        },
      },
      "/api/v1/search": {
        get: {
          summary: "One search over both registers",
          parameters: [
            q,
            param("kind", list("Kind of entry.", enumOf(entryKinds.slugs))),
            organisation,
            param("type", list("Sensor type(s).", enumOf(sensorTypes.slugs))),
            theme,
            param("category", list("Publication category of algorithms.", enumOf(publicationCategories.slugs))),
            value,
            param(
              "status",
              list(
                "In use or not: `in_use`; `in_development` (algorithms in development, sensors whose start date is ahead); `ended` (archived, sensors past their end date, algorithms out of use).",
                enumOf(lifecycleStates.slugs),
              ),
            ),
            param("sort", { schema: enumOf(["relevance", "newest", "name"]) }),
            page,
            pageSize(100, 20),
          ],
          responses: {
            "200": {
              description: "Matching entries of both kinds, with highlighted snippets and facet counts.",
              ...json({
                type: "object",
                required: ["data", "meta", "links"],
                properties: {
                  data: { type: "array", items: { $ref: "#/components/schemas/SearchHit" } },
                  meta: { $ref: "#/components/schemas/PageMeta" },
                  links: { $ref: "#/components/schemas/Links" },
                },
              }),
            },
            ...errors,
          },
        },
      },
      "/api/v1/openapi.json": {
        get: { summary: "This description", responses: { "200": { description: "OpenAPI 3.1 document.", ...json({ type: "object" }) } } },
      },
      ...openDataPaths(),
    },
    components: {
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["status", "code", "message"],
              properties: {
                status: { type: "integer" },
                code: { type: "string", examples: ["bad_request", "not_found"] },
                message: { type: "string" },
                problems: {
                  type: "array",
                  items: { type: "object", properties: { parameter: { type: "string" }, message: { type: "string" } } },
                },
              },
            },
          },
        },
        PageMeta: {
          type: "object",
          properties: {
            total: { type: "integer" },
            page: { type: "integer" },
            pageSize: { type: "integer" },
            pages: { type: "integer" },
            facets: { type: "object", description: "Per filter: each value with the number of matches (other filters applied)." },
          },
        },
        Links: {
          type: "object",
          properties: Object.fromEntries(["self", "first", "last", "prev", "next"].map((k) => [k, { type: ["string", "null"], format: "uri" }])),
        },
        Organisation: {
          type: "object",
          properties: { slug: { type: "string" }, name: { type: "string" }, isExample: { type: "boolean" } },
        },
        ValueLink: {
          type: "object",
          required: ["value", "explanation"],
          properties: {
            value: enumOf(valueSlugs),
            assessment: enumOf(["serves", "at_stake"]),
            explanation: { type: "string" },
            actionCategory: { ...enumOf(actionCategorySlugs), type: ["string", "null"] },
            action: { type: ["string", "null"] },
          },
        },
        SensorFeature: {
          type: "object",
          required: ["type", "id", "geometry", "properties"],
          properties: {
            type: { const: "Feature" },
            id: { type: "string", description: "Stable public id." },
            geometry: { type: "object", description: "GeoJSON Point, Polygon (area) or LineString (route), WGS84." },
            properties: {
              type: "object",
              required: ["id", "url", "name", "type"],
              properties: {
                id: { type: "string" },
                url: { type: "string", format: "uri", description: "Canonical page URL." },
                name: { type: "string" },
                status: enumOf(["published", "archived"]),
                type: enumOf(sensorTypes.slugs),
                themes: { type: "array", items: enumOf(themes.slugs) },
                organisation: { $ref: "#/components/schemas/Organisation" },
                measures: { type: "string" },
                purpose: { type: "string" },
                collectiveInterest: { type: "string" },
                personalData: { type: "boolean" },
                values: {
                  type: "object",
                  properties: {
                    serves: { type: "array", items: { $ref: "#/components/schemas/ValueLink" } },
                    atStake: { type: "array", items: { $ref: "#/components/schemas/ValueLink" } },
                  },
                },
              },
            },
          },
        },
        SensorCollection: {
          type: "object",
          required: ["type", "features"],
          properties: {
            type: { const: "FeatureCollection" },
            features: { type: "array", items: { $ref: "#/components/schemas/SensorFeature" } },
            meta: { $ref: "#/components/schemas/PageMeta" },
            links: { $ref: "#/components/schemas/Links" },
          },
        },
        AlgoritmeregisterRecord: standardRecordSchema(),
        Algorithm: {
          type: "object",
          required: ["id", "url", "name", "organisation", "completeness"],
          description:
            "Every published field of the Algoritmeregister publication standard 1.0 (our names; every field present, null when not filled in; the standard's nine text fields may hold its HTML: p, div, br, ul, ol, li), plus `contest`, `transparencyLimits`, `values` and `completeness`.",
          properties: {
            id: { type: "string" },
            url: { type: "string", format: "uri" },
            name: { type: "string", maxLength: 100 },
            shortDescription: { type: "string", maxLength: 400 },
            completeness: {
              type: "object",
              description: "What the register adds, and whether it is there: an algorithm that meets the national standard is published without it.",
              properties: {
                values: enumOf(["assessed", "not_yet_assessed"]),
                valuesAssessed: { type: "integer" },
                valuesTotal: { type: "integer" },
                contestRoute: enumOf(["described", "not_yet_described", "not_required"]),
              },
            },
            organisation: { $ref: "#/components/schemas/Organisation" },
            status: enumOf(algorithmStatuses.slugs),
            publicationCategory: enumOf(publicationCategories.slugs),
            contest: {
              type: ["object", "null"],
              description: "How a resident contests a decision: decisions, routes (kind, handler, deadline, steps, channels), human review, next steps.",
            },
            transparencyLimits: { type: "array", items: { type: "object", properties: { what: { type: "string" }, why: { type: "string" } } } },
            values: { type: "array", items: { $ref: "#/components/schemas/ValueLink" } },
          },
        },
        SearchHit: {
          type: "object",
          required: ["id", "kind", "name", "url"],
          properties: {
            id: { type: "string" },
            kind: enumOf(entryKinds.slugs),
            name: { type: "string" },
            url: { type: "string", format: "uri" },
            organisation: { $ref: "#/components/schemas/Organisation" },
            snippet: { type: "string", description: "HTML-escaped text; matches wrapped in <mark>." },
            score: {
              type: ["number", "null"],
              description:
                "Relevance, higher is better (3–4: all words in the name; 2–3: in the description or decisions; 1–2: elsewhere in the text; 0: only through a value or the organisation); null unless sorted by relevance.",
            },
            status: enumOf(lifecycleStates.slugs),
            registerStatus: enumOf(["published", "archived"]),
            endedOn: { type: ["string", "null"], format: "date" },
            publishedAt: { type: ["string", "null"], format: "date-time" },
            type: { type: ["string", "null"], description: "Sensor type (sensors)." },
            category: { type: ["string", "null"], description: "Publication category (algorithms)." },
          },
        },
        Taxonomy: {
          type: "object",
          properties: {
            foundations: { type: "array", items: { type: "object" } },
            principles: { type: "array", items: { type: "object" } },
            values: { type: "array", items: { type: "object" } },
            actionCategories: { type: "array", items: { type: "object" } },
            exampleActions: { type: "array", items: { type: "object" } },
          },
        },
      },
    },
  };
}

/* ================================================================================================ */
/* Step 7 · Open data: the downloads and the feed of changes.                                        */
/* Kept together so the block can move as a whole when this document is generated from the schemas.  */
/* ================================================================================================ */

const downloadHeaders = {
  ETag: { description: "Changes with every publication, archiving or organisation edit; send it as If-None-Match.", schema: { type: "string" } },
  "Content-Disposition": { description: "`attachment; filename=…`", schema: { type: "string" } },
};
const notModified = { "304": { description: "Not modified: the If-None-Match ETag is still current." } };

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

function openDataPaths() {
  return {
    "/api/v1/export/sensors.csv": csvDownload("sensor"),
    "/api/v1/export/algorithms.csv": csvDownload("algorithm"),
    "/api/v1/export/sensors.geojson": {
      get: {
        summary: "Every sensor as one GeoJSON FeatureCollection",
        description: "Every published and archived sensor, each exactly the Feature of `/api/v1/sensors/{id}`, streamed.",
        responses: {
          "200": {
            description: "A FeatureCollection.",
            headers: downloadHeaders,
            ...json(
              { type: "object", required: ["type", "features"], properties: { type: { const: "FeatureCollection" }, features: { type: "array", items: { $ref: "#/components/schemas/SensorFeature" } } } },
              "application/geo+json",
            ),
          },
          ...notModified,
        },
      },
    },
    "/api/v1/export/register.ndjson": {
      get: {
        summary: "Every published version of every entry, as NDJSON",
        description:
          "The public history of the whole register: one JSON object per line for every published version (revision) of every sensor and algorithm, oldest first, streamed. Officials' names are not included, only the organisation.",
        responses: {
          "200": {
            description: "Newline-delimited JSON; each line is one RegisterLine.",
            headers: downloadHeaders,
            content: {
              "application/x-ndjson": {
                schema: {
                  type: "object",
                  required: [...REGISTER_LINE_FIELDS],
                  properties: {
                    id: { type: "string", description: "Public id of the entry." },
                    kind: enumOf(entryKinds.slugs),
                    revision: { type: "integer", minimum: 1, description: "Number of this version." },
                    status: enumOf(["published", "archived"]),
                    publishedAt: { type: "string", format: "date-time" },
                    changeNote: { type: "string" },
                    organisation: { type: "object", properties: { slug: { type: "string" }, name: { type: "string" } } },
                    url: { type: "string", format: "uri", description: "Canonical page of the entry." },
                    data: { type: "object", description: "The content of this version (the same fields as the CSV columns after the entry's)." },
                  },
                },
              },
            },
          },
          ...notModified,
        },
      },
    },
    "/api/v1/feeds/changes.atom": {
      get: {
        summary: "Atom feed of changes",
        description: `The latest ${FEED_LIMIT} published versions — first publications ("Gepubliceerd: …"), changes ("Gewijzigd: …") and archivings ("Gearchiveerd: …") — newest first. Each entry links to the entry's canonical page, has a stable tag: URI as id, the change note as summary and the organisation as author.`,
        parameters: [
          param("kind", { description: "Only sensors or only algorithms.", schema: enumOf(entryKinds.slugs) }),
          param("organisation", { description: "Only this organisation's entries (its slug; it must exist).", schema: { type: "string", pattern: "^[a-z0-9][a-z0-9-]*$" } }),
          param("lang", { description: "Language of titles, summaries and links (default `nl`).", schema: enumOf(["nl", "en"]) }),
        ],
        responses: {
          "200": { description: "An Atom 1.0 feed (RFC 4287).", headers: { ETag: downloadHeaders.ETag }, content: { "application/atom+xml": { schema: { type: "string" } } } },
          ...notModified,
          "400": { description: "An unknown parameter or value, a parameter given twice, or an organisation that does not exist.", ...json({ $ref: "#/components/schemas/Error" }) },
        },
      },
    },
  };
}
