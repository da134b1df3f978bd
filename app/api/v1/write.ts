/**
 * How every write-API route (POST /api/v1/{sensors,algorithms}, PUT /api/v1/{kind}/{id}) takes a request and
 * answers: who is asking (a bearer token, db/tokens.ts), the rate limit per token, the media type, the size
 * and the JSON of the body; then the draft through db/api-entries.ts, and one answer shape. Nothing a client
 * sends leads to a 500: a DomainError becomes 400/403/404/409/412, anything else is our bug (guarded).
 * Every answer is `Cache-Control: no-store`. The token is never logged or echoed.
 */
import type { ApiDraft } from "@/db/api-entries";
import { verifyToken } from "@/db/tokens";
import { apiError, type ApiFieldProblem } from "@/lib/api";
import { siteUrl, writeApiRateLimit } from "@/lib/config";
import { isDomainError } from "@/lib/errors";
import { MAX_API_BODY_BYTES } from "@/lib/limits";
import type { TokenActor } from "@/lib/permissions";
import { RateLimiter } from "@/lib/rate-limit";
import type { EntryKind } from "@/lib/vocab";
import en from "@/messages/en.json";

/** Requests per token per minute, in this server process (kept across hot reloads in development). */
const globalForLimiter = globalThis as unknown as { registerWriteLimiter?: RateLimiter };
export const writeLimiter = (globalForLimiter.registerWriteLimiter ??= new RateLimiter(writeApiRateLimit, 60_000));

const REALM = 'Bearer realm="transparantieregister"';
const section: Record<EntryKind, string> = { sensor: "sensors", algorithm: "algorithms" };
const noun: Record<EntryKind, string> = { sensor: "sensor", algorithm: "algorithm" };

export interface WriteRequest {
  actor: TokenActor;
  body: unknown;
}

const unauthorized = (message: string, error?: "invalid_request" | "invalid_token") =>
  apiError(401, message, undefined, { headers: { "WWW-Authenticate": error ? `${REALM}, error="${error}"` : REALM } });

/** Reads at most `max` bytes of the body; null when it is longer. */
async function readCapped(req: Request, max: number): Promise<Uint8Array | null> {
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * Checks a write request in order — token (401), rate limit (429), media type (415), size (413), JSON (400) —
 * and gives the token's Actor and the parsed body, or the error answer.
 */
export async function acceptWrite(req: Request): Promise<WriteRequest | Response> {
  const header = req.headers.get("authorization");
  if (!header) return unauthorized("This endpoint needs a token of your organisation: send 'Authorization: Bearer <token>'.");
  const bearer = /^Bearer +(\S+) *$/i.exec(header);
  if (!bearer) return unauthorized("The Authorization header must be 'Bearer <token>'.", "invalid_request");
  const check = verifyToken(bearer[1]!);
  if (!check.ok)
    return unauthorized(
      check.reason === "revoked"
        ? "This token has been revoked. Ask a publisher of your organisation for a new one."
        : check.reason === "malformed"
          ? "This is not a token of this register: a token is 'trg_' followed by 43 characters."
          : "Unknown token.",
      "invalid_token",
    );
  const actor = check.actor;

  const rate = writeLimiter.hit(String(actor.tokenId));
  if (!rate.ok)
    return apiError(429, `Too many requests: at most ${writeLimiter.limit} per minute per token. Try again in ${rate.retryAfterSeconds} s.`, undefined, {
      headers: { "Retry-After": String(rate.retryAfterSeconds) },
    });

  const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!/^application\/([a-z0-9.-]+\+)?json$/.test(type))
    return apiError(415, "Send the body as JSON: 'Content-Type: application/json' (or application/geo+json).", undefined, {
      headers: { "Accept-Post": "application/json, application/geo+json" },
    });

  const tooLarge = () => apiError(413, `The body is larger than ${MAX_API_BODY_BYTES} bytes (1 MB). Send one entry per request.`);
  const length = Number(req.headers.get("content-length") ?? 0);
  if (Number.isFinite(length) && length > MAX_API_BODY_BYTES) return tooLarge();
  const bytes = await readCapped(req, MAX_API_BODY_BYTES);
  if (!bytes) return tooLarge();

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return apiError(400, "The body is not valid UTF-8.", [{ field: "", code: "invalidEncoding", message: "The body is not valid UTF-8." }]);
  }
  if (!text.trim()) return apiError(400, "The body is empty.", [{ field: "", code: "required", message: "Send the entry as JSON." }]);
  try {
    return { actor, body: JSON.parse(text) };
  } catch (e) {
    const detail = (e as Error).message.slice(0, 200);
    return apiError(400, "The body is not valid JSON.", [{ field: "", code: "invalidJson", message: detail }]);
  }
}

/** Where the form's wording ("choose one of the options offered") does not fit a machine client. */
const apiWording: Record<string, string> = {
  unknownValue: "Not a permitted value: see the enumerations in GET /api/v1/openapi.json.",
  tooFew: "Give at least {n}.",
  tooMany: "Give at most {n}.",
};

/** A validation message key ("tooLong:100") in plain English, from the English catalogue. */
function describe(key: string): string {
  const [k, n] = key.split(":");
  const messages = en.validation as Record<string, string>;
  const text = Object.hasOwn(apiWording, k!) ? apiWording[k!]! : Object.hasOwn(messages, k!) ? messages[k!]! : messages.invalid!;
  return text.replace("{n}", n ?? "");
}

/** Field errors (message keys by content path) as problems with the paths of the body as sent. */
export function fieldProblems(fields: Record<string, string[]>, pathOf: (path: string) => string): ApiFieldProblem[] {
  return Object.entries(fields).flatMap(([path, keys]) =>
    [...new Set(keys)].map((code) => ({ field: pathOf(path), code, message: describe(code) })),
  );
}

/** A 400 listing fields of the body that the register does not know. */
export const unknownFieldsError = (kind: EntryKind, paths: string[]) =>
  apiError(
    400,
    `The body has fields a ${noun[kind]} does not have. See 'problems'.`,
    paths.map((field) => ({ field, code: "unknownField", message: "Unknown field: check its spelling against GET /api/v1/openapi.json." })),
  );

/** A 400 for a body that is not the right shape at all. */
export const shapeError = (kind: EntryKind, problem: string) =>
  apiError(400, `The body is not a ${noun[kind]}: ${problem}.`, [{ field: "", code: "invalidType", message: problem }]);

/**
 * The `If-Match` header as draft versions: undefined when absent or `*` (any version); the answer 400 when
 * it is not one or more of `"<draftVersion>"`.
 */
export function parseIfMatch(req: Request): { ok: true; versions?: number[] } | { ok: false; response: Response } {
  const raw = req.headers.get("if-match");
  if (raw === null || raw.trim() === "*") return { ok: true };
  const versions: number[] = [];
  for (const part of raw.split(",")) {
    const m = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(part) ?? /^\s*(\d{1,9})\s*$/.exec(part);
    if (!m)
      return {
        ok: false,
        response: apiError(400, `If-Match must be the draft version in quotes, e.g. If-Match: "3".`, [
          { parameter: "If-Match", value: raw.slice(0, 100), message: 'Expected the draft version in quotes, e.g. "3".' },
        ]),
      };
    versions.push(Number(m[1]));
  }
  return { ok: true, versions };
}

/**
 * Runs the draft write and answers: 201 (created) or 200 with the draft's id, version and what is still
 * missing; a DomainError as its status. `pathOf` maps a content path to the body's path (errors of the
 * content that was sent, and what is missing in the draft as saved).
 */
export function answerDraft(
  kind: EntryKind,
  run: () => ApiDraft,
  o: {
    created: boolean;
    pathOf: (path: string, content: Record<string, unknown>) => string;
    /** For `missing`, when it differs from the errors' paths (an algorithm's fields without the body's wrapper). */
    missingPathOf?: (path: string, content: Record<string, unknown>) => string;
    sent: Record<string, unknown>;
    ifMatch?: number[];
  },
): Response {
  let draft: ApiDraft;
  try {
    draft = run();
  } catch (e) {
    if (!isDomainError(e)) throw e;
    const details = e.details ?? {};
    switch (e.code) {
      case "validation":
        return apiError(
          400,
          `The body is not a valid ${noun[kind]} draft. See 'problems' for what to change; nothing was saved.`,
          fieldProblems((details.fields as Record<string, string[]>) ?? {}, (p) => o.pathOf(p, o.sent)),
        );
      case "forbidden":
        return apiError(403, `This token may not do this: the ${noun[kind]} belongs to another organisation, or the token's scope does not allow it.`);
      case "not_found":
        return apiError(404, `No ${noun[kind]} of this token's organisation has this id.`);
      case "conflict": {
        const version = typeof details.version === "number" ? details.version : undefined;
        return o.ifMatch
          ? apiError(412, `The draft is at version ${version}, not the one in If-Match. Read it again, or send If-Match: "${version}".`, undefined, {
              fields: { draftVersion: version },
              headers: version !== undefined ? { ETag: `"${version}"` } : {},
            })
          : apiError(409, "Someone saved this draft at the same moment. Send it again.", undefined, { fields: { draftVersion: version } });
      }
      case "invalid_state":
        return apiError(409, e.key === "archivedReadOnly" ? `This ${noun[kind]} is archived and can no longer be changed.` : "This is not possible in the entry's current state.");
      default:
        throw e;
    }
  }
  const api = `${siteUrl}/api/v1/${section[kind]}/${draft.publicId}`;
  return Response.json(
    {
      id: draft.publicId,
      status: "draft",
      registerStatus: draft.registerStatus,
      draftVersion: draft.draftVersion,
      url: `${siteUrl}/nl/admin/entries/${draft.publicId}`,
      api,
      missing: fieldProblems(draft.missing, (p) => (o.missingPathOf ?? o.pathOf)(p, draft.content)),
      todo: draft.todo,
    },
    {
      status: o.created ? 201 : 200,
      headers: { "Cache-Control": "no-store", ETag: `"${draft.draftVersion}"`, ...(o.created ? { Location: api } : {}) },
    },
  );
}
