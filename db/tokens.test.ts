import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { can, type Actor, type TokenActor } from "@/lib/permissions";
import type { DomainError } from "@/lib/errors";
import { getDb } from "./client";
import { apiTokens, auditLog, organisations } from "./schema";
import * as tokens from "./tokens";
import * as entries from "./entries";
import { demoSensors } from "./demo/sensors";

let orgA = 0;
let orgB = 0;
const user = (id: string, roles: [number, "editor" | "publisher"][], isAdmin = false): Actor => ({
  kind: "user",
  id,
  name: id,
  isAdmin,
  roles: new Map(roles),
});
let publisherA: Actor, publisherA2: Actor, editorA: Actor, publisherB: Actor, admin: Actor;
const system: Actor = { kind: "system", name: "token:create" };

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as DomainError).code + ":" + (e as DomainError).key;
  }
  return "ok";
};

const actorOf = (token: string): TokenActor => {
  const check = tokens.verifyToken(token);
  if (!check.ok) throw new Error(`token refused: ${check.reason}`);
  return check.actor;
};

beforeAll(() => {
  const db = getDb();
  const base = { kind: "municipality", contactEmail: "info@a.example.nl" };
  orgA = db.insert(organisations).values({ ...base, slug: "ta", name: "Gemeente A" }).returning().get().id;
  orgB = db.insert(organisations).values({ ...base, slug: "tb", name: "Gemeente B" }).returning().get().id;
  publisherA = user("publisher-a", [[orgA, "publisher"]]);
  publisherA2 = user("publisher-a2", [[orgA, "publisher"]]);
  editorA = user("editor-a", [[orgA, "editor"]]);
  publisherB = user("publisher-b", [[orgB, "publisher"]]);
  admin = user("admin", [], true);
});

describe("a token as an Actor", () => {
  const token = (scope = "draft", organisationId = 1): TokenActor => ({
    kind: "token",
    tokenId: 1,
    organisationId,
    name: "token: x",
    scope,
    createdById: null,
  });

  it("may read and edit drafts of its own organisation, nothing else", () => {
    const t = token("draft", 1);
    expect(can(t, "edit", 1)).toBe(true);
    expect(can(t, "read-drafts", 1)).toBe(true);
    expect(can(t, "publish", 1)).toBe(false);
    expect(can(t, "manage-tokens", 1)).toBe(false);
    expect(can(t, "manage-organisation", 1)).toBe(false);
    for (const p of ["edit", "read-drafts", "publish", "manage-tokens"] as const) expect(can(t, p, 2), p).toBe(false);
  });

  it("with a scope this version does not know, may do nothing", () => {
    for (const p of ["edit", "read-drafts", "publish"] as const) expect(can(token("publish", 1), p, 1), p).toBe(false);
  });

  it("publishers manage their organisation's tokens; editors, other organisations and admins do not", () => {
    expect(can(publisherA, "manage-tokens", orgA)).toBe(true);
    expect(can(editorA, "manage-tokens", orgA)).toBe(false);
    expect(can(publisherB, "manage-tokens", orgA)).toBe(false);
    expect(can(admin, "manage-tokens", orgA)).toBe(false);
    expect(can(system, "manage-tokens", orgA)).toBe(true);
  });
});

describe("tokens", () => {
  it("are random, recognisable, stored only as a hash and shown once", () => {
    const a = tokens.createToken({ actor: publisherA, input: { organisationId: orgA, name: "Beheersysteem", scope: "draft" } });
    const b = tokens.createToken({ actor: publisherA, input: { organisationId: orgA, name: "Tweede systeem" } });
    expect(a.token).toMatch(/^trg_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.token.slice(4), "base64url")).toHaveLength(32);
    expect(a.token).not.toBe(b.token);
    expect(a.summary.prefix).toBe(a.token.slice(0, 10));
    expect(b.summary.scope).toBe("draft");

    const row = getDb().select().from(apiTokens).where(eq(apiTokens.id, a.summary.id)).get()!;
    expect(row.tokenHash).toBe(tokens.hashToken(a.token));
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    // The token itself is nowhere in the database: not in the row, not in the audit log.
    const everything = JSON.stringify([getDb().select().from(apiTokens).all(), getDb().select().from(auditLog).all()]);
    expect(everything).not.toContain(a.token);
    expect(everything).not.toContain(a.token.slice(10));

    // The list never has the hash.
    const list = tokens.listTokens({ actor: publisherA, organisationId: orgA });
    expect(list.map((t) => t.name)).toEqual(expect.arrayContaining(["Beheersysteem", "Tweede systeem"]));
    expect(JSON.stringify(list)).not.toContain(row.tokenHash);
    for (const t of list) expect(t).not.toHaveProperty("tokenHash");

    const logged = getDb().select().from(auditLog).where(eq(auditLog.action, "token.create")).all();
    expect(logged.find((l) => l.detail?.tokenId === a.summary.id)).toMatchObject({
      actorId: "publisher-a",
      actorName: "publisher-a",
      organisationId: orgA,
      detail: { name: "Beheersysteem", prefix: a.summary.prefix, scope: "draft" },
    });
  });

  it("are created and revoked by publishers of the organisation and the system only", () => {
    const input = { organisationId: orgA, name: "Niet toegestaan" };
    expect(code(() => tokens.createToken({ actor: editorA, input }))).toBe("forbidden:forbidden");
    expect(code(() => tokens.createToken({ actor: publisherB, input }))).toBe("forbidden:forbidden");
    expect(code(() => tokens.createToken({ actor: admin, input }))).toBe("forbidden:forbidden");
    expect(code(() => tokens.listTokens({ actor: editorA, organisationId: orgA }))).toBe("forbidden:forbidden");
    const { token, summary } = tokens.createToken({ actor: system, input: { organisationId: orgA, name: "Vanaf de opdrachtregel", scope: "draft" } });
    expect(summary.createdByName).toBe("token:create");
    // A token cannot make tokens either.
    expect(code(() => tokens.createToken({ actor: actorOf(token), input: { organisationId: orgA, name: "Door een token" } }))).toBe(
      "forbidden:forbidden",
    );
    // Someone who may not manage it does not even learn that it exists.
    expect(code(() => tokens.revokeToken({ actor: publisherB, tokenId: summary.id }))).toBe("not_found:tokenNotFound");
    expect(code(() => tokens.revokeToken({ actor: editorA, tokenId: summary.id }))).toBe("not_found:tokenNotFound");
    expect(code(() => tokens.tokenForManager(publisherB, summary.id))).toBe("not_found:tokenNotFound");
    expect(code(() => tokens.revokeToken({ actor: publisherA, tokenId: 999_999 }))).toBe("not_found:tokenNotFound");
    expect(code(() => tokens.createToken({ actor: system, input: { organisationId: 999_999, name: "x" } }))).toBe("not_found:organisationNotFound");
  });

  it("refuse bad input with every field error", () => {
    const e = (() => {
      try {
        tokens.createToken({ actor: publisherA, input: { organisationId: "abc", name: "  ", scope: "publish" } });
      } catch (err) {
        return err as DomainError;
      }
    })()!;
    expect(e.code).toBe("validation");
    expect(Object.keys(e.details!.fields as object).sort()).toEqual(["name", "organisationId", "scope"]);
    expect(code(() => tokens.createToken({ actor: publisherA, input: { organisationId: orgA, name: "a\u0000b" } }))).toBe("validation:validation");
    // A name is unique among the organisation's live tokens.
    tokens.createToken({ actor: publisherA, input: { organisationId: orgA, name: "Dubbel" } });
    expect(code(() => tokens.createToken({ actor: publisherA, input: { organisationId: orgA, name: "Dubbel" } }))).toBe("validation:validation");
    expect(code(() => tokens.createToken({ actor: publisherB, input: { organisationId: orgB, name: "Dubbel" } }))).toBe("ok");
  });

  it("verify by hash: malformed, unknown and revoked tokens are refused; use is noted at most once a minute", () => {
    const { token, summary } = tokens.createToken({ actor: publisherA, input: { organisationId: orgA, name: "Sensorplatform" } });
    expect(tokens.verifyToken("")).toEqual({ ok: false, reason: "malformed" });
    expect(tokens.verifyToken("Bearer " + token)).toEqual({ ok: false, reason: "malformed" });
    expect(tokens.verifyToken(token + "x")).toEqual({ ok: false, reason: "malformed" });
    expect(tokens.verifyToken(`trg_${"A".repeat(43)}`)).toEqual({ ok: false, reason: "unknown" });

    const t0 = Date.parse("2026-03-01T10:00:00Z");
    const check = tokens.verifyToken(token, t0);
    expect(check).toEqual({
      ok: true,
      actor: { kind: "token", tokenId: summary.id, organisationId: orgA, name: "token: Sensorplatform", scope: "draft", createdById: "publisher-a" },
    });
    const lastUsed = () => getDb().select().from(apiTokens).where(eq(apiTokens.id, summary.id)).get()!.lastUsedAt?.getTime();
    expect(lastUsed()).toBe(t0);
    tokens.verifyToken(token, t0 + 30_000);
    expect(lastUsed()).toBe(t0);
    tokens.verifyToken(token, t0 + 61_000);
    expect(lastUsed()).toBe(t0 + 61_000);

    const revoked = tokens.revokeToken({ actor: publisherA, tokenId: summary.id });
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    expect(revoked.revokedByName).toBe("publisher-a");
    expect(tokens.verifyToken(token)).toEqual({ ok: false, reason: "revoked" });
    expect(code(() => tokens.revokeToken({ actor: publisherA, tokenId: summary.id }))).toBe("invalid_state:tokenRevoked");
    const logged = getDb().select().from(auditLog).where(eq(auditLog.action, "token.revoke")).all();
    expect(logged.at(-1)).toMatchObject({ actorName: "publisher-a", organisationId: orgA, detail: { tokenId: summary.id, name: "Sensorplatform" } });
    // A revoked token's name may be used again.
    expect(code(() => tokens.createToken({ actor: publisherA, input: { organisationId: orgA, name: "Sensorplatform" } }))).toBe("ok");
  });

  it("lists live tokens first and only the organisation's own", () => {
    tokens.createToken({ actor: publisherB, input: { organisationId: orgB, name: "Van B" } });
    const listA = tokens.listTokens({ actor: publisherA, organisationId: orgA });
    expect(listA.every((t) => t.organisationId === orgA)).toBe(true);
    const firstRevoked = listA.findIndex((t) => t.revokedAt);
    expect(firstRevoked).toBeGreaterThan(0);
    expect(listA.slice(firstRevoked).every((t) => t.revokedAt)).toBe(true);
    expect(tokens.tokenOrganisations(publisherA).map((o) => o.id)).toEqual([orgA]);
    expect(tokens.tokenOrganisations(editorA)).toEqual([]);
    expect(tokens.tokenOrganisations(admin)).toEqual([]);
  });
});

describe("a token in the entry lifecycle", () => {
  const sensor = demoSensors.find((s) => s.status === "published")!.data;

  it("creates and edits drafts of its own organisation under its own name, and never publishes; its creator is one of the four eyes", () => {
    const { token } = tokens.createToken({ actor: publisherA, input: { organisationId: orgA, name: "Assetbeheer" } });
    const t = actorOf(token);
    const created = entries.createEntry({ actor: t, kind: "sensor", organisationId: orgA, input: sensor, origin: "api" });
    // The official who made the token answers for its drafts: they count as their editor (four eyes).
    expect(created).toMatchObject({ origin: "api", draftUpdatedBy: "token: Assetbeheer", draftEditors: ["publisher-a"] });
    const saved = entries.saveDraft({ actor: t, publicId: created.publicId, input: { ...sensor, name: "Nieuwe naam" }, baseVersion: 1 });
    expect(saved.draftVersion).toBe(2);
    const log = getDb().select().from(auditLog).where(eq(auditLog.entryId, created.id)).all();
    expect(log.map((l) => [l.action, l.actorName, l.actorId, l.detail?.actorTokenId])).toEqual([
      ["entry.create", "token: Assetbeheer", null, t.tokenId],
      ["entry.edit", "token: Assetbeheer", null, t.tokenId],
    ]);

    // Not in another organisation: creating is forbidden, another organisation's drafts are not even found.
    expect(code(() => entries.createEntry({ actor: t, kind: "sensor", organisationId: orgB, input: sensor }))).toBe("forbidden:forbidden");
    const inB = entries.createEntry({ actor: publisherB, kind: "sensor", organisationId: orgB, input: sensor });
    expect(code(() => entries.saveDraft({ actor: t, publicId: inB.publicId, input: sensor, baseVersion: 1 }))).toBe("not_found:not_found");

    // Never publishing: a person submits and another publisher than the token's creator approves.
    expect(code(() => entries.approve({ actor: t, publicId: created.publicId, changeNote: "Door een token" }))).toBe("forbidden:forbidden");
    entries.submitForReview({ actor: editorA, publicId: created.publicId });
    expect(code(() => entries.approve({ actor: t, publicId: created.publicId, changeNote: "Door een token" }))).toBe("forbidden:forbidden");
    expect(code(() => entries.reject({ actor: t, publicId: created.publicId, reason: "Door een token" }))).toBe("forbidden:forbidden");
    const draftVersion = saved.draftVersion;
    expect(code(() => entries.approve({ actor: publisherA, publicId: created.publicId, changeNote: "Eigen token", draftVersion }))).toBe("forbidden:fourEyes");
    const published = entries.approve({ actor: publisherA2, publicId: created.publicId, changeNote: "Aangeleverd door Assetbeheer", draftVersion });
    expect(published.status).toBe("published");
    expect(code(() => entries.archive({ actor: t, publicId: created.publicId, endedOn: "2026-01-01", changeNote: "Weg" }))).toBe(
      "forbidden:forbidden",
    );

    // A token made on the command line answers to nobody in particular: any publisher approves its drafts.
    const cli = actorOf(tokens.createToken({ actor: system, input: { organisationId: orgA, name: "Opdrachtregel" } }).token);
    const fromCli = entries.createEntry({ actor: cli, kind: "sensor", organisationId: orgA, input: sensor, origin: "api" });
    expect(fromCli.draftEditors).toEqual([]);
  });
});
