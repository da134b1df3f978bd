/** The content schema of each entry kind at each completeness level: the one place that maps a kind to its validation. */
import type { EntryKind } from "@/lib/vocab";
import { algorithmSchemaAt } from "./algorithm";
import type { Level } from "./levels";
import { sensorSchemaAt } from "./sensor";

export const contentSchema = (kind: EntryKind, level: Level) => (kind === "sensor" ? sensorSchemaAt(level) : algorithmSchemaAt(level));
export { PUBLIC_ID_ALPHABET, PUBLIC_ID_PATTERN, publicIdPatternOf, publicIdPrefix } from "./public-id";
export { fieldErrors, issueMessage } from "./common";
export { LEVELS, type Level } from "./levels";
