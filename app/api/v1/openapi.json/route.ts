import { openApiDocument } from "@/lib/openapi";

/** GET /api/v1/openapi.json — OpenAPI 3.1 description of the read API. */
export function GET() {
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=3600" } });
}
