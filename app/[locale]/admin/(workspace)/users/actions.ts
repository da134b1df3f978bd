"use server";
/**
 * Server actions of the users pages (site admins). Each is a public POST endpoint: secureAction
 * authenticates, and the domain functions in db/officials.ts refuse anyone who is not a site admin,
 * validate, and write the audit log in the same transaction. Typed passwords are never sent back;
 * a generated one is returned once, to be shown once.
 */
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { intField, secureAction, textField } from "@/lib/actions";
import { addOfficial, resetOfficialPassword, setOfficialBlocked, setOfficialRole } from "@/db/officials";

const userIdOf = (fd: FormData) => textField(fd, "userId", 100);
const back = async (userId: string, flash: string) => {
  revalidatePath("/", "layout");
  redirect(`/${await getLocale()}/admin/users/${encodeURIComponent(userId)}?done=${flash}`);
};

export const createOfficialAction = secureAction(async (actor, fd) => {
  const name = textField(fd, "name", 500);
  const created = await addOfficial({
    actor,
    input: {
      name,
      email: textField(fd, "email", 500),
      isAdmin: fd.get("isAdmin") === "on",
      password: textField(fd, "password", 500),
      generatePassword: fd.get("generatePassword") === "on",
    },
  });
  if (created.generatedPassword) {
    revalidatePath("/", "layout");
    return { status: "ok", message: "created", result: { userId: created.id, name: name.trim(), password: created.generatedPassword } };
  }
  await back(created.id, "created");
});

/** Gives, changes or (role "none") removes an official's role in an organisation. */
export const setRoleAction = secureAction(async (actor, fd) => {
  const userId = userIdOf(fd);
  const role = textField(fd, "role", 20);
  setOfficialRole({ actor, userId, organisationId: intField(fd, "organisationId"), role });
  await back(userId, role === "none" ? "roleRemoved" : "roleSet");
});

export const setBlockedAction = secureAction(async (actor, fd) => {
  const userId = userIdOf(fd);
  const blocked = fd.get("blocked") === "1";
  setOfficialBlocked({ actor, userId, blocked });
  await back(userId, blocked ? "blocked" : "unblocked");
});

export const resetPasswordAction = secureAction(async (actor, fd) => {
  const result = await resetOfficialPassword({
    actor,
    userId: userIdOf(fd),
    input: { password: textField(fd, "password", 500), generatePassword: fd.get("generatePassword") === "on" },
  });
  revalidatePath("/", "layout");
  return { status: "ok", message: "passwordReset", result: result.generatedPassword ? { password: result.generatedPassword } : {} };
});
