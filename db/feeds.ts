/**
 * The feed of changes: the latest published versions (first publications, changes, archivings) of public
 * entries, for all of the register, per kind and per organisation. Parameters are checked here, the Atom
 * itself is written by lib/formats/atom.ts.
 */
import "server-only";
import type { ApiProblem } from "@/lib/api";
import type { FeedVersion } from "@/lib/formats/atom";
import { routing } from "@/lib/i18n/routing";
import { FEED_LIMIT } from "@/lib/open-data";
import { canonicalUrl } from "@/lib/urls";
import { entryKinds, type EntryKind } from "@/lib/vocab";
import { getDb } from "./client";

export const FEED_PARAMS = ["kind", "organisation", "lang"] as const;
export type FeedLocale = (typeof routing.locales)[number];

export interface FeedQuery {
  kind?: EntryKind;
  organisation?: { id: number; slug: string; name: string };
  lang: FeedLocale;
}

/**
 * Checks the feed's parameters: `kind` (sensor or algorithm), `organisation` (the slug of an organisation
 * that exists) and `lang` (nl or en), each at most once; anything else is refused, so a typo never silently
 * gives the whole register.
 */
export function parseFeedQuery(params: URLSearchParams): { ok: true; query: FeedQuery } | { ok: false; problems: ApiProblem[] } {
  const problems: ApiProblem[] = [];
  const one = (name: string) => {
    const all = params.getAll(name);
    if (all.length > 1) problems.push({ parameter: name, message: `Give '${name}' once.` });
    return all[0]?.trim() || undefined;
  };
  for (const name of new Set(params.keys()))
    if (!(FEED_PARAMS as readonly string[]).includes(name))
      problems.push({ parameter: name.slice(0, 40), message: `Unknown parameter '${name.slice(0, 40)}'; known: ${FEED_PARAMS.join(", ")}.` });
  const kind = one("kind");
  if (kind !== undefined && !(entryKinds.slugs as readonly string[]).includes(kind))
    problems.push({ parameter: "kind", value: kind.slice(0, 60), allowed: [...entryKinds.slugs], message: `Unknown value '${kind.slice(0, 60)}' for 'kind'.` });
  const lang = one("lang");
  if (lang !== undefined && !(routing.locales as readonly string[]).includes(lang))
    problems.push({ parameter: "lang", value: lang.slice(0, 60), allowed: [...routing.locales], message: `Unknown value '${lang.slice(0, 60)}' for 'lang'.` });
  const slug = one("organisation");
  let organisation: FeedQuery["organisation"];
  if (slug !== undefined) {
    organisation = /^[a-z0-9][a-z0-9-]{0,99}$/.test(slug)
      ? getDb().$client.prepare<[string], { id: number; slug: string; name: string }>("SELECT id, slug, name FROM organisations WHERE slug = ?").get(slug)
      : undefined;
    if (!organisation)
      problems.push({ parameter: "organisation", value: slug.slice(0, 60), message: `Unknown organisation '${slug.slice(0, 60)}'.` });
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, query: { kind: kind as EntryKind | undefined, organisation, lang: (lang ?? routing.defaultLocale) as FeedLocale } };
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

/** The latest published versions, newest first, with the filters of the query. */
export function feedVersions(q: FeedQuery, limit = FEED_LIMIT): FeedVersion[] {
  const where = ["e.status IN ('published', 'archived')"];
  const args: (string | number)[] = [];
  if (q.kind) {
    where.push("e.kind = ?");
    args.push(q.kind);
  }
  if (q.organisation) {
    where.push("e.organisation_id = ?");
    args.push(q.organisation.id);
  }
  const rows = getDb()
    .$client.prepare<(string | number)[], VersionRow>(
      `SELECT e.public_id AS publicId, e.kind AS kind, r.number AS number, r.status AS status, r.created_at AS createdAt,
              json_extract(r.data, '$.name') AS name, r.change_note AS changeNote, o.slug AS orgSlug, o.name AS orgName
       FROM revisions r JOIN entries e ON e.id = r.entry_id JOIN organisations o ON o.id = e.organisation_id
       WHERE ${where.join(" AND ")}
       ORDER BY r.id DESC LIMIT ?`,
    )
    .all(...args, limit);
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
