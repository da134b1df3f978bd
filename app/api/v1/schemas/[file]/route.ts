import { apiError, guarded } from "@/lib/api";
import { isSchemaFile, publishedSchema, SCHEMA_FILES } from "@/lib/openapi";

/**
 * GET /api/v1/schemas/{file} — the JSON Schema 2020-12 of an entity (sensor.json, algorithm.json, …), generated
 * from the same zod schemas as the OpenAPI document (lib/openapi.ts); its address is its `$id`.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  return guarded("JSON Schema", () => {
    if (!isSchemaFile(file))
      return apiError(404, `No schema '${file.slice(0, 60)}'. Known: ${Object.keys(SCHEMA_FILES).join(", ")}.`);
    return new Response(JSON.stringify(publishedSchema(file)), {
      headers: { "Content-Type": "application/schema+json; charset=utf-8", "Cache-Control": "public, max-age=3600" },
    });
  });
}
