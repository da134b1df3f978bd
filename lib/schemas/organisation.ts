/** The one schema for an organisation, used by the admin form and the demo data. */
import { z } from "zod";
import { organisationKinds } from "@/lib/vocab";
import { blankable, email, oneOf, optionalText, optionalUrl, text } from "./common";

export const organisationSchema = z.object({
  name: text(200, 2),
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "slug" })
    .max(80),
  kind: oneOf(organisationKinds.slugs),
  tooiId: blankable(
    z.string().regex(/^https:\/\/identifier\.overheid\.nl\/tooi\/id\/[a-z_]+\/[a-z0-9_]+$/, { message: "tooi" }),
  ),
  contactEmail: email,
  website: optionalUrl,
  /** Where residents send a general objection when no algorithm matches their decision. */
  objectionUrl: optionalUrl,
  objectionAddress: optionalText(300),
  /** One-person teams may approve their own changes; the public page then says so. */
  allowSelfApproval: z.boolean().default(false),
});
export type Organisation = z.infer<typeof organisationSchema>;
export type OrganisationInput = z.input<typeof organisationSchema>;
