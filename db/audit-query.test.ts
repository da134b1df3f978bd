import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Actor } from "@/lib/permissions";
import type { DomainError } from "@/lib/errors";

import { getDb } from "./client";
import { accounts, auditLog, sessions } from "./schema";
import * as officials from "./officials";
import { createOrganisation } from "./organisations";
import * as audit from "./audit-query";

const system: Actor = { kind: "system", name: "test" };
let admin: Actor;
const editor: Actor = { kind: "user", id: "nobody", name: "Editor", isAdmin: false, roles: new Map() };
let orgId = 0;

async function failure(fn: () => unknown) {
  try {
    await fn();
  } catch (e) {
    const d = e as DomainError;
    return { code: d.code, key: d.key, fields: (d.details?.fields ?? {}) as Record<string, string[]> };
  }
  throw new Error("expected a failure");
}

beforeAll(async () => {
  getDb();
  const id = await officials.createOfficial({ actor: system, email: "admin@test.example.nl", name: "Ad Min", password: "admin-password-123", isAdmin: true });
  admin = { kind: "user", id, name: "Ad Min", isAdmin: true, roles: new Map() };
  orgId = createOrganisation({
    actor: admin,
    input: { name: "Gemeente Audit", slug: "audit", kind: "municipality", contactEmail: "a@audit.example.nl", allowSelfApproval: false },
  });
});

describe("managing officials (site admin)", () => {
  it("refuses non-admins, also when calling the domain functions directly", async () => {
    expect((await failure(() => officials.addOfficial({ actor: editor, input: { name: "X Y", email: "x@y.nl", password: "long-enough-password" } }))).code).toBe("forbidden");
    expect((await failure(() => officials.setOfficialRole({ actor: editor, userId: admin.kind === "user" ? admin.id : "", organisationId: orgId, role: "editor" }))).code).toBe("forbidden");
    expect((await failure(() => officials.resetOfficialPassword({ actor: editor, userId: "x", input: { generatePassword: true } }))).code).toBe("forbidden");
    expect((await failure(() => audit.queryAudit(editor, {}))).code).toBe("forbidden");
  });

  it("creates officials with a typed or generated password, validating every field", async () => {
    const bad = await failure(() => officials.addOfficial({ actor: admin, input: { name: "", email: "nope", password: "short" } }));
    expect(bad.fields).toEqual({ name: ["tooShort:2"], email: ["email"], password: ["tooShort:12"] });
    const taken = await failure(() => officials.addOfficial({ actor: admin, input: { name: "Again", email: "ADMIN@test.example.nl", password: "long-enough-password" } }));
    expect(taken.fields).toEqual({ email: ["emailTaken"] });

    const typed = await officials.addOfficial({ actor: admin, input: { name: "Re Dacteur", email: "red@test.example.nl", password: "long-enough-password" } });
    expect(typed.generatedPassword).toBeUndefined();
    const generated = await officials.addOfficial({ actor: admin, input: { name: "Ge Neriek", email: "gen@test.example.nl", generatePassword: true, isAdmin: true } });
    expect(generated.generatedPassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(officials.officialById(generated.id)!.isAdmin).toBe(true);
    const { verifyPassword } = await import("better-auth/crypto");
    const hash = getDb().select().from(accounts).where(eq(accounts.userId, generated.id)).get()!.password!;
    expect(await verifyPassword({ hash, password: generated.generatedPassword! })).toBe(true);
  });

  it("sets, changes and removes roles; blocks; resets passwords and ends sessions", async () => {
    const id = officials.listOfficialsForAdmin(admin).find((o) => o.email === "red@test.example.nl")!.id;
    expect((await failure(() => officials.setOfficialRole({ actor: admin, userId: id, organisationId: orgId, role: "boss" }))).fields).toEqual({ role: ["unknownValue"] });
    expect((await failure(() => officials.setOfficialRole({ actor: admin, userId: id, organisationId: 999, role: "editor" }))).code).toBe("not_found");
    officials.setOfficialRole({ actor: admin, userId: id, organisationId: orgId, role: "editor" });
    officials.setOfficialRole({ actor: admin, userId: id, organisationId: orgId, role: "publisher" });
    expect(officials.officialForAdmin(admin, id).memberships).toMatchObject([{ organisationId: orgId, role: "publisher" }]);
    officials.setOfficialRole({ actor: admin, userId: id, organisationId: orgId, role: "none" });
    expect(officials.officialForAdmin(admin, id).memberships).toEqual([]);

    expect((await failure(() => officials.setOfficialBlocked({ actor: admin, userId: admin.kind === "user" ? admin.id : "", blocked: true }))).key).toBe("blockSelf");
    const now = new Date();
    getDb().insert(sessions).values({ id: "s1", token: "t1", userId: id, expiresAt: new Date(Date.now() + 1e6), createdAt: now, updatedAt: now }).run();
    officials.setOfficialBlocked({ actor: admin, userId: id, blocked: true });
    expect(officials.officialById(id)!.disabled).toBe(true);
    expect(getDb().select().from(sessions).where(eq(sessions.userId, id)).all()).toEqual([]);
    officials.setOfficialBlocked({ actor: admin, userId: id, blocked: false });
    expect(officials.officialById(id)!.disabled).toBe(false);

    getDb().insert(sessions).values({ id: "s2", token: "t2", userId: id, expiresAt: new Date(Date.now() + 1e6), createdAt: now, updatedAt: now }).run();
    expect((await failure(() => officials.resetOfficialPassword({ actor: admin, userId: id, input: { password: "kort" } }))).fields).toEqual({ password: ["tooShort:12"] });
    const reset = await officials.resetOfficialPassword({ actor: admin, userId: id, input: { password: "a-brand-new-password" } });
    expect(reset).toEqual({});
    expect(getDb().select().from(sessions).where(eq(sessions.userId, id)).all()).toEqual([]);
    const { verifyPassword } = await import("better-auth/crypto");
    const hash = getDb().select().from(accounts).where(eq(accounts.userId, id)).get()!.password!;
    expect(await verifyPassword({ hash, password: "a-brand-new-password" })).toBe(true);
    expect((await failure(() => officials.resetOfficialPassword({ actor: admin, userId: admin.kind === "user" ? admin.id : "", input: { generatePassword: true } }))).key).toBe("resetOwnPassword");
  });
});

describe("the audit log for admins", () => {
  it("lists newest first with names, and filters by action, organisation, official and dates", () => {
    const all = audit.queryAudit(admin, {});
    expect(all.total).toBe(getDb().select().from(auditLog).all().length);
    expect(all.items[0]!.action).toBe("user.password.reset");
    expect(all.items[0]!.subject?.email).toBe("red@test.example.nl");
    expect(all.items.at(-1)!.action).toBe("user.create");

    const roles = audit.queryAudit(admin, { action: "user.role.set" });
    expect(roles.total).toBe(2);
    expect(roles.items[0]!.organisation?.name).toBe("Gemeente Audit");
    expect(audit.queryAudit(admin, { organisationId: orgId }).items.map((i) => i.action)).toEqual([
      "user.role.remove",
      "user.role.set",
      "user.role.set",
      "organisation.create",
    ]);
    expect(audit.queryAudit(admin, { official: "ad mi" }).total).toBeGreaterThan(5);
    expect(audit.queryAudit(admin, { official: "admin@test" }).total).toBeGreaterThan(5);
    expect(audit.queryAudit(admin, { official: "%" }).total).toBe(0);
    const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });
    expect(audit.queryAudit(admin, { from: today, to: today }).total).toBe(all.total);
    expect(audit.queryAudit(admin, { to: "2000-01-01" }).total).toBe(0);
    expect(audit.queryAudit(admin, {}, 2, 5).items).toHaveLength(5);
    expect(audit.queryAudit(admin, {}, 999, 5).page).toBe(Math.ceil(all.total / 5));
    expect(audit.auditActions(admin)).toContain("organisation.create");
  });

  it("ignores and reports invalid search parameters", () => {
    const p = audit.parseAuditSearch({
      action: "user.create",
      organisation: "abc",
      official: "  jan ",
      from: "2026-02-30",
      to: "2026-01-01",
      page: ["1", "2"],
    });
    expect(p.filter).toEqual({ action: "user.create", official: "jan", to: "2026-01-01" });
    expect(p.page).toBe(1);
    expect(Object.keys(p.invalid).sort()).toEqual(["from", "organisation", "page"]);
    const q = audit.parseAuditSearch({ from: "2026-03-02", to: "2026-03-01", page: "3", action: "<script>" });
    expect(q.invalid).toEqual({ to: ["endBeforeStart"], action: ["invalid"] });
    expect(q.page).toBe(3);
    expect(q.query).toEqual({ from: "2026-03-02", page: "3" });
  });

  it("computes day boundaries in Dutch time, also across a clock change", () => {
    expect(audit.startOfDay("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(audit.startOfDay("2026-07-15").toISOString()).toBe("2026-07-14T22:00:00.000Z");
    expect(audit.startOfDay("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(audit.startOfDay("2026-03-30").toISOString()).toBe("2026-03-29T22:00:00.000Z");
  });
});
