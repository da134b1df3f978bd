import { actionCategories, exampleActions, foundations, principles, source, values } from "@/lib/codio";
import { siteUrl } from "@/lib/config";
import type { Taxonomy } from "@/lib/schemas/api";

/** The whole CODIO taxonomy, both languages (its schema: `taxonomySchema` in lib/schemas/api.ts). */
export function GET() {
  const body: Taxonomy = {
    source,
    foundations: [...foundations],
    principles: [...principles],
    // Absolute, like every other `url` of the API.
    values: values.map((v) => ({ ...v, url: `${siteUrl}/nl/values/${v.slug}` })),
    actionCategories: [...actionCategories],
    exampleActions: [...exampleActions],
  };
  return Response.json(body, { headers: { "Cache-Control": "public, max-age=3600" } });
}
