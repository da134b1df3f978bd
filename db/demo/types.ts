/**
 * Shapes shared by the demo data (db/demo/*). The demo data is fictional: the organisations are
 * examples and say so in their names; every address is an example.nl / example.org address.
 */
import type { ActionCategorySlug, ValueSlug } from "@/lib/codio";

/** One demo register entry: its owner, stable public id, workflow status and content. */
export interface DemoEntry<T> {
  /** slug of the owning organisation in demoOrganisations */
  organisation: string;
  /** "S-XXXXXX" (sensor) or "A-XXXXXX" (algorithm) */
  publicId: string;
  status: "published" | "archived" | "draft" | "in_review";
  /** for archived entries: the ISO date the entry stopped being used */
  endedOn?: string;
  /** "import" for entries that came from the national register (default: typed in the form). */
  origin?: "import";
  data: T;
}

/** A values-panel line with the slugs checked by the compiler (the schema checks them at run time). */
export interface DemoValueLink {
  value: ValueSlug;
  assessment: "serves" | "at_stake";
  explanation: string;
  actionCategory?: ActionCategorySlug;
  action?: string;
}

/** An optional safeguard: the category of organisational action and what is done. */
export type Safeguard = [category: ActionCategorySlug, action: string];

/** The entry serves this value, and why. */
export function serves(value: ValueSlug, explanation: string, safeguard?: Safeguard): DemoValueLink {
  return withSafeguard({ value, assessment: "serves", explanation }, safeguard);
}

/** This value is at stake with this entry, why, and (often) how it is safeguarded. */
export function atStake(value: ValueSlug, explanation: string, safeguard?: Safeguard): DemoValueLink {
  return withSafeguard({ value, assessment: "at_stake", explanation }, safeguard);
}

function withSafeguard(link: DemoValueLink, safeguard?: Safeguard): DemoValueLink {
  return safeguard ? { ...link, actionCategory: safeguard[0], action: safeguard[1] } : link;
}

export { PUBLIC_ID_ALPHABET, PUBLIC_ID_PATTERN } from "@/lib/schemas";
