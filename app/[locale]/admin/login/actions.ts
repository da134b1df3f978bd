"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { getAuth, oidcProvider } from "@/lib/auth";
import { getDb } from "@/db/client";
import { audit } from "@/db/audit";
import { clearLoginFailures, loginBlockedMinutes, loginKeys, recordLoginFailure } from "@/db/officials";
import { fieldErrors, issueMessage } from "@/lib/schemas";
import { email } from "@/lib/schemas/common";
import type { ActionState } from "@/lib/action-state";

const credentials = z.object({ email, password: z.string().min(1).max(200), next: z.string().max(500).optional() });

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
  const ip = h.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
  const keys = loginKeys(parsed.data.email, ip);
  const minutes = loginBlockedMinutes(keys);
  if (minutes) return { status: "error", message: "throttled", result: { minutes } };
  try {
    // The session hook in lib/auth writes the "login" audit entry.
    await getAuth().api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: h });
  } catch {
    recordLoginFailure(keys);
    getDb().transaction((tx) =>
      audit(tx, { actor: { kind: "system", name: "login" }, action: "login.failed", detail: { email: parsed.data.email, ip } }),
    );
    return { status: "error", message: "failed" };
  }
  clearLoginFailures(keys.slice(0, 1));
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
  const session = await getAuth().api.getSession({ headers: h });
  if (session) {
    await getAuth().api.signOut({ headers: h });
    getDb().transaction((tx) => audit(tx, { actor: asActor(session.user), action: "logout" }));
  }
  redirect(`/${await getLocale()}/admin/login?signedOut=1`);
}
