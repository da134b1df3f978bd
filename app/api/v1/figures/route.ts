import { registerCharts } from "@/db/figures";
import { answerVersion } from "@/db/public";
import { apiJsonWithEtag, guarded } from "@/lib/api";
import type { Figures } from "@/lib/schemas/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/figures — the register in figures: the counts behind the figures page. */
export function GET(request: Request) {
  return guarded("figures API", () => apiJsonWithEtag(request, answerVersion(), (): Figures => registerCharts()));
}
