/** Officials (users), their memberships and sign-in throttling. */
import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { and, asc, eq, inArray, isNotNull, lt, sql } from "drizzle-orm";
import { getDb } from "./client";
import { audit } from "./audit";
import { accounts, loginAttempts, memberships, organisations, sessions, users } from "./schema";
import { isSiteAdmin, type Actor, type Role } from "@/lib/permissions";
import { memberRoles, type MemberRole } from "@/lib/vocab";
import { DomainError } from "@/lib/errors";
import { dict } from "@/lib/dict";
import { addressBucket } from "@/lib/client-address";
import { z } from "zod";
import { email as emailSchema, fieldErrors, issueMessage, password, text } from "@/lib/schemas/common";

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

/**
 * What an official may do where, as the permissions see it: their own roles, except that in an outside
 * owner (a company or institution reporting under a municipal duty) nobody publishes for themselves —
 * a publisher there counts as an editor — and, as "moderator", the organisations moderated by a public
 * body they are a publisher of.
 */
export function rolesOf(official: Pick<Official, "memberships">): Map<number, Role> {
  const db = getDb();
  const roles = new Map<number, Role>();
  const moderated = new Set(
    db
      .select({ id: organisations.id })
      .from(organisations)
      .where(isNotNull(organisations.moderatorId))
      .all()
      .map((o) => o.id),
  );
  for (const m of official.memberships) roles.set(m.organisationId, moderated.has(m.organisationId) ? "editor" : m.role);
  const publisherOf = official.memberships.filter((m) => m.role === "publisher" && !moderated.has(m.organisationId)).map((m) => m.organisationId);
  if (publisherOf.length)
    for (const o of db.select({ id: organisations.id }).from(organisations).where(inArray(organisations.moderatorId, publisherOf)).all())
      if (!roles.has(o.id)) roles.set(o.id, "moderator");
  return roles;
}

export function listOfficials(): Official[] {
  return withMemberships(getDb().select().from(users).orderBy(asc(users.name)).all());
}

export function isOfficialEmail(email: string): boolean {
  return !!getDb().select({ id: users.id }).from(users).where(eq(users.email, email.trim().toLowerCase())).get();
}

/** Whether the official with this address exists and is blocked (told only after a correct password). */
export function isOfficialBlocked(email: string): boolean {
  const row = getDb().select({ disabled: users.disabled }).from(users).where(eq(users.email, email.trim().toLowerCase())).get();
  return !!row?.disabled;
}

/** Sets (or with role null removes) an official's role in an organisation. Admins only. */
export function setMembership(p: { actor: Actor; userId: string; organisationId: number; role: MemberRole | null }) {
  if (!isSiteAdmin(p.actor)) throw new DomainError("forbidden");
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
  if (!isSiteAdmin(p.actor) || (p.actor.kind === "user" && p.actor.id === p.userId)) throw new DomainError("forbidden");
  getDb().transaction((tx) => {
    const updated = tx.update(users).set({ disabled: p.disabled, updatedAt: new Date() }).where(eq(users.id, p.userId)).returning().get();
    if (!updated) throw new DomainError("not_found");
    audit(tx, { actor: p.actor, action: p.disabled ? "user.disable" : "user.enable", detail: { userId: p.userId } });
  });
}

/* ---- Sign-in throttling: growing waits per account and per client address, never a lock ----
   Every attempt is counted as a failure when it starts (in one transaction with the check, so attempts sent
   in parallel cannot all slip through before the first one is counted) and taken back when it succeeds.
   After `free` failures each further attempt waits: 32 s, then doubling, at most 5 minutes — also with the
   right password. Refused attempts are not counted, so waiting is all it takes; a series is forgotten
   15 minutes after its last failure. */

export const LOGIN_THROTTLE = {
  /** Failures without a wait, per account and per client address (an office shares one address). */
  freePerAccount: 5,
  freePerAddress: 30,
  firstWaitSeconds: 32,
  maxWaitSeconds: 300,
  forgetAfterMs: 15 * 60 * 1000,
} as const;

export interface LoginKey {
  key: string;
  free: number;
  kind: "account" | "address";
}

/** The throttle buckets of one attempt: the account, and the client address (IPv6 by its /64 network). */
export const loginKeys = (email: string, address: string): LoginKey[] => [
  { key: `email:${email.trim().toLowerCase()}`, free: LOGIN_THROTTLE.freePerAccount, kind: "account" },
  { key: `ip:${addressBucket(address)}`, free: LOGIN_THROTTLE.freePerAddress, kind: "address" },
];

/** Seconds to wait after `failures` failures when `free` come without a wait: 0, then 32, 64, … ≤ 300. */
export function loginWaitSeconds(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(LOGIN_THROTTLE.maxWaitSeconds, LOGIN_THROTTLE.firstWaitSeconds * 2 ** Math.min(failures - free, 16));
}

/**
 * Starts a sign-in attempt. While any of its buckets must still wait, the attempt is refused and
 * `{ waitSeconds }` says for how long (nothing is counted). Otherwise it is counted as a failure in every
 * bucket and `{ waitSeconds: 0 }` comes back: call `loginSucceeded` when the password turns out right.
 */
export function beginLoginAttempt(keys: LoginKey[], now = Date.now()): { waitSeconds: number } {
  return getDb().transaction(
    (tx) => {
      const forgetBefore = now - LOGIN_THROTTLE.forgetAfterMs;
      tx.delete(loginAttempts).where(lt(loginAttempts.lastFailureAt, new Date(forgetBefore))).run();
      const rows = new Map(
        tx.select().from(loginAttempts).where(inArray(loginAttempts.key, keys.map((k) => k.key))).all().map((r) => [r.key, r]),
      );
      let until = 0;
      for (const k of keys) {
        const row = rows.get(k.key);
        if (row) until = Math.max(until, row.lastFailureAt.getTime() + loginWaitSeconds(row.failures, k.free) * 1000);
      }
      if (until > now) return { waitSeconds: Math.ceil((until - now) / 1000) };
      for (const k of keys) {
        const row = rows.get(k.key);
        if (row) tx.update(loginAttempts).set({ failures: row.failures + 1, lastFailureAt: new Date(now) }).where(eq(loginAttempts.key, k.key)).run();
        else tx.insert(loginAttempts).values({ key: k.key, failures: 1, windowStart: new Date(now), lastFailureAt: new Date(now) }).run();
      }
      return { waitSeconds: 0 };
    },
    { behavior: "immediate" },
  );
}

/** A sign-in succeeded: the account's series ends, and the address gets back the attempt just counted. */
export function loginSucceeded(keys: LoginKey[]) {
  getDb().transaction((tx) => {
    for (const k of keys) {
      if (k.kind === "account") tx.delete(loginAttempts).where(eq(loginAttempts.key, k.key)).run();
      else
        tx.update(loginAttempts)
          .set({ failures: sql`max(${loginAttempts.failures} - 1, 0)` })
          .where(eq(loginAttempts.key, k.key))
          .run();
    }
  });
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
  if (!isSiteAdmin(p.actor)) throw new DomainError("forbidden");
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

/* ---- Site admin: managing officials (app/[locale]/admin/(workspace)/users). Each function checks itself
   that the actor is a site admin, validates, and audits in the same transaction as the change. ---- */

function requireSiteAdmin(actor: Actor) {
  if (!isSiteAdmin(actor)) throw new DomainError("forbidden");
}

/** An official as the admin's form sends it (the password is checked separately, see passwordChoice). */
export const officialSchema = z.object({
  name: text(200, 2),
  email: emailSchema,
  isAdmin: z.boolean().default(false),
});
/** A password an admin types: the same bounds as the sign-in form (better-auth minPasswordLength 12). */
export const newPasswordSchema = password(12, 128);

/** A strong random password (24 characters), shown once to the admin who asked for it. */
export const generatePassword = () => randomBytes(18).toString("base64url");

/** What a form sent, as an object to read fields from; anything else (null, a list, text) holds no fields. */
const formInput = (input: unknown): Record<string, unknown> =>
  input && typeof input === "object" && !Array.isArray(input) ? (input as Record<string, unknown>) : {};

/** Either the typed password (validated) or a generated one; errors go into `errors.password`. */
function passwordChoice(input: { password?: unknown; generatePassword?: unknown }, errors: Record<string, string[]>) {
  if (input.generatePassword === true) return { password: generatePassword(), generated: true };
  const parsed = newPasswordSchema.safeParse(typeof input.password === "string" ? input.password : "", { error: issueMessage });
  if (!parsed.success) {
    errors.password = parsed.error.issues.map((i) => i.message);
    return null;
  }
  return { password: parsed.data, generated: false };
}

/**
 * Creates an official from the admin's form: name, email, admin flag, and a typed or generated password.
 * Returns the new id and, only when generated, the password (to be shown once, never stored in clear).
 */
export async function addOfficial(p: {
  actor: Actor;
  /** What the form sent ({ name, email, isAdmin, password, generatePassword }); anything else is refused field by field. */
  input: unknown;
}): Promise<{ id: string; generatedPassword?: string }> {
  requireSiteAdmin(p.actor);
  const input = formInput(p.input);
  const errors = dict<string[]>();
  const parsed = officialSchema.safeParse(
    { name: input.name, email: input.email, isAdmin: input.isAdmin === true },
    { error: issueMessage },
  );
  if (!parsed.success) for (const [k, v] of Object.entries(fieldErrors(parsed.error))) errors[k] = v;
  else if (isOfficialEmail(parsed.data.email)) errors.email = ["emailTaken"];
  const pw = passwordChoice(input, errors);
  if (!parsed.success || !pw || Object.keys(errors).length) throw new DomainError("validation", "validation", { fields: errors });
  const id = await createOfficial({ actor: p.actor, ...parsed.data, password: pw.password });
  return { id, ...(pw.generated ? { generatedPassword: pw.password } : {}) };
}

/** Every official with their roles, for the admin's list. Site admins only. */
export function listOfficialsForAdmin(actor: Actor): Official[] {
  requireSiteAdmin(actor);
  return listOfficials();
}

/** One official for the admin's page; unknown ids are `not_found`. Site admins only. */
export function officialForAdmin(actor: Actor, id: string): Official {
  requireSiteAdmin(actor);
  const official = typeof id === "string" && id.length <= 100 ? officialById(id) : undefined;
  if (!official) throw new DomainError("not_found", "officialNotFound");
  return official;
}

/**
 * Gives, changes (role "editor" | "publisher") or removes (role "none") an official's role in an
 * organisation; validates the role and then goes through setMembership (audited user.role.set/remove).
 */
export function setOfficialRole(p: { actor: Actor; userId: string; organisationId: number; role: unknown }) {
  requireSiteAdmin(p.actor);
  if (p.role !== "none" && !memberRoles.has(p.role))
    throw new DomainError("validation", "validation", { fields: { role: ["unknownValue"] } });
  if (!Number.isSafeInteger(p.organisationId) || p.organisationId <= 0)
    throw new DomainError("validation", "validation", { fields: { organisationId: ["required"] } });
  const exists = getDb().select({ id: organisations.id }).from(organisations).where(eq(organisations.id, p.organisationId)).get();
  if (!exists) throw new DomainError("not_found", "organisationNotFound");
  if (!officialById(p.userId)) throw new DomainError("not_found", "officialNotFound");
  setMembership({ actor: p.actor, userId: p.userId, organisationId: p.organisationId, role: p.role === "none" ? null : p.role });
}

/**
 * Blocks (and signs out everywhere) or unblocks an official; audited user.disable / user.enable.
 * Nobody blocks themselves: the register would lose its last admin that way.
 */
export function setOfficialBlocked(p: { actor: Actor; userId: string; blocked: boolean }) {
  requireSiteAdmin(p.actor);
  if (p.actor.kind === "user" && p.actor.id === p.userId) throw new DomainError("forbidden", "blockSelf");
  if (!officialById(p.userId)) throw new DomainError("not_found", "officialNotFound");
  setDisabled({ actor: p.actor, userId: p.userId, disabled: p.blocked });
  // A blocked official's sessions are refused anyway (getActor); removing them makes that visible at once.
  if (p.blocked) getDb().delete(sessions).where(eq(sessions.userId, p.userId)).run();
}

/**
 * Sets a new password (typed, or generated and returned once) for another official, hashed with
 * better-auth's own hashing, and ends all of that official's sessions. Audited as user.password.reset.
 */
export async function resetOfficialPassword(p: {
  actor: Actor;
  userId: string;
  /** What the form sent ({ password, generatePassword }). */
  input: unknown;
}): Promise<{ generatedPassword?: string }> {
  requireSiteAdmin(p.actor);
  // An admin resetting their own password here would end their own session mid-way.
  if (p.actor.kind === "user" && p.actor.id === p.userId) throw new DomainError("forbidden", "resetOwnPassword");
  if (!officialById(p.userId)) throw new DomainError("not_found", "officialNotFound");
  const errors = dict<string[]>();
  const pw = passwordChoice(formInput(p.input), errors);
  if (!pw) throw new DomainError("validation", "validation", { fields: errors });
  const { hashPassword } = await import("better-auth/crypto");
  const hash = await hashPassword(pw.password);
  const now = new Date();
  getDb().transaction((tx) => {
    const updated = tx
      .update(accounts)
      .set({ password: hash, updatedAt: now })
      .where(and(eq(accounts.userId, p.userId), eq(accounts.providerId, "credential")))
      .returning({ id: accounts.id })
      .all();
    // An official who only signed in through the identity provider gets a password account.
    if (!updated.length)
      tx.insert(accounts)
        .values({ id: randomUUID(), accountId: p.userId, providerId: "credential", userId: p.userId, password: hash, createdAt: now, updatedAt: now })
        .run();
    tx.delete(sessions).where(eq(sessions.userId, p.userId)).run();
    tx.update(users).set({ updatedAt: now }).where(eq(users.id, p.userId)).run();
    audit(tx, { actor: p.actor, action: "user.password.reset", detail: { userId: p.userId } });
  });
  return pw.generated ? { generatedPassword: pw.password } : {};
}
