/** The public history of entries: every published version, immutable. */
import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "./client";
import { revisions } from "./schema";

export interface PublicRevision {
  number: number;
  status: "published" | "archived";
  changeNote: string;
  createdAt: Date;
  data: Record<string, unknown>;
}

const columns = {
  number: revisions.number,
  status: revisions.status,
  changeNote: revisions.changeNote,
  createdAt: revisions.createdAt,
  data: revisions.data,
};

/** All versions of a public entry, oldest first. Author names are not published, only the organisation. */
export function listRevisions(entryId: number): PublicRevision[] {
  return getDb().select(columns).from(revisions).where(eq(revisions.entryId, entryId)).orderBy(asc(revisions.number)).all();
}

export function getRevision(entryId: number, number: number): PublicRevision | undefined {
  return getDb()
    .select(columns)
    .from(revisions)
    .where(and(eq(revisions.entryId, entryId), eq(revisions.number, number)))
    .get();
}
