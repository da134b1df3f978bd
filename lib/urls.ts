import { siteUrl } from "./config";
import type { EntryKind } from "./vocab";

const section: Record<EntryKind, string> = { sensor: "sensors", algorithm: "algorithms" };

/** The locale-less path of an entry's public page, for next-intl's Link. */
export const entryPath = (kind: EntryKind, publicId: string) => `/${section[kind]}/${publicId}`;
/** The canonical URL of an entry, as in every export. */
export const canonicalUrl = (kind: EntryKind, publicId: string, locale = "nl") =>
  `${siteUrl}/${locale}${entryPath(kind, publicId)}`;

/** The locale-less path of an organisation's public page, for next-intl's Link. */
export const organisationPath = (slug: string) => `/organisations/${slug}`;
/** The canonical URL of an organisation's page. */
export const organisationUrl = (slug: string, locale = "nl") => `${siteUrl}/${locale}${organisationPath(slug)}`;
