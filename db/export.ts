/**
 * Public entries in outside formats: the Algoritmeregister publication standard 1.0 for one algorithm or for
 * all of them (streamed in batches, so memory stays flat however large the register). Only published and
 * archived entries; conversion is in lib/formats.
 */
import "server-only";
import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import type { Algorithm } from "@/lib/schemas/algorithm";
import { toStandardRecord } from "@/lib/formats/algoritmeregister-1.0";
import { canonicalUrl } from "@/lib/urls";
import { getDb } from "./client";
import { entries, organisations, revisions } from "./schema";

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

/** Changes whenever what the public sees changes: a publication, an archiving or an organisation's edit. */
export function publicDataVersion(): string {
  const r = getDb().get<{ rev: number; org: number }>(
    sql`SELECT (SELECT coalesce(max(id), 0) FROM revisions) AS rev, (SELECT coalesce(max(updated_at), 0) FROM organisations) AS org`,
  );
  return `${r.rev}.${r.org}`;
}
