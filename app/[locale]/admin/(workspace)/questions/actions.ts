"use server";
/**
 * The inbox's server actions (README, "Questions and reports"). Each is a public POST endpoint: secureAction
 * authenticates, and db/questions.ts authorises (only officials of the entry's organisation) and validates.
 */
import { redirect, unstable_rethrow } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { intField, secureAction, textField, toActionState } from "@/lib/actions";
import { answerQuestion, closeQuestion } from "@/db/questions";

const done = async (id: number, what: string) => {
  revalidatePath("/", "layout");
  redirect(`/${await getLocale()}/admin/questions/${id}?done=${what}`);
};

export const answerQuestionAction = secureAction(async (actor, fd) => {
  const id = intField(fd, "id");
  const answer = textField(fd, "answer", 10_000);
  const publish = fd.get("publish") === "on";
  try {
    answerQuestion({ actor, id, input: { answer, publish } });
  } catch (e) {
    unstable_rethrow(e);
    // Shown again as typed, also without JavaScript (the page is drawn anew).
    return { ...toActionState(e), result: { answer, publish } };
  }
  await done(id, "answered");
});

export const closeQuestionAction = secureAction(async (actor, fd) => {
  const id = intField(fd, "id");
  const reason = textField(fd, "reason", 20);
  closeQuestion({ actor, id, reason });
  await done(id, reason);
});
