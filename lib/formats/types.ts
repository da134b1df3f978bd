/** What every import format gives the importer (db/import.ts). Pure types. */
import type { EntryKind } from "@/lib/vocab";

export interface Problem {
  /** The field in the format's own terms ("description_short", "lawful_basis_grouping.0.link", "datastream"). */
  field: string;
  message: string;
}

export interface ConvertedRecord {
  /** Our content (of the format's kind), not yet validated: the schema does that at the right level. */
  content: Record<string, unknown>;
  /** What could not be taken over as it is: these keep the record from being published. */
  problems: Problem[];
  /** What was read differently or left out, for the official to know. */
  warnings: Problem[];
  /** The organisation the record itself names, to compare with the one it is imported into. */
  organization?: string;
  /** A public id the record names (our own exports), for matching within the organisation. */
  publicId?: string;
  /** The record says the entry was archived (no longer in use) on this date: published, it is archived too. */
  archivedOn?: string;
}

/** One format the importer reads: what it looks like, how it converts, and what it owns on re-import. */
export interface RecordFormat {
  id: string;
  kind: EntryKind;
  /** Whether one parsed record is of this format. */
  recognises(record: unknown): boolean;
  read(record: unknown): ConvertedRecord;
  /**
   * The content fields a record of this format carries: a re-import replaces these and keeps the rest (what
   * the register adds). null: the record is the whole content.
   */
  owns: readonly string[] | null;
  /** Fields an existing entry keeps even when the record has them (e.g. a name the format makes up). */
  keepsExisting?: readonly string[];
  /** A path of our content in the format's own terms, for problems. */
  fieldName(path: string): string;
}
