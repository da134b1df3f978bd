/**
 * The Atom feed of changes (RFC 4287), written with the `feed` package: one entry per published version —
 * a first publication, a change or an archiving. Pure: no database; the wording comes from the caller (the
 * message catalogues), so the feed speaks the page's language.
 *
 * What RFC 4287 requires is always there: the feed's id, title, updated, author and a `self` link; every
 * entry's id, title, updated and link. An entry's author is the organisation, never an official. Entry ids
 * are tag URIs (RFC 4151) that never change: `tag:<host>,<day of the version>:<public id>/<version>`.
 */
import { Feed } from "feed";
import type { EntryKind } from "@/lib/vocab";

export const FORMAT = "atom";

/** One published version, as the feed shows it. */
export interface FeedVersion {
  publicId: string;
  kind: EntryKind;
  /** The version's number, from 1. */
  number: number;
  status: "published" | "archived";
  createdAt: Date;
  /** The entry's name in this version. */
  name: string;
  changeNote: string;
  organisation: { slug: string; name: string };
  /** The entry's canonical page, in the feed's language. */
  url: string;
}

export type Change = "published" | "changed" | "archived";
/** What a version did: a first publication, a change, or the archiving. */
export const changeOf = (v: Pick<FeedVersion, "number" | "status">): Change =>
  v.status === "archived" ? "archived" : v.number === 1 ? "published" : "changed";

export interface ChangesFeed {
  /** The feed's own URL (its id and its `self` link). */
  selfUrl: string;
  /** A page that shows the same entries. */
  alternateUrl: string;
  lang: string;
  title: string;
  subtitle: string;
  /** Who publishes the feed (the register). */
  author: { name: string; url: string };
  rights: string;
  /** When nothing is in the feed: when the register last changed, else the feed's own time. */
  updatedFallback: Date;
  /** Title and summary of a version, as plain text. */
  entryTitle: (v: FeedVersion) => string;
  entrySummary: (v: FeedVersion) => string;
}

/** Title and summary are Atom `html` text: what is plain text must be escaped (the library does not). */
const html = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The tag URI of a version; stable as long as the register's host name is. */
export function versionTag(host: string, v: Pick<FeedVersion, "publicId" | "number" | "createdAt">) {
  return `tag:${host},${v.createdAt.toISOString().slice(0, 10)}:${v.publicId}/${v.number}`;
}

/** The feed as Atom XML, newest version first (`versions` in that order). */
export function changesFeedXml(o: ChangesFeed, versions: readonly FeedVersion[]): string {
  const host = new URL(o.selfUrl).hostname;
  const feed = new Feed({
    id: o.selfUrl,
    title: o.title,
    description: o.subtitle,
    link: o.alternateUrl,
    feedLinks: { atom: o.selfUrl },
    updated: versions[0]?.createdAt ?? o.updatedFallback,
    author: { name: o.author.name, link: o.author.url },
    copyright: o.rights,
    language: o.lang,
    generator: false,
  });
  for (const v of versions)
    feed.addItem({
      id: versionTag(host, v),
      title: html(o.entryTitle(v)),
      link: v.url,
      date: v.createdAt,
      published: v.createdAt,
      description: html(o.entrySummary(v)),
      author: [{ name: v.organisation.name }],
      category: [{ term: v.kind }],
    });
  // The library leaves out the language; Atom carries it as xml:lang on the root.
  return feed
    .atom1()
    .replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${html(o.lang)}">`);
}
