import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/permissions";
import { DomainError } from "@/lib/errors";
import { checkAt } from "@/lib/schemas/check";
import { eq } from "drizzle-orm";
import { getDb } from "./client";
import { getPublicEntry } from "./public";
import { entries as entryRows } from "./schema";
import { seedDemoContent } from "./demo/seed";
import { demoSensors } from "./demo/sensors";
import * as entries from "./entries";
import { linkableEntries, relatedEntries } from "./related";

const system: Actor = { kind: "system", name: "test" };
const sensor = demoSensors.find((s) => s.status === "published")!.data;
/** Organisation ids: the scan car's (Voorbeeldstad) and another one. */
let own = 0;
let other = 0;

/** The field errors on `related` a lifecycle step throws (or "ok"). */
const problems = (fn: () => unknown) => {
  try {
    fn();
    return "ok";
  } catch (e) {
    if (e instanceof DomainError && e.code === "validation") return (e.details?.fields as Record<string, string[]>).related;
    throw e;
  }
};

/** What the public page of an entry lists under "Related entries". */
const names = (kind: "sensor" | "algorithm", id: string) => relatedEntries(getPublicEntry(kind, id)!).map((e) => `${e.publicId} ${e.name}`);

const draft = (related: string[], name: string, organisationId = own) =>
  entries.createEntry({ actor: system, kind: "sensor", organisationId, input: { ...sensor, name, related } }).publicId;

/** A published entry edited, submitted and published again. */
function republish(publicId: string, input: Record<string, unknown>) {
  const { draftVersion } = getDb().select({ draftVersion: entryRows.draftVersion }).from(entryRows).where(eq(entryRows.publicId, publicId)).get()!;
  entries.saveDraft({ actor: system, publicId, input, baseVersion: draftVersion });
  entries.submitForReview({ actor: system, publicId });
  entries.approve({ actor: system, publicId, changeNote: "Gekoppeld." });
}

/** A new sensor naming `related`, submitted and published. */
function publishSensor(related: string[], name: string, organisationId = own) {
  const publicId = draft(related, name, organisationId);
  entries.submitForReview({ actor: system, publicId });
  entries.approve({ actor: system, publicId, changeNote: "Eerste publicatie." });
  return publicId;
}

beforeAll(() => {
  const orgs = seedDemoContent();
  own = orgs.get("voorbeeldstad")!;
  other = [...orgs.entries()].find(([slug]) => slug !== "voorbeeldstad")![1];
});

describe("related entries: the field", () => {
  it("takes public ids in any case with spaces around them, at every level", () => {
    for (const level of ["draft", "standard", "full"] as const) {
      const checked = checkAt("sensor", { ...sensor, related: [" s-vc7e2g ", "A-PK4R7M"] }, level);
      expect(checked.ok && checked.data.related).toEqual(["S-VC7E2G", "A-PK4R7M"]);
    }
    const none = checkAt("sensor", sensor, "full");
    expect(none.ok && none.data.related).toEqual([]);
  });

  it("says what is wrong on the field itself: not an id, a duplicate, too many", () => {
    const fields = (related: unknown) => {
      const c = checkAt("algorithm", { name: "X", related }, "draft");
      return c.ok ? null : c.fields.related;
    };
    expect(fields(["https://example.nl/x"])).toEqual(["publicId"]);
    expect(fields(["S-VC7E2G", "s-vc7e2g"])).toEqual(["duplicateRelated:S-VC7E2G"]);
    expect(fields(Array.from({ length: 11 }, (_, i) => `S-VC7E2${"ABCDEFGHJKM"[i]}`))).toEqual(["tooMany:10"]);
  });
});

describe("related entries: the register", () => {
  it("shows the demo's scan car and parking algorithm on each other's pages", () => {
    expect(names("algorithm", "A-PK4R7M")).toEqual(["S-VC7E2G Parkeerscanauto route binnenstad"]);
    expect(names("sensor", "S-VC7E2G")).toEqual(["A-PK4R7M Parkeercontrole met de scanauto"]);
  });

  it("links entries of the own organisation in any state and published entries of others, never the entry itself", () => {
    const ownDraft = draft([], "Eigen concept");
    const otherDraft = draft([], "Concept van een ander", other);
    const otherPublished = publishSensor([], "Gepubliceerd bij een ander", other);
    const publicId = draft(["S-ZZZZZZ", otherDraft, ownDraft, otherPublished, "A-PK4R7M"], "Koppelt");
    // Another organisation's draft gets the same answer as an id that does not exist: it does not leak.
    expect(problems(() => entries.submitForReview({ actor: system, publicId }))).toEqual([`relatedUnknown:S-ZZZZZZ`, `relatedUnknown:${otherDraft}`]);
    entries.saveDraft({ actor: system, publicId, input: { ...sensor, name: "Koppelt", related: [publicId, ownDraft] }, baseVersion: 1 });
    expect(problems(() => entries.submitForReview({ actor: system, publicId }))).toEqual(["relatedSelf"]);
    entries.saveDraft({ actor: system, publicId, input: { ...sensor, name: "Koppelt", related: [ownDraft, otherPublished, "A-PK4R7M"] }, baseVersion: 2 });
    expect(problems(() => entries.submitForReview({ actor: system, publicId }))).toBe("ok");
    entries.approve({ actor: system, publicId, changeNote: "Eerste publicatie." });
    // The own draft is not shown until it is published; the other organisation's entry links back.
    expect(names("sensor", publicId)).toEqual([`${otherPublished} Gepubliceerd bij een ander`, "A-PK4R7M Parkeercontrole met de scanauto"]);
    expect(names("sensor", otherPublished)).toEqual([`${publicId} Koppelt`]);

    // The form lists the own organisation's entries (drafts too), not the other's, nor the entry being edited.
    const listed = linkableEntries([own], publicId).map((e) => e.publicId);
    expect(listed).toEqual(expect.arrayContaining([ownDraft, "A-PK4R7M", "S-VC7E2G"]));
    expect(listed).not.toContain(publicId);
    expect(listed).not.toContain(otherDraft);
    expect(listed).not.toContain(otherPublished);
  });

  it("lists each entry once when both name each other, and hides drafts and archived entries", () => {
    const first = publishSensor(["A-PK4R7M", "S-VC7E2G"], "Eerste gekoppelde sensor");
    expect(names("sensor", first)).toEqual(["A-PK4R7M Parkeercontrole met de scanauto", "S-VC7E2G Parkeerscanauto route binnenstad"]);
    expect(names("algorithm", "A-PK4R7M")).toContain(`${first} Eerste gekoppelde sensor`);
    // Named both ways (the second names the first, then the first the second): listed once on each page.
    const second = publishSensor([first], "Tweede gekoppelde sensor");
    republish(first, { ...sensor, name: "Eerste gekoppelde sensor", related: ["A-PK4R7M", "S-VC7E2G", second] });
    expect(names("sensor", first)).toEqual(["A-PK4R7M Parkeercontrole met de scanauto", "S-VC7E2G Parkeerscanauto route binnenstad", `${second} Tweede gekoppelde sensor`]);
    expect(names("sensor", second)).toEqual([`${first} Eerste gekoppelde sensor`]);

    // A new draft that names the scan car is not shown.
    draft(["S-VC7E2G"], "Concept dat de scanauto noemt");
    expect(names("sensor", "S-VC7E2G").join()).not.toContain("Concept");

    // Archived (no longer in use): gone from the pages of the entries it named and that named it.
    const published = getPublicEntry("sensor", first)!;
    entries.archive({ actor: system, publicId: first, endedOn: "2026-01-31", changeNote: "Weggehaald.", revision: published.revision });
    expect(names("algorithm", "A-PK4R7M")).not.toContain(`${first} Eerste gekoppelde sensor`);
    expect(names("sensor", second)).toEqual([]);
  });
});
