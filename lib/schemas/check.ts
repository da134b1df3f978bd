/**
 * What stands between an entry and publication, by the rules of lib/completeness.ts and the schemas of
 * lib/schemas: used by the lifecycle (db/entries.ts), the workspace and the importer.
 */
import type { z } from "zod";
import { additionsTodo, requiredLevel, TODO, type Origin } from "@/lib/completeness";
import type { EntryKind } from "@/lib/vocab";
import { fieldErrors, issueMessage } from "./common";
import { contentSchema } from "./index";
import type { Level } from "./levels";

type Content = Record<string, unknown>;

/** Field errors of content at a level (message keys by dotted path), or null when it meets the level. */
export function problemsAt(kind: EntryKind, content: unknown, level: Level): Record<string, string[]> | null {
  const parsed = (contentSchema(kind, level) as z.ZodType).safeParse(content, { error: issueMessage });
  return parsed.success ? null : fieldErrors(parsed.error);
}

export interface Completeness {
  /** What publication requires of this entry. */
  level: Exclude<Level, "draft">;
  /** What stands between the entry and publication (empty when it can be published). */
  problems: Record<string, string[]>;
  /** The to-do bit set (TODO flags). */
  todo: number;
}

/** Everything the workspace shows about an entry's working copy. */
export function assess(kind: EntryKind, origin: Origin, content: Content): Completeness {
  const level = requiredLevel(kind, origin, content);
  const problems = problemsAt(kind, content, level) ?? {};
  const todo = additionsTodo(kind, content) | (Object.keys(problems).length ? TODO.incomplete : 0);
  return { level, problems, todo };
}

