import type { NextRequest } from "next/server";
import { listPublicOrganisations } from "@/db/organisations";
import { apiQuery, ORGANISATION_QUERY } from "@/db/query-params";
import { answerVersion } from "@/db/public";
import { apiJsonWithEtag, guarded, queryError } from "@/lib/api";
import type { OrganisationList } from "@/lib/schemas/api";
import { organisationJson } from "./respond";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/organisations — every organisation with a published or archived entry, with its number of
 * sensors and algorithms; `q` (part of the name), `sort` (`name`, `sensors`, `algorithms`). Not paged.
 */
export function GET(request: NextRequest) {
  return guarded("organisations API", () => {
    const parsed = apiQuery(ORGANISATION_QUERY, request.nextUrl.searchParams);
    if (!parsed.ok) return queryError(parsed.problems);
    const { q, sort = "name" } = parsed.query;
    return apiJsonWithEtag(request, answerVersion(), (): OrganisationList => {
      const list = listPublicOrganisations({ q, sort });
      return { data: list.map(organisationJson), meta: { total: list.length, q: q ?? null, sort } };
    });
  });
}
