/**
 * Shared by the sensor API routes: JSON answers with the error format of the read API, and conditional
 * requests (an ETag that changes with every publication).
 */
import { createHash } from "node:crypto";
import { sensorDataVersion } from "@/db/sensors";

const codes: Record<number, string> = { 400: "bad_request", 404: "not_found", 500: "internal_error" };

/**
 * The error format of the read API (as for algorithms):
 * `{"error": {"status": 400, "code": "bad_request", "message": "…", "problems": [{"parameter": "bbox", "message": "…"}]}}`
 */
export function jsonError(status: number, message: string, fields?: Record<string, string[]>) {
  const problems = fields ? Object.entries(fields).flatMap(([parameter, messages]) => messages.map((m) => ({ parameter, message: m }))) : undefined;
  return Response.json(
    { error: { status, code: codes[status] ?? "error", message, ...(problems ? { problems } : {}) } },
    { status, headers: { "Cache-Control": "no-store" } },
  );
}

/** Answers 200 with the body, or 304 when the client holds the same version. */
export function jsonWithEtag(req: Request, body: () => unknown, contentType = "application/json") {
  const etag = `"${createHash("sha1").update(`${sensorDataVersion()}|${new URL(req.url).search}|${contentType}`).digest("base64url").slice(0, 20)}"`;
  const headers = { ETag: etag, "Cache-Control": "public, max-age=0, must-revalidate" };
  if (req.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(JSON.stringify(body()), { headers: { ...headers, "Content-Type": `${contentType}; charset=utf-8` } });
}

/** Runs a handler; an unexpected failure is logged in full and answered with a plain 500 message. */
export function guarded(handler: () => Response): Response {
  try {
    return handler();
  } catch (e) {
    console.error("sensor API:", e);
    return jsonError(500, "Something went wrong on our side. Please try again later.");
  }
}
