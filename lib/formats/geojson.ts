/**
 * Sensors as GeoJSON Features, in and out: the shape of `GET /api/v1/sensors/{id}`, of the download
 * `sensors.geojson`, of what `POST /api/v1/sensors` takes, and of GeoJSON files the importer reads. Pure:
 * no database. `toSensorFeature` and `fromSensorFeature` are each other's inverse for every field of a
 * sensor's content; the read-only fields (id, url, status, revision, organisation, …) are ignored going in.
 */
import type { Geometry } from "@/lib/geo";
import type { Sensor } from "@/lib/schemas/sensor";

export const FORMAT = "geojson";

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
  organisation: { slug: string; name: string; isExample: boolean };
  data: Sensor;
}

export interface SensorFeature {
  type: "Feature";
  id: string;
  geometry: Geometry;
  properties: Record<string, unknown> & { id: string; url: string; name: string };
}

/** The properties of a sensor's Feature, in order (the open-data page's field table lists them). */
export const FEATURE_PROPERTIES = [
  "id", "url", "name", "status", "ended", "endedOn", "revision", "publishedAt", "organisation", "operator", "ownerReference",
  "type", "themes", "measures", "purpose", "collectiveInterest", "locationDescription", "mobility", "personalData",
  "legalGround", "privacyStatementUrl", "processing", "retention", "dataAccess", "openDataUrl", "activeFrom", "activeUntil",
  "contact", "values",
] as const;
type FeatureProperty = (typeof FEATURE_PROPERTIES)[number];

const orNull = (v: unknown) => (v === undefined || v === "" ? null : v);
const valueOut = (v: Sensor["values"][number]) => ({
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
    geometry: s.geometry as Geometry,
    properties: {
      id: e.publicId,
      url: e.url,
      name: s.name,
      status: e.status,
      ended: e.ended,
      endedOn: e.endedOn ?? null,
      revision: e.revision,
      publishedAt: e.publishedAt ? new Date(e.publishedAt).toISOString() : null,
      organisation: { slug: e.organisation.slug, name: e.organisation.name, isExample: e.organisation.isExample },
      operator: orNull(s.operator),
      ownerReference: orNull(s.ownerReference),
      type: s.type,
      themes: s.themes,
      measures: orNull(s.measures),
      purpose: orNull(s.purpose),
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
      values: {
        serves: (s.values ?? []).filter((v) => v.assessment === "serves").map(valueOut),
        atStake: (s.values ?? []).filter((v) => v.assessment === "at_stake").map(valueOut),
      },
    } satisfies Record<FeatureProperty, unknown>,
  };
}

/** The content fields a Feature's properties carry one to one. */
const PLAIN = [
  "name", "operator", "ownerReference", "type", "themes", "measures", "purpose", "collectiveInterest", "locationDescription",
  "mobility", "personalData", "legalGround", "privacyStatementUrl", "processing", "retention", "dataAccess", "openDataUrl",
  "activeFrom", "activeUntil",
] as const;

export interface ReadFeature {
  /** The sensor's content, not yet validated (the schema does that at the right level). */
  content: Record<string, unknown>;
  /** The public id the Feature names (`id` or `properties.id`), for matching on import. */
  publicId?: string;
  /** Why the Feature could not be read at all. */
  problem?: string;
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
  return { content, publicId: id };
}

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
