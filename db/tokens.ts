/**
 * Tokens of the write API: how an organisation's own systems (asset management, a sensor platform) create
 * and edit drafts through `POST /api/v1/{sensors,algorithms}` and `PUT /api/v1/{kind}/{id}`.
 *
 * - A token is `trg_` and 43 base64url characters (32 random bytes). Only its SHA-256 and its first
 *   characters are stored; the token itself is returned once, by `createToken`, and never again.
 * - A token belongs to one organisation and has a scope (`draft`: create and edit drafts). As an Actor
 *   (lib/permissions.ts) it may do nothing else: never publish, never touch another organisation.
 * - Publishers of the organisation (and the system, for the command line) create and revoke tokens; both are
 *   in the audit log (`token.create`, `token.revoke`).
 */
import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import { can, tokenActorName, TOKEN_SCOPES, type Actor, type TokenActor } from "@/lib/permissions";
import { DomainError } from "@/lib/errors";
import { fieldErrors, issueMessage, text } from "@/lib/schemas/common";
import { getDb } from "./client";
import { audit } from "./audit";
import { apiTokens, organisations, type ApiTokenRow } from "./schema";

/** What every token starts with, so it is recognised in a configuration file or a secret scanner. */
export const TOKEN_PREFIX = "trg_";
const TOKEN_BYTES = 32;
/** `trg_` and 32 bytes in base64url (43 characters, no padding). */
const TOKEN_PATTERN = /^trg_[A-Za-z0-9_-]{43}$/;
/** How much of the token is kept to recognise it in the list: `trg_` and 6 characters. */
const SHOWN_PREFIX = TOKEN_PREFIX.length + 6;
/** `last_used_at` is written at most this often per token. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/** A token as the workspace lists it: never its hash. */
export interface ApiTokenSummary {
  id: number;
  organisationId: number;
  name: string;
  scope: string;
  /** The first characters of the token, e.g. `trg_Ab3dE9`. */
  prefix: string;
  createdByName: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  revokedByName: string | null;
}

const toSummary = (r: ApiTokenRow): ApiTokenSummary => ({
  id: r.id,
  organisationId: r.organisationId,
  name: r.name,
  scope: r.scope,
  prefix: r.prefix,
  createdByName: r.createdByName,
  createdAt: r.createdAt,
  lastUsedAt: r.lastUsedAt,
  revokedAt: r.revokedAt,
  revokedByName: r.revokedByName,
});

/** What creating a token takes: the organisation, a name to recognise it by, and its scope. */
export const tokenInputSchema = z.object({
  organisationId: z.coerce.number().int().positive(),
  name: text(100),
  scope: z.enum(TOKEN_SCOPES).default("draft"),
});

function requireManager(actor: Actor, organisationId: number) {
  if (!can(actor, "manage-tokens", organisationId)) throw new DomainError("forbidden");
}

/**
 * Creates a token for an organisation. Publishers of the organisation and the system only. Returns the
 * token itself — the only time it exists outside the caller's hands — and what the list shows of it.
 */
export function createToken(p: { actor: Actor; input: unknown }): { token: string; summary: ApiTokenSummary } {
  const parsed = tokenInputSchema.safeParse(p.input, { error: issueMessage });
  if (!parsed.success) throw new DomainError("validation", "validation", { fields: fieldErrors(parsed.error) });
  const { organisationId, name, scope } = parsed.data;
  requireManager(p.actor, organisationId);
  const token = TOKEN_PREFIX + randomBytes(TOKEN_BYTES).toString("base64url");
  const row = getDb().transaction((tx) => {
    const org = tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, organisationId)).get();
    if (!org) throw new DomainError("not_found", "organisationNotFound");
    // The name is how people (and the audit log) tell tokens apart: unique among the organisation's live tokens.
    const taken = tx
      .select({ id: apiTokens.id })
      .from(apiTokens)
      .where(and(eq(apiTokens.organisationId, organisationId), eq(apiTokens.name, name), isNull(apiTokens.revokedAt)))
      .get();
    if (taken) throw new DomainError("validation", "validation", { fields: { name: ["tokenNameTaken"] } });
    const created = tx
      .insert(apiTokens)
      .values({
        organisationId,
        name,
        scope,
        tokenHash: hashToken(token),
        prefix: token.slice(0, SHOWN_PREFIX),
        createdById: p.actor.kind === "user" ? p.actor.id : null,
        createdByName: p.actor.name,
      })
      .returning()
      .get();
    audit(tx, {
      actor: p.actor,
      action: "token.create",
      organisationId,
      detail: { tokenId: created.id, name, prefix: created.prefix, scope },
    });
    return created;
  });
  return { token, summary: toSummary(row) };
}

/** The organisations whose tokens this official manages (where they are a publisher), by name. */
export function tokenOrganisations(actor: Actor): { id: number; name: string; slug: string }[] {
  const ids = actor.kind === "user" ? [...actor.roles.keys()].filter((id) => can(actor, "manage-tokens", id)) : [];
  if (!ids.length) return [];
  return getDb()
    .select({ id: organisations.id, name: organisations.name, slug: organisations.slug })
    .from(organisations)
    .where(inArray(organisations.id, ids))
    .orderBy(asc(organisations.name))
    .all();
}

/** Every token of an organisation, live ones first, newest first. Publishers of the organisation only. */
export function listTokens(p: { actor: Actor; organisationId: number }): ApiTokenSummary[] {
  requireManager(p.actor, p.organisationId);
  return getDb()
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.organisationId, p.organisationId))
    .orderBy(asc(apiTokens.revokedAt), desc(apiTokens.createdAt), desc(apiTokens.id))
    .all()
    .map(toSummary);
}

/** One token, for the revoke confirmation. Someone who may not manage it gets `not_found`, as for an unknown id. */
export function tokenForManager(actor: Actor, tokenId: number): ApiTokenSummary & { organisationName: string } {
  const row = Number.isSafeInteger(tokenId)
    ? getDb()
        .select({ token: apiTokens, organisationName: organisations.name })
        .from(apiTokens)
        .innerJoin(organisations, eq(organisations.id, apiTokens.organisationId))
        .where(eq(apiTokens.id, tokenId))
        .get()
    : undefined;
  if (!row || !can(actor, "manage-tokens", row.token.organisationId)) throw new DomainError("not_found", "tokenNotFound");
  return { ...toSummary(row.token), organisationName: row.organisationName };
}

/** Revokes a token at once: its next request gets 401. Publishers of its organisation and the system only. */
export function revokeToken(p: { actor: Actor; tokenId: number }): ApiTokenSummary {
  return getDb().transaction((tx) => {
    const row = Number.isSafeInteger(p.tokenId) ? tx.select().from(apiTokens).where(eq(apiTokens.id, p.tokenId)).get() : undefined;
    if (!row || !can(p.actor, "manage-tokens", row.organisationId)) throw new DomainError("not_found", "tokenNotFound");
    if (row.revokedAt) throw new DomainError("invalid_state", "tokenRevoked");
    const revoked = tx
      .update(apiTokens)
      .set({ revokedAt: new Date(), revokedByName: p.actor.name })
      .where(eq(apiTokens.id, row.id))
      .returning()
      .get();
    audit(tx, {
      actor: p.actor,
      action: "token.revoke",
      organisationId: row.organisationId,
      detail: { tokenId: row.id, name: row.name, prefix: row.prefix },
    });
    return toSummary(revoked);
  });
}

export type TokenCheck = { ok: true; actor: TokenActor } | { ok: false; reason: "malformed" | "unknown" | "revoked" };

/**
 * Who a presented token is: the token's Actor, or why it is refused (not a token of this register, unknown,
 * revoked). Only the hash is looked up, so the token is never compared in the clear. Notes the use at most
 * once a minute.
 */
export function verifyToken(token: string, now = Date.now()): TokenCheck {
  if (!TOKEN_PATTERN.test(token)) return { ok: false, reason: "malformed" };
  const hash = hashToken(token);
  const db = getDb();
  const row = db.select().from(apiTokens).where(eq(apiTokens.tokenHash, hash)).get();
  // The index found the row by its hash; comparing again in constant time costs nothing and keeps it obvious.
  if (!row || !timingSafeEqual(Buffer.from(row.tokenHash, "hex"), Buffer.from(hash, "hex"))) return { ok: false, reason: "unknown" };
  if (row.revokedAt) return { ok: false, reason: "revoked" };
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS)
    db.update(apiTokens).set({ lastUsedAt: new Date(now) }).where(eq(apiTokens.id, row.id)).run();
  return {
    ok: true,
    actor: {
      kind: "token",
      tokenId: row.id,
      organisationId: row.organisationId,
      name: tokenActorName(row.name),
      scope: row.scope,
      createdById: row.createdById,
    },
  };
}
