/**
 * The CODIO values panel, shared by sensors and algorithms: for each value an entry either serves it,
 * puts it at stake, or leaves it unassessed (then it is simply absent from the list).
 *
 * At draft level explanations may still be empty; from `standard` every assessed value needs its
 * explanation; at `full` at least one value must be served. An empty panel is "not yet assessed".
 */
import { z } from "zod";
import { actionCategorySlugs, valueSlugs, type ActionCategorySlug, type ValueSlug } from "@/lib/codio";
import { fields, perLevel, type Fields, type Level } from "./levels";

function buildValueLink<L extends Level>(f: Fields<L>) {
  return z
    .object({
      value: z.enum(valueSlugs as [ValueSlug, ...ValueSlug[]]),
      assessment: z.enum(["serves", "at_stake"]),
      explanation: f.longText(1000, { need: "standard" }),
      actionCategory: f.oneOf(actionCategorySlugs as [ActionCategorySlug, ...ActionCategorySlug[]]),
      action: f.longText(1000),
    })
    .refine((link) => f.level === "draft" || !(link as { actionCategory?: string }).actionCategory || !!(link as { action?: string }).action, { message: "actionRequired", path: ["action"] });
}

function buildValuesPanel<L extends Level>(f: Fields<L>) {
  return f.list(buildValueLink(f), valueSlugs.length).superRefine((links, ctx) => {
    const seen = new Set<string>();
    links.forEach((l, i) => {
      if (seen.has(l.value)) ctx.addIssue({ code: "custom", message: "duplicateValue", path: [i, "value"] });
      seen.add(l.value);
    });
    if (f.required("full") && !links.some((l) => l.assessment === "serves"))
      ctx.addIssue({ code: "custom", message: "atLeastOneServes" });
  });
}

const cachedLink = perLevel(buildValueLink);
/** One assessed value at a level (the API's schemas, lib/schemas/api.ts, build the answers' value links from it). */
export const valueLinkSchemaAt = <L extends Level>(level: L) => cachedLink(level) as unknown as ReturnType<typeof buildValueLink<L>>;

const cached = perLevel(buildValuesPanel);
export const valuesPanelSchema = <L extends Level>(level: L) => cached(level) as unknown as ReturnType<typeof buildValuesPanel<L>>;
export type ValueLink = z.output<ReturnType<typeof buildValueLink<"standard">>>;
/** One assessed value as the form and the demo data give it. */
export const valueLinkSchema = buildValueLink(fields("full"));

/** How complete an assessment is: assessed values out of all values. */
export function assessmentCompleteness(links: readonly { value: string }[]) {
  return { assessed: new Set(links.map((l) => l.value)).size, total: valueSlugs.length };
}
