/**
 * Entries that belong together — a scan car sensor and the parking algorithm it feeds — through one field
 * that sensors and algorithms share: `related`, the public ids of other entries: of the entry's own
 * organisation, or published entries of any organisation.
 *
 * The schema checks what it can see in the content: each item is a public id (typed in any case, with spaces
 * around it), none twice, at most MAX_RELATED. Its messages go to the field itself (`related`), so the form
 * shows them beside the one text area. Whether each id names an entry the official may link (other than this
 * one) is a question for the register, asked when the entry is submitted and published (db/related.ts).
 */
import { z } from "zod";
import { msg } from "./common";
import type { Fields, Level } from "./levels";
import { PUBLIC_ID_PATTERN } from "./public-id";

export const MAX_RELATED = 10;

export function relatedSchema<L extends Level>(f: Fields<L>) {
  const id = z.string().trim().toUpperCase();
  return f
    .list(id, MAX_RELATED)
    .superRefine((ids, ctx) => {
      const seen = new Set<string>();
      for (const v of ids) {
        if (!PUBLIC_ID_PATTERN.test(v)) ctx.addIssue({ code: "custom", message: "publicId" });
        else if (seen.has(v)) ctx.addIssue({ code: "custom", message: msg("duplicateRelated", v) });
        seen.add(v);
      }
    })
    .describe(
      `Public ids of related entries (sensors "S-…" or algorithms "A-…"), at most ${MAX_RELATED}: entries of the same organisation, or published or archived entries of any organisation (checked when the entry is submitted and published). The entries named link back to this one; public pages list only the published ones.`,
    );
}
