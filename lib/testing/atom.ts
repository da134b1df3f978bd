/**
 * Checks a document against what RFC 4287 (Atom) requires, for the unit and end-to-end tests of the feed:
 * well-formed XML (parsed with fast-xml-parser); a `feed` root in the Atom namespace with one id, title
 * and updated, a `self` link, and an author unless every entry has one; every entry with one id (an
 * absolute IRI, unique in the feed), title and updated, and an alternate link (the feed has no content).
 * Returns the parsed feed and every problem found (none when valid).
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface AtomLink {
  "@rel"?: string;
  "@href": string;
  "@type"?: string;
}
export interface AtomEntry {
  id: string;
  title: string | { "#text": string; "@type"?: string };
  updated: string;
  published?: string;
  summary?: string | { "#text": string };
  link: AtomLink[];
  author?: { name: string }[];
  category?: { "@term": string }[];
}
export interface AtomFeed {
  "@xmlns": string;
  "@xml:lang"?: string;
  id: string;
  title: string;
  updated: string;
  link: AtomLink[];
  author?: { name: string }[];
  entry: AtomEntry[];
}

const ARRAYS = new Set(["feed.link", "feed.author", "feed.entry", "feed.entry.link", "feed.entry.author", "feed.entry.category"]);
/** RFC 3339 date-time, as Atom requires for updated and published. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The text of an element that may carry attributes. */
export const textOf = (v: unknown): string =>
  typeof v === "string" ? v : v && typeof v === "object" && "#text" in v ? String((v as { "#text": unknown })["#text"]) : "";

export function checkAtom(xml: string): { feed: AtomFeed | undefined; problems: string[] } {
  const problems: string[] = [];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { feed: undefined, problems: [`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`] };
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    parseTagValue: false,
    isArray: (_name, path) => ARRAYS.has(String(path)),
  }).parse(xml) as { feed?: AtomFeed };
  const feed = doc.feed;
  if (!feed) return { feed: undefined, problems: ["the root element is not feed"] };
  feed.entry ??= [];
  feed.link ??= [];
  if (feed["@xmlns"] !== "http://www.w3.org/2005/Atom") problems.push("feed: not in the Atom namespace");
  const one = (where: string, o: Record<string, unknown>, name: string) => {
    const v = o[name];
    if (v === undefined || Array.isArray(v) || textOf(v).trim() === "") problems.push(`${where}: needs exactly one ${name}`);
  };
  const date = (where: string, v: unknown) => {
    if (v !== undefined && !RFC3339.test(textOf(v))) problems.push(`${where}: '${textOf(v)}' is not an RFC 3339 date`);
  };
  for (const name of ["id", "title", "updated"]) one("feed", feed as unknown as Record<string, unknown>, name);
  date("feed updated", feed.updated);
  if (!feed.link.some((l) => l["@rel"] === "self" && l["@href"])) problems.push("feed: needs a link rel=self");
  const authorOk = (a: { name: string }[] | undefined) => !!a?.length && a.every((x) => textOf(x.name).trim() !== "");
  if (!authorOk(feed.author) && !feed.entry.every((e) => authorOk(e.author))) problems.push("feed: needs an author, or every entry one");
  const ids = new Set<string>();
  feed.entry.forEach((e, i) => {
    const where = `entry ${i + 1}`;
    for (const name of ["id", "title", "updated"]) one(where, e as unknown as Record<string, unknown>, name);
    date(`${where} updated`, e.updated);
    date(`${where} published`, e.published);
    const id = textOf(e.id);
    if (!/^[a-z][a-z0-9+.-]*:/i.test(id)) problems.push(`${where}: id '${id}' is not an absolute IRI`);
    if (ids.has(id)) problems.push(`${where}: id '${id}' is not unique`);
    ids.add(id);
    if (!(e.link ?? []).some((l) => (l["@rel"] ?? "alternate") === "alternate" && l["@href"])) problems.push(`${where}: needs a link rel=alternate`);
  });
  return { feed, problems };
}
