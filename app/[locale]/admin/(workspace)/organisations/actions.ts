"use server";
/**
 * Server actions of the organisations page (site admins). Each is a public POST endpoint: secureAction
 * authenticates, and db/organisations.ts refuses anyone who is not a site admin and validates.
 */
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { intField, secureAction, textField } from "@/lib/actions";
import { createOrganisation, updateOrganisation } from "@/db/organisations";

/** The form's fields as the organisation schema expects them (it trims, and treats blanks as absent). */
const input = (fd: FormData) => ({
  name: textField(fd, "name", 500),
  slug: textField(fd, "slug", 200),
  kind: textField(fd, "kind", 50),
  tooiId: textField(fd, "tooiId", 500),
  contactEmail: textField(fd, "contactEmail", 500),
  website: textField(fd, "website", 2500),
  objectionUrl: textField(fd, "objectionUrl", 2500),
  objectionAddress: textField(fd, "objectionAddress", 1000),
  allowSelfApproval: fd.get("allowSelfApproval") === "on",
  moderator: textField(fd, "moderator", 200),
});

/** Creates an organisation, or changes the one named by the `id` field. */
export const saveOrganisationAction = secureAction(async (actor, fd) => {
  const id = fd.get("id") ? intField(fd, "id") : undefined;
  if (id === undefined) createOrganisation({ actor, input: input(fd) });
  else updateOrganisation({ actor, id, input: input(fd) });
  revalidatePath("/", "layout");
  redirect(`/${await getLocale()}/admin/organisations?done=${id === undefined ? "created" : "updated"}`);
});
