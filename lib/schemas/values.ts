/**
 * The CODIO values panel, shared by sensors and algorithms: for each value an entry either serves it,
 * puts it at stake, or leaves it unassessed (then it is simply absent from the list).
 */
import { z } from "zod";
import { actionCategorySlugs, valueSlugs } from "@/lib/codio";
import { blankable, optionalText, text } from "./common";

export const valueLink = z
  .object({
    value: z.enum(valueSlugs as [string, ...string[]]),
    assessment: z.enum(["serves", "at_stake"]),
    explanation: text(1000, 10),
    actionCategory: blankable(z.enum(actionCategorySlugs as [string, ...string[]])),
    action: optionalText(1000),
  })
  .refine((v) => !v.actionCategory || !!v.action, { message: "actionRequired", path: ["action"] });
export type ValueLink = z.infer<typeof valueLink>;

export const valuesPanel = z
  .array(valueLink)
  .max(valueSlugs.length)
  .superRefine((links, ctx) => {
    const seen = new Set<string>();
    links.forEach((l, i) => {
      if (seen.has(l.value)) ctx.addIssue({ code: "custom", message: "duplicateValue", path: [i, "value"] });
      seen.add(l.value);
    });
    if (!links.some((l) => l.assessment === "serves")) ctx.addIssue({ code: "custom", message: "atLeastOneServes" });
  });

/** How complete an assessment is: assessed values out of all values. */
export function assessmentCompleteness(links: readonly { value: string }[]) {
  return { assessed: new Set(links.map((l) => l.value)).size, total: valueSlugs.length };
}
