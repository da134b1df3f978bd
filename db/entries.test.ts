import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/permissions";
import type { DomainError } from "@/lib/errors";

import { getDb } from "./client";
import { organisations, revisions, auditLog } from "./schema";
import * as entries from "./entries";
import { demoSensors } from "./demo/sensors";

const sensor = demoSensors.find((s) => s.status === "published")!.data;
let orgA = 0;
let orgB = 0;
const user = (id: string, roles: [number, "editor" | "publisher"][]): Actor => ({
  kind: "user",
  id,
  name: id,
  isAdmin: false,
  roles: new Map(roles),
});
let editorA: Actor, publisherA: Actor, publisherA2: Actor, editorB: Actor;

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as DomainError).code + ":" + (e as DomainError).key;
  }
  return "ok";
};

beforeAll(() => {
  const db = getDb();
  const base = { kind: "municipality", contactEmail: "info@a.example.nl" };
  orgA = db.insert(organisations).values({ ...base, slug: "a", name: "A" }).returning().get().id;
  orgB = db.insert(organisations).values({ ...base, slug: "b", name: "B" }).returning().get().id;
  editorA = user("editor-a", [[orgA, "editor"]]);
  publisherA = user("publisher-a", [[orgA, "publisher"]]);
  publisherA2 = user("publisher-a2", [[orgA, "publisher"]]);
  editorB = user("editor-b", [[orgB, "editor"]]);
});

describe("entry lifecycle", () => {
  it("creates, edits with conflict detection, reviews with four eyes, publishes and archives", () => {
    const created = entries.createEntry({ actor: editorA, kind: "sensor", organisationId: orgA, input: sensor });
    expect(created.status).toBe("draft");
    const id = created.publicId;

    // Another organisation's official can neither edit nor create for A.
    expect(code(() => entries.saveDraft({ actor: editorB, publicId: id, input: sensor, baseVersion: 1 }))).toBe("not_found:not_found");
    expect(code(() => entries.createEntry({ actor: editorB, kind: "sensor", organisationId: orgA, input: sensor }))).toBe(
      "forbidden:forbidden",
    );

    // Two officials start from version 1; the second save is a conflict carrying the first one's draft.
    entries.saveDraft({ actor: editorA, publicId: id, input: { ...sensor, name: "Eerste wijziging" }, baseVersion: 1 });
    try {
      entries.saveDraft({ actor: publisherA, publicId: id, input: { ...sensor, name: "Tweede wijziging" }, baseVersion: 1 });
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).code).toBe("conflict");
      expect(((e as DomainError).details!.current as { name: string }).name).toBe("Eerste wijziging");
    }

    // A draft may be incomplete: saving it is never refused for what is missing…
    const incomplete = entries.saveDraft({
      actor: editorA,
      publicId: id,
      input: { ...sensor, personalData: true, privacyStatementUrl: "" },
      baseVersion: 2,
    });
    expect(incomplete.todo & 1).toBe(1);
    // …but it cannot go to review until it is complete; the refusal lists every missing field and changes nothing.
    try {
      entries.submitForReview({ actor: editorA, publicId: id });
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).code).toBe("validation");
      expect((e as DomainError).key).toBe("incomplete");
      expect(Object.keys((e as DomainError).details!.fields as object)).toContain("privacyStatementUrl");
    }
    // Structure is still checked at draft level: an unknown vocabulary value is refused.
    expect(code(() => entries.saveDraft({ actor: editorA, publicId: id, input: { ...sensor, type: "laser" }, baseVersion: 3 }))).toBe(
      "validation:validation",
    );
    const complete = entries.saveDraft({ actor: editorA, publicId: id, input: sensor, baseVersion: 3 });
    expect(complete.todo).toBe(0);

    entries.submitForReview({ actor: editorA, publicId: id });
    // An editor cannot publish.
    expect(code(() => entries.approve({ actor: editorA, publicId: id, changeNote: "Nieuw" }))).toBe("forbidden:forbidden");
    const published = entries.approve({ actor: publisherA, publicId: id, changeNote: "Nieuw" });
    expect(published.status).toBe("published");
    expect(published.revision).toBe(1);

    // A publisher cannot approve a change they made themselves.
    const v = published.draftVersion;
    entries.saveDraft({ actor: publisherA, publicId: id, input: { ...sensor, name: "Nieuwe naam" }, baseVersion: v });
    entries.submitForReview({ actor: publisherA, publicId: id });
    expect(code(() => entries.approve({ actor: publisherA, publicId: id, changeNote: "Naam" }))).toBe("forbidden:fourEyes");
    const second = entries.approve({ actor: publisherA2, publicId: id, changeNote: "Naam aangepast" });
    expect(second.name).toBe("Nieuwe naam");
    expect(second.revision).toBe(2);

    entries.archive({ actor: publisherA, publicId: id, endedOn: "2026-01-31", changeNote: "Weggehaald" });
    const history = getDb().select().from(revisions).all();
    expect(history.map((r) => r.status)).toEqual(["published", "published", "archived"]);
  });

  it("keeps revisions and the audit log immutable", () => {
    const db = getDb();
    expect(() => db.update(revisions).set({ changeNote: "vervalst" }).run()).toThrow(/immutable/);
    expect(() => db.delete(auditLog).run()).toThrow(/append-only/);
  });

  it("keeps the R*Tree of sensor extents in step through triggers, also after the sensors table was rebuilt", () => {
    const triggers = getDb().$client.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'sensors'").pluck().all();
    expect(triggers.sort()).toEqual(["sensors_rtree_delete", "sensors_rtree_insert", "sensors_rtree_update"]);
  });

  it("rejects unknown CODIO values in the database itself", () => {
    const db = getDb().$client;
    expect(() =>
      db.prepare("INSERT INTO entry_values (entry_id, value, assessment, explanation) VALUES (1, 'bestaat-niet', 'serves', 'x')").run(),
    ).toThrow(/FOREIGN KEY/);
  });
});
