/** Who is asking: the signed-in official as an Actor (with roles per organisation), or null. */
import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { DomainError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { officialById, rolesOf } from "@/db/officials";
import { getAuth } from "./index";

export type UserActor = Extract<Actor, { kind: "user" }>;

/** The current official, once per request; null when not signed in or disabled. */
export const getActor = cache(async (): Promise<UserActor | null> => {
  const session = await getAuth().api.getSession({ headers: await headers() });
  if (!session) return null;
  const official = officialById(session.user.id);
  if (!official || official.disabled) return null;
  return {
    kind: "user",
    id: official.id,
    name: official.name,
    isAdmin: official.isAdmin,
    roles: rolesOf(official),
  };
});

/** For server actions and route handlers: the official, or an `unauthenticated` error. */
export async function requireActor(): Promise<UserActor> {
  const actor = await getActor();
  if (!actor) throw new DomainError("unauthenticated");
  return actor;
}

/** For admin pages: the official, or a redirect to the login page that comes back here afterwards. */
export async function requireOfficialPage(returnTo: string, opts: { admin?: boolean } = {}): Promise<UserActor> {
  const actor = await getActor();
  const locale = await getLocale();
  if (!actor) redirect(`/${locale}/admin/login?next=${encodeURIComponent(returnTo)}`);
  if (opts.admin && !actor.isAdmin) redirect(`/${locale}/admin?denied=1`);
  return actor;
}
