/**
 * Sign-in through an identity provider, against a real OpenID Connect provider (e2e/oidc-provider.mjs) in
 * this process: better-auth's own flow from `signInSocial` to the callback route, without a browser.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import net from "node:net";
import { eq } from "drizzle-orm";
import { startOidcProvider, TEST_CLIENT } from "@/e2e/oidc-provider.mjs";
import { getDb } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { createOfficial, setDisabled } from "@/db/officials";
import { oidcSettings, refusalReason } from "./oidc";

const APP = "http://localhost:3999";
const system = { kind: "system", name: "test" } as const;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

/** A tiny cookie jar: name=value pairs from Set-Cookie headers. */
class Jar {
  private cookies = new Map<string, string>();
  take(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      this.cookies.set(pair.slice(0, i).trim(), pair.slice(i + 1));
    }
  }
  get header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

let provider: { issuer: string; close: () => Promise<unknown> };
let postProvider: { issuer: string; close: () => Promise<unknown> };

/** Loads the app's auth with these OIDC settings (a fresh better-auth instance each time). */
async function loadApp(env: Record<string, string>) {
  Object.assign(process.env, { SITE_URL: APP, OIDC_CLIENT_ID: TEST_CLIENT.id, OIDC_CLIENT_SECRET: TEST_CLIENT.secret }, env);
  vi.resetModules();
  delete (globalThis as { registerAuth?: unknown }).registerAuth;
  const auth = await import("./index");
  const route = await import("@/app/api/auth/[...all]/route");
  return { getAuth: auth.getAuth, GET: route.GET };
}

/**
 * Starts a sign-in as the login page does (optionally asking for a sign-up, as an attacker would), signs in
 * at the provider as `login`, and hands the provider's answer to the app's callback route.
 */
async function signInThroughProvider(app: Awaited<ReturnType<typeof loadApp>>, login: string, opts: { requestSignUp?: boolean } = {}) {
  const appJar = new Jar();
  const start = (await app.getAuth().api.signInSocial({
    body: {
      provider: "oidc",
      callbackURL: "/nl/admin",
      errorCallbackURL: "/nl/admin/login?providerError=1",
      ...(opts.requestSignUp ? { requestSignUp: true } : {}),
    },
    headers: new Headers(),
    asResponse: true,
  })) as Response;
  appJar.take(start);
  let url = ((await start.json()) as { url: string }).url;
  const idpJar = new Jar();
  // Follow the provider's redirects; answer its login form once.
  for (let hop = 0; hop < 10; hop++) {
    if (url.startsWith(APP)) break;
    const res = await fetch(url, { redirect: "manual", headers: { cookie: idpJar.header } });
    idpJar.take(res);
    if (res.status >= 300 && res.status < 400) {
      url = new URL(res.headers.get("location")!, url).toString();
      continue;
    }
    const html = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`no login form at ${url}: ${html.slice(0, 300)}`);
    const post = await fetch(new URL(action, url), {
      method: "POST",
      redirect: "manual",
      headers: { cookie: idpJar.header, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ prompt: "login", login, password: "any" }),
    });
    idpJar.take(post);
    url = new URL(post.headers.get("location")!, url).toString();
  }
  expect(url.startsWith(`${APP}/api/auth/callback/oidc?`), url).toBe(true);
  const res = await app.GET(new Request(url, { headers: { cookie: appJar.header } }));
  return { status: res.status, location: res.headers.get("location") ?? "", setCookie: res.headers.getSetCookie().join("\n") };
}

const userByEmail = (email: string) => getDb().select().from(users).where(eq(users.email, email)).get();
const lastAudit = () => getDb().select().from(auditLog).orderBy(auditLog.id).all().at(-1)!;

beforeAll(async () => {
  getDb();
  provider = await startOidcProvider({ port: await freePort(), appUrl: APP });
  postProvider = await startOidcProvider({ port: await freePort(), appUrl: APP, tokenAuthMethod: "client_secret_post" });
  await createOfficial({ actor: system, email: "known@gemeente.example.nl", name: "Bekende Ambtenaar", password: "een-lang-wachtwoord" });
  const blocked = await createOfficial({ actor: system, email: "blocked@gemeente.example.nl", name: "Geblokkeerd", password: "een-lang-wachtwoord" });
  setDisabled({ actor: system, userId: blocked, disabled: true });
}, 30_000);

afterAll(async () => {
  await provider?.close();
  await postProvider?.close();
});

describe("signing in through the identity provider", () => {
  it("lets a known official in, and writes it to the audit log", async () => {
    const app = await loadApp({ OIDC_ISSUER: provider.issuer });
    const r = await signInThroughProvider(app, "known@gemeente.example.nl");
    expect(r.location).toBe("/nl/admin");
    expect(r.setCookie).toMatch(/better-auth\.session_token=/);
    expect(lastAudit()).toMatchObject({ action: "login", detail: { email: "known@gemeente.example.nl", method: "oidc" } });
  });

  it("never creates an account, not even when the sign-in asks for a sign-up", async () => {
    const app = await loadApp({ OIDC_ISSUER: provider.issuer });
    for (const requestSignUp of [false, true]) {
      const r = await signInThroughProvider(app, "stranger@elders.example.nl", { requestSignUp });
      expect(r.location).toBe("/nl/admin/login?providerError=unknown");
      expect(r.setCookie).not.toMatch(/session_token=[^;]/);
      expect(userByEmail("stranger@elders.example.nl")).toBeUndefined();
      expect(lastAudit()).toMatchObject({
        action: "login.failed",
        detail: { email: "stranger@elders.example.nl", method: "oidc", reason: "unknown" },
      });
    }
  });

  it("refuses a blocked official and says so", async () => {
    const app = await loadApp({ OIDC_ISSUER: provider.issuer });
    const r = await signInThroughProvider(app, "blocked@gemeente.example.nl");
    expect(r.location).toBe("/nl/admin/login?providerError=blocked");
    expect(lastAudit()).toMatchObject({ action: "login.failed", detail: { email: "blocked@gemeente.example.nl", reason: "blocked" } });
  });

  it("links an address the provider does not vouch for only when OIDC_TRUST_EMAIL=true", async () => {
    let app = await loadApp({ OIDC_ISSUER: provider.issuer, OIDC_TRUST_EMAIL: "false" });
    const refused = await signInThroughProvider(app, "unverified:trusting@gemeente.example.nl").catch((e) => e);
    // (first create the official: an unknown address is refused as unknown, whatever the flag)
    expect(refused.location).toBe("/nl/admin/login?providerError=unknown");
    await createOfficial({ actor: system, email: "trusting@gemeente.example.nl", name: "Entra Gebruiker", password: "een-lang-wachtwoord" });
    const unverified = await signInThroughProvider(app, "unverified:trusting@gemeente.example.nl");
    expect(unverified.location).toBe("/nl/admin/login?providerError=unverified");
    expect(lastAudit()).toMatchObject({ action: "login.failed", detail: { reason: "unverified" } });
    app = await loadApp({ OIDC_ISSUER: provider.issuer, OIDC_TRUST_EMAIL: "true" });
    expect((await signInThroughProvider(app, "unverified:trusting@gemeente.example.nl")).location).toBe("/nl/admin");
  });

  it("authenticates at the token endpoint the way OIDC_TOKEN_AUTH_METHOD says", async () => {
    // The second provider only accepts client_secret_post.
    let app = await loadApp({ OIDC_ISSUER: postProvider.issuer, OIDC_TOKEN_AUTH_METHOD: "client_secret_basic" });
    expect((await signInThroughProvider(app, "known@gemeente.example.nl")).location).toMatch(/^\/nl\/admin\/login\?providerError=1&error=/);
    app = await loadApp({ OIDC_ISSUER: postProvider.issuer, OIDC_TOKEN_AUTH_METHOD: "client_secret_post" });
    expect((await signInThroughProvider(app, "known@gemeente.example.nl")).location).toBe("/nl/admin");
  });

  it("answers 404 on every better-auth path but the callback", async () => {
    const app = await loadApp({ OIDC_ISSUER: provider.issuer });
    const route = await import("@/app/api/auth/[...all]/route");
    for (const path of ["update-user", "sign-in/social", "sign-up/email", "get-session", "change-email", "list-accounts", "callback/github"]) {
      const post = await route.POST(new Request(`${APP}/api/auth/${path}`, { method: "POST", body: "{}", headers: { "content-type": "application/json" } }));
      expect(post.status, path).toBe(404);
      expect((await app.GET(new Request(`${APP}/api/auth/${path}`))).status, path).toBe(404);
    }
  });
});

describe("the OIDC settings", () => {
  const base = { OIDC_ISSUER: "https://login.example.nl/realms/x/", OIDC_CLIENT_ID: "c", OIDC_CLIENT_SECRET: "s" };
  it("are off without an issuer and have safe defaults", () => {
    expect(oidcSettings({})).toBeNull();
    expect(oidcSettings(base)).toMatchObject({
      issuer: "https://login.example.nl/realms/x",
      providerId: "oidc",
      tokenAuthMethod: "client_secret_basic",
      trustEmail: false,
      logout: false,
    });
    expect(oidcSettings({ ...base, OIDC_TRUST_EMAIL: "true", OIDC_LOGOUT: "1", OIDC_TOKEN_AUTH_METHOD: "client_secret_post" })).toMatchObject({
      trustEmail: true,
      logout: true,
      tokenAuthMethod: "client_secret_post",
    });
  });
  it("refuse values that would silently do something else", () => {
    expect(() => oidcSettings({ ...base, OIDC_TOKEN_AUTH_METHOD: "private_key_jwt" })).toThrow(/OIDC_TOKEN_AUTH_METHOD/);
    expect(() => oidcSettings({ ...base, OIDC_TRUST_EMAIL: "yes please" })).toThrow(/OIDC_TRUST_EMAIL/);
    expect(() => oidcSettings({ ...base, OIDC_CLIENT_SECRET: "" })).toThrow(/OIDC_CLIENT_SECRET/);
    expect(() => oidcSettings({ ...base, OIDC_ISSUER: "login.example.nl" })).toThrow(/OIDC_ISSUER/);
  });
  it("name the reason of a refusal", () => {
    expect(refusalReason({ blockedUserId: "u" }, "unable_to_create_session")).toBe("blocked");
    expect(refusalReason({}, "signup_disabled")).toBe("unknown");
    expect(refusalReason({}, "account_not_linked")).toBe("unverified");
    expect(refusalReason({}, "invalid_code")).toBe("error");
  });
});
