/**
 * The feed of changes: the latest published versions (first publications, changes, archivings) of public
 * entries, for all of the register, per kind and per organisation. Parameters are read here, the Atom
 * itself is written by lib/formats/atom.ts.
 */
import "server-only";
import type { FeedVersion } from "@/lib/formats/atom";
import { routing } from "@/lib/i18n/routing";
import { FEED_LIMIT } from "@/lib/open-data";
import { canonicalUrl } from "@/lib/urls";
import type { EntryKind } from "@/lib/vocab";
import { getDb } from "./client";
import { apiQuery, FEED_QUERY, type ParamProblem } from "./query-params";

export type FeedLocale = (typeof routing.locales)[number];

export interface FeedQuery {
  kind?: EntryKind;
  organisation?: { id: number; slug: string; name: string };
  lang: FeedLocale;
}

/**
 * Reads the feed's parameters (db/query-params.ts FEED_QUERY): `kind` (sensor or algorithm), `organisation`
 * (the slug of an organisation that exists) and `lang` (nl or en), each at most once; anything else is
 * refused, so a typo never silently gives the whole register.
 */
export function parseFeedQuery(params: URLSearchParams): { ok: true; query: FeedQuery } | { ok: false; problems: ParamProblem[] } {
  const parsed = apiQuery(FEED_QUERY, params);
  if (!parsed.ok) return parsed;
  const { kind, lang, organisation: slug } = parsed.query;
  const organisation = slug
    ? getDb().$client.prepare<[string], { id: number; slug: string; name: string }>("SELECT id, slug, name FROM organisations WHERE slug = ?").get(slug)
    : undefined;
  return { ok: true, query: { kind, organisation, lang: lang ?? routing.defaultLocale } };
}

interface VersionRow {
  publicId: string;
  kind: EntryKind;
  number: number;
  status: "published" | "archived";
  createdAt: number;
  name: string | null;
  changeNote: string;
  orgSlug: string;
  orgName: string;
}

/** How many of the newest versions are looked through first for those that pass the filters. */
const RECENT = 5000;

/**
 * The ids of the latest published versions that pass the filters, newest first. Reading only ids and
 * indexes: first among the newest few thousand versions (enough for all of the register, a kind, or an
 * organisation that changes often); when that gives too few, through the organisation's or the kind's
 * entries and their versions (index entries_org or entries_kind_status, then revisions_entry_number),
 * sorting only ids. Reading the name of every candidate before sorting (as one query would) took 0.8 s
 * for an organisation with 57,000 entries.
 */
function feedVersionIds(where: string[], args: (string | number)[], limit: number, window: number): number[] {
  const db = getDb().$client;
  const filter = where.length ? `AND ${where.join(" AND ")}` : "";
  const recent = db
    .prepare<(string | number)[], { id: number }>(
      // Revisions are only appended and never deleted, so the newest `window` of them are the last ids. The
      // CROSS JOIN keeps the revisions as the outer loop, read newest first, stopping at `limit` matches.
      `SELECT r.id AS id FROM revisions r CROSS JOIN entries e ON e.id = r.entry_id
       WHERE r.id > (SELECT coalesce(max(id), 0) FROM revisions) - ? AND e.status IN ('published', 'archived') ${filter}
       ORDER BY r.id DESC LIMIT ?`,
    )
    .all(window, ...args, limit)
    .map((r) => r.id);
  // The newest versions are the answer when they hold enough, or when nothing is filtered and they were all looked at.
  if (recent.length === limit || (!where.length && window >= limit)) return recent;
  // CROSS JOIN keeps the entries (found by the filter's index) as the outer loop.
  return db
    .prepare<(string | number)[], { id: number }>(
      `SELECT r.id AS id FROM entries e CROSS JOIN revisions r ON r.entry_id = e.id
       WHERE e.status IN ('published', 'archived') ${filter} ORDER BY r.id DESC LIMIT ?`,
    )
    .all(...args, limit)
    .map((r) => r.id);
}

/**
 * The latest published versions, newest first, with the filters of the query. `recent`: how many of the
 * newest versions are looked through first (the tests and the benchmark change it).
 */
export function feedVersions(q: FeedQuery, { limit = FEED_LIMIT, recent = RECENT } = {}): FeedVersion[] {
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (q.kind) {
    where.push("e.kind = ?");
    args.push(q.kind);
  }
  if (q.organisation) {
    where.push("e.organisation_id = ?");
    args.push(q.organisation.id);
  }
  const ids = feedVersionIds(where, args, limit, recent);
  if (!ids.length) return [];
  const rows = getDb()
    .$client.prepare<[string], VersionRow>(
      `SELECT e.public_id AS publicId, e.kind AS kind, r.number AS number, r.status AS status, r.created_at AS createdAt,
              json_extract(r.data, '$.name') AS name, r.change_note AS changeNote, o.slug AS orgSlug, o.name AS orgName
       FROM revisions r JOIN entries e ON e.id = r.entry_id JOIN organisations o ON o.id = e.organisation_id
       WHERE r.id IN (SELECT value FROM json_each(?))
       ORDER BY r.id DESC`,
    )
    .all(JSON.stringify(ids));
  return rows.map((r) => ({
    publicId: r.publicId,
    kind: r.kind,
    number: r.number,
    status: r.status,
    createdAt: new Date(r.createdAt),
    name: r.name ?? r.publicId,
    changeNote: r.changeNote,
    organisation: { slug: r.orgSlug, name: r.orgName },
    url: canonicalUrl(r.kind, r.publicId, q.lang),
  }));
}

/** When the register last changed (its newest version), for a feed that holds nothing. */
export function lastChange(): Date | undefined {
  // Revisions are only ever appended: the newest has the highest id (max(created_at) would read them all).
  const r = getDb().$client.prepare<[], { at: number | null }>("SELECT created_at AS at FROM revisions ORDER BY id DESC LIMIT 1").get();
  return r?.at ? new Date(r.at) : undefined;
}
