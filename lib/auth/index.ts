/**
 * Officials' authentication with better-auth (email + password by default; an OIDC identity provider
 * can be plugged in through configuration, see README "Login"). Sessions live in the same SQLite file.
 */
import "server-only";
import path from "node:path";
import { eq } from "drizzle-orm";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { genericOAuth } from "better-auth/plugins/generic-oauth";
import { getDb, databasePath } from "@/db/client";
import { accounts, rateLimits, sessions, users, verifications } from "@/db/schema";
import { audit } from "@/db/audit";
import { siteUrl } from "@/lib/config";
import { CLIENT_ADDRESS_HEADER } from "@/lib/client-address";
import { readOrCreateSecretFile } from "./secret-file";

/**
 * The signing secret: AUTH_SECRET, or else a random one kept beside the database file (mode 600), so a
 * fresh install works without configuration and sessions survive restarts (see lib/auth/secret-file.ts).
 */
function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  return readOrCreateSecretFile(path.join(path.dirname(/*turbopackIgnore: true*/ databasePath()), ".auth-secret"));
}

/** An OIDC identity provider from OIDC_* variables; absent unless OIDC_ISSUER is set. */
export const oidcProvider = process.env.OIDC_ISSUER
  ? {
      providerId: process.env.OIDC_PROVIDER_ID ?? "oidc",
      label: process.env.OIDC_LABEL ?? "Inloggen met uw organisatie-account",
      discoveryUrl: `${process.env.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: process.env.OIDC_CLIENT_ID ?? "",
      clientSecret: process.env.OIDC_CLIENT_SECRET ?? "",
      scopes: ["openid", "email", "profile"],
      pkce: true,
      // Only officials an admin has added may sign in: no accounts are created on first login.
      disableImplicitSignUp: true,
    }
  : null;

function createAuth() {
  return betterAuth({
    appName: "Transparantieregister",
    baseURL: siteUrl,
    secret: authSecret(),
    trustedOrigins: (process.env.AUTH_TRUSTED_ORIGINS ?? siteUrl).split(",").map((s) => s.trim()),
    database: drizzleAdapter(getDb(), {
      provider: "sqlite",
      schema: { user: users, session: sessions, account: accounts, verification: verifications, rateLimit: rateLimits },
    }),
    // Password sign-in only through the login page's server action, which throttles and audits failures.
    disabledPaths: ["/sign-in/email", "/sign-up/email"],
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12, maxPasswordLength: 128 },
    user: {
      additionalFields: {
        isAdmin: { type: "boolean", defaultValue: false, input: false },
        isDemo: { type: "boolean", defaultValue: false, input: false },
        disabled: { type: "boolean", defaultValue: false, input: false },
      },
    },
    session: { expiresIn: 60 * 60 * 8, updateAge: 60 * 60 },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": { window: 60, max: 10 } },
    },
    advanced: {
      // The real client address (lib/client-address.ts) for better-auth's own rate limiter and the sessions.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
      useSecureCookies: siteUrl.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    databaseHooks: {
      session: {
        create: {
          // Blocked officials cannot start a session, whatever way they sign in.
          before: async (session) => {
            const user = getDb().select({ disabled: users.disabled }).from(users).where(eq(users.id, session.userId)).get();
            return user && !user.disabled ? { data: session } : false;
          },
          // Every sign-in, whatever the method, lands in the audit log.
          after: async (session) => {
            const user = getDb().select({ name: users.name, email: users.email }).from(users).where(eq(users.id, session.userId)).get();
            getDb().transaction((tx) =>
              audit(tx, {
                actor: { kind: "user", id: session.userId, name: user?.name ?? "?", isAdmin: false, roles: new Map() },
                action: "login",
                detail: { email: user?.email, ip: session.ipAddress ?? undefined },
              }),
            );
          },
        },
      },
    },
    plugins: [...(oidcProvider ? [genericOAuth({ config: [oidcProvider] })] : []), nextCookies()],
  });
}

const globalForAuth = globalThis as unknown as { registerAuth?: ReturnType<typeof createAuth> };
export const getAuth = () => (globalForAuth.registerAuth ??= createAuth());
