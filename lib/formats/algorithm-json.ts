/**
 * An algorithm in the read API's JSON shape (`GET /api/v1/algorithms/{id}`, app/api/v1/algorithms/respond.ts),
 * going in: what `POST /api/v1/algorithms` and `PUT /api/v1/algorithms/{id}` take. Pure: no database.
 *
 * The body is the item itself or the item in the read API's `{"data": {...}}` wrapper. The fields the register
 * decides (`READ_ONLY`) are ignored; `null` is "empty", as the read API writes it; any other field the schema
 * does not know is reported, so a misspelt field never vanishes silently.
 */
import { algorithmSchemaAt } from "@/lib/schemas/algorithm";

/** Fields of the read API's item that the register decides: ignored going in. */
export const ALGORITHM_READ_ONLY = [
  "id",
  "url",
  "organisation",
  "registerStatus",
  "endedOn",
  "revision",
  "publishedAt",
  "archivedAt",
  "completeness",
  "highlight",
] as const;

const CONTENT_FIELDS = new Set(Object.keys(algorithmSchemaAt("draft").shape));
const READ_ONLY = new Set<string>(ALGORITHM_READ_ONLY);

export interface ReadAlgorithm {
  /** The algorithm's content, not yet validated (the schema does that at the right level). */
  content: Record<string, unknown>;
  /** How the body's field paths start: "data." when the item came in the `{"data": …}` wrapper, else "". */
  pathPrefix: string;
  /** Fields that are neither content nor read-only (paths as the client sent them). */
  unknownFields: string[];
  /** Why the body could not be read as an algorithm at all. */
  problem?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

/** The content of an algorithm from a body in the read API's shape. Never throws. */
export function fromAlgorithmItem(body: unknown): ReadAlgorithm {
  if (!isObject(body)) return { content: {}, pathPrefix: "", unknownFields: [], problem: "not an algorithm (a JSON object)" };
  // The algorithm has no field called "data": a body with one is the read API's wrapper.
  const wrapped = Object.hasOwn(body, "data");
  if (wrapped && !isObject(body.data))
    return { content: {}, pathPrefix: "data.", unknownFields: [], problem: "'data' must be one algorithm (a JSON object)" };
  const item = wrapped ? (body.data as Record<string, unknown>) : body;
  const pathPrefix = wrapped ? "data." : "";
  const content: Record<string, unknown> = {};
  const unknownFields = wrapped ? Object.keys(body).filter((k) => k !== "data") : [];
  for (const [key, value] of Object.entries(item)) {
    if (READ_ONLY.has(key)) continue;
    if (!CONTENT_FIELDS.has(key)) unknownFields.push(pathPrefix + key);
    else if (value !== null) content[key] = value;
  }
  return { content, pathPrefix, unknownFields };
}
