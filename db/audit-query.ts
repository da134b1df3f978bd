/**
 * Reading the audit log (site admins only): newest first, filtered by action, organisation, official and
 * date range, one page at a time. The log itself is append-only (database triggers); nothing here writes.
 */
import "server-only";
import { and, asc, count, desc, eq, gte, lt, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { z } from "zod";
import { line } from "@/lib/schemas/common";
import { can, type Actor } from "@/lib/permissions";
import { DomainError } from "@/lib/errors";
import { getDb } from "./client";
import { auditLog, entries, organisations, users } from "./schema";

/** The time zone the register's dates are in (as in lib/i18n/request.ts). */
export const AUDIT_TIME_ZONE = "Europe/Amsterdam";
export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilter {
  action?: string;
  organisationId?: number;
  /** Part of the official's name or email address (also the email of a failed sign-in). */
  official?: string;
  /** Dates (yyyy-mm-dd) in the register's time zone, both inclusive. */
  from?: string;
  to?: string;
}

export interface AuditItem {
  id: number;
  at: Date;
  action: string;
  actor: { id: string | null; name: string; email: string | null };
  organisation: { id: number; name: string } | null;
  /** The entry, when it still exists; `public` when it has a published (or archived) version. */
  entry: { publicId: string; name: string; kind: "sensor" | "algorithm"; public: boolean } | null;
  /** The official an user.* action was about, when they still exist. */
  subject: { id: string; name: string; email: string } | null;
  detail: Record<string, unknown> | null;
}

/* ---- Search parameters: every value checked; invalid ones are ignored and reported, never a 500 ---- */

const isoDay = z.iso.date();
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? undefined : v?.trim() || undefined);

const paramSchemas = {
  action: z.string().max(60).regex(/^[a-z][a-z0-9_.-]*$/),
  organisation: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  official: line().max(100),
  from: isoDay,
  to: isoDay,
  page: z.coerce.number().int().positive().max(1_000_000),
} as const;
export type AuditParam = keyof typeof paramSchemas;

export interface ParsedAuditSearch {
  filter: AuditFilter;
  page: number;
  /** The valid parameters as they go back into links (paging keeps the filters). */
  query: Partial<Record<AuditParam, string>>;
  /** Parameters that were ignored, with a validation message key each. */
  invalid: Partial<Record<AuditParam, string[]>>;
}

export function parseAuditSearch(sp: Record<string, string | string[] | undefined>): ParsedAuditSearch {
  const filter: AuditFilter = {};
  const query: ParsedAuditSearch["query"] = {};
  const invalid: ParsedAuditSearch["invalid"] = {};
  let page = 1;
  for (const key of Object.keys(paramSchemas) as AuditParam[]) {
    const raw = sp[key];
    if (raw === undefined || (typeof raw === "string" && !raw.trim())) continue;
    const value = one(raw);
    const parsed = value === undefined ? null : paramSchemas[key].safeParse(value);
    if (!parsed?.success) {
      const control = parsed?.error.issues.some((i) => i.message === "controlCharacters");
      invalid[key] = [key === "from" || key === "to" ? "date" : control ? "controlCharacters" : "invalid"];
      continue;
    }
    query[key] = value;
    if (key === "action") filter.action = parsed.data as string;
    else if (key === "organisation") filter.organisationId = parsed.data as number;
    else if (key === "official") filter.official = parsed.data as string;
    else if (key === "from") filter.from = parsed.data as string;
    else if (key === "to") filter.to = parsed.data as string;
    else page = parsed.data as number;
  }
  if (filter.from && filter.to && filter.to < filter.from) {
    invalid.to = ["endBeforeStart"];
    delete filter.to;
    delete query.to;
  }
  return { filter, page, query, invalid };
}

/* ---- Dates: a calendar day in the register's time zone as an instant ---- */

/** Offset (ms) of `timeZone` from UTC at `instant`. */
function zoneOffset(instant: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The first instant of the day `isoDate` (yyyy-mm-dd) in `timeZone`. */
export function startOfDay(isoDate: string, timeZone = AUDIT_TIME_ZONE): Date {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(y, m - 1, d);
  // Two passes settle the offset also on the days the clocks change.
  let t = utcMidnight - zoneOffset(new Date(utcMidnight), timeZone);
  t = utcMidnight - zoneOffset(new Date(t), timeZone);
  return new Date(t);
}

const nextDay = (isoDate: string) => {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
};

/* ---- Queries ---- */

function requireAdmin(actor: Actor) {
  if (!can(actor, "manage-organisation", 0)) throw new DomainError("forbidden");
}

const actorUser = alias(users, "actor_user");
const subjectUser = alias(users, "subject_user");
const subjectId = sql`json_extract(${auditLog.detail}, '$.userId')`;

const likePattern = (s: string) => `%${s.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function conditions(f: AuditFilter): SQL | undefined {
  const c: (SQL | undefined)[] = [];
  if (f.action) c.push(eq(auditLog.action, f.action));
  if (f.organisationId) c.push(eq(auditLog.organisationId, f.organisationId));
  if (f.official) {
    const p = likePattern(f.official);
    c.push(
      or(
        sql`lower(${auditLog.actorName}) like ${p} escape '\\'`,
        sql`lower(${actorUser.email}) like ${p} escape '\\'`,
        sql`lower(json_extract(${auditLog.detail}, '$.email')) like ${p} escape '\\'`,
      ),
    );
  }
  if (f.from) c.push(gte(auditLog.at, startOfDay(f.from)));
  if (f.to) c.push(lt(auditLog.at, startOfDay(nextDay(f.to))));
  return and(...c);
}

/** One page of the audit log, newest first, and the number of matching events. Site admins only. */
export function queryAudit(
  actor: Actor,
  filter: AuditFilter,
  page = 1,
  pageSize = AUDIT_PAGE_SIZE,
): { items: AuditItem[]; total: number; page: number } {
  requireAdmin(actor);
  const db = getDb();
  const where = conditions(filter);
  const total =
    db
      .select({ n: count() })
      .from(auditLog)
      .leftJoin(actorUser, eq(actorUser.id, auditLog.actorId))
      .where(where)
      .get()?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, page), pages);
  const rows = db
    .select({
      log: auditLog,
      actorEmail: actorUser.email,
      orgName: organisations.name,
      entryPublicId: entries.publicId,
      entryName: entries.name,
      entryKind: entries.kind,
      entryRevision: entries.revision,
      subjectId: subjectUser.id,
      subjectName: subjectUser.name,
      subjectEmail: subjectUser.email,
    })
    .from(auditLog)
    .leftJoin(actorUser, eq(actorUser.id, auditLog.actorId))
    .leftJoin(organisations, eq(organisations.id, auditLog.organisationId))
    .leftJoin(entries, eq(entries.id, auditLog.entryId))
    .leftJoin(subjectUser, eq(subjectUser.id, subjectId))
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(pageSize)
    .offset((current - 1) * pageSize)
    .all();
  return {
    page: current,
    total,
    items: rows.map((r) => ({
      id: r.log.id,
      at: r.log.at,
      action: r.log.action,
      actor: { id: r.log.actorId, name: r.log.actorName, email: r.actorEmail },
      organisation: r.log.organisationId !== null && r.orgName !== null ? { id: r.log.organisationId, name: r.orgName } : null,
      entry:
        r.entryPublicId !== null && r.entryName !== null && r.entryKind !== null
          ? { publicId: r.entryPublicId, name: r.entryName, kind: r.entryKind, public: (r.entryRevision ?? 0) > 0 }
          : null,
      subject: r.subjectId && r.subjectName && r.subjectEmail ? { id: r.subjectId, name: r.subjectName, email: r.subjectEmail } : null,
      detail: r.log.detail,
    })),
  };
}

/** The actions that occur in the log (for the filter's choices). Site admins only. */
export function auditActions(actor: Actor): string[] {
  requireAdmin(actor);
  return getDb()
    .selectDistinct({ action: auditLog.action })
    .from(auditLog)
    .orderBy(asc(auditLog.action))
    .all()
    .map((r) => r.action);
}
