import { apiError, guarded, withEtag } from "@/lib/api";
import { isSchemaFile, publishedSchema, SCHEMA_FILES } from "@/lib/openapi";

/**
 * GET /api/v1/schemas/{file} — the JSON Schema 2020-12 of an entity (sensor.json, algorithm.json, …), generated
 * from the same zod schemas as the OpenAPI document (lib/openapi.ts); its address is its `$id`.
 */
export async function GET(req: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  return guarded("JSON Schema", () => {
    if (!isSchemaFile(file))
      return apiError(404, `No schema '${file.slice(0, 60)}'. Known: ${Object.keys(SCHEMA_FILES).join(", ")}.`);
    // It changes only with the code: its ETag is the build's.
    return withEtag(req, "schema", "application/schema+json", () => JSON.stringify(publishedSchema(file)));
  });
}
