/**
 * What the API answers and takes, as zod schemas, in one place. They are built from the content schemas
 * (lib/schemas/sensor.ts, algorithm.ts, values.ts) so they cannot drift from them:
 *
 * - answers describe published content, which meets at least the `standard` level; a field the content may
 *   lack is present in an answer as `null` (`orNull`), exactly as the builders write it;
 * - the write API's bodies take content at the `draft` level, in the read API's shapes (read-only fields
 *   accepted and ignored, `null` for "empty").
 *
 * The builders of the answers are typed with `z.output<…>` of these schemas (app/api/v1/…, lib/api.ts,
 * lib/formats/geojson.ts, lib/formats/ndjson.ts, db/sensors.ts), lib/openapi.ts generates the OpenAPI
 * document from them with `z.toJSONSchema`, lib/schemas/published.ts the JSON Schema per entity
 * (/api/v1/schemas/{name}.json), and lib/openapi-answers.test.ts validates real answers against the document.
 * Objects of answers are closed (`additionalProperties: false` in output mode): a field an answer gains is a
 * change of this file, or the test fails.
 */
import { z } from "zod";
import { actionCategorySlugs, foundations, principles, valueSlugs } from "@/lib/codio";
import { TODO_FLAGS, type TodoFlag } from "@/lib/completeness";
import { standardRecordSchema } from "@/lib/formats/algoritmeregister-1.0";
import { ORGANISATION_SORTS, QUERY_LIMITS, SORTS } from "@/lib/query-params";
import {
  algorithmStatuses,
  entryKinds,
  lifecycleStates,
  organisationKinds,
  publicationCategories,
  sensorTypes,
  themes,
  valuesPerEntryBuckets,
} from "@/lib/vocab";
import { algorithmSchemaAt } from "./algorithm";
import { publicIdPatternOf } from "./index";
import { sensorSchemaAt } from "./sensor";
import { valueLinkSchemaAt } from "./values";

/* ------------------------------------------------------------------------------------------------
 * Building blocks
 * ---------------------------------------------------------------------------------------------- */

type Def = { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType; out?: z.core.$ZodType };

/** A field's schema without the wrappers that make it optional or read blank input ("", null) as absent. */
function bare(s: z.core.$ZodType): z.ZodType {
  let t = s;
  for (;;) {
    const def = t._zod.def as Def;
    if (def.type === "optional") t = def.innerType!;
    else if (def.type === "pipe" && def.in!._zod.def.type === "transform") t = def.out!;
    else return t as z.ZodType;
  }
}

/** A content field as an answer gives it: always present, `null` when not filled in. */
const orNull = <T>(s: z.ZodType<T>) => bare(s).nullable() as unknown as z.ZodType<Exclude<T, undefined> | null>;

type Filled<T> = { [K in keyof T]-?: z.ZodType<undefined extends T[K] ? Exclude<T[K], undefined> | null : T[K]> };
/** Every field of a content schema, those it may lack as `orNull`: the shape of content in an answer. */
function filled<S extends z.ZodObject>(content: S): Filled<z.output<S>> {
  return Object.fromEntries(
    Object.entries(content.shape).map(([k, f]) => [k, (f as z.ZodType)._zod.optout === "optional" ? bare(f as z.ZodType).nullable() : f]),
  ) as unknown as Filled<z.output<S>>;
}

/** A content field as the write API takes it: `null` is "empty" (the field is left out). */
const nullable = <T extends z.ZodType>(s: T) => s.nullable();
/** A field of the read API's answer that the register decides: accepted in a body, and ignored. */
const ignored = (what: string) => z.unknown().optional().meta({ description: `${what} Read-only: accepted and ignored (the register decides it).` });

export const sensorIdSchema = z.string().regex(publicIdPatternOf("sensor")).meta({ description: "Stable public id of the sensor.", examples: ["S-VB2K7M"] });
export const algorithmIdSchema = z.string().regex(publicIdPatternOf("algorithm")).meta({ description: "Stable public id of the algorithm.", examples: ["A-PK3R7V"] });
const canonicalUrl = z.url().describe("Canonical page of the entry in this register.");
const dateTime = z.iso.datetime().describe("ISO 8601, UTC.");
const day = z.iso.date();
const count = z.int().min(0);
const publicStatus = z.enum(["published", "archived"]);
const organisationSlug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

export const organisationRefSchema = z
  .object({
    slug: organisationSlug,
    name: z.string(),
    isExample: z.boolean().describe("Example data of the demo, not a real organisation."),
    kind: z.enum(organisationKinds.slugs),
    moderator: z
      .object({ slug: organisationSlug, name: z.string() })
      .nullable()
      .describe("For a company or institution that reports under a municipal duty: the public body whose publishers approve its entries."),
  })
  .describe("The organisation that publishes the entry.");

/* ------------------------------------------------------------------------------------------------
 * Errors (lib/api.ts `apiError`)
 * ---------------------------------------------------------------------------------------------- */

/** The error code of each status the API answers with. */
export const API_ERROR_CODES = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  412: "precondition_failed",
  413: "payload_too_large",
  415: "unsupported_media_type",
  429: "too_many_requests",
  500: "internal_error",
} as const;
export type ApiErrorStatus = keyof typeof API_ERROR_CODES;

export const apiProblemSchema = z
  .object({
    parameter: z.string().describe("The query parameter (or request header) the problem is about."),
    message: z.string(),
    value: z.string().optional().describe("The value that was refused, when there is one."),
    allowed: z.array(z.string()).optional().describe("Allowed values, for enumerations."),
  })
  .describe("A problem with a query parameter or header.");

export const apiFieldProblemSchema = z
  .object({
    field: z
      .string()
      .describe('The field as a dotted path in the body as sent ("properties.contact.email", "contest.routes.0.handler"); "" for the body as a whole.'),
    code: z.string().describe('A stable code: the register\'s validation key ("required", "tooLong:100", "unknownValue", "unknownField", …).'),
    message: z.string(),
  })
  .describe("A problem with a field of a write request's body.");

const errorCodes = Object.values(API_ERROR_CODES) as [string, ...string[]];
export const errorSchema = z
  .object({
    error: z.object({
      status: z.union(Object.keys(API_ERROR_CODES).map((s) => z.literal(Number(s))) as unknown as [z.ZodLiteral<ApiErrorStatus>, ...z.ZodLiteral<ApiErrorStatus>[]]),
      code: z.enum(errorCodes as unknown as [(typeof API_ERROR_CODES)[ApiErrorStatus], ...(typeof API_ERROR_CODES)[ApiErrorStatus][]]),
      message: z.string(),
      draftVersion: z.int().min(1).optional().describe("409 and 412 of the write API: the draft's current version."),
      problems: z.array(z.union([apiProblemSchema, apiFieldProblemSchema])).optional(),
    }),
  })
  .describe("Every error: a status, a stable code, a message for people, and for bad input the problems one by one. Never a stack trace.");

/** The 400 of every route that reads query parameters (lib/api.ts `queryError`): the same shape everywhere. */
export const queryErrorSchema = z
  .object({
    error: z.object({
      status: z.literal(400),
      code: z.literal(API_ERROR_CODES[400]),
      message: z.string(),
      problems: z.array(apiProblemSchema).min(1).describe("Every problem, one per parameter (for a filter: one per refused value)."),
    }),
  })
  .describe("Query parameters that were refused: the error format, with every problem listed. The same on every route of the read API.");

/* ------------------------------------------------------------------------------------------------
 * Lists: paging links and meta
 * ---------------------------------------------------------------------------------------------- */

export const pageLinksSchema = z
  .object({
    self: z.url(),
    first: z.url(),
    last: z.url(),
    prev: z.url().nullable(),
    next: z.url().nullable(),
  })
  .describe("The same query on another page.");

const facetOption = z.object({
  value: z.string(),
  count,
  label: z.string().optional().describe("For organisations: the display name."),
});
const facetList = z.array(facetOption);
const textMatch = z
  .object({ mode: z.enum(["all", "any"]).describe("`all`: every word matched; `any`: no entry had all the words, these have some."), words: z.array(z.string()) })
  .nullable()
  .describe("With a text query: how the words matched; null without one, or when the text holds no word that can be searched for.");
const searchMatch = z
  .object({
    mode: z
      .enum(["all", "any", "none"])
      .describe("`all`: every word matched; `any`: no entry had all the words, these have some; `none`: the text holds no word that can be searched for (only punctuation, say), so nothing is found."),
    words: z.array(z.string()),
  })
  .nullable()
  .describe("With a text query: how the words matched; null without one.");
const pageMeta = {
  total: count,
  page: z.int().min(1),
  pageSize: z.int().min(1),
  pages: z.int().min(1),
};

/* ------------------------------------------------------------------------------------------------
 * Content (what a published entry's content meets: the standard level)
 * ---------------------------------------------------------------------------------------------- */

const sensorContent = sensorSchemaAt("standard");
const algorithmContent = algorithmSchemaAt("standard");

/** A sensor's content as published (lib/schemas/sensor.ts at the standard level): `/api/v1/schemas/sensor.json`. */
export const sensorContentSchema = sensorContent.describe(
  "A sensor's content as published (the `data` of its lines in register.ndjson): it meets at least the `standard` level. Fields that are not filled in are absent.",
);
/** An algorithm's content as published: `/api/v1/schemas/algorithm.json`. */
export const algorithmContentSchema = algorithmContent.describe(
  "An algorithm's content as published (the `data` of its lines in register.ndjson): the fields of the national publication standard 1.0 under this register's names, plus the contest route, transparency limits, themes and CODIO values. It meets at least the `standard` level. Fields that are not filled in are absent.",
);

/* ------------------------------------------------------------------------------------------------
 * Algorithms (app/api/v1/algorithms/respond.ts)
 * ---------------------------------------------------------------------------------------------- */

export const algorithmItemSchema = z
  .object({
    id: algorithmIdSchema,
    url: canonicalUrl,
    organisation: organisationRefSchema,
    registerStatus: publicStatus.describe("`archived`: kept visible, no longer in use."),
    endedOn: day.nullable().describe("For an archived algorithm: the date it stopped being used."),
    revision: z.int().min(1).describe("Number of the published version."),
    publishedAt: dateTime.nullable(),
    archivedAt: dateTime.nullable(),
    ...filled(algorithmContent),
    completeness: z
      .object({
        values: z.enum(["assessed", "not_yet_assessed"]),
        valuesAssessed: count,
        valuesTotal: count,
        contestRoute: z.enum(["described", "not_yet_described", "not_required"]),
      })
      .describe("What the register adds, and whether it is there: an algorithm that meets the national standard is published without it."),
    highlight: z
      .object({ shortDescription: z.string(), passage: z.string() })
      .optional()
      .describe("Only with a text query: safe HTML with <mark> around the matched words."),
  })
  .describe(
    "One published or archived algorithm: every content field (null when not filled in; the standard's nine text fields may hold its HTML: p, div, br, ul, ol, li), its public id, canonical URL, organisation and register status, and `completeness`.",
  );
export type AlgorithmItem = z.output<typeof algorithmItemSchema>;

/** Fields of the item that are not content: the register decides them (the write API ignores them). */
export const ALGORITHM_ITEM_READ_ONLY = Object.keys(algorithmItemSchema.shape).filter((k) => !Object.hasOwn(algorithmContent.shape, k));

export const algorithmAnswerSchema = z.object({ data: algorithmItemSchema }).describe("GET /api/v1/algorithms/{id}: the algorithm in `data`.");

export const algorithmListSchema = z
  .object({
    data: z.array(algorithmItemSchema),
    meta: z.object({
      ...pageMeta,
      sort: z.enum(SORTS),
      q: z.string().nullable(),
      match: textMatch,
      facets: z
        .object({ organisation: facetList, theme: facetList, status: facetList, category: facetList, value: facetList })
        .describe("Per filter: each value with the number of matches (the other filters applied)."),
    }),
    links: pageLinksSchema,
  })
  .describe("One page of algorithms with facet counts.");
export type AlgorithmList = z.output<typeof algorithmListSchema>;
export type AlgorithmAnswer = z.output<typeof algorithmAnswerSchema>;

/* ------------------------------------------------------------------------------------------------
 * Sensors (lib/formats/geojson.ts `toSensorFeature`)
 * ---------------------------------------------------------------------------------------------- */

const s = sensorContent.shape;
const link = valueLinkSchemaAt("standard").shape;
const valueOut = z.object({
  value: link.value,
  explanation: link.explanation,
  actionCategory: orNull(link.actionCategory),
  action: orNull(link.action),
});

export const sensorFeatureSchema = z
  .object({
    type: z.literal("Feature"),
    id: sensorIdSchema,
    geometry: s.geometry.describe("GeoJSON Point, Polygon (area) or LineString (route), WGS84 [longitude, latitude]."),
    properties: z.object({
      id: sensorIdSchema,
      url: canonicalUrl,
      name: s.name,
      status: publicStatus,
      ended: z.boolean().describe("Archived, or past its end date."),
      endedOn: day.nullable(),
      revision: z.int().min(1),
      publishedAt: dateTime.nullable(),
      organisation: organisationRefSchema,
      operator: orNull(s.operator),
      ownerReference: orNull(s.ownerReference),
      type: s.type,
      themes: s.themes,
      measures: s.measures,
      purpose: s.purpose,
      collectiveInterest: orNull(s.collectiveInterest),
      locationDescription: orNull(s.locationDescription),
      mobility: s.mobility,
      personalData: s.personalData,
      legalGround: orNull(s.legalGround),
      privacyStatementUrl: orNull(s.privacyStatementUrl),
      processing: orNull(s.processing),
      retention: orNull(s.retention),
      dataAccess: orNull(s.dataAccess),
      openDataUrl: orNull(s.openDataUrl),
      activeFrom: orNull(s.activeFrom),
      activeUntil: orNull(s.activeUntil),
      contact: z.object({ email: orNull(s.contactEmail), url: orNull(s.contactUrl) }),
      en: orNull(s.en).describe("English texts of the fields a reader meets first, where the organisation gave them (the content is written in Dutch)."),
      values: z
        .object({ serves: z.array(valueOut), atStake: z.array(valueOut) })
        .describe("The CODIO values the sensor serves and puts at stake, each with its explanation and the action that safeguards it (null when none is named)."),
      related: s.related.describe("Public ids of related entries (sensors or algorithms) that this sensor names; their pages link back."),
    }),
  })
  .describe("One published or archived sensor as a GeoJSON Feature: everything it records, with its canonical page URL.");
export type SensorFeature = z.output<typeof sensorFeatureSchema>;

/** Properties of the Feature that are not content: the register decides them (the write API ignores them). */
export const SENSOR_FEATURE_READ_ONLY = ["id", "url", "status", "ended", "endedOn", "revision", "publishedAt", "organisation"] as const satisfies readonly (keyof SensorFeature["properties"])[];

export const sensorCollectionSchema = z
  .object({
    type: z.literal("FeatureCollection"),
    features: z.array(sensorFeatureSchema),
    meta: z.object({ ...pageMeta, pageSizeMax: z.literal(QUERY_LIMITS.featurePageSize) }),
    links: pageLinksSchema,
  })
  .describe("One page of sensors as a GeoJSON FeatureCollection.");

/** The download sensors.geojson: every sensor, without paging. */
export const sensorDownloadSchema = z
  .object({ type: z.literal("FeatureCollection"), features: z.array(sensorFeatureSchema) })
  .describe("Every published and archived sensor, each exactly the Feature of GET /api/v1/sensors/{id}.");

/* ------------------------------------------------------------------------------------------------
 * The map's clusters (db/sensors.ts `sensorClusters`)
 * ---------------------------------------------------------------------------------------------- */

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const mapPoint = z.object({ type: z.literal("Point"), coordinates: lonLat });
const mapLine = z.object({ type: z.literal("LineString"), coordinates: z.array(lonLat) });
const mapPolygon = z.object({ type: z.literal("Polygon"), coordinates: z.array(z.array(lonLat)) });

export const mapClusterSchema = z
  .object({
    type: z.literal("Feature"),
    id: z.string().regex(/^c\d+$/),
    geometry: mapPoint,
    properties: z.object({ count: z.int().min(1), expansionZoom: z.int().min(0) }),
  })
  .describe("A cluster: how many sensors, and from which zoom they come apart.");

export const mapSensorSchema = z
  .object({
    type: z.literal("Feature"),
    id: sensorIdSchema,
    geometry: z.discriminatedUnion("type", [mapPoint, mapLine, mapPolygon]).describe("A marker, or (zoomed in) the simplified area or route."),
    properties: z.object({
      name: z.string(),
      type: z.enum(sensorTypes.slugs),
      shape: z.enum(["Polygon", "LineString"]).optional().describe("For an area or route shown as a marker (zoomed out): its real geometry type."),
      anchor: lonLat.optional().describe("Where the marker of an area or route goes when the geometry is the shape."),
      inCluster: z.literal(true).optional().describe("The outline of an area or route also counted in a cluster of this answer: draw it, but do not count or list it again."),
      ended: z.literal(true).optional().describe("The sensor has ended."),
    }),
  })
  .describe("One sensor on the map.");

export const mapResponseSchema = z
  .object({
    type: z.literal("FeatureCollection"),
    features: z.array(z.union([mapClusterSchema, mapSensorSchema])),
    meta: z.object({
      bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).describe("minLon, minLat, maxLon, maxLat"),
      zoom: z.int().min(0),
      total: count.describe("Sensors in view (clusters count their members)."),
      clusters: count,
      sensors: count,
      shapes: count,
      truncated: z.boolean().describe("The answer was capped."),
    }),
  })
  .describe("What the map shows in a viewport: clusters with counts, single sensors, and areas and routes as shapes when zoomed in.");
export type MapResponse = z.output<typeof mapResponseSchema>;
export type MapCluster = z.output<typeof mapClusterSchema>;
export type MapSensor = z.output<typeof mapSensorSchema>;

/* ------------------------------------------------------------------------------------------------
 * Search over both registers (app/api/v1/search/route.ts)
 * ---------------------------------------------------------------------------------------------- */

export const searchHitSchema = z
  .object({
    id: z.string().regex(/^[SA]-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}$/),
    kind: z.enum(entryKinds.slugs),
    name: z.string(),
    url: canonicalUrl,
    organisation: organisationRefSchema.pick({ slug: true, name: true, isExample: true }),
    snippet: z.string().describe("HTML-escaped text; matches wrapped in <mark>."),
    score: z
      .number()
      .nullable()
      .describe(
        "Relevance, higher is better (3–4: all words in the name; 2–3: in the description or decisions; 1–2: elsewhere in the text; 0: only through a value or the organisation); null unless sorted by relevance.",
      ),
    status: z.enum(lifecycleStates.slugs),
    registerStatus: publicStatus,
    endedOn: day.nullable(),
    publishedAt: dateTime.nullable(),
    type: z.enum(sensorTypes.slugs).nullable().describe("Sensor type (sensors)."),
    category: z.enum(publicationCategories.slugs).nullable().describe("Publication category (algorithms)."),
  })
  .describe("One entry found, of either kind.");

export const searchAnswerSchema = z
  .object({
    data: z.array(searchHitSchema),
    meta: z.object({
      ...pageMeta,
      sort: z.enum(SORTS),
      q: z.string().nullable(),
      match: searchMatch,
      facets: z
        .object({ kind: facetList, organisation: facetList, type: facetList, theme: facetList, category: facetList, value: facetList, status: facetList })
        .describe("Per filter: each value with the number of matches (the other filters applied)."),
    }),
    links: pageLinksSchema,
  })
  .describe("Matching entries of both kinds, with highlighted snippets and facet counts.");
export type SearchAnswer = z.output<typeof searchAnswerSchema>;

/* ------------------------------------------------------------------------------------------------
 * The CODIO taxonomy (app/api/v1/values/route.ts)
 * ---------------------------------------------------------------------------------------------- */

const localized = z.object({ nl: z.string(), en: z.string() });
const foundationSlug = z.enum(foundations.map((f) => f.slug) as [string, ...string[]]);
const principleSlug = z.enum(principles.map((p) => p.slug) as [string, ...string[]]);
const valueSlug = z.enum(valueSlugs as [string, ...string[]]);
const actionCategorySlug = z.enum(actionCategorySlugs as [string, ...string[]]);

export const taxonomySchema = z
  .object({
    source: z.object({ title: localized, authors: z.string(), year: z.int(), publisher: localized }),
    foundations: z.array(z.object({ slug: foundationSlug, name: localized, description: localized })),
    principles: z.array(z.object({ slug: principleSlug, foundation: foundationSlug, name: localized, description: localized })),
    values: z.array(
      z.object({
        slug: valueSlug,
        principle: principleSlug,
        name: localized,
        definition: localized,
        inFigure3: z.boolean().describe("Whether the value appears in figure 3 of the report (all but Verantwoording)."),
        url: z.url().describe("The value's page in this register, with every entry that serves it or puts it at stake."),
      }),
    ),
    actionCategories: z.array(z.object({ slug: actionCategorySlug, name: localized, description: localized })),
    exampleActions: z.array(z.object({ value: valueSlug, category: actionCategorySlug, text: localized })),
  })
  .describe("The Code Goed Digitaal Openbaar Bestuur (CODIO): foundations, principles, values, action categories and annex C's example actions, in Dutch and English.");
export type Taxonomy = z.output<typeof taxonomySchema>;

/* ------------------------------------------------------------------------------------------------
 * Organisations and the register in figures (db/figures.ts, db/organisations.ts)
 * ---------------------------------------------------------------------------------------------- */

const tally = <const S extends readonly [string, ...string[]]>(slugs: S, what: string) =>
  z.array(z.object({ slug: z.enum(slugs), count })).describe(what);

export const figuresSchema = z
  .object({
    sensors: count,
    algorithms: count,
    sensorsByType: tally(sensorTypes.slugs, "Sensors per type, every type in the vocabulary's order."),
    sensorsByTheme: tally(themes.slugs, "Sensors per main theme (a sub-theme counts for its main theme; a sensor may have several)."),
    sensorsByState: tally(lifecycleStates.slugs, "Sensors in use, in development or planned, and no longer in use (today)."),
    algorithmsByCategory: tally(publicationCategories.slugs, "Algorithms per publication category."),
    algorithmsByStatus: tally(algorithmStatuses.slugs, "Algorithms per status."),
    values: z
      .array(z.object({ slug: valueSlug, serves: count, atStake: count }))
      .describe("Every CODIO value in the taxonomy's order: how many entries serve it, and how many put it at stake."),
    assessed: z
      .array(z.object({ kind: z.enum(entryKinds.slugs), assessed: count, total: count }))
      .describe("Per kind: entries linked to at least one CODIO value (`assessed`) out of all (`total`)."),
    valuesPerEntry: tally(valuesPerEntryBuckets.slugs, "Entries by how many CODIO values they are linked to (buckets: none, 1–2, 3–5, 6–10, 11 or more)."),
    contest: z
      .object({ required: count, described: count })
      .describe("Impactful and high-risk algorithms (`required`), and how many of them describe how to contest a decision."),
  })
  .describe("Counts of published and archived entries.");
export type Figures = z.output<typeof figuresSchema>;

const organisationFields = {
  slug: organisationSlug,
  name: z.string(),
  kind: z.enum(organisationKinds.slugs),
  isExample: z.boolean().describe("Example data of the demo, not a real organisation."),
  url: z.url().describe("The organisation's page in this register."),
  sensors: count.describe("Published and archived sensors."),
  algorithms: count.describe("Published and archived algorithms."),
};

export const organisationSummarySchema = z.object(organisationFields).describe("An organisation with at least one published or archived entry.");

export const organisationListSchema = z
  .object({
    data: z.array(organisationSummarySchema),
    meta: z.object({ total: count, q: z.string().nullable(), sort: z.enum(ORGANISATION_SORTS) }),
  })
  .describe("Every organisation with a published or archived entry (not paged).");
export type OrganisationList = z.output<typeof organisationListSchema>;

export const organisationDetailSchema = z
  .object({
    ...organisationFields,
    tooiId: z.string().nullable().describe("The organisation's TOOI identifier (identifier.overheid.nl)."),
    contactEmail: z.string(),
    website: z.string().nullable(),
    objectionUrl: z.string().nullable().describe("Where residents object to a decision (web form or page)."),
    objectionAddress: z.string().nullable().describe("Postal address for objections."),
    moderator: z
      .object({ slug: organisationSlug, name: z.string() })
      .nullable()
      .describe("For a company or institution that reports under a municipal duty: the public body whose publishers approve its entries."),
    links: z
      .object({ sensors: z.url(), algorithms: z.url(), feed: z.url() })
      .describe("The organisation's sensors and algorithms in this API, and the Atom feed of its changes."),
    figures: figuresSchema,
  })
  .describe("One organisation with its contact, objection address and figures.");
export const organisationAnswerSchema = z.object({ data: organisationDetailSchema }).describe("GET /api/v1/organisations/{slug}: the organisation in `data`.");
export type OrganisationAnswer = z.output<typeof organisationAnswerSchema>;

/* ------------------------------------------------------------------------------------------------
 * Downloads
 * ---------------------------------------------------------------------------------------------- */

export { standardRecordSchema };

export const registerLineSchema = z
  .object({
    id: z.string().regex(/^[SA]-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}$/).describe("Public id of the entry."),
    kind: z.enum(entryKinds.slugs),
    revision: z.int().min(1).describe("Number of this version."),
    status: publicStatus.describe("`archived` for the version that archived the entry."),
    publishedAt: dateTime,
    changeNote: z.string(),
    organisation: z.object({ slug: organisationSlug, name: z.string() }),
    url: canonicalUrl,
    data: z
      .record(z.string(), z.unknown())
      .describe("The content of this version: the fields of /api/v1/schemas/sensor.json or algorithm.json as they were then (older versions met the rules of their day)."),
  })
  .describe("One line of register.ndjson: one published version of an entry. Officials' names are never in it, only the organisation.");
export type RegisterLine = z.output<typeof registerLineSchema>;

/* ------------------------------------------------------------------------------------------------
 * The write API (app/api/v1/write.ts): bodies at the draft level, in the read API's shapes
 * ---------------------------------------------------------------------------------------------- */

const sd = sensorSchemaAt("draft").shape;
const linkIn = valueLinkSchemaAt("draft").shape;
const valueIn = z.object({
  value: linkIn.value,
  explanation: nullable(linkIn.explanation),
  actionCategory: nullable(linkIn.actionCategory),
  action: nullable(linkIn.action),
});
const valuesIn = z.array(valueIn).max(valueSlugs.length).nullable().optional();

/** The content fields a sensor Feature's properties carry one to one (lib/formats/geojson.ts reads them). */
export const SENSOR_FEATURE_CONTENT = [
  "name", "operator", "ownerReference", "type", "themes", "measures", "purpose", "collectiveInterest", "locationDescription",
  "mobility", "personalData", "legalGround", "privacyStatementUrl", "processing", "retention", "dataAccess", "openDataUrl",
  "activeFrom", "activeUntil", "en", "related",
] as const satisfies readonly (keyof typeof sd)[];

export const sensorFeatureInputSchema = z
  .looseObject({
    type: z.literal("Feature"),
    id: ignored("The public id."),
    geometry: nullable(sd.geometry).describe("GeoJSON Point, Polygon or LineString, WGS84. For publication it must lie within the register's region."),
    properties: z.strictObject({
      ...(Object.fromEntries(SENSOR_FEATURE_CONTENT.map((k) => [k, k === "name" ? sd.name : nullable(sd[k] as z.ZodType)])) as Record<
        (typeof SENSOR_FEATURE_CONTENT)[number],
        z.ZodType
      >),
      contact: z.strictObject({ email: nullable(sd.contactEmail), url: nullable(sd.contactUrl) }).nullable().optional(),
      values: z.strictObject({ serves: valuesIn, atStake: valuesIn }).nullable().optional(),
      ...(Object.fromEntries(SENSOR_FEATURE_READ_ONLY.map((k) => [k, ignored(`\`${k}\` of the read API.`)])) as unknown as Record<
        (typeof SENSOR_FEATURE_READ_ONLY)[number],
        z.ZodType
      >),
    }),
  })
  .describe(
    "A sensor for the write API: a GeoJSON Feature in the shape GET /api/v1/sensors/{id} answers. Only a name is needed for a draft; `null` is empty; the read-only properties are ignored; a property the register does not know is refused (400 `unknownField`). Members beside type, geometry and properties are ignored (GeoJSON's foreign members).",
  );

const ad = algorithmSchemaAt("draft").shape;
export const algorithmItemInputSchema = z
  .strictObject({
    ...(Object.fromEntries(Object.entries(ad).map(([k, f]) => [k, k === "name" ? f : nullable(f as z.ZodType)])) as Record<keyof typeof ad, z.ZodType>),
    ...(Object.fromEntries(ALGORITHM_ITEM_READ_ONLY.map((k) => [k, ignored(`\`${k}\` of the read API.`)])) as Record<string, z.ZodType>),
  })
  .describe(
    "An algorithm for the write API, in the shape GET /api/v1/algorithms/{id} answers inside `data`. Only a name is needed for a draft; `null` is empty; the read-only fields are ignored; a field the register does not know is refused (400 `unknownField`); keys deeper inside that the register has no place for are dropped.",
  );
export const algorithmBodySchema = z
  .union([algorithmItemInputSchema, z.strictObject({ data: algorithmItemInputSchema })])
  .describe("The algorithm itself, or in the read API's `{\"data\": …}` wrapper.");

export const writeAnswerSchema = z
  .object({
    id: z.string().regex(/^[SA]-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}$/).describe("The entry's public id."),
    status: z.literal("draft").describe("The draft's status: always `draft` after a write."),
    registerStatus: z.enum(["draft", "published"]).describe("`published` when a published version stays live beside the draft."),
    draftVersion: z.int().min(1).describe("Raised by every save; send it back as `If-Match: \"<draftVersion>\"`."),
    url: z.url().describe("The entry's page in the officials' workspace, where a publisher reviews it."),
    api: z.url().describe("The entry's address in this API (public once published)."),
    missing: z.array(apiFieldProblemSchema).describe("What still stands between the draft and publication, with the body's paths; empty when it can be submitted for review."),
    todo: z.array(z.enum(TODO_FLAGS as [TodoFlag, ...TodoFlag[]])).describe("The workspace's to-do flags: `incomplete`, `values` (no CODIO value assessed), `contest` (an impactful or high-risk algorithm without a contest route)."),
  })
  .describe("The draft as saved by the write API.");
export type WriteAnswer = z.output<typeof writeAnswerSchema>;
