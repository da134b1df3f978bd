import { getAlgorithmRecord } from "@/db/algorithms";
import { apiError, apiJson, guarded } from "@/lib/api";
import { algorithmJson } from "../respond";

export const dynamic = "force-dynamic";

/** GET /api/v1/algorithms/{id} — one published or archived algorithm; 404 JSON otherwise. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return guarded("algorithm API", () => {
    const record = getAlgorithmRecord(id);
    if (!record) return apiError(404, `No published algorithm with id '${id.slice(0, 40)}'.`);
    return apiJson({ data: algorithmJson(record) });
  });
}
