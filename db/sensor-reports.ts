/**
 * Reports of sensors that are not in the register (README, "Questions and reports"): a citizen places a point
 * (or types coordinates and a place) and describes what they saw, for the public body they choose. The report
 * lands in that organisation's workspace; only its officials see it, close it, or turn it into a sensor draft
 * with the location and description filled in. Sent through the same gate as questions (db/questions.ts
 * `sayGate`: schema, rate limit per client address, honeypot). The reply address is for the officials only.
 */
import "server-only";
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { can, type Actor } from "@/lib/permissions";
import { DomainError } from "@/lib/errors";
import { regionBBox } from "@/lib/config";
import { CLOSE_REASONS, sensorReportInputSchema, type CloseReason } from "@/lib/schemas/say";
import type { RateLimiter } from "@/lib/rate-limit";
import { getDb } from "./client";
import { audit } from "./audit";
import { createEntry } from "./entries";
import { sayGate, type SayResult } from "./questions";
import { entries, organisations, sensorReports } from "./schema";

/** The organisations a citizen can send a report to: public bodies (not the companies reporting under one). */
export function reportOrganisations(): { id: number; name: string }[] {
  return getDb()
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(isNull(organisations.moderatorId))
    .orderBy(asc(organisations.name))
    .all();
}

/** Reports a sensor that is not in the register. Never throws for what a citizen sends. */
export function submitSensorReport(p: { input: Record<string, unknown>; address: string; locale: string; limiter?: RateLimiter; now?: number }): SayResult {
  const gate = sayGate(sensorReportInputSchema, p.input, p.address, p.limiter, p.now);
  if ("result" in gate) return gate.result;
  const { organisationId, lat, lon, place, description, replyEmail } = gate.data;
  if (!reportOrganisations().some((o) => o.id === organisationId)) return { status: "invalid", errors: { organisationId: ["unknownValue"] } };
  const [minLon, minLat, maxLon, maxLat] = regionBBox;
  if (lon < minLon || lon > maxLon || lat < minLat || lat > maxLat) return { status: "invalid", errors: { lat: ["outsideRegion"] } };
  getDb()
    .insert(sensorReports)
    .values({ organisationId, lat, lon, place: place ?? null, description, replyEmail: replyEmail ?? null, locale: p.locale === "en" ? "en" : "nl" })
    .run();
  return { status: "sent" };
}

export const REPORT_FILTERS = ["open", "converted", "closed", "spam", "all"] as const;
export type ReportFilter = (typeof REPORT_FILTERS)[number];
export const REPORT_PAGE_SIZE = 50;

const mine = (actor: Actor) => (actor.kind === "user" ? [...actor.roles.keys()].filter((id) => can(actor, "answer-questions", id)) : []);

const columns = {
  id: sensorReports.id,
  organisationId: sensorReports.organisationId,
  organisationName: organisations.name,
  lat: sensorReports.lat,
  lon: sensorReports.lon,
  place: sensorReports.place,
  description: sensorReports.description,
  replyEmail: sensorReports.replyEmail,
  locale: sensorReports.locale,
  status: sensorReports.status,
  handledByName: sensorReports.handledByName,
  handledAt: sensorReports.handledAt,
  createdAt: sensorReports.createdAt,
  entryPublicId: entries.publicId,
};
export type SensorReport = {
  id: number;
  organisationId: number;
  organisationName: string;
  lat: number;
  lon: number;
  place: string | null;
  description: string;
  replyEmail: string | null;
  locale: string;
  status: "open" | "converted" | "closed" | "spam";
  handledByName: string | null;
  handledAt: Date | null;
  createdAt: Date;
  entryPublicId: string | null;
};

const select = () =>
  getDb()
    .select(columns)
    .from(sensorReports)
    .innerJoin(organisations, eq(organisations.id, sensorReports.organisationId))
    .leftJoin(entries, eq(entries.id, sensorReports.entryId));

/** Reports sent to the actor's own organisations (only those), newest first, with counts per status. */
export function reportsInbox(actor: Actor, filter: ReportFilter = "open"): { rows: SensorReport[]; counts: Record<ReportFilter, number> } {
  const orgs = mine(actor);
  const counts: Record<ReportFilter, number> = { open: 0, converted: 0, closed: 0, spam: 0, all: 0 };
  if (!orgs.length) return { rows: [], counts };
  const own = inArray(sensorReports.organisationId, orgs);
  for (const r of getDb()
    .select({ status: sensorReports.status, n: sql<number>`count(*)` })
    .from(sensorReports)
    .where(own)
    .groupBy(sensorReports.status)
    .all()) {
    counts[r.status] = r.n;
    counts.all += r.n;
  }
  const rows = select()
    .where(filter === "all" ? own : and(own, eq(sensorReports.status, filter)))
    .orderBy(desc(sensorReports.createdAt), desc(sensorReports.id))
    .limit(REPORT_PAGE_SIZE)
    .all();
  return { rows: rows as SensorReport[], counts };
}

/** Open reports in the actor's organisations (the workspace menu's number). */
export function openReportCount(actor: Actor): number {
  const orgs = mine(actor);
  if (!orgs.length) return 0;
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(sensorReports)
      .where(and(inArray(sensorReports.organisationId, orgs), eq(sensorReports.status, "open")))
      .get()?.n ?? 0
  );
}

/** One report for an official of its organisation; anyone else gets "not found". */
export function reportForOfficial(actor: Actor, id: number): SensorReport {
  const row = Number.isSafeInteger(id) ? select().where(eq(sensorReports.id, id)).get() : undefined;
  if (!row || !can(actor, "answer-questions", row.organisationId)) throw new DomainError("not_found");
  return row as SensorReport;
}

const handled = (actor: Actor) => ({ handledById: actor.kind === "user" ? actor.id : null, handledByName: actor.name, handledAt: new Date() });

/** Closes an open report, or marks it as spam (its reply address is then dropped). Audited. */
export function closeReport(p: { actor: Actor; id: number; reason: string }): void {
  const r = reportForOfficial(p.actor, p.id);
  if (!(CLOSE_REASONS as readonly string[]).includes(p.reason)) throw new DomainError("validation");
  const reason = p.reason as CloseReason;
  if (r.status !== "open") throw new DomainError("invalid_state", "reportHandled");
  getDb().transaction((tx) => {
    const changed = tx
      .update(sensorReports)
      .set({ status: reason, ...(reason === "spam" ? { replyEmail: null } : {}), ...handled(p.actor) })
      .where(and(eq(sensorReports.id, r.id), eq(sensorReports.status, "open")))
      .run().changes;
    if (!changed) throw new DomainError("invalid_state", "reportHandled");
    audit(tx, { actor: p.actor, action: reason === "spam" ? "report.spam" : "report.close", organisationId: r.organisationId, detail: { report: r.id } });
  });
}

/**
 * Turns an open report into a sensor draft of its organisation (editors and publishers: `createEntry` checks
 * the right to edit): the point, the place as the location's description, and the citizen's description as a
 * start for "what does it measure", under `name`. The report points to the draft. Audited (the draft's
 * creation too, by createEntry). Returns the draft's public id.
 */
export function convertReport(p: { actor: Actor; id: number; name: string }): string {
  const r = reportForOfficial(p.actor, p.id);
  if (r.status !== "open") throw new DomainError("invalid_state", "reportHandled");
  const draft = createEntry({
    actor: p.actor,
    kind: "sensor",
    organisationId: r.organisationId,
    input: {
      name: p.name,
      geometry: { type: "Point", coordinates: [r.lon, r.lat] },
      ...(r.place ? { locationDescription: r.place } : {}),
      measures: r.description,
    },
  });
  getDb().transaction((tx) => {
    tx.update(sensorReports)
      .set({ status: "converted", entryId: draft.id, ...handled(p.actor) })
      .where(eq(sensorReports.id, r.id))
      .run();
    audit(tx, { actor: p.actor, action: "report.convert", organisationId: r.organisationId, entryId: draft.id, detail: { report: r.id, publicId: draft.publicId } });
  });
  return draft.publicId;
}
