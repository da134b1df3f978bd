import { answerVersion, publicEntryBatches } from "@/db/export";
import { guarded, textStream, withEtag } from "@/lib/api";
import { csvDocument } from "@/lib/formats/csv";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/export/algorithms.csv — every published and archived algorithm, one row each (lib/formats/csv.ts):
 * UTF-8 with a byte-order mark, comma-separated, streamed in batches.
 */
export async function GET(request: Request) {
  return guarded("algorithms.csv", () =>
    withEtag(request, answerVersion(), "text/csv", () => textStream(csvDocument("algorithm", publicEntryBatches("algorithm")), "algorithms.csv"), {
      "Content-Disposition": 'attachment; filename="algorithms.csv"',
    }),
  );
}
