import { answerVersion, standardRecords } from "@/db/export";
import { guarded, jsonArrayStream, withEtag } from "@/lib/api";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/export/algoritmeregister-1.0.json — every published and archived algorithm as a JSON array
 * of records of the national Algoritmeregister publication standard 1.0, streamed.
 */
export async function GET(request: Request) {
  return guarded("standard export", () =>
    withEtag(request, answerVersion(), "application/json", () => jsonArrayStream(standardRecords()), {
      "Content-Disposition": 'inline; filename="algoritmeregister-1.0.json"',
    }),
  );
}
