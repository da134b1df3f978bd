import { guarded } from "@/lib/api";
import { openApiDocument } from "@/lib/openapi";

/** GET /api/v1/openapi.json — the OpenAPI 3.1 document of the API, generated from its zod schemas (lib/openapi.ts). */
export function GET() {
  return guarded("openapi.json", () => Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=3600" } }));
}
