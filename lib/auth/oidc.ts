/**
 * The organisation's own identity provider (OIDC), from OIDC_* variables; off unless OIDC_ISSUER is set.
 * See README, "Signing in with your own identity provider (OIDC)". Pure configuration: no "server-only",
 * so the unit tests read it too.
 */
import { AsyncLocalStorage } from "node:async_hooks";

export type TokenAuthMethod = "client_secret_basic" | "client_secret_post";

export interface OidcSettings {
  providerId: string;
  label: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** How the client authenticates at the token endpoint (OIDC_TOKEN_AUTH_METHOD). */
  tokenAuthMethod: TokenAuthMethod;
  /** Trust the provider's e-mail address without `email_verified: true` (OIDC_TRUST_EMAIL). */
  trustEmail: boolean;
  /** Also end the session at the provider on sign-out (OIDC_LOGOUT, RP-initiated logout). */
  logout: boolean;
}

const flag = (name: string, raw: string | undefined) => {
  const v = (raw ?? "").trim().toLowerCase();
  if (v === "" || v === "false" || v === "0") return false;
  if (v === "true" || v === "1") return true;
  throw new Error(`${name} must be true or false, not ${JSON.stringify(raw)}`);
};

/** Reads and checks the OIDC_* variables; null when OIDC_ISSUER is not set. Throws on a bad value. */
export function oidcSettings(env: Record<string, string | undefined> = process.env): OidcSettings | null {
  const issuer = env.OIDC_ISSUER?.trim().replace(/\/$/, "");
  if (!issuer) return null;
  if (!/^https?:\/\/[^/]/.test(issuer)) throw new Error(`OIDC_ISSUER must be an http(s) URL, not ${JSON.stringify(env.OIDC_ISSUER)}`);
  const method = (env.OIDC_TOKEN_AUTH_METHOD?.trim() || "client_secret_basic") as TokenAuthMethod;
  if (method !== "client_secret_basic" && method !== "client_secret_post")
    throw new Error(`OIDC_TOKEN_AUTH_METHOD must be client_secret_basic or client_secret_post, not ${JSON.stringify(method)}`);
  const providerId = env.OIDC_PROVIDER_ID?.trim() || "oidc";
  if (!/^[a-z0-9-]{1,40}$/.test(providerId)) throw new Error("OIDC_PROVIDER_ID may hold only a-z, 0-9 and -");
  if (!env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) throw new Error("OIDC_ISSUER is set: OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are needed too");
  return {
    providerId,
    label: env.OIDC_LABEL?.trim() || "Inloggen met uw organisatie-account",
    issuer,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    tokenAuthMethod: method,
    trustEmail: flag("OIDC_TRUST_EMAIL", env.OIDC_TRUST_EMAIL),
    logout: flag("OIDC_LOGOUT", env.OIDC_LOGOUT),
  };
}

/** Where the provider sends officials back after signing out there (register it at the provider). */
export const postLogoutPath = "/admin/login?signedOut=1";

/**
 * What the identity provider said during one callback, so that a refused sign-in can be written to the
 * audit log with the e-mail address and the reason (app/api/auth/[...all]/route.ts runs each callback
 * inside `oidcAttempts.run`; the provider's profile mapping and the session hook fill it in).
 */
export interface OidcAttempt {
  email?: string;
  emailVerified?: boolean;
  /** A blocked official the provider identified: no session was started. */
  blockedUserId?: string;
}

const key = Symbol.for("register.oidcAttempts");
const g = globalThis as unknown as Record<symbol, AsyncLocalStorage<OidcAttempt> | undefined>;
export const oidcAttempts: AsyncLocalStorage<OidcAttempt> = (g[key] ??= new AsyncLocalStorage<OidcAttempt>());

/** Why a callback that identified somebody did not sign them in, from better-auth's error code. */
export function refusalReason(attempt: OidcAttempt, errorCode: string): "blocked" | "unknown" | "unverified" | "error" {
  if (attempt.blockedUserId) return "blocked";
  if (errorCode === "signup_disabled") return "unknown";
  if (errorCode === "account_not_linked") return "unverified";
  return "error";
}
