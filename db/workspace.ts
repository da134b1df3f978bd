/**
 * Officials' workspace queries: entries of the organisations the official belongs to, with their drafts.
 * Every function checks the actor's rights itself; another organisation's entry is "not found".
 *
 * The dashboard list (`workspaceList`), the to-do summary (`workspaceTodos`) and the review queue
 * (`awaitingReview`) read only the columns a list shows — never the published content (`data`) nor the
 * draft JSON, apart from the draft's name — and count in SQL, so they stay fast with ten thousand entries
 * in one organisation (README, "Performance"; `npm run bench -- workspace`).
 */
import "server-only";
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { hasControlOrBreak, line } from "@/lib/schemas/common";
import { can, actorId, type Actor } from "@/lib/permissions";
import { DomainError } from "@/lib/errors";
import { TODO, TODO_FLAGS, type TodoFlag } from "@/lib/completeness";
import { entryKinds, type EntryKind } from "@/lib/vocab";
import { getDb } from "./client";
import { fourEyesAllows } from "./entries";
import { assess } from "@/lib/schemas/check";
import { entries, organisations } from "./schema";

/* ------------------------------------------------------------------------------------------------
 * The list's parameters: one schema for the dashboard page and the query function
 * ---------------------------------------------------------------------------------------------- */

/**
 * Where an entry stands, as the workspace filters it. Each entry is in exactly one of these:
 * `published` is a published entry without a pending change, `pending_change` one with a new version in
 * draft or in review (the published version stays live meanwhile).
 */
export const WORKSPACE_STATES = ["draft", "in_review", "published", "pending_change", "archived"] as const;
export type WorkspaceState = (typeof WORKSPACE_STATES)[number];
export const WORKSPACE_SORTS = ["updated", "name"] as const;
export const WORKSPACE_PAGE_SIZE = 50;
export const WORKSPACE_PAGE_SIZE_MAX = 200;
export const WORKSPACE_Q_MAX = 200;
/** How many entries the "awaiting your review" section lists (it also gives the total). */
export const REVIEW_LIST_MAX = 20;

type RawParams = Record<string, string | string[] | undefined>;

/** One value per parameter: the first when repeated; blank means absent. */
const single = (v: unknown) => {
  const f = Array.isArray(v) ? v[0] : v;
  return typeof f === "string" && f.trim() === "" ? undefined : typeof f === "string" ? f.trim() : f;
};
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(single, schema.optional());

export const workspaceQuerySchema = z.object({
  kind: optional(z.enum(entryKinds.slugs)),
  /** An organisation's id or slug; only the official's own organisations count (checked by workspaceList). */
  organisation: optional(z.string().regex(/^(?:[1-9][0-9]{0,14}|[a-z0-9][a-z0-9-]{0,99})$/)),
  state: optional(z.enum(WORKSPACE_STATES)),
  /** A to-do flag (lib/completeness.ts): entries whose working copy still misses this. */
  missing: optional(z.enum(TODO_FLAGS as [TodoFlag, ...TodoFlag[]])),
  /** Part of the name (as shown: the draft's name when there is one); case-insensitive for a–z. */
  q: optional(line()).transform((s) => s?.slice(0, WORKSPACE_Q_MAX).trim() || undefined),
  sort: z.preprocess(single, z.enum(WORKSPACE_SORTS).default("updated")),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(100_000).default(1)),
  pageSize: z.preprocess(single, z.coerce.number().int().min(1).max(WORKSPACE_PAGE_SIZE_MAX).default(WORKSPACE_PAGE_SIZE)),
});
export type WorkspaceQuery = z.infer<typeof workspaceQuerySchema>;
export type WorkspaceParam = keyof WorkspaceQuery;
export const WORKSPACE_PARAMS = Object.keys(workspaceQuerySchema.shape) as WorkspaceParam[];

/** A parameter the list did not use, with the value it had (cut to 100 characters) for the notice. */
export interface IgnoredParam {
  parameter: WorkspaceParam;
  value: string;
}

/**
 * Reads the list's parameters from the page's searchParams (or a URLSearchParams). Never throws: a value
 * the schema refuses is left out (the default applies) and reported in `ignored`, so the page can say so.
 * Other parameter names are not the list's and are passed over.
 */
export function parseWorkspaceQuery(input: URLSearchParams | RawParams): { query: WorkspaceQuery; ignored: IgnoredParam[] } {
  const record: RawParams = {};
  for (const key of WORKSPACE_PARAMS) {
    if (input instanceof URLSearchParams) {
      const all = input.getAll(key);
      if (all.length) record[key] = all.length === 1 ? all[0] : all;
    } else if (Object.hasOwn(input, key)) record[key] = input[key];
  }
  const ignored: IgnoredParam[] = [];
  let parsed = workspaceQuerySchema.safeParse(record);
  for (let attempt = 0; !parsed.success && attempt < WORKSPACE_PARAMS.length; attempt++) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as WorkspaceParam;
      if (!Object.hasOwn(record, key)) continue;
      // Shown in the notice: control characters (the reason a text is refused) as the replacement character.
      const value = String(single(record[key]) ?? "").slice(0, 100);
      ignored.push({ parameter: key, value: hasControlOrBreak(value) ? value.replace(/\p{Cc}/gu, "\uFFFD") : value });
      delete record[key];
    }
    parsed = workspaceQuerySchema.safeParse(record);
  }
  return { query: parsed.success ? parsed.data : workspaceQuerySchema.parse({}), ignored };
}

/** The query as URL parameters, defaults left out (for links, hidden form fields and paging). */
export function workspaceQueryParams(q: Partial<WorkspaceQuery>): Record<string, string> {
  const out: Record<string, string> = {};
  if (q.kind) out.kind = q.kind;
  if (q.organisation) out.organisation = q.organisation;
  if (q.state) out.state = q.state;
  if (q.missing) out.missing = q.missing;
  if (q.q) out.q = q.q;
  if (q.sort && q.sort !== "updated") out.sort = q.sort;
  if (q.page && q.page > 1) out.page = String(q.page);
  if (q.pageSize && q.pageSize !== WORKSPACE_PAGE_SIZE) out.pageSize = String(q.pageSize);
  return out;
}

/* ------------------------------------------------------------------------------------------------
 * SQL building blocks (SQLite)
 * ---------------------------------------------------------------------------------------------- */

/**
 * The name the workspace shows: the pending draft's name (`draft ->> '$.name'` is SQLite's
 * `json_extract(draft, '$.name')`), else the entry's. Both parts are in the index `entries_workspace`
 * (schema.ts), so searching and sorting by it read the index, not the draft JSON.
 */
export const displayName = sql<string>`coalesce(${entries.draft} ->> '$.name', ${entries.name})`;

function stateCondition(state: WorkspaceState): SQL {
  switch (state) {
    case "published":
      return sql`(${entries.status} = 'published' and ${entries.draftState} is null)`;
    case "pending_change":
      return sql`(${entries.status} = 'published' and ${entries.draftState} is not null)`;
    default:
      return sql`${entries.status} = ${state}`;
  }
}
const missingCondition = (flag: TodoFlag) => sql`(${entries.todo} & ${TODO[flag]}) != 0`;
const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const countWhere = (cond: SQL | undefined) => sql<number>`count(*) filter (where ${cond ?? sql`1`})`.mapWith(Number);

/* ------------------------------------------------------------------------------------------------
 * The official's organisations
 * ---------------------------------------------------------------------------------------------- */

export interface WorkspaceOrganisation {
  id: number;
  slug: string;
  name: string;
  allowSelfApproval: boolean;
}

/** The organisations whose drafts this actor may read: the ones they belong to (by name). */
export function workspaceOrganisations(actor: Actor): WorkspaceOrganisation[] {
  const ids = (actor.kind === "user" ? [...actor.roles.keys()] : []).filter((id) => can(actor, "read-drafts", id));
  if (!ids.length) return [];
  return getDb()
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name, allowSelfApproval: organisations.allowSelfApproval })
    .from(organisations)
    .where(inArray(organisations.id, ids))
    .orderBy(asc(organisations.name))
    .all();
}

/* ------------------------------------------------------------------------------------------------
 * The list
 * ---------------------------------------------------------------------------------------------- */

export interface WorkspaceRow {
  publicId: string;
  kind: EntryKind;
  /** The draft's name when there is a pending draft, else the entry's. */
  name: string;
  status: "draft" | "in_review" | "published" | "archived";
  draftState: "draft" | "in_review" | null;
  /** Where it stands in the workspace's terms (see WORKSPACE_STATES). */
  state: WorkspaceState;
  /** What the working copy still misses (to-do flags). */
  missing: TodoFlag[];
  draftUpdatedBy: string | null;
  updatedAt: Date;
  organisation: { id: number; slug: string; name: string };
}

export interface WorkspaceCounts {
  /** Per state, with every other filter applied (kind, organisation, missing, q); `all` ignores the state filter. */
  state: Record<WorkspaceState | "all", number>;
  /** Per to-do flag, with every other filter applied (kind, organisation, state, q); `all` ignores the missing filter. */
  missing: Record<TodoFlag | "all", number>;
}

export interface WorkspaceList {
  rows: WorkspaceRow[];
  /** Entries matching all filters. */
  total: number;
  /** The page shown (a page beyond the last shows the last). */
  page: number;
  pageSize: number;
  pages: number;
  counts: WorkspaceCounts;
  /** The official's organisations (the choices of the organisation filter). */
  organisations: WorkspaceOrganisation[];
  /** The organisation filtered on, when it is one of the official's. */
  organisation: WorkspaceOrganisation | null;
  /** Parameters left out here: an organisation that is not the official's own. */
  ignored: IgnoredParam[];
}

const rowState = (status: WorkspaceRow["status"], draftState: WorkspaceRow["draftState"]): WorkspaceState =>
  status === "published" && draftState ? "pending_change" : status;

/**
 * One page of the entries of the official's own organisations, filtered, sorted and counted. Another
 * organisation's entries never appear: the organisations come from the actor's roles, each checked with
 * `can(actor, "read-drafts", …)`; an organisation filter naming any other organisation is ignored (and
 * reported in `ignored`).
 */
export function workspaceList(actor: Actor, query: WorkspaceQuery): WorkspaceList {
  const orgs = workspaceOrganisations(actor);
  const ignored: IgnoredParam[] = [];
  let chosen: WorkspaceOrganisation | null = null;
  if (query.organisation) {
    const key = query.organisation;
    chosen = orgs.find((o) => (/^[0-9]+$/.test(key) ? String(o.id) === key : o.slug === key)) ?? null;
    if (!chosen) ignored.push({ parameter: "organisation", value: key });
  }
  const scope = chosen ? [chosen.id] : orgs.map((o) => o.id);
  const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries([...keys, "all"].map((k) => [k, 0])) as Record<K | "all", number>;
  const empty: WorkspaceList = {
    rows: [],
    total: 0,
    page: 1,
    pageSize: query.pageSize,
    pages: 1,
    counts: { state: zeros(WORKSPACE_STATES), missing: zeros(TODO_FLAGS) },
    organisations: orgs,
    organisation: chosen,
    ignored,
  };
  if (!scope.length) return empty;

  const db = getDb();
  const base = and(
    inArray(entries.organisationId, scope),
    query.kind ? eq(entries.kind, query.kind) : undefined,
    query.q ? sql`${displayName} like ${likePattern(query.q)} escape '\\'` : undefined,
  );
  const stateCond = query.state ? stateCondition(query.state) : undefined;
  const missingCond = query.missing ? missingCondition(query.missing) : undefined;

  // Every count in one pass over the index: per state with the missing filter, per flag with the state filter.
  const c = db
    .select({
      all: countWhere(missingCond),
      ...Object.fromEntries(WORKSPACE_STATES.map((s) => [`s_${s}`, countWhere(and(stateCondition(s), missingCond))])),
      ...Object.fromEntries(TODO_FLAGS.map((f) => [`m_${f}`, countWhere(and(missingCondition(f), stateCond))])),
      mAll: countWhere(stateCond),
    })
    .from(entries)
    .where(base)
    .get() as Record<string, number>;
  const counts: WorkspaceCounts = {
    state: { ...(Object.fromEntries(WORKSPACE_STATES.map((s) => [s, c[`s_${s}`] ?? 0])) as Record<WorkspaceState, number>), all: c.all ?? 0 },
    missing: { ...(Object.fromEntries(TODO_FLAGS.map((f) => [f, c[`m_${f}`] ?? 0])) as Record<TodoFlag, number>), all: c.mAll ?? 0 },
  };
  const total = query.state ? counts.state[query.state] : counts.state.all;
  const pages = Math.max(1, Math.ceil(total / query.pageSize));
  const page = Math.min(query.page, pages);

  // Two steps: the page's ids from the index alone (filters, order, offset), then the shown columns of
  // just those rows. Sorting all matches with every shown column would read each matching row.
  const order = query.sort === "name" ? [sql`${displayName} collate nocase`, asc(entries.id)] : [desc(entries.updatedAt), desc(entries.id)];
  const ids = total
    ? db
        .select({ id: entries.id })
        .from(entries)
        .where(and(base, stateCond, missingCond))
        .orderBy(...order)
        .limit(query.pageSize)
        .offset((page - 1) * query.pageSize)
        .all()
        .map((r) => r.id)
    : [];
  const found = ids.length
    ? db
        .select({
          id: entries.id,
          publicId: entries.publicId,
          kind: entries.kind,
          name: displayName,
          status: entries.status,
          draftState: entries.draftState,
          todo: entries.todo,
          draftUpdatedBy: entries.draftUpdatedBy,
          updatedAt: entries.updatedAt,
          organisationId: entries.organisationId,
        })
        .from(entries)
        .where(inArray(entries.id, ids))
        .all()
    : [];
  const byEntry = new Map(found.map((r) => [r.id, r]));
  const rows = ids.map((id) => byEntry.get(id)!).filter(Boolean);
  const byId = new Map(orgs.map((o) => [o.id, o]));
  return {
    ...empty,
    total,
    page,
    pages,
    counts,
    rows: rows.map((r) => {
      const org = byId.get(r.organisationId)!;
      return {
        publicId: r.publicId,
        kind: r.kind,
        name: r.name,
        status: r.status,
        draftState: r.draftState,
        state: rowState(r.status, r.draftState),
        missing: TODO_FLAGS.filter((f) => r.todo & TODO[f]),
        draftUpdatedBy: r.draftUpdatedBy,
        updatedAt: r.updatedAt,
        organisation: { id: org.id, slug: org.slug, name: org.name },
      };
    }),
  };
}

/* ------------------------------------------------------------------------------------------------
 * The organisation's to-do list
 * ---------------------------------------------------------------------------------------------- */

export interface OrganisationTodo {
  organisation: WorkspaceOrganisation;
  /** Entries (not archived) whose working copy misses this, per to-do flag. */
  missing: Record<TodoFlag, number>;
  /** Entries of the organisation, archived ones included. */
  entries: number;
}

/** Per organisation of the official: how many entries still miss what (the workspace's to-do list). */
export function workspaceTodos(actor: Actor): OrganisationTodo[] {
  const orgs = workspaceOrganisations(actor);
  if (!orgs.length) return [];
  const rows = getDb()
    .select({
      organisationId: entries.organisationId,
      entries: sql<number>`count(*)`.mapWith(Number),
      ...Object.fromEntries(TODO_FLAGS.map((f) => [f, countWhere(missingCondition(f))])),
    })
    .from(entries)
    .where(inArray(entries.organisationId, orgs.map((o) => o.id)))
    .groupBy(entries.organisationId)
    .all() as ({ organisationId: number; entries: number } & Record<TodoFlag, number>)[];
  const byOrg = new Map(rows.map((r) => [r.organisationId, r]));
  return orgs.map((organisation) => {
    const r = byOrg.get(organisation.id);
    return {
      organisation,
      entries: r?.entries ?? 0,
      missing: Object.fromEntries(TODO_FLAGS.map((f) => [f, r?.[f] ?? 0])) as Record<TodoFlag, number>,
    };
  });
}

/* ------------------------------------------------------------------------------------------------
 * Awaiting review
 * ---------------------------------------------------------------------------------------------- */

export interface ReviewItem {
  publicId: string;
  kind: EntryKind;
  name: string;
  /** Published entry with a new version in review (else a new entry). */
  pendingChange: boolean;
  draftUpdatedBy: string | null;
  updatedAt: Date;
  organisation: { id: number; name: string };
}

/**
 * Drafts in review that this actor may approve: in organisations where they are a publisher, and — unless
 * the organisation allows self-approval — not edited by them (four eyes, as `fourEyesAllows`). The newest
 * `limit` and how many there are in all.
 */
export function awaitingReview(actor: Actor, limit = REVIEW_LIST_MAX): { items: ReviewItem[]; total: number } {
  const orgs = workspaceOrganisations(actor).filter((o) => can(actor, "publish", o.id));
  if (!orgs.length) return { items: [], total: 0 };
  const me = actorId(actor);
  const strict = orgs.filter((o) => !o.allowSelfApproval).map((o) => o.id);
  // draft_editors is a JSON array of user ids: json_each looks inside, only for drafts in review.
  const fourEyes =
    me && strict.length
      ? sql`(${entries.organisationId} not in (${sql.join(strict.map((id) => sql`${id}`), sql`, `)}) or not exists (select 1 from json_each(${entries.draftEditors}) where value = ${me}))`
      : undefined;
  // The literal condition lets SQLite use the partial index `entries_review` (drafts in review only), which
  // also holds the editors: counting never reads a row.
  const where = and(inArray(entries.organisationId, orgs.map((o) => o.id)), sql`${entries.draftState} = 'in_review'`, fourEyes);
  const db = getDb();
  const total = db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(entries).where(where).get()?.n ?? 0;
  const rows = total
    ? db
        .select({
          publicId: entries.publicId,
          kind: entries.kind,
          name: displayName,
          status: entries.status,
          draftUpdatedBy: entries.draftUpdatedBy,
          updatedAt: entries.updatedAt,
          organisationId: entries.organisationId,
        })
        .from(entries)
        .where(where)
        .orderBy(desc(entries.updatedAt), desc(entries.id))
        .limit(Math.max(1, limit))
        .all()
    : [];
  const byId = new Map(orgs.map((o) => [o.id, o]));
  return {
    total,
    items: rows.map((r) => ({
      publicId: r.publicId,
      kind: r.kind,
      name: r.name,
      pendingChange: r.status === "published",
      draftUpdatedBy: r.draftUpdatedBy,
      updatedAt: r.updatedAt,
      organisation: { id: r.organisationId, name: byId.get(r.organisationId)!.name },
    })),
  };
}

/* ------------------------------------------------------------------------------------------------
 * One entry
 * ---------------------------------------------------------------------------------------------- */

/** One entry as an official sees it: published content, draft, and what this official may do. */
export function entryForOfficial(actor: Actor, publicId: string) {
  const r = getDb()
    .select({ e: entries, org: organisations })
    .from(entries)
    .innerJoin(organisations, eq(organisations.id, entries.organisationId))
    .where(eq(entries.publicId, publicId))
    .get();
  if (!r || !can(actor, "read-drafts", r.e.organisationId)) throw new DomainError("not_found");
  const { e, org } = r;
  const completeness = assess(e.kind, e.origin, (e.draft ?? e.data ?? {}) as Record<string, unknown>);
  const canPublish = can(actor, "publish", org.id);
  return {
    publicId: e.publicId,
    kind: e.kind,
    name: e.draft && typeof e.draft.name === "string" ? e.draft.name : e.name,
    status: e.status,
    revision: e.revision,
    published: e.data,
    draft: e.draft,
    draftState: e.draftState,
    draftVersion: e.draftVersion,
    draftUpdatedBy: e.draftUpdatedBy,
    draftUpdatedAt: e.draftUpdatedAt,
    publishedAt: e.publishedAt,
    endedOn: e.endedOn,
    origin: e.origin,
    /** What the working copy (the draft, else the published content) still needs. */
    completeness,
    organisation: { id: org.id, name: org.name, allowSelfApproval: org.allowSelfApproval },
    may: {
      edit: can(actor, "edit", org.id) && e.status !== "archived",
      submit: can(actor, "edit", org.id) && e.draftState === "draft" && Object.keys(completeness.problems).length === 0,
      approve: canPublish && e.draftState === "in_review" && fourEyesAllows(actor, e, org.allowSelfApproval),
      reject: canPublish && e.draftState === "in_review",
      archive: canPublish && e.status === "published",
      discard: can(actor, "edit", org.id) && !!e.draft,
    },
    /** True when this publisher is blocked only by the four-eyes rule. */
    fourEyesBlocked: canPublish && e.draftState === "in_review" && !fourEyesAllows(actor, e, org.allowSelfApproval),
  };
}
export type OfficialEntry = ReturnType<typeof entryForOfficial>;

/** Organisations where the actor may create entries. */
export function editableOrganisations(actor: Actor) {
  return workspaceOrganisations(actor)
    .filter((o) => can(actor, "edit", o.id))
    .map((o) => ({ id: o.id, name: o.name }));
}
