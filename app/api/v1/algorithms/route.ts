import type { NextRequest } from "next/server";
import { listAlgorithms } from "@/db/algorithms";
import { ALGORITHM_QUERY, apiQuery } from "@/db/query-params";
import { createApiDraft } from "@/db/api-entries";
import { answerVersion } from "@/db/public";
import { apiJsonWithEtag, guarded, pageLinks, queryError } from "@/lib/api";
import { fromAlgorithmItem } from "@/lib/formats/algorithm-json";
import type { AlgorithmList } from "@/lib/schemas/api";
import { algorithmJson } from "./respond";
import { acceptWrite, answerDraft, shapeError, unknownFieldsError } from "../write";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/algorithms — published (and archived) algorithms with the same filters as the list page:
 * organisation, theme, status, category, value (repeat or comma-separate for several), q, sort, page, pageSize.
 */
export function GET(request: NextRequest) {
  return guarded("algorithms API", () => {
    const params = request.nextUrl.searchParams;
    const parsed = apiQuery(ALGORITHM_QUERY, params);
    if (!parsed.ok) return queryError(parsed.problems);
    return apiJsonWithEtag(request, answerVersion(), (): AlgorithmList => {
      const result = listAlgorithms(parsed.query);
      return {
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
      };
    });
  });
}

/**
 * POST /api/v1/algorithms — a new algorithm as a draft of the token's organisation (write API, `Authorization:
 * Bearer <token>`). The body is one algorithm in the shape GET /api/v1/algorithms/{id} answers, bare or in its
 * `{"data": …}` wrapper; read-only fields are ignored. 201 with the draft's id, version and what is still
 * missing. See README, "Write API".
 */
export function POST(req: Request) {
  return guarded("algorithm write API", async () => {
    const accepted = await acceptWrite(req);
    if (accepted instanceof Response) return accepted;
    const read = fromAlgorithmItem(accepted.body);
    if (read.problem) return shapeError("algorithm", read.problem);
    if (read.unknownFields.length) return unknownFieldsError("algorithm", read.unknownFields);
    return answerDraft("algorithm", () => createApiDraft({ actor: accepted.actor, kind: "algorithm", content: read.content }), {
      created: true,
      sent: read.content,
      pathOf: (path) => read.pathPrefix + (path === "_form" ? "" : path),
      missingPathOf: (path) => (path === "_form" ? "" : path),
    });
  });
}
