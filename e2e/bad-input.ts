/**
 * Helpers of e2e/bad-input.spec.ts: hostile URLs, the app's own forms read from its pages and posted the way a
 * browser without JavaScript posts them, what an answer must never hold (active markup, a server error, the
 * "something went wrong on our side" message), and the rows a refused post must leave as they were (read
 * straight from the test server's SQLite file, read-only).
 */
import Database from "better-sqlite3";
import fc from "fast-check";
import { parseDocument, DomUtils } from "htmlparser2";
import type { APIResponse, Browser, BrowserContext, Page } from "@playwright/test";
import { MARKER } from "../lib/testing/hostile";
import { QUERY_PROBLEM_MESSAGE } from "../lib/query-params";
import { queryErrorSchema } from "../lib/schemas/api";
import { expect, serverOf, test } from "./fixtures";
import { offlineContext, sessionOf } from "./officials";

// As in the unit suites (lib/testing/scratch-db.ts): a fixed seed in CI or with FC_SEED, new draws otherwise.
const fcSeed = process.env.FC_SEED ?? (process.env.CI ? "20261202" : undefined);
if (fcSeed !== undefined && Number.isInteger(Number(fcSeed))) fc.configureGlobal({ seed: Number(fcSeed) });

/**
 * A path segment or query part as a client could send it: percent-encoded UTF-8, and where that is not
 * possible (a lone surrogate) the bytes of the code unit as they stand — malformed UTF-8, on purpose.
 */
export function encodePart(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    let out = "";
    for (const ch of s) {
      const c = ch.codePointAt(0)!;
      if (c >= 0xd800 && c <= 0xdfff) out += `%${(0xe0 | (c >> 12)).toString(16)}%${(0x80 | ((c >> 6) & 0x3f)).toString(16)}%${(0x80 | (c & 0x3f)).toString(16)}`;
      else out += encodeURIComponent(ch);
    }
    return out.toUpperCase();
  }
}

/** Escapes that are malformed in a URL: sent as they are, never encoded again. */
export const RAW_MALFORMED = ["%ff", "%E0%A4%A", "%", "%%", "%zz", "%C0%AF", "%ED%A0%80", "%F4%90%80%80", "a%00b", "%u202e"];

/** A query string from pairs: each part hostile text (encoded) or a raw malformed escape. */
export const queryString = (pairs: [string, string][]) => pairs.map(([k, v]) => `${k}=${v}`).join("&");

/**
 * Runs a property over `numRuns` generated inputs, stopping at the first failure (no shrinking: every step is a
 * request), and fails with a short report: the seed and path to replay it (`{ seed, path }` in fc.assert),
 * the input and the error, each cut to a readable length (a URL can be 100 KB).
 */
export async function check<T>(property: fc.IAsyncPropertyWithHooks<T> | fc.IAsyncProperty<T>, numRuns: number) {
  const r = await fc.check(property, { numRuns, endOnFailure: true });
  if (!r.failed) return;
  const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}… (${s.length} characters)` : s);
  const error = r.errorInstance instanceof Error ? r.errorInstance.message : String(r.errorInstance);
  throw new Error(
    `Property failed after ${r.numRuns} inputs (seed ${r.seed}, path "${r.counterexamplePath}").\nInput: ${cut(fc.stringify(r.counterexample), 1500)}\n${cut(error, 3000)}`,
  );
}

/**
 * Node's HTTP server answers a request whose head is over 16 KB (a URL of a 100,000-character word) with a
 * bare 431 before the app sees it: a client error, but without the app's headers or message.
 */
export const tooLargeForNode = (res: APIResponse) => res.status() === 431;

/**
 * A path with repeated slashes (`/nl/sensors//sign`) is answered by Next.js itself, before the proxy: a bodiless
 * 308 to the path with single slashes, without the app's headers, the address twice in its head. Nothing the
 * app can change; README, "Bad input".
 */
export const hasRepeatedSlashes = (url: string) => /\/\//.test(new URL(url).pathname);

/** The security headers every answer carries, errors and redirects included (but see `tooLargeForNode`, `hasRepeatedSlashes`). */
export function expectSecurityHeaders(res: APIResponse, what: string) {
  if (tooLargeForNode(res) || (res.status() === 308 && hasRepeatedSlashes(res.url()))) return;
  const h = res.headers();
  expect(h["x-content-type-options"], `nosniff on ${what}`).toBe("nosniff");
  if ((h["content-type"] ?? "").startsWith("text/html")) expect(h["content-security-policy"], `CSP on ${what}`).toBeTruthy();
}

/** The text a page shows: outside scripts and templates (the messages sent along for client components are not shown). */
function renderedText(html: string) {
  const doc = parseDocument(html);
  DomUtils.findAll((el) => ["script", "template", "style", "noscript"].includes(el.name), doc.children).forEach((el) => DomUtils.removeElement(el));
  return DomUtils.textContent(doc);
}

const UNEXPECTED = ["Er ging iets mis aan onze kant", "Something went wrong on our side"];

/**
 * HTML that renders nothing of what was sent as markup: no element with an event attribute, no
 * `javascript:` link, no frame or object, no script or style holding the marker, no element named by it.
 * Markup sent as text comes back escaped and is then only text, which is fine.
 */
export function expectNoActiveMarkup(html: string, what: string) {
  what = what.length > 300 ? `${what.slice(0, 300)}…` : what;
  const doc = parseDocument(html);
  const bad: string[] = [];
  for (const el of DomUtils.findAll(() => true, doc.children)) {
    const name = el.name.toLowerCase();
    if (["iframe", "object", "embed", "frame"].includes(name)) bad.push(`<${name}>`);
    // The marker may be in the data Next.js sends along for the client (its flight scripts), as JSON with
    // every "<" escaped; anywhere else in a script or style element it would be the input run as code.
    const code = name === "script" || name === "style" ? DomUtils.textContent(el) : "";
    if (code.includes(MARKER) && !(name === "script" && /^\(?self\.__next_f\b/.test(code.trim()) && !code.includes("<"))) bad.push(`<${name}> with the marker`);
    for (const [attr, value] of Object.entries(el.attribs)) {
      if (/^on/i.test(attr)) bad.push(`<${name} ${attr}>`);
      if (value.includes(MARKER) && (attr === "id" || attr === "name") && name !== "input" && name !== "textarea") bad.push(`<${name} ${attr}=${value}>`);
      if (["href", "src", "action", "formaction", "xlink:href"].includes(attr) && /^\s*javascript:/i.test(value.replace(/[\u0000-\u0020]/g, "")))
        bad.push(`<${name} ${attr}=${value}>`);
    }
  }
  expect(bad, `active markup in ${what}`).toEqual([]);
}

/** A page's answer: no server error, the security headers, no active markup, never the "our side" message. */
export async function expectSafePage(res: APIResponse, what: string) {
  what = what.length > 300 ? `${what.slice(0, 300)}…` : what;
  expect(res.status(), what).toBeLessThan(500);
  expectSecurityHeaders(res, what);
  const type = res.headers()["content-type"] ?? "";
  if (!type.startsWith("text/html")) return "";
  const html = await res.text();
  expectNoActiveMarkup(html, what);
  const text = renderedText(html);
  for (const m of UNEXPECTED) expect(text, what).not.toContain(m);
  return html;
}

/** An API error: 4xx, JSON in the one error format with a message (and never a stack trace). */
export async function expectApiAnswer(res: APIResponse, what: string, o: { queryError?: boolean } = {}) {
  what = what.length > 300 ? `${what.slice(0, 300)}…` : what;
  const status = res.status();
  expect(status, what).toBeLessThan(500);
  expectSecurityHeaders(res, what);
  if (status < 400 || tooLargeForNode(res)) return;
  expect(res.headers()["content-type"], what).toMatch(/^application\/(problem\+)?json/);
  const body = (await res.json()) as { error?: { status?: number; message?: unknown } };
  expect(body.error?.status, what).toBe(status);
  expect(typeof body.error?.message === "string" && body.error.message.length > 0, `a message on ${what}`).toBe(true);
  expect(JSON.stringify(body), what).not.toMatch(/\bat .+\.(js|ts):\d+/);
  // A route that reads query parameters refuses them with a 400 in the one shape, every problem listed.
  if (o.queryError) {
    expect(status, what).toBe(400);
    const parsed = queryErrorSchema.safeParse(body);
    expect(parsed.success, `the one query error shape on ${what}: ${JSON.stringify(body).slice(0, 300)}`).toBe(true);
    expect(parsed.data?.error.message, what).toBe(QUERY_PROBLEM_MESSAGE);
  }
}

/* ---- The app's forms, read from its pages and posted without JavaScript. ---- */

export interface FormField {
  name: string;
  /** input type, "select", "textarea", or "submit" for a named submit button. */
  type: string;
  value: string;
  /** Checked (checkbox, radio) or selected (select option) in the page as served. */
  on: boolean;
  /** The options of a select. */
  options: string[];
}

export interface Form {
  action: string;
  fields: FormField[];
  /** The text of its submit buttons. */
  buttons: string[];
}

/**
 * Every POST form on a page, as served (read with JavaScript off, so what a plain browser would send), except
 * the sign-out button in the header: the sessions are shared by the whole suite (e2e/officials.ts).
 */
export async function readForms(page: Page): Promise<Form[]> {
  const forms = await page.$$eval("form", (forms) =>
    forms
      .filter((f) => (f.getAttribute("method") ?? "").toLowerCase() === "post")
      .map((f) => ({
        action: (f as HTMLFormElement).action,
        buttons: [...f.querySelectorAll("button:not([type=button]), input[type=submit]")].map((b) => (b.textContent || (b as HTMLInputElement).value || "").trim()),
        fields: [...(f as HTMLFormElement).elements]
          .filter((e): e is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLButtonElement => !!(e as HTMLInputElement).name)
          .map((e) => ({
            name: e.name,
            type: e instanceof HTMLSelectElement ? "select" : e instanceof HTMLTextAreaElement ? "textarea" : e instanceof HTMLButtonElement ? "submit" : e.type,
            value: e.value,
            on: e instanceof HTMLInputElement && (e.type === "checkbox" || e.type === "radio") ? e.checked : true,
            options: e instanceof HTMLSelectElement ? [...e.options].map((o) => o.value) : [],
          })),
      })),
  );
  return forms.filter((f) => !f.buttons.some((b) => /^(Uitloggen|Sign out)$/.test(b)));
}

/** The form on `path` that has a field named `field` (the first). */
export async function formWith(page: Page, path: string, field: string): Promise<Form> {
  const res = await page.goto(path);
  expect(res?.status(), path).toBe(200);
  const form = (await readForms(page)).find((f) => f.fields.some((x) => x.name === field));
  expect(form, `a form with a field "${field}" on ${path}`).toBeTruthy();
  return form!;
}

/** React's own fields of a server-action form ($ACTION_ID_…, $ACTION_REF_…, $ACTION_KEY): always sent as served. */
export const isFrameworkField = (name: string) => name.startsWith("$ACTION");

/** What a browser sends for the form as served, `submit` naming the button pressed (by its field name). */
export function defaults(form: Form, submit?: string): [string, string][] {
  const out: [string, string][] = [];
  const buttons = form.fields.filter((f) => f.type === "submit");
  const pressed = buttons.find((b) => b.name === submit || b.value === submit) ?? buttons[0];
  for (const f of form.fields) {
    if (f.type === "submit") {
      if (f === pressed) out.push([f.name, f.value]);
    } else if (f.type === "checkbox" || f.type === "radio") {
      if (f.on) out.push([f.name, f.value]);
    } else if (f.type !== "file") out.push([f.name, f.value]);
  }
  return out;
}

/** A value of a multipart post: text, or a file part. */
export type Part = string | { file: string; name: string; type: string };

/** Posts a form the way a browser without JavaScript does (multipart, from this site), without following redirects. */
export async function postForm(context: BrowserContext, form: Form, parts: [string, Part][]): Promise<APIResponse> {
  const data = new FormData();
  for (const [k, v] of parts) {
    if (typeof v === "string") data.append(k, v);
    else data.append(k, new Blob([v.file], { type: v.type }), v.name);
  }
  return context.request.post(form.action, { multipart: data, headers: { Origin: new URL(form.action).origin }, maxRedirects: 0 });
}

/** Whether an answer to a form post refuses it: the form again, with its error message. */
export const isRefusal = (res: APIResponse, html: string) => res.status() === 200 && /role="alert"[^>]*class="[^"]*form-message|form-message[^"]*"[^>]*role="alert"/.test(html);

/** An official's browser context without JavaScript (signed in once per worker, see e2e/officials.ts), offline. */
export async function noScriptContext(browser: Browser, baseURL: string, email?: string, password?: string): Promise<BrowserContext> {
  const storageState = email ? await sessionOf(browser, baseURL, email, password) : undefined;
  return offlineContext(browser, baseURL, { javaScriptEnabled: false, storageState });
}

/* ---- What a refused post must leave as it was. ---- */

let db: Database.Database | undefined;

/**
 * Row counts and versions of everything a form could write (not the sign-in throttle, and for the login form
 * not the audit log either: a failed sign-in is audited on purpose). Read from the database file of this worker's test server.
 */
export function stored(p: { withAudit?: boolean } = {}): Record<string, number | string> {
  db ??= new Database(serverOf(test.info().parallelIndex).databasePath, { readonly: true, fileMustExist: true });
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM entries) AS entries, (SELECT coalesce(sum(draft_version), 0) FROM entries) AS versions,
              (SELECT count(*) FROM revisions) AS revisions, (SELECT count(*) FROM organisations) AS organisations,
              (SELECT coalesce(max(updated_at), 0) FROM organisations) AS organisationChanged,
              (SELECT count(*) FROM users) AS users, (SELECT coalesce(sum(disabled), 0) FROM users) AS blocked,
              (SELECT coalesce(max(updated_at), 0) FROM accounts) AS passwordChanged,
              (SELECT group_concat(m, ',') FROM (SELECT user_id || ':' || organisation_id || ':' || role AS m FROM memberships ORDER BY m)) AS roles,
              (SELECT count(*) FROM api_tokens) AS tokens, (SELECT count(*) FROM api_tokens WHERE revoked_at IS NOT NULL) AS revoked,
              (SELECT count(*) FROM import_jobs) AS jobs ${p.withAudit === false ? "" : ", (SELECT count(*) FROM audit_log) AS audit"}`,
    )
    .get() as Record<string, number | string>;
}
