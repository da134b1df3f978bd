import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/permissions";
import type { DomainError } from "@/lib/errors";

import { getDb } from "./client";
import { eq } from "drizzle-orm";
import { entries as entriesTable, organisations, revisions, auditLog } from "./schema";
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
    const seen = complete.draftVersion;
    expect(code(() => entries.approve({ actor: editorA, publicId: id, changeNote: "Nieuw", draftVersion: seen }))).toBe("forbidden:forbidden");
    const published = entries.approve({ actor: publisherA, publicId: id, changeNote: "Nieuw", draftVersion: seen });
    expect(published.status).toBe("published");
    expect(published.revision).toBe(1);

    // A publisher cannot approve a change they made themselves.
    const v = published.draftVersion;
    const renamed = entries.saveDraft({ actor: publisherA, publicId: id, input: { ...sensor, name: "Nieuwe naam" }, baseVersion: v });
    entries.submitForReview({ actor: publisherA, publicId: id });
    const draftVersion = renamed.draftVersion;
    expect(code(() => entries.approve({ actor: publisherA, publicId: id, changeNote: "Naam", draftVersion }))).toBe("forbidden:fourEyes");
    const second = entries.approve({ actor: publisherA2, publicId: id, changeNote: "Naam aangepast", draftVersion });
    expect(second.name).toBe("Nieuwe naam");
    expect(second.revision).toBe(2);

    entries.archive({
      actor: publisherA,
      publicId: id,
      endedOn: "2026-01-31",
      changeNote: "Weggehaald",
      revision: second.revision,
      draftVersion: second.draftVersion,
    });
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

/** What an entry looks like in the database, to show that a refused step changed nothing. */
const snapshot = (publicId: string) => ({
  entry: getDb().select().from(entriesTable).where(eq(entriesTable.publicId, publicId)).get(),
  revisions: getDb().select().from(revisions).all().length,
  audit: getDb().select().from(auditLog).all().length,
});

describe("every workflow step acts on the version the official saw", () => {
  /** A sensor in review, as a publisher opens it: returns its id and the draft version on their screen. */
  const inReview = (name: string) => {
    const created = entries.createEntry({ actor: editorA, kind: "sensor", organisationId: orgA, input: { ...sensor, name } });
    entries.submitForReview({ actor: editorA, publicId: created.publicId });
    return { id: created.publicId, opened: created.draftVersion };
  };
  /** The editor takes the draft back and changes it while the publisher still looks at the old version. */
  const changeBehindTheirBack = (id: string, version: number) => {
    const changed = entries.saveDraft({ actor: editorA, publicId: id, input: { ...sensor, name: "Stiekem gewijzigd" }, baseVersion: version });
    entries.submitForReview({ actor: editorA, publicId: id });
    return changed.draftVersion;
  };

  it("refuses to approve a draft that changed after the publisher opened it, and changes nothing", () => {
    const { id, opened } = inReview("Versietest goedkeuren");
    const now = changeBehindTheirBack(id, opened);
    const before = snapshot(id);
    expect(code(() => entries.approve({ actor: publisherA, publicId: id, changeNote: "Gezien", draftVersion: opened }))).toBe("conflict:changedSinceOpened");
    expect(snapshot(id)).toEqual(before);
    // A person always says what they saw: without a version the approval is refused as well.
    expect(code(() => entries.approve({ actor: publisherA, publicId: id, changeNote: "Gezien" }))).toBe("conflict:changedSinceOpened");
    expect(code(() => entries.approve({ actor: publisherA, publicId: id, changeNote: "Gezien", draftVersion: NaN }))).toBe("conflict:changedSinceOpened");
    // Having looked at the new version, the publisher approves it.
    expect(entries.approve({ actor: publisherA, publicId: id, changeNote: "Gezien", draftVersion: now }).name).toBe("Stiekem gewijzigd");
  });

  it("refuses to send back or discard a version the official did not see", () => {
    const { id, opened } = inReview("Versietest terugsturen");
    const now = changeBehindTheirBack(id, opened);
    const before = snapshot(id);
    expect(code(() => entries.reject({ actor: publisherA, publicId: id, reason: "Niet goed", draftVersion: opened }))).toBe("conflict:changedSinceOpened");
    expect(code(() => entries.discardDraft({ actor: editorA, publicId: id, draftVersion: opened }))).toBe("conflict:changedSinceOpened");
    expect(code(() => entries.discardDraft({ actor: editorA, publicId: id }))).toBe("conflict:changedSinceOpened");
    expect(snapshot(id)).toEqual(before);
    entries.reject({ actor: publisherA, publicId: id, reason: "Niet goed", draftVersion: now });
    expect(entries.discardDraft({ actor: editorA, publicId: id, draftVersion: now })).toBe(true);
  });

  it("refuses to archive when the published revision or the pending draft changed since, and keeps the draft", () => {
    const { id, opened } = inReview("Versietest archiveren");
    const published = entries.approve({ actor: publisherA, publicId: id, changeNote: "Eerste", draftVersion: opened });
    const seen = { revision: published.revision, draftVersion: published.draftVersion };
    const archiveWith = (s: { revision?: number; draftVersion?: number }) => () =>
      entries.archive({ actor: publisherA, publicId: id, endedOn: "2026-02-01", changeNote: "Weg", ...s });
    // Someone starts a new version after the publisher opened the page: archiving would end it unseen.
    entries.saveDraft({ actor: editorA, publicId: id, input: { ...sensor, name: "Nieuwe versie" }, baseVersion: seen.draftVersion });
    let before = snapshot(id);
    expect(code(archiveWith(seen))).toBe("conflict:changedSinceOpened");
    expect(code(archiveWith({ revision: seen.revision }))).toBe("conflict:changedSinceOpened");
    expect(snapshot(id)).toEqual(before);
    expect(before.entry!.draft).not.toBeNull();
    // The new version is published by another publisher: the revision on the first one's screen is old.
    const current = snapshot(id).entry!;
    entries.submitForReview({ actor: editorA, publicId: id });
    const second = entries.approve({ actor: publisherA2, publicId: id, changeNote: "Tweede", draftVersion: current.draftVersion });
    before = snapshot(id);
    expect(code(archiveWith({ revision: seen.revision, draftVersion: second.draftVersion }))).toBe("conflict:changedSinceOpened");
    expect(snapshot(id)).toEqual(before);
    archiveWith({ revision: second.revision, draftVersion: second.draftVersion })();
    expect(snapshot(id).entry!.status).toBe("archived");
  });

  it("lets the system (command-line import, demo data) act without versions, as it acts on what it just read", () => {
    const system: Actor = { kind: "system", name: "import" };
    const { id } = inReview("Versietest systeem");
    expect(entries.approve({ actor: system, publicId: id, changeNote: "Import" }).status).toBe("published");
    entries.archive({ actor: system, publicId: id, endedOn: "2026-03-01", changeNote: "Import" });
  });

  it("counts submitting as working on the change: who submitted another's draft cannot approve it", () => {
    const created = entries.createEntry({ actor: editorA, kind: "sensor", organisationId: orgA, input: { ...sensor, name: "Ingediend door de publicist" } });
    entries.submitForReview({ actor: publisherA, publicId: created.publicId });
    const v = created.draftVersion;
    expect(code(() => entries.approve({ actor: publisherA, publicId: created.publicId, changeNote: "Goed", draftVersion: v }))).toBe("forbidden:fourEyes");
    expect(entries.approve({ actor: publisherA2, publicId: created.publicId, changeNote: "Goed", draftVersion: v }).status).toBe("published");
  });
});
