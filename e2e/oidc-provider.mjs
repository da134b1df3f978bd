/**
 * A real OpenID Connect provider for the tests (the `oidc-provider` package, no internet): one confidential
 * client for the register, and people who sign in with any password under the login they type:
 *
 * - the login is the e-mail address the provider reports, with `email_verified: true`;
 * - `unverified:<address>` reports that address with `email_verified: false`.
 *
 * Consent is implied (a first-party client), so the provider asks only for the login.
 *
 *   node e2e/oidc-provider.mjs          (E2E_OIDC_PORT, E2E_APP_URL; scripts/e2e-server.sh starts it)
 *
 * Test only: development keys, in-memory storage.
 */
import Provider from "oidc-provider";

export const TEST_CLIENT = { id: "transparantieregister-e2e", secret: "e2e-only-client-secret-0123456789abcdef" };

/** Starts the provider on `port` for the app at `appUrl`; resolves with { issuer, close }. */
export async function startOidcProvider({ port, appUrl, providerId = "oidc", tokenAuthMethod = "client_secret_basic" }) {
  const issuer = `http://localhost:${port}`;
  const app = appUrl.replace(/\/$/, "");
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT.id,
        client_secret: TEST_CLIENT.secret,
        redirect_uris: [`${app}/api/auth/callback/${providerId}`],
        post_logout_redirect_uris: [`${app}/admin/login?signedOut=1`],
        token_endpoint_auth_method: tokenAuthMethod,
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    async findAccount(_ctx, id) {
      const unverified = id.startsWith("unverified:");
      const email = unverified ? id.slice("unverified:".length) : id;
      return {
        accountId: id,
        claims: async () => ({ sub: id, email, email_verified: !unverified, name: email.split("@")[0] }),
      };
    },
    // A first-party client: the grant is given without a consent screen.
    async loadExistingGrant(ctx) {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope("openid email profile");
      grant.addOIDCClaims(["email", "email_verified", "name"]);
      await grant.save();
      return grant;
    },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: ["e2e-only-cookie-key"] },
  });
  // Like providers that accept only the registered client authentication (oidc-provider itself takes either
  // of the two secret methods): a Basic header exactly when the client is registered for client_secret_basic.
  provider.use(async (ctx, next) => {
    if (ctx.path === "/token" && ctx.method === "POST") {
      const basic = /^Basic /i.test(ctx.get("authorization"));
      if (basic !== (tokenAuthMethod === "client_secret_basic")) {
        ctx.status = 401;
        ctx.body = { error: "invalid_client", error_description: `this client authenticates with ${tokenAuthMethod}` };
        return;
      }
    }
    await next();
  });
  const server = await new Promise((resolve) => {
    const s = provider.listen(port, () => resolve(s));
  });
  return { issuer, close: () => new Promise((r) => server.close(r)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.E2E_OIDC_PORT);
  const appUrl = process.env.E2E_APP_URL;
  if (!port || !appUrl) {
    console.error("E2E_OIDC_PORT and E2E_APP_URL are needed");
    process.exit(2);
  }
  const { issuer } = await startOidcProvider({ port, appUrl });
  console.log(`test OpenID provider at ${issuer}`);
}
