"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { getAuth, oidcProvider } from "@/lib/auth";
import { postLogoutPath } from "@/lib/auth/oidc";
import { getDb } from "@/db/client";
import { audit } from "@/db/audit";
import { beginLoginAttempt, isOfficialBlocked, loginKeys, loginSucceeded } from "@/db/officials";
import { requestAddress } from "@/lib/request-address";
import { fieldErrors, issueMessage } from "@/lib/schemas";
import { email, line, password } from "@/lib/schemas/common";
import type { ActionState } from "@/lib/action-state";

const credentials = z.object({ email, password: password(1, 200), next: line().max(500).optional() });

/** Only a path inside this register's admin area is a valid place to return to after signing in. */
function safeNext(next: string | undefined, locale: string) {
  return next && /^\/(nl|en)\/admin(\/[A-Za-z0-9/_?=&.-]*)?$/.test(next) && !next.includes("//") ? next : `/${locale}/admin`;
}

/** The audit log only needs who it was. */
const asActor = (u: { id: string; name: string }) =>
  ({ kind: "user", id: u.id, name: u.name, isAdmin: false, roles: new Map() }) as const;

export async function signIn(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = credentials.safeParse(
    { email: formData.get("email"), password: formData.get("password"), next: formData.get("next") ?? undefined },
    { error: issueMessage },
  );
  // Never echo the password back.
  if (!parsed.success) return { status: "error", message: "validation", fieldErrors: fieldErrors(parsed.error) };
  const h = await headers();
  // The real client address (socket, or the trusted proxy's entry): never a header the client chose.
  const ip = requestAddress(h);
  const keys = loginKeys(parsed.data.email, ip);
  const { waitSeconds } = beginLoginAttempt(keys);
  if (waitSeconds) return { status: "error", message: "throttled", result: { seconds: waitSeconds } };
  try {
    // The session hook in lib/auth writes the "login" audit entry.
    await getAuth().api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: h });
  } catch (e) {
    // The password was right but no session may start: only a blocked official gets this far.
    const blocked = (e as { body?: { code?: string } })?.body?.code === "FAILED_TO_CREATE_SESSION" && isOfficialBlocked(parsed.data.email);
    getDb().transaction((tx) =>
      audit(tx, {
        actor: { kind: "system", name: "login" },
        action: "login.failed",
        detail: { email: parsed.data.email, ip, method: "password", reason: blocked ? "blocked" : "password" },
      }),
    );
    return { status: "error", message: blocked ? "blocked" : "failed" };
  }
  loginSucceeded(keys);
  redirect(safeNext(parsed.data.next, await getLocale()));
}

/** Starts sign-in at the deployment's own identity provider (OIDC), when one is configured. */
export async function signInWithProvider(): Promise<void> {
  const locale = await getLocale();
  if (!oidcProvider) redirect(`/${locale}/admin/login`);
  const res = (await getAuth().api.signInSocial({
    body: {
      provider: oidcProvider.providerId as never,
      callbackURL: `/${locale}/admin`,
      errorCallbackURL: `/${locale}/admin/login?providerError=1`,
    },
    headers: await headers(),
  })) as { url?: string };
  redirect(res.url ?? `/${locale}/admin/login?providerError=1`);
}

export async function signOut(): Promise<void> {
  const h = await headers();
  const locale = await getLocale();
  const session = await getAuth().api.getSession({ headers: h });
  let providerLogout: string | undefined;
  if (session) {
    // With OIDC_LOGOUT=true and an identity-provider account, better-auth also gives the provider's
    // end_session_endpoint URL (RP-initiated logout), which sends the official back to the login page.
    const res = await getAuth().api.signOut({ headers: h, body: { callbackURL: postLogoutPath, disableRedirect: true } });
    providerLogout = oidcProvider?.logout ? res.url : undefined;
    getDb().transaction((tx) => audit(tx, { actor: asActor(session.user), action: "logout" }));
  }
  redirect(providerLogout ?? `/${locale}/admin/login?signedOut=1`);
}
