/** Public ids: a kind prefix and six characters without look-alikes (no 0, 1, I, L, O, U). */
import type { EntryKind } from "@/lib/vocab";

export const PUBLIC_ID_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
export const PUBLIC_ID_PATTERN = /^[SA]-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}$/;
export const publicIdPrefix: Record<EntryKind, string> = { sensor: "S", algorithm: "A" };
/** The public ids of one kind ("S-…" or "A-…"). */
export const publicIdPatternOf = (kind: EntryKind) => new RegExp(`^${publicIdPrefix[kind]}-[${PUBLIC_ID_ALPHABET}]{6}$`);
