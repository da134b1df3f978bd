/**
 * Organisations, as the site admin manages them — every such function checks the actor itself (only site
 * admins manage organisations), validates with the one organisation schema, and writes the audit log in the
 * same transaction as the change — and as the public sees them (at the end: the organisation pages and API).
 */
import "server-only";
import { and, asc, count, eq, ne } from "drizzle-orm";
import { can, type Actor } from "@/lib/permissions";
import type { OrganisationSort } from "@/lib/query-params";
import { fold } from "@/lib/search-query";
import { outsideOwnerKinds, type EntryKind } from "@/lib/vocab";
import { DomainError } from "@/lib/errors";
import { organisationSchema, type Organisation } from "@/lib/schemas/organisation";
import { fieldErrors, issueMessage } from "@/lib/schemas/common";
import { catalogue, FACET_SLUGS, GEOMETRY_TYPES, isEnded, KIND_CODES, todayNumber } from "./catalogue";
import { getDb, type Tx } from "./client";
import { publicOrganisations, type PublicOrganisation } from "./public";
import { audit } from "./audit";
import { entries, organisations, type OrganisationRow } from "./schema";
import { reindexOrganisation } from "./search/maintenance";

export interface OrganisationSummary extends Organisation {
  id: number;
  isExample: boolean;
  /** Every entry of the organisation, whatever its status. */
  entryCount: number;
}

const FIELDS = [
  "name",
  "slug",
  "kind",
  "tooiId",
  "contactEmail",
  "website",
  "objectionUrl",
  "objectionAddress",
  "allowSelfApproval",
  "moderatorId",
] as const;

function requireAdmin(actor: Actor) {
  // "manage-organisation" does not depend on the organisation: it is the site admin's right.
  if (!can(actor, "manage-organisation", 0)) throw new DomainError("forbidden");
}

function toDto(row: OrganisationRow, entryCount: number): OrganisationSummary {
  const moderator = row.moderatorId
    ? getDb().select({ slug: organisations.slug }).from(organisations).where(eq(organisations.id, row.moderatorId)).get()?.slug
    : undefined;
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    kind: row.kind as Organisation["kind"],
    tooiId: row.tooiId ?? undefined,
    contactEmail: row.contactEmail,
    website: row.website ?? undefined,
    objectionUrl: row.objectionUrl ?? undefined,
    objectionAddress: row.objectionAddress ?? undefined,
    allowSelfApproval: row.allowSelfApproval,
    moderator,
    isExample: row.isExample,
    entryCount,
  };
}

/** Validates input against the organisation schema; every field error at once. */
function parse(input: unknown): Organisation {
  const parsed = organisationSchema.safeParse(input, { error: issueMessage });
  if (!parsed.success) throw new DomainError("validation", "validation", { fields: fieldErrors(parsed.error) });
  return parsed.data;
}

function assertSlugFree(tx: Tx, slug: string, exceptId?: number) {
  const taken = tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.slug, slug), exceptId === undefined ? undefined : ne(organisations.id, exceptId)))
    .get();
  if (taken) throw new DomainError("validation", "validation", { fields: { slug: ["slugTaken"] } });
}

/**
 * The moderating public body of a company or institution, by slug: it must exist and be a public body
 * itself (not an organisation that is moderated in turn).
 */
function moderatorIdOf(tx: Tx, o: Organisation): number | null {
  if (!o.moderator) return null;
  const m = tx.select().from(organisations).where(eq(organisations.slug, o.moderator)).get();
  if (!m || outsideOwnerKinds.includes(m.kind) || m.moderatorId)
    throw new DomainError("validation", "validation", { fields: { moderator: ["moderatorNotPublicBody"] } });
  return m.id;
}

/** The columns as stored: optional fields absent from the input become NULL. */
const columns = (o: Organisation, moderatorId: number | null) => ({
  name: o.name,
  slug: o.slug,
  kind: o.kind,
  tooiId: o.tooiId ?? null,
  contactEmail: o.contactEmail,
  website: o.website ?? null,
  objectionUrl: o.objectionUrl ?? null,
  objectionAddress: o.objectionAddress ?? null,
  allowSelfApproval: o.allowSelfApproval,
  moderatorId,
});

const isUniqueViolation = (e: unknown) =>
  typeof e === "object" && e !== null && "code" in e && String((e as { code: unknown }).code).startsWith("SQLITE_CONSTRAINT_UNIQUE");

/** Every organisation with its number of entries, by name. Site admins only. */
export function listOrganisations(actor: Actor): OrganisationSummary[] {
  requireAdmin(actor);
  const db = getDb();
  const counts = new Map(
    db
      .select({ id: entries.organisationId, n: count() })
      .from(entries)
      .groupBy(entries.organisationId)
      .all()
      .map((r) => [r.id, r.n]),
  );
  return db
    .select()
    .from(organisations)
    .orderBy(asc(organisations.name))
    .all()
    .map((r) => toDto(r, counts.get(r.id) ?? 0));
}

/** One organisation for the edit form. Site admins only; unknown ids are `not_found`. */
export function organisationForAdmin(actor: Actor, id: number): OrganisationSummary {
  requireAdmin(actor);
  const db = getDb();
  const row = Number.isSafeInteger(id) ? db.select().from(organisations).where(eq(organisations.id, id)).get() : undefined;
  if (!row) throw new DomainError("not_found", "organisationNotFound");
  const n = db.select({ n: count() }).from(entries).where(eq(entries.organisationId, id)).get()?.n ?? 0;
  return toDto(row, n);
}

/** Creates an organisation; audited as `organisation.create`. Returns its id. */
export function createOrganisation(p: { actor: Actor; input: unknown }): number {
  requireAdmin(p.actor);
  const data = parse(p.input);
  try {
    return getDb().transaction((tx) => {
      assertSlugFree(tx, data.slug);
      const row = tx.insert(organisations).values(columns(data, moderatorIdOf(tx, data))).returning({ id: organisations.id }).get();
      audit(tx, {
        actor: p.actor,
        action: "organisation.create",
        organisationId: row.id,
        detail: { name: data.name, slug: data.slug, allowSelfApproval: data.allowSelfApproval },
      });
      return row.id;
    });
  } catch (e) {
    // Two admins creating the same slug at once: the unique index decides, with the same message.
    if (isUniqueViolation(e)) throw new DomainError("validation", "validation", { fields: { slug: ["slugTaken"] } });
    throw e;
  }
}

/** Changes an organisation; audited as `organisation.update` with every changed field (before → after). */
export function updateOrganisation(p: { actor: Actor; id: number; input: unknown }) {
  requireAdmin(p.actor);
  const data = parse(p.input);
  try {
    getDb().transaction((tx) => {
      const before = Number.isSafeInteger(p.id)
        ? tx.select().from(organisations).where(eq(organisations.id, p.id)).get()
        : undefined;
      if (!before) throw new DomainError("not_found", "organisationNotFound");
      assertSlugFree(tx, data.slug, p.id);
      const next = columns(data, moderatorIdOf(tx, data));
      // A public body that moderates others cannot become an outside owner itself.
      if (next.moderatorId && tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.moderatorId, p.id)).get())
        throw new DomainError("validation", "validation", { fields: { kind: ["moderatesOthers"] } });
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const f of FIELDS) if ((before[f] ?? null) !== next[f]) changes[f] = { from: before[f] ?? null, to: next[f] };
      if (!Object.keys(changes).length) return;
      tx.update(organisations)
        .set({ ...next, updatedAt: new Date() })
        .where(eq(organisations.id, p.id))
        .run();
      // The name is part of every entry's search index row: keep the search in step with it.
      if (changes.name) reindexOrganisation(tx, p.id);
      audit(tx, { actor: p.actor, action: "organisation.update", organisationId: p.id, detail: { name: data.name, changes } });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new DomainError("validation", "validation", { fields: { slug: ["slugTaken"] } });
    throw e;
  }
}

/** Public bodies that can moderate companies and institutions (for the admin's form). Site admins only. */
export function moderatorChoices(actor: Actor): { slug: string; name: string }[] {
  requireAdmin(actor);
  return getDb()
    .select({ slug: organisations.slug, name: organisations.name, kind: organisations.kind, moderatorId: organisations.moderatorId })
    .from(organisations)
    .orderBy(asc(organisations.name))
    .all()
    .filter((o) => !outsideOwnerKinds.includes(o.kind) && !o.moderatorId)
    .map(({ slug, name }) => ({ slug, name }));
}

/** Id and name of every organisation (for the admin's pickers). Site admins only. */
export function organisationChoices(actor: Actor): { id: number; name: string }[] {
  requireAdmin(actor);
  return getDb().select({ id: organisations.id, name: organisations.name }).from(organisations).orderBy(asc(organisations.name)).all();
}

/**
 * The contact mailbox of the organisation registered first — normally the one that runs the register — for
 * security.txt when SECURITY_CONTACT is not set; null while there is no organisation.
 */
export function operatorContact(): string | null {
  return getDb().select({ contact: organisations.contactEmail }).from(organisations).orderBy(asc(organisations.id)).limit(1).get()?.contact ?? null;
}

/* ------------------------------------------------------------------------------------------------
 * Public reads: organisations with at least one published or archived entry (the organisation pages and
 * GET /api/v1/organisations). Organisations without one are not part of the public register.
 * ---------------------------------------------------------------------------------------------- */

/**
 * Every organisation with a public entry, with its number of sensors and algorithms (counted once per data
 * version, db/public.ts publicOrganisations); `q` keeps those whose name holds the text (case and accents do
 * not matter); `sort` by name, or most sensors or algorithms first (then by name).
 */
export function listPublicOrganisations({ q = "", sort = "name" }: { q?: string; sort?: OrganisationSort } = {}): PublicOrganisation[] {
  const needle = fold(q.trim());
  const list = publicOrganisations().filter((o) => !needle || fold(o.name).includes(needle) || o.slug.includes(needle));
  return sort === "name" ? list : [...list].sort((a, b) => b[sort] - a[sort]);
}

export interface PublicOrganisationDetail extends PublicOrganisation {
  tooiId: string | null;
  contactEmail: string;
  website: string | null;
  /** Where residents send a general objection (a web form), and the postal address for it. */
  objectionUrl: string | null;
  objectionAddress: string | null;
  /** For a company or institution reporting under a municipal duty: the public body that approves its entries. */
  moderator: { slug: string; name: string } | null;
}

/** One organisation with a public entry, by slug; undefined otherwise (never throws on any input). */
export function getPublicOrganisation(slug: string): PublicOrganisationDetail | undefined {
  const counted = publicOrganisations().find((o) => o.slug === slug);
  if (!counted) return undefined;
  const db = getDb();
  const row = db.select().from(organisations).where(eq(organisations.id, counted.id)).get();
  if (!row) return undefined;
  const moderator = row.moderatorId
    ? (db.select({ slug: organisations.slug, name: organisations.name }).from(organisations).where(eq(organisations.id, row.moderatorId)).get() ?? null)
    : null;
  return {
    ...counted,
    tooiId: row.tooiId,
    contactEmail: row.contactEmail,
    website: row.website,
    objectionUrl: row.objectionUrl,
    objectionAddress: row.objectionAddress,
    moderator,
  };
}

export interface OrganisationEntry {
  publicId: string;
  name: string;
  /** No longer in use today (archived, past its end date, or an algorithm out of use). */
  ended: boolean;
}

/**
 * The first `limit` public entries of one kind of an organisation, by name, and how many there are: from the
 * catalogue (db/catalogue.ts), so an organisation with 100,000 sensors costs one pass over memory.
 */
export function organisationEntries(p: { organisationId: number; kind: EntryKind; limit: number }): { total: number; items: OrganisationEntry[] } {
  const c = catalogue();
  const kind = KIND_CODES.indexOf(p.kind);
  const today = todayNumber();
  const items: OrganisationEntry[] = [];
  let total = 0;
  for (const r of c.byName) {
    if (c.kind[r] !== kind || c.org[r] !== p.organisationId) continue;
    total++;
    if (items.length < p.limit) items.push({ publicId: c.publicId.get(r), name: c.name.get(r), ended: isEnded(c, r, today) });
  }
  return { total, items };
}

/** A sensor as a mark on an organisation's small map: its anchor point, type and kind of location. */
export interface SensorMark {
  publicId: string;
  name: string;
  type: string;
  shape: (typeof GEOMETRY_TYPES)[number];
  ended: boolean;
  lon: number;
  lat: number;
}

/** The organisation's sensors as marks for a small map; null when it has more than `limit` (the big map shows those). */
export function organisationSensorMarks(p: { organisationId: number; limit: number }): SensorMark[] | null {
  const c = catalogue();
  const today = todayNumber();
  const marks: SensorMark[] = [];
  for (let r = 0; r < c.n; r++) {
    if (c.kind[r] !== 0 || c.org[r] !== p.organisationId) continue;
    if (marks.length === p.limit) return null;
    marks.push({
      publicId: c.publicId.get(r),
      name: c.name.get(r),
      type: FACET_SLUGS.type[c.type[r]!] || "other",
      shape: GEOMETRY_TYPES[c.geom[r]!] ?? "Point",
      ended: isEnded(c, r, today),
      lon: c.lon[r]!,
      lat: c.lat[r]!,
    });
  }
  return marks;
}
