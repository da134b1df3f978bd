import { toNextJsHandler } from "better-auth/next-js";
import { getAuth, oidcProvider } from "@/lib/auth";
import { isOpenAuthEndpoint } from "@/lib/auth/endpoints";
import { oidcAttempts, refusalReason, type OidcAttempt } from "@/lib/auth/oidc";
import { getDb } from "@/db/client";
import { audit } from "@/db/audit";
import { requestAddress } from "@/lib/request-address";
import { siteUrl } from "@/lib/config";

export const dynamic = "force-dynamic";

const notFound = () =>
  new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * better-auth over HTTP: only the identity provider's callback (lib/auth/endpoints.ts); every other path of
 * the library answers 404. A callback that identified somebody but did not sign them in (unknown, e-mail
 * not verified, blocked) is written to the audit log like a failed password, and the login page is told why.
 */
async function handle(req: Request, method: "GET" | "POST") {
  const { pathname } = new URL(req.url);
  if (!isOpenAuthEndpoint({ method, pathname, oidcProviderId: oidcProvider?.providerId ?? null })) return notFound();
  const attempt: OidcAttempt = {};
  const res = await oidcAttempts.run(attempt, () => toNextJsHandler(getAuth())[method](req));
  const location = res.headers.get("location");
  if (!location || attempt.email === undefined) return res;
  const target = new URL(location, siteUrl);
  const code = target.searchParams.get("error");
  if (!code) return res;
  const reason = refusalReason(attempt, code);
  getDb().transaction((tx) =>
    audit(tx, {
      actor: { kind: "system", name: "login" },
      action: "login.failed",
      detail: { email: attempt.email, ip: requestAddress(req.headers), method: "oidc", reason, code: code.slice(0, 60) },
    }),
  );
  if (!/^\/((nl|en)\/)?admin\/login$/.test(target.pathname) || target.origin !== new URL(siteUrl).origin) return res;
  target.search = `?providerError=${reason}`;
  const headers = new Headers(res.headers);
  headers.set("location", target.pathname + target.search);
  return new Response(null, { status: res.status, headers });
}

export const GET = (req: Request) => handle(req, "GET");
export const POST = (req: Request) => handle(req, "POST");
