/** The one schema for an organisation, used by the admin form and the demo data. */
import { z } from "zod";
import { organisationKinds, outsideOwnerKinds } from "@/lib/vocab";
import { blankable, email, oneOf, optionalMultilineText, optionalUrl, text } from "./common";

const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "slug" })
  .max(80);

export const organisationSchema = z
  .object({
    // At most 100: the national Algoritmeregister's `organization` field holds it.
    name: text(100, 2),
    slug,
    kind: oneOf(organisationKinds.slugs),
    tooiId: blankable(
      z.string().regex(/^https:\/\/identifier\.overheid\.nl\/tooi\/id\/[a-z_]+\/[a-z0-9_]+$/, { message: "tooi" }),
    ),
    contactEmail: email,
    website: optionalUrl,
    /** Where residents send a general objection when no algorithm matches their decision. */
    objectionUrl: optionalUrl,
    // A postal address: a text area, so line breaks are welcome.
    objectionAddress: optionalMultilineText(300),
    /** One-person teams may approve their own changes; the public page then says so. */
    allowSelfApproval: z.boolean().default(false),
    /**
     * For a company or institution that reports under a municipal reporting duty: the slug of the public body
     * whose publishers approve its entries. Required for those kinds, absent for public bodies.
     */
    moderator: blankable(slug),
  })
  .superRefine((o, ctx) => {
    const outside = outsideOwnerKinds.includes(o.kind);
    if (outside && !o.moderator) ctx.addIssue({ code: "custom", path: ["moderator"], message: "moderatorRequired" });
    if (!outside && o.moderator) ctx.addIssue({ code: "custom", path: ["moderator"], message: "moderatorOnlyForOutside" });
    if (o.moderator && o.moderator === o.slug) ctx.addIssue({ code: "custom", path: ["moderator"], message: "moderatorNotSelf" });
  });
export type Organisation = z.infer<typeof organisationSchema>;
export type OrganisationInput = z.input<typeof organisationSchema>;
