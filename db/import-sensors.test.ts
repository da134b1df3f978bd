import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Actor } from "@/lib/permissions";
import type { Sensor } from "@/lib/schemas/sensor";
import { getDb } from "./client";
import { seedDemoContent } from "./demo/seed";
import { importRecords, parseImportFile, type ImportOptions } from "./import";
import { entries, organisations } from "./schema";
import { publicEntriesByIds } from "./public";
import { sensorFeature } from "./sensors";

const operator: Actor = { kind: "system", name: "test (import)" };
let orgIds: Map<string, number>;
const entry = (publicId: string) => getDb().select().from(entries).where(eq(entries.publicId, publicId)).get()!;
const options = (organisationId: number, format: string, o: Partial<ImportOptions> = {}): ImportOptions => ({
  actor: operator,
  format,
  organisationId,
  fileName: "sensors.json",
  publish: true,
  ...o,
});

beforeAll(() => {
  orgIds = seedDemoContent(["sensor"]);
  getDb()
    .insert(organisations)
    .values({ slug: "andere-gemeente", name: "Gemeente Anderstad", kind: "municipality", contactEmail: "info@anderstad.example.nl" })
    .run();
});

describe("Amsterdam's sensor register (devices)", () => {
  const file = fs.readFileSync("e2e/data/amsterdam-devices.json", "utf8");

  it("is recognised in the API's paged answer", () => {
    const parsed = parseImportFile(file);
    expect(parsed.format).toBe("amsterdam-device");
    expect(parsed.records).toHaveLength(5);
  });

  it("imports what the register asks, publishes what is complete, never a person's details", () => {
    const { format, records } = parseImportFile(file);
    const results = importRecords(options(orgIds.get("voorbeeldstad")!, format), records);
    expect(results.map((r) => r.status)).toEqual(["published", "published", "draft", "draft", "rejected"]);
    const [camera, water, noise, advert, bad] = results;

    const cam = entry(camera!.id!).data as Sensor;
    expect(cam).toMatchObject({
      name: "Camera VBS-0001",
      ownerReference: "VBS-0001",
      type: "camera",
      themes: ["mobiliteit/fiets", "veiligheid"],
      measures: "Camera",
      purpose: "Drukte in de fietsenstalling meten",
      personalData: true,
      legalGround: "public_task",
      privacyStatementUrl: "https://www.voorbeeldstad.example.nl/privacy/fietsenstalling",
      activeUntil: "2030-12-31",
      geometry: { type: "Point", coordinates: [5.1214, 52.0907] },
    });
    // Not yet assessed, no collective interest: published all the same (it meets what a sensor register asks).
    expect(entry(camera!.id!).todo).toBe(2);
    expect(JSON.stringify(entry(camera!.id!).data)).not.toMatch(/Ersoon|06123456789|p\.ersoon/);
    expect(camera!.warnings.map((w) => w.field)).toEqual(expect.arrayContaining(["name", "owner"]));
    expect((entry(water!.id!).data as Sensor).activeUntil).toBe("2050-01-01");

    // Only an area, no position: a draft until someone draws it.
    expect(noise!.problems.map((p) => p.field)).toContain("location");
    expect((entry(noise!.id!).draft as Sensor).locationDescription).toBe("Gebied: Stadsdeel Centrum");
    expect((entry(noise!.id!).draft as Sensor).mobility).toBe("mobile");
    // "Overig" theme and a legal ground that is none of GDPR article 6's.
    expect(advert!.problems.map((p) => p.field).sort()).toEqual(["observation_goals.legal_ground", "themes"]);
    expect(advert!.warnings.map((w) => w.field)).toEqual(expect.arrayContaining(["organization", "themes.0", "type"]));
    expect((entry(advert!.id!).draft as Sensor).privacyStatementUrl).toBe("https://www.bedrijf.example.nl/privacy");
    // An unknown type and theme, an impossible latitude, a date that is none: not imported, every reason named.
    expect(bad!.problems.map((p) => p.field)).toEqual(expect.arrayContaining(["type", "themes.0", "active_until"]));
  });

  it("a second import of the same file changes nothing and keeps an official's better name", () => {
    const { format, records } = parseImportFile(file);
    const first = importRecords(options(orgIds.get("voorbeeldstad")!, format, { dryRun: true }), records);
    expect(first.slice(0, 4).map((r) => r.status)).toEqual(["unchanged", "unchanged", "unchanged", "unchanged"]);
  });
});

describe("this register's GeoJSON", () => {
  it("export → import into another organisation → export gives the same sensors", () => {
    const source = orgIds.get("voorbeeldstad")!;
    const ids = getDb()
      .select({ id: entries.id })
      .from(entries)
      .where(eq(entries.organisationId, source))
      .all()
      .map((r) => r.id);
    const before = publicEntriesByIds<Sensor>("sensor", ids).map(sensorFeature);
    expect(before.length).toBeGreaterThan(10);
    const file = JSON.stringify({ type: "FeatureCollection", features: before });
    const parsed = parseImportFile(file);
    expect(parsed.format).toBe("geojson");
    const target = getDb().select().from(organisations).where(eq(organisations.slug, "andere-gemeente")).get()!.id;
    const results = importRecords(options(target, parsed.format), parsed.records);
    expect(results.filter((r) => r.status !== "published")).toEqual([]);
    const after = publicEntriesByIds<Sensor>("sensor", results.map((r) => entry(r.id!).id)).map(sensorFeature);
    // What belongs to the entry in this register (id, page, organisation, version) differs; the sensor does not.
    const registerFields = ["id", "url", "organisation", "revision", "publishedAt"];
    const strip = (f: (typeof before)[number]) => ({
      geometry: f.geometry,
      properties: Object.fromEntries(Object.entries(f.properties).filter(([k]) => !registerFields.includes(k))),
    });
    expect(after.map(strip)).toEqual(before.map(strip));
    // And again: nothing changes.
    expect(importRecords(options(target, parsed.format), parsed.records).every((r) => r.status === "unchanged")).toBe(true);
  });
});

describe("this register's CSV", () => {
  it("export → import into another organisation → export gives the same sensors, also after a spreadsheet saved it with semicolons", async () => {
    const { csvDocument } = await import("@/lib/formats/csv");
    const { publicEntryBatches } = await import("./export");
    const source = orgIds.get("voorbeeldstad")!;
    const doc = (kind: "sensor", org: number) =>
      [...csvDocument(kind, [...publicEntryBatches(kind)].map((b) => b.filter((e) => e.organisation.slug === (org === source ? "voorbeeldstad" : "csv-gemeente"))))].join("");
    const target = getDb()
      .insert(organisations)
      .values({ slug: "csv-gemeente", name: "Gemeente Csvstad", kind: "municipality", contactEmail: "info@csvstad.example.nl" })
      .returning()
      .get().id;
    const before = doc("sensor", source);
    const parsed = parseImportFile(before);
    expect(parsed.format).toBe("csv-sensors");
    const results = importRecords(options(target, parsed.format, { fileName: "sensors.csv" }), parsed.records);
    expect(results.filter((r) => r.status !== "published")).toEqual([]);
    // The same cells but for what belongs to the entry in this register (id, URL, organisation, version, time).
    const { parse } = await import("csv-parse/sync");
    const registerColumns = ["id", "url", "organisation", "organisationName", "revision", "publishedAt"];
    const rows = (csv: string) =>
      (parse(csv, { columns: true, bom: true }) as Record<string, string>[]).map((r) =>
        Object.fromEntries(Object.entries(r).filter(([k]) => !registerColumns.includes(k))),
      );
    expect(rows(doc("sensor", target))).toEqual(rows(before));
    // A spreadsheet saved it again with semicolons: still recognised, and nothing changes.
    const semicolons = (parse(before, { bom: true }) as string[][]).map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(";")).join("\r\n");
    const again = parseImportFile(semicolons);
    expect(again.format).toBe("csv-sensors");
    expect(importRecords(options(target, again.format), again.records).every((r) => r.status === "unchanged")).toBe(true);
  });
});
