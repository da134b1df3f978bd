import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Actor } from "@/lib/permissions";
import { RateLimiter } from "@/lib/rate-limit";
import { getDb } from "./client";
import { seedDemoContent } from "./demo/seed";
import { auditLog, entries, sensorReports } from "./schema";
import { closeReport, convertReport, openReportCount, reportForOfficial, reportOrganisations, reportsInbox, submitSensorReport } from "./sensor-reports";

const user = (id: string, roles: [number, "editor" | "publisher" | "moderator"][]): Actor => ({ kind: "user", id, name: id, isAdmin: false, roles: new Map(roles) });
let vb = 0;
let vr = 0;
let company = 0;
let editor: Actor, waterEditor: Actor, moderator: Actor;
const send = (input: Record<string, unknown>, limiter = new RateLimiter(100, 60_000)) =>
  submitSensorReport({ input, address: "192.0.2.20", locale: "nl", limiter });
const report = (over: Record<string, unknown> = {}) => ({
  organisationId: String(vb),
  lat: "52,0907",
  lon: "5.1214",
  place: "Lantaarnpaal op de hoek van het Stationsplein",
  description: "Een camera die op het plein gericht is, zonder bordje.",
  replyEmail: "",
  ...over,
});

beforeAll(() => {
  getDb();
  const ids = seedDemoContent();
  vb = ids.get("voorbeeldstad")!;
  vr = ids.get("voorbeeldrivieren")!;
  company = [...ids.entries()].find(([slug]) => !["voorbeeldstad", "voorbeeldrivieren", "proefdorp"].includes(slug))?.[1] ?? 0;
  editor = user("editor-vb", [[vb, "editor"]]);
  waterEditor = user("editor-vr", [[vr, "editor"]]);
  moderator = user("moderator", [[vb, "moderator"]]);
});

describe("reports of sensors not in the register", () => {
  it("are sent to a public body, with a point in the region; refused otherwise; the honeypot stores nothing", () => {
    const orgs = reportOrganisations().map((o) => o.id);
    expect(orgs).toContain(vb);
    if (company) expect(orgs).not.toContain(company); // a company reporting under a municipal duty is not offered
    expect(send(report())).toEqual({ status: "sent" });
    expect(send(report({ place: "", replyEmail: "melder@example.nl", lat: "52.1", lon: "5.2" }))).toEqual({ status: "sent" });
    const stored = getDb().select().from(sensorReports).all();
    expect(stored.map((r) => [r.lat, r.lon, r.place])).toEqual([
      [52.0907, 5.1214, "Lantaarnpaal op de hoek van het Stationsplein"],
      [52.1, 5.2, null],
    ]);
    expect(send(report({ lat: "", lon: "abc", description: "kort" }))).toEqual({
      status: "invalid",
      errors: { lat: ["required"], lon: ["longitude"], description: ["tooShort:10"] },
    });
    expect(send(report({ lat: "40.7", lon: "-74.0" }))).toEqual({ status: "invalid", errors: { lat: ["outsideRegion"] } });
    expect(send(report({ organisationId: "999999" }))).toEqual({ status: "invalid", errors: { organisationId: ["unknownValue"] } });
    expect(send(report({ organisationId: "" }))).toMatchObject({ status: "invalid", errors: { organisationId: ["required"] } });
    expect(send(report({ website: "bot" }))).toEqual({ status: "sent" });
    expect(getDb().select().from(sensorReports).all().length).toBe(2);
    const limiter = new RateLimiter(1, 60_000);
    expect(send(report(), limiter).status).toBe("sent");
    expect(send(report(), limiter).status).toBe("throttled");
  });

  it("are seen and handled only by officials of the organisation, and turn into a sensor draft", () => {
    const { rows, counts } = reportsInbox(editor, "open");
    expect(counts).toMatchObject({ open: 3, all: 3 });
    expect(openReportCount(editor)).toBe(3);
    for (const other of [waterEditor, moderator]) {
      expect(reportsInbox(other, "all").rows).toEqual([]);
      expect(() => reportForOfficial(other, rows[0]!.id)).toThrow("not_found");
      expect(() => closeReport({ actor: other, id: rows[0]!.id, reason: "closed" })).toThrow("not_found");
      expect(() => convertReport({ actor: other, id: rows[0]!.id, name: "x" })).toThrow("not_found");
    }
    const first = rows.find((r) => r.place)!;
    const publicId = convertReport({ actor: editor, id: first.id, name: "Gemelde sensor" });
    const draft = getDb().select().from(entries).where(eq(entries.publicId, publicId)).get()!;
    expect(draft).toMatchObject({ status: "draft", kind: "sensor", organisationId: vb, name: "Gemelde sensor" });
    expect(draft.draft).toMatchObject({
      geometry: { type: "Point", coordinates: [5.1214, 52.0907] },
      locationDescription: "Lantaarnpaal op de hoek van het Stationsplein",
      measures: "Een camera die op het plein gericht is, zonder bordje.",
    });
    expect(reportForOfficial(editor, first.id)).toMatchObject({ status: "converted", entryPublicId: publicId, handledByName: "editor-vb" });
    expect(() => convertReport({ actor: editor, id: first.id, name: "Nog een" })).toThrow("invalid_state");

    const withAddress = rows.find((r) => r.replyEmail)!;
    closeReport({ actor: editor, id: withAddress.id, reason: "spam" });
    expect(reportForOfficial(editor, withAddress.id).replyEmail).toBeNull();
    expect(reportsInbox(editor).counts).toEqual({ open: 1, converted: 1, closed: 0, spam: 1, all: 3 });
    const logged = getDb().select().from(auditLog).all().filter((a) => a.action.startsWith("report."));
    expect(logged.map((a) => [a.action, a.actorName, a.organisationId])).toEqual([
      ["report.convert", "editor-vb", vb],
      ["report.spam", "editor-vb", vb],
    ]);
  });
});
