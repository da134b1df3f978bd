import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { demoAlgorithms } from "@/db/demo/algorithms";
import { demoSensors } from "@/db/demo/sensors";
import { contentSchema } from "@/lib/schemas";
import { algorithmSchemaAt } from "@/lib/schemas/algorithm";
import { sensorSchemaAt } from "@/lib/schemas/sensor";
import type { EntryKind } from "@/lib/vocab";
import en from "@/messages/en.json";
import nl from "@/messages/nl.json";
import { BOM, csvColumns, csvDocument, csvHeader, fromCsvRow, toCsvRow, type CsvEntry } from "./csv";

const kinds: EntryKind[] = ["sensor", "algorithm"];
const demos = { sensor: demoSensors, algorithm: demoAlgorithms } as Record<EntryKind, { publicId: string; organisation: string; data: unknown }[]>;

/** A demo entry as the export sees it: its content as stored (parsed at the standard level). */
const entryOf = (kind: EntryKind, d: { publicId: string; organisation: string; data: unknown }, i: number): CsvEntry => ({
  publicId: d.publicId,
  url: `https://register.example.nl/nl/${kind}s/${d.publicId}`,
  organisation: { slug: d.organisation, name: `Organisatie ${d.organisation}` },
  status: i % 5 === 4 ? "archived" : "published",
  revision: 1 + (i % 3),
  publishedAt: new Date(Date.UTC(2026, 0, 1 + i)),
  endedOn: i % 5 === 4 ? "2026-06-30" : null,
  data: contentSchema(kind, "standard").parse(d.data) as Record<string, unknown>,
});

/** The whole document as one string, read back as csv-parse reads it: one object per row, by header. */
const roundTrip = (kind: EntryKind, rows: CsvEntry[]) => {
  const text = [...csvDocument(kind, [rows.slice(0, 3), [], rows.slice(3)])].join("");
  return { text, records: parse(text, { bom: true, columns: true }) as Record<string, string>[] };
};

/** The values panel has no order; everything else must come back exactly. */
const comparable = (content: Record<string, unknown>) => ({
  ...content,
  values: [...((content.values as { value: string }[]) ?? [])].sort((a, b) => a.value.localeCompare(b.value)),
});

function lookup(obj: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), obj);
}

describe("the CSV columns", () => {
  it("start with the entry, then every content field of the schema in its order; sensors add the anchor point", () => {
    const shapes = { sensor: sensorSchemaAt("standard").shape, algorithm: algorithmSchemaAt("standard").shape };
    for (const kind of kinds) {
      const header = csvHeader(kind);
      expect(new Set(header).size, kind).toBe(header.length);
      expect(header.slice(0, 8)).toEqual(["id", "url", "organisation", "organisationName", "registerStatus", "revision", "publishedAt", "endedOn"]);
      expect(csvColumns(kind).filter((c) => c.source === "content").map((c) => c.name)).toEqual(Object.keys(shapes[kind]));
    }
    expect(csvHeader("sensor")).toEqual(expect.arrayContaining(["geometry", "longitude", "latitude"]));
    expect(csvHeader("sensor").indexOf("longitude")).toBe(csvHeader("sensor").indexOf("geometry") + 1);
    expect(csvHeader("algorithm")).not.toContain("longitude");
  });

  it("each have a meaning and a form in both languages (the open-data page's field tables)", () => {
    for (const kind of kinds)
      for (const c of csvColumns(kind))
        for (const messages of [nl, en]) {
          const meaning = c.source === "content" ? `fields.${kind}.${c.name}` : `openData.columns.${c.name}`;
          expect(typeof lookup(messages, meaning), meaning).toBe("string");
          expect(typeof lookup(messages, `openData.formats.${c.format}`), c.format).toBe("string");
        }
  });
});

describe("CSV rows, out and in", () => {
  it.each(kinds)("read back every field of every demo %s from the file they are written to", (kind) => {
    const rows = demos[kind].map((d, i) => entryOf(kind, d, i));
    const { text, records } = roundTrip(kind, rows);
    expect(text.startsWith(BOM)).toBe(true);
    expect(records).toHaveLength(rows.length);
    records.forEach((record, i) => {
      const back = fromCsvRow(kind, record);
      expect(back.problems, rows[i]!.publicId).toEqual([]);
      expect(back.publicId).toBe(rows[i]!.publicId);
      const content = contentSchema(kind, "standard").parse(back.content) as Record<string, unknown>;
      expect(comparable(content), rows[i]!.publicId).toEqual(comparable(rows[i]!.data));
      // And written again, the same row.
      expect(toCsvRow(kind, { ...rows[i]!, data: content })).toEqual(toCsvRow(kind, rows[i]!));
    });
  });

  it("write what a spreadsheet user reads: codes as a; b, JSON, true/false, ISO times, the anchor point", () => {
    const sensor = entryOf("sensor", demoSensors[0]!, 0);
    const row = Object.fromEntries(csvHeader("sensor").map((h, i) => [h, toCsvRow("sensor", sensor)[i]]));
    expect(row.id).toBe(sensor.publicId);
    expect(row.url).toBe(sensor.url);
    expect(row.registerStatus).toBe("published");
    expect(row.publishedAt).toBe("2026-01-01T00:00:00.000Z");
    expect(row.personalData).toMatch(/^(true|false)$/);
    expect(JSON.parse(row.geometry!)).toEqual(sensor.data.geometry);
    expect(Number(row.longitude)).toBeGreaterThan(3);
    expect(Number(row.latitude)).toBeGreaterThan(50);
    const withThemes = { ...sensor, data: { ...sensor.data, themes: ["mobiliteit/parkeren", "milieu/lucht"] } };
    expect(toCsvRow("sensor", withThemes)[csvHeader("sensor").indexOf("themes")]).toBe("mobiliteit/parkeren; milieu/lucht");
  });

  it("quote line breaks, commas and quotes as RFC 4180 asks, with CRLF between records", () => {
    const sensor = entryOf("sensor", demoSensors[0]!, 0);
    const data = { ...sensor.data, measures: 'Regel één, "twee"\nen drie', purpose: "Met \r\n Windows-regels" };
    const { text, records } = roundTrip("sensor", [{ ...sensor, data }]);
    expect(text).toContain('"Regel één, ""twee""\nen drie"');
    expect(text.indexOf("\r\n")).toBe(BOM.length + csvHeader("sensor").join(",").length);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text).toContain('"Met \r\n Windows-regels"');
    expect(records[0]!.measures).toBe(data.measures);
    expect(records[0]!.purpose).toBe(data.purpose);
  });

  it("keep a spreadsheet from running text as a formula, and take the apostrophe off again on the way in", () => {
    const sensor = entryOf("sensor", demoSensors[0]!, 0);
    const at = (name: string) => csvHeader("sensor").indexOf(name);
    for (const text of ["=HYPERLINK(\"https://example.org\")", "+31 30 123", "-- twee streepjes", "@SUM(A1)", "'=al een apostrof", "'s-Hertogenbosch", "gewoon"]) {
      const row = toCsvRow("sensor", { ...sensor, data: { ...sensor.data, operator: text } });
      const cell = row[at("operator")]!;
      expect(/^[=+\-@]/.test(cell), cell).toBe(false);
      const record = Object.fromEntries(csvHeader("sensor").map((h, i) => [h, row[i]!]));
      expect(fromCsvRow("sensor", record).content.operator).toBe(text);
    }
    // The longitude of a place west of Greenwich is a number, not text: no apostrophe.
    const west = { ...sensor, data: { ...sensor.data, geometry: { type: "Point", coordinates: [-0.1, 51.5] } } };
    expect(toCsvRow("sensor", west)[at("longitude")]).toBe("-0.1");
  });

  it("name what cannot be read and never throw on hostile records", () => {
    const read = fromCsvRow("sensor", {
      id: "S-ABCDEF",
      name: "Teller",
      geometry: "{not json",
      personalData: "ja",
      themes: " mobiliteit ;; milieu/lucht ; ",
      values: "",
      colour: "red",
      longitude: "999",
    });
    expect(read.problems.map((p) => p.column).sort()).toEqual(["geometry", "personalData"]);
    expect(read.content).toEqual({ name: "Teller", themes: ["mobiliteit", "milieu/lucht"] });
    expect(fromCsvRow("algorithm", { selfLearning: "TRUE" }).content).toEqual({ selfLearning: true });
    const hostile = JSON.parse('{"__proto__": "x", "constructor": "y", "name": "z"}') as Record<string, unknown>;
    expect(fromCsvRow("algorithm", hostile).content).toEqual({ name: "z" });
    expect(fromCsvRow("algorithm", {}).content).toEqual({});
    expect(fromCsvRow("algorithm", { name: 42 as unknown as string }).content).toEqual({ name: "42" });
  });
});
