/**
 * The API's one way of answering: JSON bodies with an ETag and the caching of lib/caching.ts, the error format
 * `{"error": {"status", "code", "message", "problems"?}}` (never a stack trace, never cached), paging links,
 * and a guard that turns an unexpected failure into a plain 500 message. Used by every route under
 * app/api/v1, the read API and the write API alike.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { API_CACHE_CONTROL, ifNoneMatchHits, NO_STORE } from "./caching";
import type { z } from "zod";
import { siteUrl } from "./config";
import { QUERY_PROBLEM_MESSAGE, type ParamProblem } from "./query-params";
import { API_ERROR_CODES, type ApiErrorStatus, type apiFieldProblemSchema, type apiProblemSchema, type errorSchema, type pageLinksSchema } from "./schemas/api";

/** A problem with a query parameter or header (its schema, like every answer's: lib/schemas/api.ts). */
export type ApiProblem = z.output<typeof apiProblemSchema>;
/** A problem with the body of a write request. */
export type ApiFieldProblem = z.output<typeof apiFieldProblemSchema>;
export type { ApiErrorStatus };

/**
 * An error answer; `problems` per parameter (a list, or messages by parameter name). `extra.headers` adds
 * headers (`WWW-Authenticate`, `Retry-After`); `extra.fields` adds members to the error object
 * (e.g. the current `draftVersion` of a 412).
 */
export function apiError(
  status: ApiErrorStatus,
  message: string,
  problems?: (ApiProblem | ApiFieldProblem)[] | Record<string, string[]>,
  extra: { headers?: Record<string, string>; fields?: { draftVersion?: number } } = {},
) {
  const list = problems && !Array.isArray(problems)
    ? Object.entries(problems).flatMap(([parameter, messages]) => messages.map((m) => ({ parameter, message: m })))
    : problems;
  const body: z.output<typeof errorSchema> = {
    error: { status, code: API_ERROR_CODES[status], message, ...extra.fields, ...(list ? { problems: list } : {}) },
  };
  return Response.json(body, { status, headers: { "Cache-Control": NO_STORE, ...extra.headers } });
}

/**
 * The 400 for query parameters, the same on every route: `problems` lists every problem, one per parameter
 * value (lib/query-params.ts; its schema: `queryErrorSchema`, lib/schemas/api.ts).
 */
export function queryError(problems: ParamProblem[]) {
  return apiError(400, QUERY_PROBLEM_MESSAGE, problems);
}

/**
 * The build this process runs (Next.js writes BUILD_ID into its output folder), part of every ETag: the same
 * data may be answered differently by another version of the code. "dev" without a build (`next dev`, tests).
 */
const BUILD_ID = (() => {
  try {
    return fs.readFileSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    return "dev";
  }
})();

/**
 * A JSON answer with an ETag derived from the data version and the request's query: 304 when the client
 * already holds it. The body is only computed when needed.
 */
export function apiJsonWithEtag(req: Request, version: string, body: () => unknown, contentType = "application/json") {
  return withEtag(req, version, contentType, () => JSON.stringify(body()));
}

/** As apiJsonWithEtag, for a body worked out asynchronously: only when the client does not hold it already. */
export async function apiJsonWithEtagAsync(req: Request, version: string, body: () => Promise<unknown>, contentType = "application/json") {
  const notModified = withEtag(req, version, contentType, () => "");
  if (notModified.status === 304) return notModified;
  const text = JSON.stringify(await body());
  return withEtag(req, version, contentType, () => text);
}

/**
 * An answer with an ETag derived from the data version (`version`: db/public.ts `answerVersion` for the
 * register's data), the request's path and query, the media type and the build: 304 when the client (or a
 * cache in front) already holds it; otherwise the body (a string or a stream) is made only then. Shared
 * caches may keep it as lib/caching.ts says.
 */
export function withEtag(
  req: Request,
  version: string,
  contentType: string,
  body: () => BodyInit,
  extraHeaders: Record<string, string> = {},
) {
  const url = new URL(req.url);
  const etag = `"${createHash("sha1").update(`${BUILD_ID}|${version}|${url.pathname}${url.search}|${contentType}`).digest("base64url").slice(0, 20)}"`;
  const headers = { ETag: etag, "Cache-Control": API_CACHE_CONTROL, ...extraHeaders };
  if (ifNoneMatchHits(req.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body(), { headers: { ...headers, "Content-Type": `${contentType}; charset=utf-8` } });
}

/** A JSON array streamed from an iterator, a slice of items per read, so a large export never sits in memory. */
export function jsonArrayStream(items: Iterator<unknown>, slice = 200): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let started = false;
  return new ReadableStream({
    pull(controller) {
      let out = started ? "" : "[";
      for (let i = 0; i < slice; i++) {
        const next = items.next();
        if (next.done) {
          controller.enqueue(encoder.encode(`${out}${started ? "\n" : ""}]\n`));
          controller.close();
          return;
        }
        out += `${started ? "," : ""}\n${JSON.stringify(next.value)}`;
        started = true;
      }
      controller.enqueue(encoder.encode(out));
    },
  });
}

/**
 * A text body streamed from an iterator of pieces, one piece per read: the next piece is only made when the
 * client has taken the last one, so a large download never sits in memory. When the client goes away the
 * iterator is closed. A failure halfway (after the headers went out) is logged and ends the body early.
 */
export function textStream(pieces: Iterator<string>, label = "download"): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        try {
          const next = pieces.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value));
        } catch (e) {
          console.error(`${label}:`, e);
          controller.error(e);
        }
      },
      cancel() {
        pieces.return?.(undefined);
      },
    },
    { highWaterMark: 0 },
  );
}

/** Runs a handler; an unexpected failure is logged in full and answered with a plain 500 message. */
export async function guarded(label: string, handler: () => Response | Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (e) {
    console.error(`${label}:`, e);
    return apiError(500, "Something went wrong on our side. Please try again later.");
  }
}

/** `links` of a paged answer: the same query with another page. */
export function pageLinks(path: string, params: URLSearchParams, page: number, pages: number): z.output<typeof pageLinksSchema> {
  const link = (p: number) => {
    const q = new URLSearchParams(params);
    if (p > 1) q.set("page", String(p));
    else q.delete("page");
    const s = q.toString();
    return `${siteUrl}${path}${s ? `?${s}` : ""}`;
  };
  return {
    self: link(page),
    first: link(1),
    last: link(pages),
    prev: page > 1 ? link(Math.min(page - 1, pages)) : null,
    next: page < pages ? link(page + 1) : null,
  };
}
