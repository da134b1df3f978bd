import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import type { Actor } from "@/lib/permissions";
import { sanitizeRichHtml } from "@/lib/html";
import { checkStandardRecord, STANDARD_FIELDS, toStandardRecord } from "@/lib/formats/algoritmeregister-1.0";
import type { Algorithm } from "@/lib/schemas/algorithm";
import { getDb } from "./client";
import { importRecords, parseImportFile, type ImportOptions } from "./import";
import { auditLog, entries, organisations, revisions } from "./schema";
import { searchEntries } from "./search/register";

const operator: Actor = { kind: "system", name: "test-operator (import)" };
const records = JSON.parse(fs.readFileSync("e2e/data/algoritmeregister-1.0.json", "utf8")) as Record<string, unknown>[];
const hostileFile = fs.readFileSync("e2e/data/algoritmeregister-hostile.json", "utf8");
let orgId: number;
const opts = (o: Partial<ImportOptions> = {}): ImportOptions => ({
  actor: operator,
  format: "algoritmeregister-1.0",
  organisationId: orgId,
  fileName: "register.json",
  ...o,
});
const entryCount = () => getDb().select({ n: count() }).from(entries).get()!.n;
const entry = (publicId: string) => getDb().select().from(entries).where(eq(entries.publicId, publicId)).get()!;

/** Equal as the standard means it: text after normalising whitespace, HTML after sanitising; empty is empty. */
function same(a: unknown, b: unknown): boolean {
  const norm = (v: unknown): unknown => {
    if (v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0)) return null;
    if (typeof v === "string") return sanitizeRichHtml(v).replace(/\s+/g, " ").trim();
    if (Array.isArray(v)) return v.map(norm);
    if (typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, norm(x)]));
    return v;
  };
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
}

beforeAll(() => {
  orgId = getDb()
    .insert(organisations)
    .values({ slug: "voorbeeldstad", name: "Gemeente Voorbeeldstad", kind: "municipality", contactEmail: "info@voorbeeldstad.example.nl" })
    .returning()
    .get().id;
});

describe("reading an import file", () => {
  it("takes one record, an array of records, or an object holding an array", () => {
    expect(parseImportFile(JSON.stringify(records[2])).records).toHaveLength(1);
    expect(parseImportFile(JSON.stringify(records)).records).toHaveLength(records.length);
    expect(parseImportFile(JSON.stringify({ meta: { n: 4 }, data: records })).records).toHaveLength(records.length);
    expect(parseImportFile("\uFEFF" + JSON.stringify(records)).format).toBe("algoritmeregister-1.0");
  });

  it("refuses a file that is not JSON, or holds no records, as a whole", () => {
    expect(() => parseImportFile("[{ niet af")).toThrow(/importNotJson/);
    expect(() => parseImportFile("name;status\nScanauto;In gebruik")).toThrow(/importUnknownFormat/);
    expect(() => parseImportFile("[]")).toThrow(/importNoRecords/);
    expect(() => parseImportFile('{"kleur": "rood"}')).toThrow(/importNoRecords/);
    expect(() => parseImportFile('[{"kleur": "rood"}]')).toThrow(/importUnknownFormat/);
  });
});

describe("importing records of the national standard", () => {
  it("a dry run reports what would happen and writes nothing", () => {
    const before = entryCount();
    const results = importRecords(opts({ publish: true, dryRun: true }), records);
    expect(results.map((r) => r.status)).toEqual(["published", "published", "published", "draft"]);
    expect(results.every((r) => r.id === null)).toBe(true);
    expect(entryCount()).toBe(before);
  });

  it("publishes every record that meets the standard's required fields, and keeps the rest as drafts with reasons", () => {
    const results = importRecords(opts({ publish: true }), records);
    expect(results.map((r) => r.status)).toEqual(["published", "published", "published", "draft"]);
    // The fourth lacks status and publication category; its missing contact becomes the organisation's address.
    expect(results[3]!.problems.map((p) => p.field).sort()).toEqual(["publication_category", "status"]);
    expect(results[3]!.warnings).toContainEqual({ field: "contact_email", message: "missing; 'info@voorbeeldstad.example.nl' is used" });
    expect(results[0]!.warnings.map((w) => w.field)).toEqual(["id", "type"]);
    for (const r of results) expect(r.id).toMatch(/^A-[A-Z0-9]{6}$/);

    // The history note and the audit log name the file and the operator.
    const first = entry(results[0]!.id!);
    const revision = getDb().select().from(revisions).where(eq(revisions.entryId, first.id)).get()!;
    expect(revision.changeNote).toContain("register.json");
    expect(revision.changeNote).toContain("test-operator");
    const logged = getDb().select().from(auditLog).where(eq(auditLog.action, "entry.import")).all();
    expect(logged.some((l) => l.entryId === first.id && (l.detail as { file: string }).file === "register.json")).toBe(true);
    expect(first.origin).toBe("import");
    // Not yet assessed, and no contest route: on the to-do list, not a reason to refuse.
    expect(first.todo).toBe(2 | 4);
  });

  it("a second import of the same file creates no duplicates and changes nothing", () => {
    const before = entryCount();
    const results = importRecords(opts({ publish: true }), records);
    expect(results.map((r) => r.status)).toEqual(["unchanged", "unchanged", "unchanged", "unchanged"]);
    expect(entryCount()).toBe(before);
  });

  it("matches by the national id, then the own id, then the name: a changed record is a new version, never a duplicate", () => {
    const before = entryCount();
    const renamed = { ...records[1], name: "Risicoscore bijzondere bijstand (nieuwe naam)", goal: "<p>Nieuw doel.</p>" };
    const [published] = importRecords(opts({ publish: true }), [renamed]);
    expect(published!.status).toBe("published");
    expect(entryCount()).toBe(before);
    const row = entry(published!.id!);
    expect(row.revision).toBe(2);
    expect((row.data as Algorithm).goal).toBe("<p>Nieuw doel.</p>");

    // Without --publish a change becomes a draft of the same entry; the published version stays.
    const [draft] = importRecords(opts(), [{ ...renamed, goal: "<p>Nog een doel.</p>" }]);
    expect(draft!.status).toBe("updated");
    expect(draft!.id).toBe(published!.id);
    expect((entry(draft!.id!).data as Algorithm).goal).toBe("<p>Nieuw doel.</p>");
    expect((entry(draft!.id!).draft as Algorithm).goal).toBe("<p>Nog een doel.</p>");
  });

  it("keeps what the register adds when a record is imported again", () => {
    const [r] = importRecords(opts(), [records[2]]);
    const row = entry(r!.id!);
    const withValues = {
      ...(row.data as Record<string, unknown>),
      values: [{ value: "transparantie", assessment: "serves", explanation: "De gemeente legt uit hoe de scanauto werkt." }],
    };
    getDb().update(entries).set({ data: withValues }).where(eq(entries.id, row.id)).run();
    const [again] = importRecords(opts({ publish: true }), [{ ...records[2], description_short: "Een auto scant kentekens." }]);
    expect(again!.status).toBe("published");
    expect((entry(r!.id!).data as Algorithm).values).toHaveLength(1);
  });

  it("gives back, in the standard's shape, the same value for every field it imported, and passes the standard's rules", () => {
    const results = importRecords(opts({ publish: true }), [records[0], records[2]]);
    const original = [records[0]!, records[2]!];
    results.forEach((r, i) => {
      const row = entry(r.id!);
      const exported = toStandardRecord({
        publicId: row.publicId,
        url: `https://register.example.nl/nl/algorithms/${row.publicId}`,
        organisationName: "Gemeente Voorbeeldstad",
        status: "published",
        endedOn: null,
        firstPublishedAt: row.publishedAt,
        origin: row.origin,
        content: row.data as Algorithm,
      });
      for (const field of STANDARD_FIELDS) {
        if (["organization", "lang", "standard_version"].includes(field)) continue;
        expect(same(exported[field], original[i]![field]), `${field}: ${JSON.stringify(exported[field])}`).toBe(true);
      }
      expect(exported.lang).toBe("nld");
      expect(checkStandardRecord(exported)).toEqual([]);
    });
  });
});

describe("hostile records", () => {
  const results = () => importRecords(opts({ publish: true }), parseImportFile(hostileFile).records);

  it("never store markup, never refuse the whole file, and say per record what is wrong", () => {
    const r = results();
    expect(r.map((x) => x.status)).toEqual(["draft", "rejected", "rejected", "draft", "rejected", "rejected"]);
    const [hostile, longName, nulls, unknown, text, wrongTypes] = r;
    expect(hostile!.problems.map((p) => p.field).sort()).toEqual(["risks", "website"]);
    expect(longName!.problems[0]).toMatchObject({ field: "name" });
    expect(nulls!.problems.map((p) => p.field)).toContain("name");
    expect(unknown!.problems.map((p) => p.field).sort()).toEqual(["category.0", "lang", "publication_category", "standard_version", "status"]);
    expect(text!.problems[0]!.message).toMatch(/JSON object/);
    expect(wrongTypes!.problems.map((p) => p.field)).toContain("name");

    const stored = entry(hostile!.id!).draft as Record<string, string>;
    expect(stored.name).toBe("Vijandig record");
    expect(stored.shortDescription).toBe("Een record vol markup.");
    expect(stored.goal).toBe("<p>Doel</p>onbekendlink");
    expect(JSON.stringify(stored)).not.toMatch(/<script|onclick|onerror|iframe|alert\(2\)|marquee|style=/);
    // The javascript: address is kept in the draft for the official to correct, and keeps it from publication.
    expect(stored.publicPageUrl).toBe("javascript:alert(document.cookie)");
    expect(entry(hostile!.id!).status).toBe("draft");
  });

  it("a search never matches a tag name", () => {
    importRecords(opts({ publish: true }), [
      { ...records[2], name: "Markup in de tekst", lars: "999", goal: "<div><p>Gewone woorden</p><ul><li>lijst</li></ul></div>" },
    ]);
    const hits = searchEntries({ q: "gewone woorden" }).hits;
    expect(hits).toHaveLength(1);
    const indexed = getDb().$client.prepare("SELECT name, summary, body FROM search_index WHERE rowid = ?").get(hits[0]!.id) as Record<string, string>;
    const text = Object.values(indexed).join(" ");
    expect(text).toContain("Gewone woorden");
    expect(text).not.toMatch(/<|>|\b(div|ul|li|p|br)\b/);
    expect(searchEntries({ q: "div" }).hits).toEqual([]);
  });
});
