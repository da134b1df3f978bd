/**
 * How complete an entry is, and what it still needs: the one place that decides which completeness level
 * (lib/schemas/levels.ts) an entry must meet to be published, and what goes on the workspace's to-do list.
 *
 * - Publication needs the level `requiredLevel` gives: the national standard (`standard`; for sensors what a
 *   sensor register such as Amsterdam's asks) for imported records, everything the register adds (`full`)
 *   for sensors and impactful or high-risk algorithms typed in the form.
 * - Beyond that, what the register adds is shown honestly where it is missing: "not yet assessed" (no CODIO
 *   values) and "contest route not yet described" (an impactful or high-risk algorithm without one). Both
 *   are to-dos, counted in the figures, and listed per entry in the workspace.
 */
import type { Level } from "@/lib/schemas/levels";
import { contestRequiredCategories, type EntryKind } from "@/lib/vocab";

export type Origin = "form" | "import" | "api";

/** To-do flags, stored as a bit set on the entry (`entries.todo`). */
export const TODO = {
  /** The entry does not yet meet what publication requires. */
  incomplete: 1,
  /** No CODIO value has been assessed. */
  values: 2,
  /** An impactful or high-risk algorithm without a structured contest route. */
  contest: 4,
} as const;
export type TodoFlag = keyof typeof TODO;
export const TODO_FLAGS = Object.keys(TODO) as TodoFlag[];

type Content = Record<string, unknown>;

export const needsContest = (kind: EntryKind, c: Content) =>
  kind === "algorithm" && contestRequiredCategories.includes(String(c.publicationCategory ?? ""));

/**
 * The level an entry must meet to be published: everything for sensors typed in the form and for
 * impactful and high-risk algorithms typed in the form; the standard level for the rest (imported records,
 * and algorithms of the category "other").
 */
export function requiredLevel(kind: EntryKind, origin: Origin, content: Content): Exclude<Level, "draft"> {
  if (origin !== "form") return "standard";
  return kind === "sensor" || needsContest(kind, content) ? "full" : "standard";
}

/** The to-dos of what the register adds (values, contest route), without the check of the level. */
export function additionsTodo(kind: EntryKind, content: Content): number {
  let todo = 0;
  if (!Array.isArray(content.values) || content.values.length === 0) todo |= TODO.values;
  if (needsContest(kind, content) && !content.contest) todo |= TODO.contest;
  return todo;
}

/** The flags set in a to-do bit set. */
export const todoFlags = (todo: number) => TODO_FLAGS.filter((f) => todo & TODO[f]);
