/**
 * Which message namespaces each client island reads with useTranslations (README, "Page weight"). Pages send
 * no catalogue to the browser; a server component wraps an island in <ClientMessages island="…"> and only
 * these namespaces travel with the page. A namespace may be nested ("admin.login"). The unit test
 * client-messages.test.ts checks every namespace exists in both catalogues.
 */

/** What components/form reads: field labels and hints, validation and error messages. */
const FORM = ["form", "validation", "errors"] as const;

export const CLIENT_MESSAGES = {
  /** The citizen map (components/map: SensorMapLoader, SensorMap, MapCanvas). */
  map: ["map"],
  /**
   * A small map on MapCanvas — a sensor's location (components/map/LocationMap), an organisation's sensors
   * (components/map/OrganisationMap): the zoom buttons and the tile notice.
   */
  locationMap: ["map.zoomIn", "map.zoomOut", "map.tilesUnavailable"],
  /** The sign-in form. */
  login: [...FORM, "admin.login"],
  /**
   * The officials' workspace: its forms (entries with their fields, locations and values, workflow, import,
   * tokens, organisations, officials) and the location editor's map.
   */
  workspace: [...FORM, "admin", "entryForm", "rules", "fields", "changes", "sensorForm", "algorithmForm", "location", "valuesEditor", "geometry", "map"],
} as const satisfies Record<string, readonly string[]>;

export type ClientIsland = keyof typeof CLIENT_MESSAGES;

/** The part of `messages` under the given namespaces ("a.b" keeps `{ a: { b } }`), nothing else. */
export function pickMessages(messages: Record<string, unknown>, namespaces: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const namespace of namespaces) {
    const path = namespace.split(".");
    let from: unknown = messages;
    for (const key of path) from = from !== null && typeof from === "object" && Object.hasOwn(from, key) ? (from as Record<string, unknown>)[key] : undefined;
    if (from === undefined) continue;
    let to = out;
    for (const key of path.slice(0, -1)) to = (to[key] ??= {}) as Record<string, unknown>;
    to[path.at(-1)!] = from;
  }
  return out;
}
