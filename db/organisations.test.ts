import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/permissions";
import type { DomainError } from "@/lib/errors";

import { getDb } from "./client";
import { auditLog, organisations } from "./schema";
import * as orgs from "./organisations";

const admin: Actor = { kind: "user", id: "admin", name: "Admin", isAdmin: true, roles: new Map() };
const editor: Actor = { kind: "user", id: "editor", name: "Editor", isAdmin: false, roles: new Map() };
const valid = {
  name: "Gemeente Testdorp",
  slug: "testdorp",
  kind: "municipality",
  tooiId: "",
  contactEmail: "register@testdorp.example.nl",
  website: "https://www.testdorp.example.nl",
  objectionUrl: "",
  objectionAddress: "",
  allowSelfApproval: false,
};

const failure = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    const d = e as DomainError;
    return { code: d.code, key: d.key, fields: (d.details?.fields ?? {}) as Record<string, string[]> };
  }
  throw new Error("expected a failure");
};

beforeAll(() => getDb());

describe("organisations (site admin)", () => {
  it("refuses officials who are not site admins", () => {
    expect(failure(() => orgs.createOrganisation({ actor: editor, input: valid })).code).toBe("forbidden");
    expect(failure(() => orgs.listOrganisations(editor)).code).toBe("forbidden");
    expect(failure(() => orgs.updateOrganisation({ actor: editor, id: 1, input: valid })).code).toBe("forbidden");
  });

  it("validates every field at once and refuses a duplicate slug", () => {
    const bad = failure(() =>
      orgs.createOrganisation({ actor: admin, input: { ...valid, name: "", slug: "Fout Slug", contactEmail: "x", website: "ftp://a" } }),
    );
    expect(bad.code).toBe("validation");
    expect(Object.keys(bad.fields).sort()).toEqual(["contactEmail", "name", "slug", "website"]);
    expect(bad.fields.slug).toEqual(["slug"]);

    const id = orgs.createOrganisation({ actor: admin, input: valid });
    expect(id).toBeGreaterThan(0);
    expect(failure(() => orgs.createOrganisation({ actor: admin, input: { ...valid, name: "Ander" } })).fields.slug).toEqual(["slugTaken"]);
  });

  it("lists with entry counts, updates, and audits both", () => {
    const id = orgs.createOrganisation({ actor: admin, input: { ...valid, slug: "tweede", name: "Tweede" } });
    orgs.updateOrganisation({ actor: admin, id, input: { ...valid, slug: "tweede", name: "Tweede", allowSelfApproval: true, objectionAddress: "Postbus 1" } });
    const row = getDb().select().from(organisations).all().find((o) => o.id === id)!;
    expect(row.allowSelfApproval).toBe(true);
    expect(row.objectionAddress).toBe("Postbus 1");
    expect(row.tooiId).toBeNull();
    const list = orgs.listOrganisations(admin);
    expect(list.map((o) => o.slug)).toEqual(["testdorp", "tweede"]);
    expect(list[0]!.entryCount).toBe(0);
    // Taking another organisation's slug is refused.
    expect(failure(() => orgs.updateOrganisation({ actor: admin, id, input: valid })).fields.slug).toEqual(["slugTaken"]);
    expect(failure(() => orgs.updateOrganisation({ actor: admin, id: 9999, input: valid })).code).toBe("not_found");

    const log = getDb().select().from(auditLog).all().filter((a) => a.organisationId === id);
    expect(log.map((a) => a.action)).toEqual(["organisation.create", "organisation.update"]);
    expect(log[1]!.detail).toMatchObject({
      changes: { allowSelfApproval: { from: false, to: true }, objectionAddress: { from: null, to: "Postbus 1" } },
    });
    expect(Object.keys((log[1]!.detail as { changes: object }).changes).sort()).toEqual(["allowSelfApproval", "objectionAddress"]);
  });
});
