/**
 * Dictionaries keyed by what comes from outside: query parameter names and values, search words, field
 * paths of a body, names in an uploaded file.
 *
 * A plain object inherits `constructor`, `toString`, `valueOf`, `hasOwnProperty`, `__proto__`, `__defineGetter__`…
 * from Object.prototype, so `words[userWord]` answers a function for those ordinary words, `(o[k] ??= []).push(v)`
 * calls `push` on one, `k in o` says yes, and `o["__proto__"] = v` replaces the prototype instead of storing a
 * value. Use a Map, or these: a dictionary without a prototype, and lookups that only see own keys.
 * Pure functions, no "server-only": pages, the proxy, the domain layer and the unit tests use them.
 */

/** A dictionary without a prototype: every string is an ordinary key (including "__proto__"). */
export function dict<V>(entries?: Iterable<readonly [string, V]>): Record<string, V> {
  const out = Object.create(null) as Record<string, V>;
  if (entries) for (const [k, v] of entries) out[k] = v;
  return out;
}

/** `table[key]` when `key` is the table's own key, else undefined (never an inherited member). */
export function lookup<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Appends `value` to the list under `key` (created when missing); the dictionary should come from `dict()`. */
export function append<V>(lists: Record<string, V[]>, key: string, value: V): void {
  if (Object.hasOwn(lists, key)) lists[key]!.push(value);
  else lists[key] = [value];
}

/**
 * A copy with the ordinary prototype, for what crosses to Client Components: React refuses objects without a
 * prototype there ("Classes or null prototypes are not supported"). Every key stays an own property (an own
 * "__proto__" included, as Object.fromEntries defines them); read it with `lookup`, never `o[userKey]`.
 */
export function plain<V>(d: Readonly<Record<string, V>>): Record<string, V> {
  return Object.fromEntries(Object.entries(d));
}
