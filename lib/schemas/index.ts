/** The content schema of each entry kind at each completeness level: the one place that maps a kind to its validation. */
import type { EntryKind } from "@/lib/vocab";
import { algorithmSchemaAt } from "./algorithm";
import type { Level } from "./levels";
import { sensorSchemaAt } from "./sensor";

export const contentSchema = (kind: EntryKind, level: Level) => (kind === "sensor" ? sensorSchemaAt(level) : algorithmSchemaAt(level));
/** Public ids: a kind prefix and six characters without look-alikes (no 0, 1, I, L, O, U). */
export const PUBLIC_ID_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
export const PUBLIC_ID_PATTERN = /^[SA]-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}$/;
export const publicIdPrefix: Record<EntryKind, string> = { sensor: "S", algorithm: "A" };
/** The public ids of one kind ("S-…" or "A-…"). */
export const publicIdPatternOf = (kind: EntryKind) => new RegExp(`^${publicIdPrefix[kind]}-[${PUBLIC_ID_ALPHABET}]{6}$`);
export { fieldErrors, issueMessage } from "./common";
export { LEVELS, type Level } from "./levels";
