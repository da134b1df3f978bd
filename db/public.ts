/**
 * Public read queries: only published and archived entries, as plain DTOs.
 */
import "server-only";
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { registerToday, type OrganisationKind } from "@/lib/vocab";
import { currentState } from "./catalogue";
import { registerCharts } from "./figures";
import { getDb } from "./client";
import { entries, entryValues, organisations } from "./schema";

const PUBLIC_STATUSES = ["published", "archived"] as const;
export const isPublic = inArray(entries.status, [...PUBLIC_STATUSES]);

export interface EntrySummary {
  publicId: string;
  kind: "sensor" | "algorithm";
  name: string;
  status: "published" | "archived";
  organisation: { slug: string; name: string; isExample: boolean };
  endedOn: string | null;
}

/** The columns of an EntrySummary (select them from `entries` joined with `organisations`). */
export const summaryColumns = {
  publicId: entries.publicId,
  kind: entries.kind,
  name: entries.name,
  status: entries.status,
  endedOn: entries.endedOn,
  orgSlug: organisations.slug,
  orgName: organisations.name,
  orgIsExample: organisations.isExample,
};

type SummaryRow = { [K in keyof typeof summaryColumns]: unknown };
export const toSummary = (r: SummaryRow): EntrySummary => ({
  publicId: r.publicId as string,
  kind: r.kind as EntrySummary["kind"],
  name: r.name as string,
  status: r.status as EntrySummary["status"],
  endedOn: (r.endedOn as string | null) ?? null,
  organisation: { slug: r.orgSlug as string, name: r.orgName as string, isExample: Boolean(r.orgIsExample) },
});

/** Counts for the home page: the register's figures (db/figures.ts, kept per data version) and two more. */
export function registerFigures() {
  const db = getDb();
  const charts = registerCharts();
  const example = db.select({ n: count() }).from(organisations).where(eq(organisations.isExample, true)).get();
  return {
    sensors: charts.sensors,
    algorithms: charts.algorithms,
    /** Organisations with a public entry: as many as /{locale}/organisations lists. */
    organisations: publicOrganisations().length,
    hasExampleData: (example?.n ?? 0) > 0,
    /** Public entries assessed against at least one CODIO value; the rest show "not yet assessed". */
    assessed: charts.assessed.reduce((n, a) => n + a.assessed, 0),
    /** Impactful and high-risk algorithms, and those of them with a described contest route. */
    contestRequired: charts.contest.required,
    contestDescribed: charts.contest.described,
  };
}

/** Every public entry that serves, or puts at stake, one CODIO value. */
export function entriesForValue(valueSlug: string) {
  const rows = getDb()
    .select({ ...summaryColumns, assessment: entryValues.assessment, explanation: entryValues.explanation })
    .from(entryValues)
    .innerJoin(entries, eq(entries.id, entryValues.entryId))
    .innerJoin(organisations, eq(organisations.id, entries.organisationId))
    .where(and(eq(entryValues.value, valueSlug), isPublic))
    .orderBy(asc(entries.kind), asc(entries.name))
    .all();
  return rows.map((r) => ({ ...toSummary(r), assessment: r.assessment, explanation: r.explanation }));
}

export interface PublicEntry<T = Record<string, unknown>> extends EntrySummary {
  id: number;
  revision: number;
  publishedAt: Date | null;
  archivedAt: Date | null;
  data: T;
  organisation: EntrySummary["organisation"] & {
    id: number;
    contactEmail: string;
    website: string | null;
    objectionUrl: string | null;
    objectionAddress: string | null;
    allowSelfApproval: boolean;
    kind: OrganisationKind;
    /** For a company or institution reporting under a municipal duty: the public body that approved the entry. */
    moderator: { slug: string; name: string } | null;
  };
}

type EntryWithOrg = {
  entry: typeof entries.$inferSelect;
  org: typeof organisations.$inferSelect;
  moderator: { slug: string; name: string } | null;
};

function toPublicEntry<T>({ entry, org, moderator }: EntryWithOrg): PublicEntry<T> {
  return {
    id: entry.id,
    publicId: entry.publicId,
    kind: entry.kind,
    name: entry.name,
    status: entry.status as EntrySummary["status"],
    endedOn: entry.endedOn,
    revision: entry.revision,
    publishedAt: entry.publishedAt,
    archivedAt: entry.archivedAt,
    data: entry.data as T,
    organisation: {
      id: org.id,
      slug: org.slug,
      name: org.name,
      isExample: org.isExample,
      contactEmail: org.contactEmail,
      website: org.website,
      objectionUrl: org.objectionUrl,
      objectionAddress: org.objectionAddress,
      allowSelfApproval: org.allowSelfApproval,
      // Written through organisationSchema (lib/schemas/organisation.ts), so always one of the kinds.
      kind: org.kind as OrganisationKind,
      moderator: moderator?.slug ? moderator : null,
    },
  };
}

const moderators = alias(organisations, "moderators");
const publicEntryQuery = () =>
  getDb()
    .select({ entry: entries, org: organisations, moderator: { slug: moderators.slug, name: moderators.name } })
    .from(entries)
    .innerJoin(organisations, eq(organisations.id, entries.organisationId))
    .leftJoin(moderators, eq(moderators.id, organisations.moderatorId));

/** One published or archived entry of the given kind with its content; undefined when not public. */
export function getPublicEntry<T>(kind: "sensor" | "algorithm", publicId: string): PublicEntry<T> | undefined {
  const r = publicEntryQuery()
    .where(and(eq(entries.publicId, publicId), eq(entries.kind, kind), isPublic))
    .get();
  return r?.entry.data ? toPublicEntry<T>(r) : undefined;
}

/** Public entries of one kind with their content, in the order of `ids` (ids that are not public are left out). */
export function publicEntriesByIds<T>(kind: "sensor" | "algorithm", ids: readonly number[]): PublicEntry<T>[] {
  if (!ids.length) return [];
  const rows = publicEntryQuery()
    .where(and(inArray(entries.id, [...ids]), eq(entries.kind, kind), isPublic))
    .all();
  const byId = new Map(rows.filter((r) => r.entry.data).map((r) => [r.entry.id, r]));
  return ids.flatMap((id) => (byId.has(id) ? [toPublicEntry<T>(byId.get(id)!)] : []));
}

/** Changes whenever what the public sees changes: a publication, an archiving or an organisation's edit. */
export function publicDataVersion(): string {
  const { version, organisationsChangedAt } = currentState();
  return `${version}.${organisationsChangedAt}`;
}

/**
 * The version of every public answer of the read API, part of its ETag (lib/api.ts `withEtag`): the data
 * version and the register's day (whether a sensor has ended, and so the `state` and `status` filters, facets
 * and fields, depends on the date). One query of two indexed maxima: a 304 costs no more than that.
 */
export function answerVersion(): string {
  return `${publicDataVersion()}|${registerToday()}`;
}

export interface PublicOrganisation {
  id: number;
  slug: string;
  name: string;
  kind: OrganisationKind;
  isExample: boolean;
  sensors: number;
  algorithms: number;
}
let organisationsCache: { version: string; value: PublicOrganisation[] } | undefined;

/**
 * Organisations with public entries, by name, with how many of each kind (the open-data page's feeds).
 * Counting reads every public entry (from an index), so the answer is kept until the data version changes.
 */
export function publicOrganisations(): PublicOrganisation[] {
  const version = publicDataVersion();
  if (organisationsCache?.version !== version) organisationsCache = { version, value: countPublicOrganisations() };
  return organisationsCache.value;
}

function countPublicOrganisations(): PublicOrganisation[] {
  return getDb()
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      // Written through organisationSchema (lib/schemas/organisation.ts), so always one of the kinds.
      kind: sql<OrganisationKind>`${organisations.kind}`,
      isExample: organisations.isExample,
      sensors: sql<number>`count(*) filter (where ${entries.kind} = 'sensor')`,
      algorithms: sql<number>`count(*) filter (where ${entries.kind} = 'algorithm')`,
    })
    .from(entries)
    .innerJoin(organisations, eq(organisations.id, entries.organisationId))
    .where(isPublic)
    .groupBy(organisations.id)
    .orderBy(asc(organisations.name))
    .all();
}
