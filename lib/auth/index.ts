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
import { genericOAuth, type GenericOAuthConfig } from "better-auth/plugins/generic-oauth";
import { getDb, databasePath } from "@/db/client";
import { accounts, rateLimits, sessions, users, verifications } from "@/db/schema";
import { audit } from "@/db/audit";
import { siteUrl } from "@/lib/config";
import { CLIENT_ADDRESS_HEADER } from "@/lib/client-address";
import { readOrCreateSecretFile } from "./secret-file";
import { oidcAttempts, oidcSettings, type OidcSettings } from "./oidc";

/**
 * The signing secret: AUTH_SECRET, or else a random one kept beside the database file (mode 600), so a
 * fresh install works without configuration and sessions survive restarts (see lib/auth/secret-file.ts).
 */
function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  return readOrCreateSecretFile(path.join(path.dirname(/*turbopackIgnore: true*/ databasePath()), ".auth-secret"));
}

const oidc = oidcSettings();

/** The identity provider as the login page shows it; null unless OIDC_ISSUER is set. */
export const oidcProvider = oidc ? { providerId: oidc.providerId, label: oidc.label, logout: oidc.logout } : null;

/** better-auth's generic OAuth configuration of the identity provider. */
function oidcConfig(o: OidcSettings): GenericOAuthConfig {
  return {
    providerId: o.providerId,
    discoveryUrl: `${o.issuer}/.well-known/openid-configuration`,
    clientId: o.clientId,
    clientSecret: o.clientSecret,
    tokenEndpointAuth: { method: o.tokenAuthMethod },
    scopes: ["openid", "email", "profile"],
    pkce: true,
    // Nobody gets an account by signing in, whatever the request asks for ("requestSignUp" included):
    // only officials an admin created may sign in here.
    disableSignUp: true,
    disableImplicitSignUp: true,
    // RP-initiated logout at the provider's end_session_endpoint only when OIDC_LOGOUT=true.
    disableProviderLogout: !o.logout,
    // Notes who the provider said it was, for the audit entry of a refused sign-in; changes nothing.
    mapProfileToUser: (profile) => {
      const attempt = oidcAttempts.getStore();
      if (attempt) {
        attempt.email = typeof profile.email === "string" ? profile.email.slice(0, 320) : undefined;
        attempt.emailVerified = profile.email_verified === true || profile.email_verified === "true";
      }
      return {};
    },
  };
}

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
    // Over HTTP only the identity provider's callback answers (lib/auth/endpoints.ts, the route handler);
    // password sign-in goes through the login page's server action, which throttles and audits failures.
    disabledPaths: ["/sign-in/email", "/sign-up/email", "/update-user", "/change-email", "/delete-user"],
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
      customRules: { "/callback/*": { window: 60, max: 20 } },
    },
    // Errors without a page of their own (e.g. a callback that lost its state) go to the login page.
    onAPIError: { errorURL: `${siteUrl}/admin/login?providerError=1` },
    advanced: {
      // The real client address (lib/client-address.ts) for better-auth's own rate limiter and the sessions.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
      useSecureCookies: siteUrl.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    account: {
      // The provider's e-mail address links to the official with that address only when the provider says
      // it is verified, unless OIDC_TRUST_EMAIL=true (Microsoft Entra ID sends no email_verified).
      accountLinking: { enabled: true, trustedProviders: oidc?.trustEmail ? [oidc.providerId] : [], updateUserInfoOnLink: false },
    },
    databaseHooks: {
      user: {
        // Officials are created and changed only by the app's own audited functions (db/officials.ts), never
        // by better-auth: no sign-up, no profile update through its endpoints, whatever a request asks.
        create: { before: async () => false },
        update: { before: async () => false },
      },
      session: {
        create: {
          // Blocked officials cannot start a session, whatever way they sign in.
          before: async (session) => {
            const user = getDb().select({ disabled: users.disabled }).from(users).where(eq(users.id, session.userId)).get();
            if (user && !user.disabled) return { data: session };
            const attempt = oidcAttempts.getStore();
            if (attempt && user) attempt.blockedUserId = session.userId;
            return false;
          },
          // Every sign-in, whatever the method, lands in the audit log.
          after: async (session) => {
            const user = getDb().select({ name: users.name, email: users.email }).from(users).where(eq(users.id, session.userId)).get();
            getDb().transaction((tx) =>
              audit(tx, {
                actor: { kind: "user", id: session.userId, name: user?.name ?? "?", isAdmin: false, roles: new Map() },
                action: "login",
                detail: { email: user?.email, ip: session.ipAddress ?? undefined, method: oidcAttempts.getStore() ? "oidc" : "password" },
              }),
            );
          },
        },
      },
    },
    plugins: [...(oidc ? [genericOAuth({ config: [oidcConfig(oidc)] })] : []), nextCookies()],
  });
}

const globalForAuth = globalThis as unknown as { registerAuth?: ReturnType<typeof createAuth> };
export const getAuth = () => (globalForAuth.registerAuth ??= createAuth());
export type Auth = ReturnType<typeof createAuth>;
