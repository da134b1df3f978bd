/**
 * What stands between an entry and publication, by the rules of lib/completeness.ts and the schemas of
 * lib/schemas: used by the lifecycle (db/entries.ts), the workspace and the importer.
 */
import type { z } from "zod";
import { LRUCache } from "lru-cache";
import { additionsTodo, requiredLevel, TODO, type Origin } from "@/lib/completeness";
import type { EntryKind } from "@/lib/vocab";
import { fieldErrors, issueMessage } from "./common";
import { contentSchema } from "./index";
import type { Level } from "./levels";

type Content = Record<string, unknown>;

export type ContentCheck = { ok: true; data: Content } | { ok: false; fields: Record<string, string[]> };

/**
 * Content checked at a level: the parsed content, or every field's error (message keys by dotted path).
 * The same content is checked several times on its way (the importer, save, submit, approve, the to-do
 * list), so the last answers are kept by the content's JSON text; the parsed content is frozen, so no caller
 * can change what another one gets.
 */
const checks = new LRUCache<string, ContentCheck>({ max: 64 });
export function checkAt(kind: EntryKind, content: unknown, level: Level): ContentCheck {
  let key: string | undefined;
  try {
    key = JSON.stringify([kind, level, content]);
  } catch {
    key = undefined; // not JSON (a cycle, a BigInt): checked without the cache
  }
  const hit = key !== undefined && key.length < 500_000 ? checks.get(key) : undefined;
  if (hit) return hit;
  const parsed = (contentSchema(kind, level) as z.ZodType).safeParse(content, { error: issueMessage });
  const result: ContentCheck = parsed.success
    ? { ok: true, data: deepFreeze(parsed.data as Content) }
    : { ok: false, fields: fieldErrors(parsed.error) };
  if (key !== undefined && key.length < 500_000) checks.set(key, result);
  return result;
}

function deepFreeze<T>(v: T): T {
  if (v && typeof v === "object" && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}

/** Field errors of content at a level (message keys by dotted path), or null when it meets the level. */
export function problemsAt(kind: EntryKind, content: unknown, level: Level): Record<string, string[]> | null {
  const r = checkAt(kind, content, level);
  return r.ok ? null : r.fields;
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

