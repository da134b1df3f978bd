import type { NextRequest } from "next/server";
import { listAlgorithms, parseAlgorithmQuery } from "@/db/algorithms";
import { apiError, apiJson, guarded, pageLinks } from "@/lib/api";
import { algorithmJson } from "./respond";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/algorithms — published (and archived) algorithms with the same filters as the list page:
 * organisation, theme, status, category, value (repeat or comma-separate for several), q, sort, page, pageSize.
 */
export function GET(request: NextRequest) {
  return guarded("algorithms API", () => {
    const params = request.nextUrl.searchParams;
    const parsed = parseAlgorithmQuery(params, { strict: true });
    if (!parsed.ok) return apiError(400, "Invalid query parameters. See 'problems' for what to change.", parsed.problems);
    const result = listAlgorithms(parsed.query);
    return apiJson({
      data: result.items.map(algorithmJson),
      meta: {
        total: result.total,
        page: result.page,
        pageSize: result.pageSize,
        pages: result.pages,
        sort: result.sort,
        q: parsed.query.q ?? null,
        match: result.match,
        facets: result.facets,
      },
      links: pageLinks("/api/v1/algorithms", params, result.page, result.pages),
    });
  });
}
