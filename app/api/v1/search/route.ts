import type { NextRequest } from "next/server";
import { searchRegister } from "@/db/search/register";
import { apiQuery, SEARCH_QUERY } from "@/db/query-params";
import { answerVersion } from "@/db/public";
import { apiJsonWithEtag, guarded, pageLinks, queryError } from "@/lib/api";
import { queryPairs } from "@/lib/query-params";
import type { SearchAnswer } from "@/lib/schemas/api";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/search — one search over both registers (published and archived entries), with the same
 * parameters as the search page: q, kind, organisation, type, theme, category, value, status (repeat or
 * comma-separate for several), sort, page, pageSize. See README, "Search API".
 */
export function GET(request: NextRequest) {
  return guarded("search API", () => {
    const parsed = apiQuery(SEARCH_QUERY, request.nextUrl.searchParams);
    if (!parsed.ok) return queryError(parsed.problems);
    const q = parsed.query;
    return apiJsonWithEtag(request, answerVersion(), (): SearchAnswer => {
      const r = searchRegister(q);
      return {
        data: r.hits.map((h) => ({
          id: h.publicId,
          kind: h.kind,
          name: h.name,
          url: h.url,
          organisation: h.organisation,
          snippet: h.snippet,
          score: h.score,
          status: h.status,
          registerStatus: h.registerStatus,
          endedOn: h.endedOn,
          publishedAt: h.publishedAt,
          type: h.type,
          category: h.category,
        })),
        meta: {
          total: r.total,
          page: r.page,
          pageSize: r.pageSize,
          pages: r.pages,
          sort: r.sort,
          q: q.q ?? null,
          match: r.mode === "browse" ? null : { mode: r.mode, words: r.words },
          facets: r.facets,
        },
        // Links name the query in its normal form (the parsed parameters), whatever spelling came in.
        links: pageLinks("/api/v1/search", new URLSearchParams(queryPairs(SEARCH_QUERY, q)), r.page, r.pages),
      };
    });
  });
}
