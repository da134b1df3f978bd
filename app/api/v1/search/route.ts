import type { NextRequest } from "next/server";
import { searchRegister } from "@/db/search";
import { parseSearchQuery, searchParamsOf } from "@/db/search-params";
import { siteUrl } from "@/lib/config";
import { errorJson, okJson } from "../algorithms/respond";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/search — one search over both registers (published and archived entries), with the same
 * parameters as the search page: q, kind, organisation, type, theme, category, value, status (repeat or
 * comma-separate for several), sort, page, pageSize. See README, "Search API".
 */
export function GET(request: NextRequest) {
  try {
    const parsed = parseSearchQuery(request.nextUrl.searchParams, { strict: true });
    if (!parsed.ok) return errorJson(400, "Invalid query parameters. See 'problems' for what to change.", parsed.problems);
    const q = parsed.query;
    const r = searchRegister(q);
    const link = (page: number) => {
      const pairs = searchParamsOf(q, { page: page > 1 ? String(page) : undefined });
      return `${siteUrl}/api/v1/search${pairs.length ? `?${new URLSearchParams(pairs)}` : ""}`;
    };
    return okJson({
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
      links: {
        self: link(r.page),
        first: link(1),
        last: link(r.pages),
        next: r.page < r.pages ? link(r.page + 1) : null,
        prev: r.page > 1 ? link(Math.min(r.page - 1, r.pages)) : null,
      },
    });
  } catch (e) {
    console.error("search API:", e);
    return errorJson(500, "Something went wrong on our side. Please try again later.");
  }
}
