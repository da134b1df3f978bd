/**
 * The register's whole public history as newline-delimited JSON (`register.ndjson`): one line per published
 * version (revision) of every entry, sensors and algorithms alike, oldest first. Pure: no database.
 */
import type { RegisterLine } from "@/lib/schemas/api";
import type { EntryKind } from "@/lib/vocab";

export const FORMAT = "ndjson";

/** The fields of a line, in order (the open-data page's field table lists them). */
export const REGISTER_LINE_FIELDS = ["id", "kind", "revision", "status", "publishedAt", "changeNote", "organisation", "url", "data"] as const;
type LineField = (typeof REGISTER_LINE_FIELDS)[number];

/** One published version of an entry. Officials' names are never part of it, only the organisation. */
export interface RegisterRevision {
  publicId: string;
  kind: EntryKind;
  /** The version's number, from 1. */
  number: number;
  /** `archived` for the version that archived the entry. */
  status: "published" | "archived";
  createdAt: Date | string | number;
  changeNote: string;
  organisation: { slug: string; name: string };
  /** Canonical page URL of the entry. */
  url: string;
  /** The content of this version. */
  data: Record<string, unknown>;
}

/** A version as one line's object (its schema: `registerLineSchema` in lib/schemas/api.ts). */
export function toRegisterLine(r: RegisterRevision): RegisterLine & Record<LineField, unknown> {
  return {
    id: r.publicId,
    kind: r.kind,
    revision: r.number,
    status: r.status,
    publishedAt: new Date(r.createdAt).toISOString(),
    changeNote: r.changeNote,
    organisation: { slug: r.organisation.slug, name: r.organisation.name },
    url: r.url,
    data: r.data,
  } satisfies Record<LineField, unknown>;
}

/** The NDJSON document in pieces: one line per version, a batch at a time. */
export function* ndjsonDocument(batches: Iterable<readonly RegisterRevision[]>): Generator<string> {
  for (const batch of batches) {
    let out = "";
    for (const r of batch) out += `${JSON.stringify(toRegisterLine(r))}\n`;
    if (out) yield out;
  }
}
