import { actionCategories, exampleActions, foundations, principles, source, values } from "@/lib/codio";
import { apiJsonWithEtag, guarded } from "@/lib/api";
import { siteUrl } from "@/lib/config";
import type { Taxonomy } from "@/lib/schemas/api";

/**
 * The whole CODIO taxonomy, both languages (its schema: `taxonomySchema` in lib/schemas/api.ts). It changes
 * only with the code: its ETag is the build's.
 */
export function GET(req: Request) {
  return guarded("values API", () => apiJsonWithEtag(req, "taxonomy", taxonomy));
}

function taxonomy(): Taxonomy {
  return {
    source,
    foundations: [...foundations],
    principles: [...principles],
    // Absolute, like every other `url` of the API.
    values: values.map((v) => ({ ...v, url: `${siteUrl}/nl/values/${v.slug}` })),
    actionCategories: [...actionCategories],
    exampleActions: [...exampleActions],
  };
}
