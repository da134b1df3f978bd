"use server";
/**
 * Server actions of the API tokens page (publishers). Each is a public POST endpoint: secureAction
 * authenticates, and db/tokens.ts refuses anyone who is not a publisher of the token's organisation,
 * validates, and writes the audit log in the same transaction. A new token is returned once, to be shown
 * once; it is never logged.
 */
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { intField, secureAction, textField } from "@/lib/actions";
import { createToken, revokeToken } from "@/db/tokens";

export const createTokenAction = secureAction(async (actor, fd) => {
  const { token, summary } = createToken({
    actor,
    input: { organisationId: textField(fd, "organisationId", 20), name: textField(fd, "name", 500), scope: textField(fd, "scope", 20) || "draft" },
  });
  revalidatePath("/", "layout");
  return { status: "ok", message: "created", result: { token, name: summary.name, organisationId: summary.organisationId } };
});

export const revokeTokenAction = secureAction(async (actor, fd) => {
  revokeToken({ actor, tokenId: intField(fd, "tokenId") });
  revalidatePath("/", "layout");
  redirect(`/${await getLocale()}/admin/tokens?done=revoked`);
});
