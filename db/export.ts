/**
 * Public entries in outside formats: the Algoritmeregister publication standard 1.0 for one algorithm or for
 * all of them, and the open-data downloads (CSV per kind, the sensors as GeoJSON, every published version as
 * NDJSON). Everything is read in batches by id, so memory stays flat however large the register. Only
 * published and archived entries; conversion is in lib/formats.
 */
import "server-only";
import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import type { Algorithm } from "@/lib/schemas/algorithm";
import type { Sensor } from "@/lib/schemas/sensor";
import type { EntryKind, OrganisationKind } from "@/lib/vocab";
import { toStandardRecord } from "@/lib/formats/algoritmeregister-1.0";
import type { CsvEntry } from "@/lib/formats/csv";
import { toSensorFeature, type SensorFeature } from "@/lib/formats/geojson";
import type { RegisterRevision } from "@/lib/formats/ndjson";
import { canonicalUrl } from "@/lib/urls";
import { getDb } from "./client";
import { entries, organisations, revisions } from "./schema";
import { sensorEnded, today } from "./sensors";

const PUBLIC = inArray(entries.status, ["published", "archived"]);

function rows(where: ReturnType<typeof and>, limit: number) {
  return getDb()
    .select({
      id: entries.id,
      publicId: entries.publicId,
      status: entries.status,
      endedOn: entries.endedOn,
      origin: entries.origin,
      data: entries.data,
      organisationName: organisations.name,
      // The first publication is revision 1 (found through the unique index on entry and number).
      firstAt: sql<number | null>`(SELECT ${revisions.createdAt} FROM ${revisions} WHERE ${revisions.entryId} = ${entries.id} AND ${revisions.number} = 1)`,
    })
    .from(entries)
    .innerJoin(organisations, eq(organisations.id, entries.organisationId))
    .where(where)
    .orderBy(asc(entries.id))
    .limit(limit)
    .all();
}

type Row = ReturnType<typeof rows>[number];
const toRecord = (r: Row) =>
  toStandardRecord({
    publicId: r.publicId,
    url: canonicalUrl("algorithm", r.publicId),
    organisationName: r.organisationName,
    status: r.status as "published" | "archived",
    endedOn: r.endedOn,
    firstPublishedAt: r.firstAt === null || r.firstAt === undefined ? null : new Date(Number(r.firstAt)),
    origin: r.origin,
    content: r.data as unknown as Algorithm,
  });

/** One published or archived algorithm as a record of the standard 1.0; undefined when not public. */
export function standardRecord(publicId: string): Record<string, unknown> | undefined {
  const [row] = rows(and(eq(entries.publicId, publicId), eq(entries.kind, "algorithm"), PUBLIC), 1);
  return row?.data ? toRecord(row) : undefined;
}

/** Every published and archived algorithm as records of the standard 1.0, in batches, oldest first. */
export function* standardRecords(batch = 500): Generator<Record<string, unknown>> {
  let after = 0;
  for (;;) {
    const page = rows(and(eq(entries.kind, "algorithm"), PUBLIC, gt(entries.id, after)), batch);
    for (const r of page) if (r.data) yield toRecord(r);
    if (page.length < batch) return;
    after = page.at(-1)!.id;
  }
}

export { answerVersion } from "./public";

/* ------------------------------------------------------------------------------------------------ */
/* The open-data downloads                                                                           */
/* ------------------------------------------------------------------------------------------------ */

/** A public entry as the downloads show it. */
export interface DownloadEntry extends CsvEntry {
  organisation: SensorFeature["properties"]["organisation"];
}

interface EntryRow {
  id: number;
  publicId: string;
  status: "published" | "archived";
  revision: number;
  publishedAt: number | null;
  endedOn: string | null;
  data: string;
  orgSlug: string;
  orgName: string;
  orgIsExample: number;
  /** Written through organisationSchema, so always one of the kinds. */
  orgKind: OrganisationKind;
  modSlug: string | null;
  modName: string | null;
}

/** The next batch of a kind's public entries after an id (exported for the test of its query plan). */
export const PUBLIC_ENTRY_BATCH_SQL = `SELECT e.id AS id, e.public_id AS publicId, e.status AS status, e.revision AS revision, e.published_at AS publishedAt,
         e.ended_on AS endedOn, e.data AS data, o.slug AS orgSlug, o.name AS orgName, o.is_example AS orgIsExample,
         o.kind AS orgKind, m.slug AS modSlug, m.name AS modName
  FROM (SELECT id FROM entries WHERE kind = :kind AND status = 'published' AND id > :after ORDER BY id LIMIT :batch) ids
  JOIN entries e ON e.id = ids.id JOIN organisations o ON o.id = e.organisation_id LEFT JOIN organisations m ON m.id = o.moderator_id
  WHERE e.data IS NOT NULL
  UNION ALL
  SELECT e.id, e.public_id, e.status, e.revision, e.published_at, e.ended_on, e.data, o.slug, o.name, o.is_example, o.kind, m.slug, m.name
  FROM (SELECT id FROM entries WHERE kind = :kind AND status = 'archived' AND id > :after ORDER BY id LIMIT :batch) ids
  JOIN entries e ON e.id = ids.id JOIN organisations o ON o.id = e.organisation_id LEFT JOIN organisations m ON m.id = o.moderator_id
  WHERE e.data IS NOT NULL
  ORDER BY 1 LIMIT :batch`;

/**
 * Every published and archived entry of a kind, in batches, in registration order. Each batch is one query
 * that continues after the last id it saw. Within one kind and one status the index `entries_kind_status`
 * holds the ids in order, so the query takes the next `batch` ids of the published and of the archived
 * entries from it (two index seeks, no table rows) and sorts only those. Written as `status IN (…)`, SQLite
 * sorts every remaining entry for every batch; walking the table by id instead reads every row of the other
 * kind too (a million sensors before the first algorithm).
 */
export function* publicEntryBatches(kind: EntryKind, batch = 500): Generator<DownloadEntry[]> {
  const query = getDb().$client.prepare<[{ kind: EntryKind; after: number; batch: number }], EntryRow>(PUBLIC_ENTRY_BATCH_SQL);
  let after = 0;
  for (;;) {
    const rows = query.all({ kind, after, batch });
    if (rows.length)
      yield rows.map((r) => ({
        publicId: r.publicId,
        url: canonicalUrl(kind, r.publicId),
        organisation: {
          slug: r.orgSlug,
          name: r.orgName,
          isExample: Boolean(r.orgIsExample),
          kind: r.orgKind,
          moderator: r.modSlug ? { slug: r.modSlug, name: r.modName ?? r.modSlug } : null,
        },
        status: r.status,
        revision: r.revision,
        publishedAt: r.publishedAt === null ? null : new Date(r.publishedAt),
        endedOn: r.endedOn,
        data: JSON.parse(r.data) as Record<string, unknown>,
      }));
    if (rows.length < batch) return;
    after = rows.at(-1)!.id;
  }
}

/** Every published and archived sensor as the GeoJSON Feature of `GET /api/v1/sensors/{id}`, in batches. */
export function* sensorFeatureBatches(batch = 500): Generator<SensorFeature[]> {
  for (const page of publicEntryBatches("sensor", batch)) {
    // Today in the register's time zone takes about 80 µs to work out: once per batch, not per sensor.
    const day = today();
    yield page.map((e) =>
      toSensorFeature({ ...e, ended: sensorEnded({ status: e.status, data: e.data as Sensor }, day), data: e.data as Sensor }),
    );
  }
}

interface RevisionRow {
  id: number;
  publicId: string;
  kind: EntryKind;
  number: number;
  status: "published" | "archived";
  createdAt: number;
  changeNote: string;
  data: string;
  orgSlug: string;
  orgName: string;
}

/**
 * Every published version (revision) of every public entry, both kinds, oldest first, in batches by
 * revision id. Officials' names are not read: only the organisation is published.
 */
export function* revisionBatches(batch = 500): Generator<RegisterRevision[]> {
  const query = getDb().$client.prepare<[number, number], RevisionRow>(
    `SELECT r.id AS id, e.public_id AS publicId, e.kind AS kind, r.number AS number, r.status AS status,
            r.created_at AS createdAt, r.change_note AS changeNote, r.data AS data, o.slug AS orgSlug, o.name AS orgName
     FROM revisions r JOIN entries e ON e.id = r.entry_id JOIN organisations o ON o.id = e.organisation_id
     WHERE r.id > ? AND e.status IN ('published', 'archived')
     ORDER BY r.id LIMIT ?`,
  );
  let after = 0;
  for (;;) {
    const rows = query.all(after, batch);
    if (rows.length)
      yield rows.map((r) => ({
        publicId: r.publicId,
        kind: r.kind,
        number: r.number,
        status: r.status,
        createdAt: new Date(r.createdAt),
        changeNote: r.changeNote,
        organisation: { slug: r.orgSlug, name: r.orgName },
        url: canonicalUrl(r.kind, r.publicId),
        data: JSON.parse(r.data) as Record<string, unknown>,
      }));
    if (rows.length < batch) return;
    after = rows.at(-1)!.id;
  }
}
