/**
 * Which optional fields are required in some combinations, and when: read from the cross-field rules of
 * the schemas themselves (`requires` of each rule in lib/schemas/sensor.ts and algorithm.ts), so a form label
 * can never say "(optional)" for a field a rule makes required. Field paths of repeatable groups have `*` for
 * the index ("contest.routes.*.deadlineUnit"). The values are message keys under `rules.` in the catalogues.
 */
import type { EntryKind } from "@/lib/vocab";
import type { Level, Rule } from "./levels";
import { algorithmRulesAt, contestRouteRulesAt } from "./algorithm";
import { sensorRulesAt } from "./sensor";

const collect = (rules: readonly Rule<never>[], prefix = "") =>
  rules.flatMap((r) => Object.entries(r.requires ?? {}).map(([field, when]) => [prefix + field, when] as const));

/** Field path (with `*` for indexes) → the message key that says when it is required. */
export function conditionalFields(kind: EntryKind, level: Level): Record<string, string> {
  const pairs =
    kind === "sensor"
      ? collect(sensorRulesAt(level) as readonly Rule<never>[])
      : [...collect(algorithmRulesAt(level) as readonly Rule<never>[]), ...collect(contestRouteRulesAt(level) as readonly Rule<never>[], "contest.routes.*.")];
  return Object.fromEntries(pairs);
}

/** The pattern of a form field's name: indexes of repeatable groups as `*`. */
export const namePattern = (name: string) => name.replace(/\.\d+(?=\.|$)/g, ".*");

/** What the entry form needs: the conditional fields at both levels publication can require. */
export const formRules = (kind: EntryKind) => ({ standard: conditionalFields(kind, "standard"), full: conditionalFields(kind, "full") });
