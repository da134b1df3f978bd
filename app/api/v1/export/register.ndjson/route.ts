import { answerVersion, revisionBatches } from "@/db/export";
import { guarded, textStream, withEtag } from "@/lib/api";
import { ndjsonDocument } from "@/lib/formats/ndjson";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/export/register.ndjson — every published version of every public entry (both kinds), oldest
 * first, one JSON object per line (lib/formats/ndjson.ts), streamed in batches.
 */
export async function GET(request: Request) {
  return guarded("register.ndjson", () =>
    withEtag(request, answerVersion(), "application/x-ndjson", () => textStream(ndjsonDocument(revisionBatches()), "register.ndjson"), {
      "Content-Disposition": 'attachment; filename="register.ndjson"',
    }),
  );
}
