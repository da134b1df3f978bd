import { getDb } from "@/db/client";
import { sql } from "drizzle-orm";

export const dynamic = "force-dynamic";

/** Readiness: the app is up and the database answers. */
export function GET() {
  try {
    const row = getDb().get<{ ok: number }>(sql`select 1 as ok`);
    return Response.json({ status: "ok", database: row?.ok === 1 ? "ok" : "error" }, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    console.error("health check failed", e);
    return Response.json({ status: "error", database: "error" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
