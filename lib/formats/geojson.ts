/**
 * Sensors as GeoJSON Features, in and out: the shape of `GET /api/v1/sensors/{id}`, of the download
 * `sensors.geojson`, of what `POST /api/v1/sensors` takes, and of GeoJSON files the importer reads. Pure:
 * no database. `toSensorFeature` and `fromSensorFeature` are each other's inverse for every field of a
 * sensor's content; the read-only fields (id, url, status, revision, organisation, …) are ignored going in.
 * The Feature's schema (what the API documents and the tests validate against) is `sensorFeatureSchema` in
 * lib/schemas/api.ts; `toSensorFeature` is typed with it, and the fields read going in come from it too.
 */
import type { Geometry } from "@/lib/geo";
import { SENSOR_FEATURE_CONTENT, SENSOR_FEATURE_READ_ONLY, sensorFeatureSchema, type SensorFeature } from "@/lib/schemas/api";
import type { Sensor } from "@/lib/schemas/sensor";
import type { RecordFormat } from "./types";

export const FORMAT = "geojson";
export type { SensorFeature };

/** A published sensor as the public sees it (content plus what the register knows about the entry). */
export interface PublicSensor {
  publicId: string;
  /** Canonical page URL. */
  url: string;
  status: "published" | "archived";
  /** Archived, or past its end date. */
  ended: boolean;
  endedOn: string | null;
  revision: number;
  publishedAt: Date | string | null;
  organisation: SensorFeature["properties"]["organisation"];
  data: Sensor;
}

/** The properties of a sensor's Feature, in order (the open-data page's field table lists them). */
export const FEATURE_PROPERTIES = [
  "id", "url", "name", "status", "ended", "endedOn", "revision", "publishedAt", "organisation", "operator", "ownerReference",
  "type", "themes", "measures", "purpose", "collectiveInterest", "locationDescription", "mobility", "personalData",
  "legalGround", "privacyStatementUrl", "processing", "retention", "dataAccess", "openDataUrl", "activeFrom", "activeUntil",
  "contact", "en", "values", "related",
] as const;
type FeatureProperty = (typeof FEATURE_PROPERTIES)[number];

const orNull = <T>(v: T | undefined): T | null => (v === undefined || v === "" ? null : v);
const valueOut = (v: Sensor["values"][number]): SensorFeature["properties"]["values"]["serves"][number] => ({
  value: v.value,
  explanation: v.explanation,
  actionCategory: v.actionCategory ?? null,
  action: v.action ?? null,
});

/** The public GeoJSON Feature of a sensor: everything it records, with its canonical page URL. */
export function toSensorFeature(e: PublicSensor): SensorFeature {
  const s = e.data;
  return {
    type: "Feature",
    id: e.publicId,
    geometry: s.geometry as Geometry & SensorFeature["geometry"],
    properties: {
      id: e.publicId,
      url: e.url,
      name: s.name,
      status: e.status,
      ended: e.ended,
      endedOn: e.endedOn ?? null,
      revision: e.revision,
      publishedAt: e.publishedAt ? new Date(e.publishedAt).toISOString() : null,
      organisation: {
        slug: e.organisation.slug,
        name: e.organisation.name,
        isExample: e.organisation.isExample,
        kind: e.organisation.kind,
        // An outside owner (a company or institution): the public body that moderates its reports.
        moderator: e.organisation.moderator ?? null,
      },
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
      contact: { email: orNull(s.contactEmail), url: orNull(s.contactUrl) },
      en: orNull(s.en),
      values: {
        serves: (s.values ?? []).filter((v) => v.assessment === "serves").map(valueOut),
        atStake: (s.values ?? []).filter((v) => v.assessment === "at_stake").map(valueOut),
      },
      related: s.related ?? [],
    } satisfies Record<FeatureProperty, unknown>,
  };
}

/** The content fields a Feature's properties carry one to one. */
const PLAIN = SENSOR_FEATURE_CONTENT;

export interface ReadFeature {
  /** The sensor's content, not yet validated (the schema does that at the right level). */
  content: Record<string, unknown>;
  /** The public id the Feature names (`id` or `properties.id`), for matching on import. */
  publicId?: string;
  /** Why the Feature could not be read at all. */
  problem?: string;
  /** When the Feature is of an archived sensor: the date it stopped being used. */
  archivedOn?: string;
}

/**
 * A sensor's content from a GeoJSON Feature in the shape `toSensorFeature` writes (read-only fields are
 * ignored). Never throws: what is not a Feature says so in `problem`.
 */
export function fromSensorFeature(feature: unknown): ReadFeature {
  if (!feature || typeof feature !== "object" || Array.isArray(feature)) return { content: {}, problem: "not a GeoJSON Feature (an object)" };
  const f = feature as Record<string, unknown>;
  if (f.type !== "Feature") return { content: {}, problem: "not a GeoJSON Feature (type must be \"Feature\")" };
  const p = f.properties && typeof f.properties === "object" && !Array.isArray(f.properties) ? (f.properties as Record<string, unknown>) : {};
  const content: Record<string, unknown> = {};
  for (const key of PLAIN) if (Object.hasOwn(p, key) && p[key] !== null) content[key] = p[key];
  if (f.geometry !== null && f.geometry !== undefined) content.geometry = f.geometry;
  const contact = p.contact && typeof p.contact === "object" ? (p.contact as Record<string, unknown>) : {};
  if (contact.email != null) content.contactEmail = contact.email;
  if (contact.url != null) content.contactUrl = contact.url;
  const values = p.values && typeof p.values === "object" ? (p.values as Record<string, unknown>) : {};
  const links = (list: unknown, assessment: "serves" | "at_stake") =>
    (Array.isArray(list) ? list : []).map((v) => {
      const o = (v && typeof v === "object" ? v : {}) as Record<string, unknown>;
      const out: Record<string, unknown> = { value: o.value, assessment, explanation: o.explanation };
      if (o.actionCategory != null) out.actionCategory = o.actionCategory;
      if (o.action != null) out.action = o.action;
      return out;
    });
  if (Object.hasOwn(p, "values")) content.values = [...links(values.serves, "serves"), ...links(values.atStake, "at_stake")];
  const id = typeof f.id === "string" ? f.id : typeof p.id === "string" ? p.id : undefined;
  const archivedOn = p.status === "archived" && typeof p.endedOn === "string" ? p.endedOn : undefined;
  return { content, publicId: id, archivedOn };
}

/** Properties of the read API's Feature that the register decides: ignored going in. */
export const SENSOR_READ_ONLY = SENSOR_FEATURE_READ_ONLY;
/** Every property of the read API's Feature: the write API refuses any other. */
const FEATURE_SHAPE = sensorFeatureSchema.shape.properties.shape;
const KNOWN_PROPERTIES = new Set<string>(Object.keys(FEATURE_SHAPE));

/**
 * Fields of a Feature's `properties` (and of its `contact` and `values`) that are neither content nor
 * read-only, as paths ("properties.purpse"): a write API refuses them, so a misspelt field never vanishes
 * silently. Members beside `properties` are left alone (GeoJSON allows foreign members).
 */
export function unknownFeatureFields(feature: unknown): string[] {
  const obj = (v: unknown) => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
  const p = obj(obj(feature)?.properties);
  if (!p) return [];
  const out = Object.keys(p).filter((k) => !KNOWN_PROPERTIES.has(k)).map((k) => `properties.${k}`);
  for (const member of ["contact", "values"] as const) {
    const given = obj(p[member]);
    const known = FEATURE_SHAPE[member].shape;
    if (given) out.push(...Object.keys(given).filter((k) => !Object.hasOwn(known, k)).map((k) => `properties.${member}.${k}`));
  }
  return out;
}

/**
 * Where a field of a sensor's content (a validation path such as "contactEmail" or "values.2.explanation")
 * sits in the Feature that `fromSensorFeature` read it from ("properties.contact.email",
 * "properties.values.atStake.0.explanation"), so errors name what the client sent.
 */
export function featurePath(path: string, content: Record<string, unknown>): string {
  if (path === "" || path === "_form") return "";
  const [head, ...rest] = path.split(".");
  const tail = rest.length ? `.${rest.join(".")}` : "";
  if (head === "geometry") return path;
  if (head === "contactEmail") return `properties.contact.email${tail}`;
  if (head === "contactUrl") return `properties.contact.url${tail}`;
  if (head === "values" && rest.length && /^\d+$/.test(rest[0]!)) {
    // fromSensorFeature lists the values served first, then those at stake.
    const list = Array.isArray(content.values) ? (content.values as { assessment?: unknown }[]) : [];
    const serves = list.filter((v) => v?.assessment === "serves").length;
    const i = Number(rest[0]);
    const after = rest.length > 1 ? `.${rest.slice(1).join(".")}` : "";
    return i < serves ? `properties.values.serves.${i}${after}` : `properties.values.atStake.${i - serves}${after}`;
  }
  return `properties.${path}`;
}

/** GeoJSON Features of sensors as an import format: the whole content, as this register exports it. */
export const geojsonFormat: RecordFormat = {
  id: FORMAT,
  kind: "sensor",
  recognises: (r) => !!r && typeof r === "object" && (r as { type?: unknown }).type === "Feature",
  read: (record) => {
    const f = fromSensorFeature(record);
    return {
      content: f.content,
      problems: f.problem ? [{ field: "", message: f.problem }] : [],
      warnings: [],
      publicId: f.publicId,
      archivedOn: f.archivedOn,
    };
  },
  owns: null,
  fieldName: (path) => featurePath(path, {}),
};
/** A FeatureCollection in pieces, a batch of Features at a time (the download `sensors.geojson`). */
export function* featureCollectionDocument(batches: Iterable<readonly SensorFeature[]>): Generator<string> {
  let first = true;
  yield '{"type":"FeatureCollection","features":[';
  for (const batch of batches) {
    if (!batch.length) continue;
    let out = "";
    for (const f of batch) {
      out += `${first ? "" : ","}\n${JSON.stringify(f)}`;
      first = false;
    }
    yield out;
  }
  yield "\n]}\n";
}
