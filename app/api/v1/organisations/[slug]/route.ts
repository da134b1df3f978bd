import type { NextRequest } from "next/server";
import { registerCharts } from "@/db/figures";
import { getPublicOrganisation } from "@/db/organisations";
import { answerVersion } from "@/db/public";
import { apiError, apiJsonWithEtag, guarded } from "@/lib/api";
import type { OrganisationAnswer } from "@/lib/schemas/api";
import { organisationDetailJson } from "../respond";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/organisations/{slug} — one organisation with a published or archived entry: contact, objection
 * address, links to its entries, and its figures; 404 for any other slug.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return guarded("organisation API", () => {
    const o = getPublicOrganisation(slug);
    if (!o) return apiError(404, `No organisation with published entries and slug ${JSON.stringify(slug.slice(0, 100))}.`);
    return apiJsonWithEtag(request, answerVersion(), (): OrganisationAnswer => ({ data: organisationDetailJson(o, registerCharts({ organisationId: o.id })) }));
  });
}
