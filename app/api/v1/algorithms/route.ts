import type { NextRequest } from "next/server";
import { listAlgorithms, parseAlgorithmQuery } from "@/db/algorithms";
import { siteUrl } from "@/lib/config";
import { algorithmJson, errorJson, okJson } from "./respond";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/algorithms — published (and archived) algorithms with the same filters as the list page:
 * organisation, theme, status, category, value (repeat or comma-separate for several), q, sort, page, pageSize.
 */
export function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const parsed = parseAlgorithmQuery(params, { strict: true });
  if (!parsed.ok) return errorJson(400, "Invalid query parameters. See 'problems' for what to change.", parsed.problems);
  try {
    const result = listAlgorithms(parsed.query);
    const link = (page: number) => {
      const p = new URLSearchParams(params);
      if (page > 1) p.set("page", String(page));
      else p.delete("page");
      const s = p.toString();
      return `${siteUrl}/api/v1/algorithms${s ? `?${s}` : ""}`;
    };
    return okJson({
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
      links: {
        self: link(result.page),
        first: link(1),
        last: link(result.pages),
        next: result.page < result.pages ? link(result.page + 1) : null,
        prev: result.page > 1 ? link(Math.min(result.page - 1, result.pages)) : null,
      },
    });
  } catch (e) {
    console.error(e);
    return errorJson(500, "Something went wrong on our side. Please try again later.");
  }
}
