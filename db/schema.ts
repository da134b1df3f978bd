/**
 * The database schema (Drizzle, SQLite). Row types are derived from here with $inferSelect/$inferInsert.
 * Change it by adding a migration (`npm run db:generate`), never by editing an old one in drizzle/.
 *
 * Sensors and algorithms share one mechanism: an `entries` row holds identity, owner, workflow status,
 * the published content (validated JSON) and the working draft; `entry_values` and `entry_themes` are
 * query projections of the published content; `revisions` is the immutable public history.
 */
import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

const timestamps = {
  createdAt: integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`),
};

export const organisations = sqliteTable("organisations", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  kind: text("kind").notNull(),
  tooiId: text("tooi_id"),
  contactEmail: text("contact_email").notNull(),
  website: text("website"),
  objectionUrl: text("objection_url"),
  objectionAddress: text("objection_address"),
  allowSelfApproval: integer("allow_self_approval", { mode: "boolean" }).notNull().default(false),
  /** Demo organisations are labelled as examples everywhere they appear. */
  isExample: integer("is_example", { mode: "boolean" }).notNull().default(false),
  /**
   * For a company or institution that reports its sensors under a municipal reporting duty: the public body
   * whose publishers approve its entries (four eyes across organisations). Null for public bodies.
   */
  moderatorId: integer("moderator_id"),
  ...timestamps,
});

/** The CODIO values, mirrored from lib/codio at start-up so entry_values can reference them. */
export const codioValues = sqliteTable("codio_values", {
  slug: text("slug").primaryKey(),
  principle: text("principle").notNull(),
});

export const entries = sqliteTable(
  "entries",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Stable public id, e.g. "S-4KQ7ZP" (sensor) or "A-9XM2TD" (algorithm). */
    publicId: text("public_id").notNull().unique(),
    kind: text("kind", { enum: ["sensor", "algorithm"] }).notNull(),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
    status: text("status", { enum: ["draft", "in_review", "published", "archived"] })
      .notNull()
      .default("draft"),
    /** Name of the published version, or of the draft while never published (for lists and sorting). */
    name: text("name").notNull(),
    /** The published content (JSON, valid against the kind's schema); null until first publication. */
    data: text("data", { mode: "json" }).$type<Record<string, unknown>>(),
    /** Number of the published revision. */
    revision: integer("revision").notNull().default(0),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
    archivedAt: integer("archived_at", { mode: "timestamp_ms" }),
    /** For archived entries: the date it stopped being used. */
    endedOn: text("ended_on"),
    /** The working copy officials edit (JSON); null when there is no pending change. */
    draft: text("draft", { mode: "json" }).$type<Record<string, unknown>>(),
    draftState: text("draft_state", { enum: ["draft", "in_review"] }),
    /** Optimistic lock: every draft save increments it; a save based on an older version is a conflict. */
    draftVersion: integer("draft_version").notNull().default(0),
    /** Everyone who edited the pending draft (user ids): none of them may approve it (four-eyes). */
    draftEditors: text("draft_editors", { mode: "json" }).$type<string[]>(),
    draftUpdatedBy: text("draft_updated_by"),
    draftUpdatedAt: integer("draft_updated_at", { mode: "timestamp_ms" }),
    /**
     * How the entry came in: typed in the form, imported from a file, or sent through the API. Entries typed
     * in the form that are impactful or high-risk must be complete (level `full`) to be published; others
     * need to meet the national standard (level `standard`). See lib/completeness.ts.
     */
    origin: text("origin", { enum: ["form", "import", "api"] }).notNull().default("form"),
    /** What is still missing in the working copy (draft, else published content): a bit set of lib/completeness.ts TODO flags. */
    todo: integer("todo").notNull().default(0),
    /** The national Algoritmeregister id (`lars`) of the working copy, for matching imports. */
    lars: text("lars"),
    /** The owner's own id (`source_id`) of the working copy, for matching imports. */
    sourceId: text("source_id"),
    ...timestamps,
  },
  (t) => [
    index("entries_kind_status").on(t.kind, t.status),
    index("entries_org").on(t.organisationId),
    /**
     * The officials' workspace list (db/workspace.ts): newest first per organisation, and covering every
     * column the list filters, counts and searches on — including the name it shows, the pending draft's
     * name else the entry's — so listing and counting never read a row's content or draft JSON.
     */
    index("entries_workspace").on(
      t.organisationId,
      t.updatedAt,
      t.kind,
      t.status,
      t.draftState,
      t.todo,
      t.name,
      // The draft's name, as json_extract(draft, '$.name'); written as `->>` because drizzle-kit splits an
      // index expression at its commas.
      sql`${t.draft} ->> '$.name'`,
    ),
    /** Drafts in review per organisation with their editors, for "awaiting your review" (four eyes). */
    index("entries_review")
      .on(t.organisationId, t.updatedAt, t.draftEditors)
      .where(sql`${t.draftState} = 'in_review'`),
    /**
     * The public catalogue (db/catalogue.ts): every column its load reads from `entries`, so loading
     * 1,000,000 entries scans this index (about 100 bytes a row) and never the rows with their content JSON.
     */
    index("entries_public_catalogue")
      .on(t.id, t.status, t.kind, t.organisationId, t.publishedAt, t.name, t.publicId)
      .where(sql`${t.status} in ('published', 'archived')`),
    index("entries_org_name").on(t.organisationId, t.kind, t.name),
    index("entries_org_lars").on(t.organisationId, t.lars),
    index("entries_org_source").on(t.organisationId, t.sourceId),
    check("entries_kind_check", sql`${t.kind} in ('sensor', 'algorithm')`),
    check("entries_status_check", sql`${t.status} in ('draft', 'in_review', 'published', 'archived')`),
  ],
);

export const entryValues = sqliteTable(
  "entry_values",
  {
    entryId: integer("entry_id")
      .notNull()
      .references(() => entries.id, { onDelete: "cascade" }),
    value: text("value")
      .notNull()
      .references(() => codioValues.slug),
    assessment: text("assessment", { enum: ["serves", "at_stake"] }).notNull(),
    explanation: text("explanation").notNull(),
    actionCategory: text("action_category"),
    action: text("action"),
  },
  (t) => [
    primaryKey({ columns: [t.entryId, t.value] }),
    index("entry_values_value").on(t.value, t.assessment),
    check("entry_values_assessment_check", sql`${t.assessment} in ('serves', 'at_stake')`),
  ],
);

export const entryThemes = sqliteTable(
  "entry_themes",
  {
    entryId: integer("entry_id")
      .notNull()
      .references(() => entries.id, { onDelete: "cascade" }),
    theme: text("theme").notNull(),
  },
  (t) => [primaryKey({ columns: [t.entryId, t.theme] }), index("entry_themes_theme").on(t.theme)],
);

/**
 * Entries that belong together: a query projection of the published `related` field (public ids, of either
 * kind and any organisation, lib/schemas/related.ts), so an entry also finds the entries that name it.
 */
export const entryLinks = sqliteTable(
  "entry_links",
  {
    entryId: integer("entry_id")
      .notNull()
      .references(() => entries.id, { onDelete: "cascade" }),
    target: text("target").notNull(),
  },
  (t) => [primaryKey({ columns: [t.entryId, t.target] }), index("entry_links_target").on(t.target)],
);

/** Immutable public history: one row per publication (triggers in the migration forbid UPDATE/DELETE). */
export const revisions = sqliteTable(
  "revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    entryId: integer("entry_id")
      .notNull()
      .references(() => entries.id, { onDelete: "restrict" }),
    number: integer("number").notNull(),
    status: text("status", { enum: ["published", "archived"] }).notNull(),
    data: text("data", { mode: "json" }).notNull().$type<Record<string, unknown>>(),
    changeNote: text("change_note").notNull(),
    authorId: text("author_id"),
    authorName: text("author_name").notNull(),
    approvedById: text("approved_by_id"),
    approvedByName: text("approved_by_name").notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [uniqueIndex("revisions_entry_number").on(t.entryId, t.number)],
);

export type OrganisationRow = typeof organisations.$inferSelect;
export type EntryRow = typeof entries.$inferSelect;
export type RevisionRow = typeof revisions.$inferSelect;

/** Every official action, append-only (triggers in the migration forbid UPDATE/DELETE). */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
    actorId: text("actor_id"),
    actorName: text("actor_name").notNull(),
    action: text("action").notNull(),
    organisationId: integer("organisation_id"),
    entryId: integer("entry_id"),
    detail: text("detail", { mode: "json" }).$type<Record<string, unknown>>(),
  },
  (t) => [index("audit_at").on(t.at), index("audit_action").on(t.action), index("audit_org").on(t.organisationId)],
);
export type AuditRow = typeof auditLog.$inferSelect;

/* ---- Officials: better-auth tables (user, session, account, verification, rateLimit) and memberships ---- */

export const users = sqliteTable("users", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: integer("email_verified", { mode: "boolean" }).notNull().default(false),
  image: text("image"),
  /** Site administrator: manages organisations and users. */
  isAdmin: integer("is_admin", { mode: "boolean" }).notNull().default(false),
  /** Demo accounts carry a published password; production refuses to start while one is usable. */
  isDemo: integer("is_demo", { mode: "boolean" }).notNull().default(false),
  disabled: integer("disabled", { mode: "boolean" }).notNull().default(false),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    token: text("token").notNull().unique(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [index("sessions_user").on(t.userId)],
);

export const accounts = sqliteTable(
  "accounts",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: integer("access_token_expires_at", { mode: "timestamp_ms" }),
    refreshTokenExpiresAt: integer("refresh_token_expires_at", { mode: "timestamp_ms" }),
    scope: text("scope"),
    password: text("password"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("accounts_user").on(t.userId)],
);

export const verifications = sqliteTable(
  "verifications",
  {
    id: text("id").primaryKey(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("verifications_identifier").on(t.identifier)],
);

export const rateLimits = sqliteTable("rate_limits", {
  id: text("id").primaryKey(),
  key: text("key").notNull().unique(),
  count: integer("count").notNull(),
  lastRequest: integer("last_request").notNull(),
});

/** An official's role in an organisation; one official may belong to several organisations. */
export const memberships = sqliteTable(
  "memberships",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["editor", "publisher"] }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.organisationId] }),
    check("memberships_role_check", sql`${t.role} in ('editor', 'publisher')`),
  ],
);

/** Failed sign-in attempts per account and per address, for throttling with a clear message. */
export const loginAttempts = sqliteTable("login_attempts", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  /** The first failure of the current series. */
  windowStart: integer("window_start", { mode: "timestamp_ms" }).notNull(),
  /** The latest counted attempt: the wait runs from here, and the series is forgotten 15 minutes later. */
  lastFailureAt: integer("last_failure_at", { mode: "timestamp_ms" }).notNull().default(sql`0`),
});

export type UserRow = typeof users.$inferSelect;

/* ---- Kind-specific query projections of published content (rebuilt by db/entries.ts project()) ---- */

/** Published sensors: the columns the map, the filters and the API query on. Content stays in entries.data. */
export const sensors = sqliteTable(
  "sensors",
  {
    entryId: integer("entry_id")
      .primaryKey()
      .references(() => entries.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    mobility: text("mobility").notNull(),
    personalData: integer("personal_data", { mode: "boolean" }).notNull(),
    geometryType: text("geometry_type").notNull(),
    /** The point that stands for the sensor on a clustered map (the point, or the centre of its bbox). */
    lon: real("lon").notNull(),
    lat: real("lat").notNull(),
    minLon: real("min_lon").notNull(),
    minLat: real("min_lat").notNull(),
    maxLon: real("max_lon").notNull(),
    maxLat: real("max_lat").notNull(),
    activeFrom: text("active_from"),
    activeUntil: text("active_until"),
  },
  (t) => [index("sensors_lon_lat").on(t.lon, t.lat), index("sensors_type").on(t.type)],
);

/** Published algorithms: the columns the list filters and the API query on. */
export const algorithms = sqliteTable(
  "algorithms",
  {
    entryId: integer("entry_id")
      .primaryKey()
      .references(() => entries.id, { onDelete: "cascade" }),
    algorithmStatus: text("algorithm_status").notNull(),
    publicationCategory: text("publication_category").notNull(),
    beginMonth: text("begin_month"),
    endMonth: text("end_month"),
    hasContest: integer("has_contest", { mode: "boolean" }).notNull(),
  },
  (t) => [index("algorithms_status").on(t.algorithmStatus), index("algorithms_category").on(t.publicationCategory)],
);

/**
 * An import started in the workspace: the uploaded file, its per-record results and progress. Processed in
 * the server process in small slices (db/import-jobs.ts); the file is dropped once the import has run.
 */
export const importJobs = sqliteTable(
  "import_jobs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Random id used in the page address. */
    token: text("token").notNull().unique(),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull(),
    userName: text("user_name").notNull(),
    fileName: text("file_name").notNull(),
    format: text("format"),
    /** dry_run: results only, nothing written; import: write drafts (and submit them when `submit`). */
    mode: text("mode", { enum: ["dry_run", "import"] }).notNull(),
    submit: integer("submit", { mode: "boolean" }).notNull().default(false),
    status: text("status", { enum: ["queued", "running", "done", "failed"] }).notNull().default("queued"),
    total: integer("total").notNull().default(0),
    processed: integer("processed").notNull().default(0),
    /** The uploaded file's text; null once the import has been carried out. */
    source: text("source"),
    results: text("results", { mode: "json" }).$type<unknown[]>(),
    error: text("error"),
    ...timestamps,
  },
  (t) => [index("import_jobs_org").on(t.organisationId, t.createdAt)],
);
export type ImportJobRow = typeof importJobs.$inferSelect;

/**
 * Tokens for the write API (organisations' own systems). Only a hash is stored; the token itself is shown
 * once. A token belongs to one organisation, has a scope, and can be revoked.
 */
export const apiTokens = sqliteTable(
  "api_tokens",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** Shown in the workspace and in the audit log ("token: <name>"). */
    name: text("name").notNull(),
    scope: text("scope", { enum: ["draft"] }).notNull(),
    /** SHA-256 of the token, hex. */
    tokenHash: text("token_hash").notNull().unique(),
    /** The first characters of the token, to recognise it in the list. */
    prefix: text("prefix").notNull(),
    createdById: text("created_by_id"),
    createdByName: text("created_by_name").notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
    lastUsedAt: integer("last_used_at", { mode: "timestamp_ms" }),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
    revokedByName: text("revoked_by_name"),
  },
  (t) => [index("api_tokens_org").on(t.organisationId)],
);
export type ApiTokenRow = typeof apiTokens.$inferSelect;

/* ---- A say: questions on public entries, and reports of sensors not in the register (README, "Questions and reports") ---- */

/**
 * A question or error report about a published entry, sent anonymously through the entry's page. It lands in
 * the inbox of the entry's organisation; its officials answer or close it. Only an answered question whose
 * answer was made public appears on the entry's page. The reply address is for the officials only: no public
 * page, export or API ever reads it.
 */
export const questions = sqliteTable(
  "questions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    entryId: integer("entry_id")
      .notNull()
      .references(() => entries.id, { onDelete: "cascade" }),
    topic: text("topic", { enum: ["question", "error"] }).notNull(),
    body: text("body").notNull(),
    /** Optional; never shown publicly. Cleared when the question is marked as spam. */
    replyEmail: text("reply_email"),
    /** The language the question was asked in (the page's locale). */
    locale: text("locale").notNull(),
    /** open → answered or closed (no answer) or spam (not counted anywhere). */
    status: text("status", { enum: ["open", "answered", "closed", "spam"] })
      .notNull()
      .default("open"),
    answer: text("answer"),
    /** Whether the question with its answer appears on the entry's page. */
    answerPublic: integer("answer_public", { mode: "boolean" }).notNull().default(false),
    handledById: text("handled_by_id"),
    handledByName: text("handled_by_name"),
    handledAt: integer("handled_at", { mode: "timestamp_ms" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [
    index("questions_entry").on(t.entryId, t.status),
    index("questions_status").on(t.status, t.createdAt),
    check("questions_topic_check", sql`${t.topic} in ('question', 'error')`),
    check("questions_status_check", sql`${t.status} in ('open', 'answered', 'closed', 'spam')`),
  ],
);
export type QuestionRow = typeof questions.$inferSelect;

/**
 * A citizen's report of a sensor that is not in the register: a point on the map (or typed coordinates) and a
 * description, sent to the organisation the citizen chose. Its officials close it or turn it into a sensor
 * draft (`entryId`). The reply address is for the officials only.
 */
export const sensorReports = sqliteTable(
  "sensor_reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    lat: real("lat").notNull(),
    lon: real("lon").notNull(),
    /** The place in words ("lamppost at the corner of Stationsplein"), optional. */
    place: text("place"),
    description: text("description").notNull(),
    replyEmail: text("reply_email"),
    locale: text("locale").notNull(),
    status: text("status", { enum: ["open", "converted", "closed", "spam"] })
      .notNull()
      .default("open"),
    /** The sensor draft made from this report. */
    entryId: integer("entry_id").references(() => entries.id, { onDelete: "set null" }),
    handledById: text("handled_by_id"),
    handledByName: text("handled_by_name"),
    handledAt: integer("handled_at", { mode: "timestamp_ms" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [
    index("sensor_reports_org").on(t.organisationId, t.status, t.createdAt),
    check("sensor_reports_status_check", sql`${t.status} in ('open', 'converted', 'closed', 'spam')`),
  ],
);
export type SensorReportRow = typeof sensorReports.$inferSelect;
