/**
 * Ordinary words that are also names of JavaScript's built-in object members: every own property name of
 * Object.prototype, Function.prototype and Array.prototype (`constructor`, `toString`, `__proto__`,
 * `hasOwnProperty`, `valueOf`, `__defineGetter__`, `push`, `length`, …), plus `prototype`, each also in other
 * cases ("Constructor", "CONSTRUCTOR", "tostring"). A plain object used as a dictionary answers inherited
 * members for them; the register must treat them as the words they are. For tests.
 */
const names = new Set<string>(["prototype"]);
for (const proto of [Object.prototype, Function.prototype, Array.prototype])
  for (const name of Object.getOwnPropertyNames(proto)) names.add(name);

/** The names as JavaScript spells them. */
export const BUILTIN_NAMES: readonly string[] = [...names].sort();

/** The names in several cases, as a visitor might type them. */
export const BUILTIN_WORDS: readonly string[] = [
  ...new Set(BUILTIN_NAMES.flatMap((n) => [n, n.toLowerCase(), n.toUpperCase(), n[0]!.toUpperCase() + n.slice(1)])),
];
