/** The content schema of each entry kind: the one place that maps a kind to its validation. */
import type { EntryKind } from "@/lib/vocab";
import { algorithmSchema } from "./algorithm";
import { sensorSchema } from "./sensor";

export const contentSchemas = { sensor: sensorSchema, algorithm: algorithmSchema } satisfies Record<EntryKind, unknown>;
/** Public ids: a kind prefix and six characters without look-alikes (no 0, 1, I, L, O, U). */
export const PUBLIC_ID_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
export const PUBLIC_ID_PATTERN = /^[SA]-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}$/;
export const publicIdPrefix: Record<EntryKind, string> = { sensor: "S", algorithm: "A" };
export { fieldErrors, issueMessage } from "./common";
