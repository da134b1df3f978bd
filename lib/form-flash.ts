/**
 * What a citizen's form (a question, a sensor report) says after it was sent: "sent", or its errors with what
 * was typed. The forms are plain HTML forms that post to a server action, with no client code on the page; the
 * action keeps its answer here under a random token and redirects to the page with `?flash=<token>`, which
 * shows it once. So the form works the same with and without JavaScript, and nothing typed is lost.
 *
 * Kept in memory for ten minutes (a redirect is followed at once), at most MAX answers; a token is used up
 * when shown. The proxy keeps such pages out of every cache (lib/caching.ts), as they can hold a reply
 * address someone typed.
 */
import { randomBytes } from "node:crypto";
import { FLASH_PARAM } from "./caching";

export { FLASH_PARAM };
const TTL_MS = 10 * 60 * 1000;
const MAX = 5000;

export type Flash =
  | { scope: string; status: "sent" }
  | { scope: string; status: "throttled"; minutes: number; values: Record<string, string> }
  | { scope: string; status: "invalid"; errors: Record<string, string[]>; values: Record<string, string> };

const globalForFlash = globalThis as unknown as { registerFlash?: Map<string, { at: number; flash: Flash }> };
const store = (globalForFlash.registerFlash ??= new Map());

/** Keeps an answer and gives the token to put in the page's address. */
export function putFlash(flash: Flash, now = Date.now()): string {
  for (const [token, v] of store) {
    if (store.size < MAX && v.at > now - TTL_MS) break; // oldest first: the rest are newer
    store.delete(token);
  }
  const token = randomBytes(16).toString("base64url");
  store.set(token, { at: now, flash });
  return token;
}

/** The answer under `token` for this form (`scope`), once; undefined when unknown, expired, used or another form's. */
export function takeFlash(token: unknown, scope: string, now = Date.now()): Flash | undefined {
  if (typeof token !== "string" || !/^[A-Za-z0-9_-]{22}$/.test(token)) return undefined;
  const v = store.get(token);
  if (!v || v.flash.scope !== scope) return undefined;
  store.delete(token);
  return v.at > now - TTL_MS ? v.flash : undefined;
}
