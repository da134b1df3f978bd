import { getAlgorithmRecord } from "@/db/algorithms";
import { publicDataVersion, standardRecord } from "@/db/export";
import { apiError, apiJson, guarded, withEtag } from "@/lib/api";
import { algorithmJson } from "../respond";

export const dynamic = "force-dynamic";

const FORMATS = ["algoritmeregister-1.0"];

/**
 * GET /api/v1/algorithms/{id} — one published or archived algorithm; 404 JSON otherwise.
 * `?format=algoritmeregister-1.0` answers the record in the shape of the national publication standard 1.0.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return guarded("algorithm API", () => {
    const format = new URL(request.url).searchParams.get("format");
    if (format !== null && !FORMATS.includes(format))
      return apiError(400, `Unknown format '${format.slice(0, 40)}'.`, [
        { parameter: "format", value: format.slice(0, 100), allowed: FORMATS, message: `Known formats: ${FORMATS.join(", ")}.` },
      ]);
    if (format) {
      const record = standardRecord(id);
      if (!record) return apiError(404, `No published algorithm with id '${id.slice(0, 40)}'.`);
      return withEtag(request, publicDataVersion(), "application/json", () => JSON.stringify(record));
    }
    const record = getAlgorithmRecord(id);
    if (!record) return apiError(404, `No published algorithm with id '${id.slice(0, 40)}'.`);
    return apiJson({ data: algorithmJson(record) });
  });
}
