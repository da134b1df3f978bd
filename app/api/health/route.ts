import { getDb } from "@/db/client";
import { sql } from "drizzle-orm";
import { EVENT_LOOP_WINDOW_SECONDS, eventLoopMaxDelayMs } from "@/lib/event-loop";

export const dynamic = "force-dynamic";

/**
 * Readiness: the app is up and the database answers; with the longest time the event loop was held in the
 * last ten seconds (lib/event-loop.ts), which is how long a visitor could have waited for any answer.
 */
export function GET() {
  try {
    const row = getDb().get<{ ok: number }>(sql`select 1 as ok`);
    return Response.json(
      {
        status: "ok",
        database: row?.ok === 1 ? "ok" : "error",
        eventLoop: { maxDelayMs: eventLoopMaxDelayMs(), windowSeconds: EVENT_LOOP_WINDOW_SECONDS },
      },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (e) {
    console.error("health check failed", e);
    return Response.json({ status: "error", database: "error" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
