/** Officials (users), their memberships and sign-in throttling. */
import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "./client";
import { audit } from "./audit";
import { accounts, loginAttempts, memberships, organisations, users } from "./schema";
import type { Actor } from "@/lib/permissions";
import type { MemberRole } from "@/lib/vocab";
import { DomainError } from "@/lib/errors";

export interface Official {
  id: string;
  name: string;
  email: string;
  isAdmin: boolean;
  isDemo: boolean;
  disabled: boolean;
  memberships: { organisationId: number; organisationName: string; organisationSlug: string; role: MemberRole }[];
}

function withMemberships(rows: (typeof users.$inferSelect)[]): Official[] {
  if (!rows.length) return [];
  const ms = getDb()
    .select({
      userId: memberships.userId,
      organisationId: memberships.organisationId,
      role: memberships.role,
      organisationName: organisations.name,
      organisationSlug: organisations.slug,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(inArray(memberships.userId, rows.map((r) => r.id)))
    .orderBy(asc(organisations.name))
    .all();
  return rows.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    isAdmin: u.isAdmin,
    isDemo: u.isDemo,
    disabled: u.disabled,
    memberships: ms
      .filter((m) => m.userId === u.id)
      .map(({ organisationId, organisationName, organisationSlug, role }) => ({
        organisationId,
        organisationName,
        organisationSlug,
        role,
      })),
  }));
}

export function officialById(id: string): Official | undefined {
  return withMemberships(getDb().select().from(users).where(eq(users.id, id)).all())[0];
}

export function listOfficials(): Official[] {
  return withMemberships(getDb().select().from(users).orderBy(asc(users.name)).all());
}

export function isOfficialEmail(email: string): boolean {
  return !!getDb().select({ id: users.id }).from(users).where(eq(users.email, email.trim().toLowerCase())).get();
}

/** Sets (or with role null removes) an official's role in an organisation. Admins only. */
export function setMembership(p: { actor: Actor; userId: string; organisationId: number; role: MemberRole | null }) {
  if (p.actor.kind === "user" && !p.actor.isAdmin) throw new DomainError("forbidden");
  getDb().transaction((tx) => {
    const user = tx.select({ id: users.id }).from(users).where(eq(users.id, p.userId)).get();
    const org = tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, p.organisationId)).get();
    if (!user || !org) throw new DomainError("not_found");
    tx.delete(memberships).where(and(eq(memberships.userId, p.userId), eq(memberships.organisationId, p.organisationId))).run();
    if (p.role) tx.insert(memberships).values({ userId: p.userId, organisationId: p.organisationId, role: p.role }).run();
    audit(tx, {
      actor: p.actor,
      action: p.role ? "user.role.set" : "user.role.remove",
      organisationId: p.organisationId,
      detail: { userId: p.userId, role: p.role },
    });
  });
}

/** Blocks or unblocks an official. Admins only; nobody can block themselves. */
export function setDisabled(p: { actor: Actor; userId: string; disabled: boolean }) {
  if (p.actor.kind === "user" && (!p.actor.isAdmin || p.actor.id === p.userId)) throw new DomainError("forbidden");
  getDb().transaction((tx) => {
    const updated = tx.update(users).set({ disabled: p.disabled, updatedAt: new Date() }).where(eq(users.id, p.userId)).returning().get();
    if (!updated) throw new DomainError("not_found");
    audit(tx, { actor: p.actor, action: p.disabled ? "user.disable" : "user.enable", detail: { userId: p.userId } });
  });
}

/* ---- Sign-in throttling: failed attempts per account and per client address ---- */

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** Failed attempts allowed per window: few per account, more per address (offices share one). */
export const loginKeys = (email: string, ip: string) => [
  { key: `email:${email.trim().toLowerCase()}`, max: 5 },
  { key: `ip:${ip}`, max: 50 },
];
type LoginKey = ReturnType<typeof loginKeys>[number];

/** Minutes until sign-in is allowed again; 0 when allowed. */
export function loginBlockedMinutes(keys: LoginKey[], now = Date.now()): number {
  const rows = getDb().select().from(loginAttempts).where(inArray(loginAttempts.key, keys.map((k) => k.key))).all();
  const blockedUntil = Math.max(
    0,
    ...rows
      .filter((r) => r.failures >= (keys.find((k) => k.key === r.key)?.max ?? Infinity))
      .map((r) => r.windowStart.getTime() + LOGIN_WINDOW_MS),
  );
  return blockedUntil > now ? Math.ceil((blockedUntil - now) / 60000) : 0;
}

export function recordLoginFailure(keys: LoginKey[], now = Date.now()) {
  getDb().transaction((tx) => {
    for (const { key } of keys) {
      const row = tx.select().from(loginAttempts).where(eq(loginAttempts.key, key)).get();
      if (row && row.windowStart.getTime() + LOGIN_WINDOW_MS >= now)
        tx.update(loginAttempts).set({ failures: row.failures + 1 }).where(eq(loginAttempts.key, key)).run();
      else
        tx.insert(loginAttempts)
          .values({ key, failures: 1, windowStart: new Date(now) })
          .onConflictDoUpdate({ target: loginAttempts.key, set: { failures: 1, windowStart: new Date(now) } })
          .run();
    }
  });
}

export function clearLoginFailures(keys: LoginKey[]) {
  getDb().delete(loginAttempts).where(inArray(loginAttempts.key, keys.map((k) => k.key))).run();
}

/**
 * Creates an official with an email + password account (hashed by better-auth's own scrypt hashing).
 * Used by `npm run admin:create`, the admin's user page and the demo data.
 */
export async function createOfficial(p: {
  actor: Actor;
  email: string;
  name: string;
  password: string;
  isAdmin?: boolean;
  isDemo?: boolean;
}): Promise<string> {
  if (p.actor.kind === "user" && !p.actor.isAdmin) throw new DomainError("forbidden");
  const email = p.email.trim().toLowerCase();
  if (isOfficialEmail(email)) throw new DomainError("validation", "validation", { fields: { email: ["emailTaken"] } });
  const { hashPassword } = await import("better-auth/crypto");
  const hash = await hashPassword(p.password);
  const id = randomUUID();
  const now = new Date();
  getDb().transaction((tx) => {
    tx.insert(users)
      .values({ id, email, name: p.name.trim(), emailVerified: true, isAdmin: !!p.isAdmin, isDemo: !!p.isDemo, createdAt: now, updatedAt: now })
      .run();
    tx.insert(accounts)
      .values({ id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: hash, createdAt: now, updatedAt: now })
      .run();
    audit(tx, { actor: p.actor, action: "user.create", detail: { userId: id, email, isAdmin: !!p.isAdmin } });
  });
  return id;
}

/** Demo accounts whose published demo password still works (production refuses to start then). */
export async function demoAccountsWithDemoPassword(demoPassword: string): Promise<string[]> {
  const { verifyPassword } = await import("better-auth/crypto");
  const rows = getDb()
    .select({ email: users.email, hash: accounts.password })
    .from(users)
    .innerJoin(accounts, and(eq(accounts.userId, users.id), eq(accounts.providerId, "credential")))
    .where(and(eq(users.isDemo, true), eq(users.disabled, false)))
    .all();
  const usable: string[] = [];
  for (const r of rows) if (r.hash && (await verifyPassword({ hash: r.hash, password: demoPassword }))) usable.push(r.email);
  return usable;
}

export function listDemoEmails(): string[] {
  return getDb().select({ email: users.email }).from(users).where(eq(users.isDemo, true)).all().map((r) => r.email);
}
