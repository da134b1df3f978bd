import { apiJsonWithEtag, guarded } from "@/lib/api";
import { openApiDocument } from "@/lib/openapi";

/**
 * GET /api/v1/openapi.json — the OpenAPI 3.1 document of the API, generated from its zod schemas (lib/openapi.ts).
 * It changes only with the code: its ETag is the build's.
 */
export function GET(req: Request) {
  return guarded("openapi.json", () => apiJsonWithEtag(req, "openapi", () => openApiDocument()));
}
