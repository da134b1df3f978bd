/**
 * The one schema for an algorithm's content: the Dutch Algoritmeregister publication standard 1.0, plus a
 * structured route to contest a decision and the transparency limits. Shared by form, action, demo data.
 */
import { z } from "zod";
import {
  algorithmStatuses,
  contestRequiredCategories,
  contestRoutes,
  deadlineStarts,
  deadlineUnits,
  impactAssessmentKinds,
  publicationCategories,
  themes,
} from "@/lib/vocab";
import { blankable, email, isoMonth, link, oneOf, optionalEmail, optionalMonth, optionalText, optionalUrl, text } from "./common";
import { valuesPanel } from "./values";

export const contestRouteSchema = z
  .object({
    kind: oneOf(contestRoutes.slugs),
    handler: text(300, 3),
    deadlineAmount: blankable(z.coerce.number().int().min(1).max(365)),
    deadlineUnit: blankable(oneOf(deadlineUnits.slugs)),
    deadlineFrom: blankable(oneOf(deadlineStarts.slugs)),
    steps: z.array(text(500, 3)).min(1).max(12),
    include: optionalText(1000),
    webUrl: optionalUrl,
    email: optionalEmail,
    postalAddress: optionalText(300),
    phone: blankable(z.string().regex(/^[+0-9 ()-]{6,20}$/, { message: "phone" })),
  })
  .superRefine((r, ctx) => {
    if (r.deadlineAmount !== undefined) {
      if (!r.deadlineUnit) ctx.addIssue({ code: "custom", path: ["deadlineUnit"], message: "required" });
      if (!r.deadlineFrom) ctx.addIssue({ code: "custom", path: ["deadlineFrom"], message: "required" });
    }
    if (!r.webUrl && !r.email && !r.postalAddress && !r.phone)
      ctx.addIssue({ code: "custom", path: ["webUrl"], message: "channelRequired" });
  });
export type ContestRoute = z.infer<typeof contestRouteSchema>;

export const contestSchema = z.object({
  decisions: z.array(text(100, 2)).min(1).max(20),
  routes: z.array(contestRouteSchema).min(1).max(5),
  humanReview: text(1000, 10),
  nextSteps: text(1000, 10),
});
export type Contest = z.infer<typeof contestSchema>;

export const impactAssessmentSchema = z.object({
  kind: oneOf(impactAssessmentKinds.slugs),
  title: text(200, 3),
  url: optionalUrl,
});

export const algorithmSchema = z
  .object({
    name: text(200, 3),
    shortDescription: text(350, 20),
    themes: z.array(oneOf(themes.slugs)).min(1).max(10),
    status: oneOf(algorithmStatuses.slugs),
    beginMonth: isoMonth,
    endMonth: optionalMonth,
    contactEmail: email,
    publicPageUrl: optionalUrl,
    publicationCategory: oneOf(publicationCategories.slugs),
    goal: text(5000, 20),
    considerations: text(5000, 10),
    humanIntervention: text(5000, 10),
    riskManagement: text(5000, 10),
    lawfulBasis: text(3000, 5),
    lawfulBasisLinks: z.array(link).max(20),
    impactAssessments: z.array(impactAssessmentSchema).max(10),
    impactAssessmentNoneReason: optionalText(1000),
    dataUsed: text(3000, 5),
    dataLinks: z.array(link).max(20),
    technicalOperation: text(5000, 10),
    selfLearning: z.boolean(),
    supplier: text(200, 2),
    sourceCodeUrl: optionalUrl,
    processingRegisterUrl: optionalUrl,
    contest: contestSchema.optional(),
    transparencyLimits: z.array(z.object({ what: text(300, 3), why: text(1000, 10) })).max(10),
    values: valuesPanel,
  })
  .superRefine((a, ctx) => {
    if (a.endMonth && a.endMonth < a.beginMonth)
      ctx.addIssue({ code: "custom", path: ["endMonth"], message: "endBeforeStart" });
    if (a.status === "out_of_use" && !a.endMonth)
      ctx.addIssue({ code: "custom", path: ["endMonth"], message: "endRequiredWhenOutOfUse" });
    if (a.impactAssessments.length === 0 && !a.impactAssessmentNoneReason)
      ctx.addIssue({ code: "custom", path: ["impactAssessmentNoneReason"], message: "assessmentOrReason" });
    if (contestRequiredCategories.includes(a.publicationCategory) && !a.contest)
      ctx.addIssue({ code: "custom", path: ["contest"], message: "contestRequired" });
  });

export type AlgorithmInput = z.input<typeof algorithmSchema>;
export type Algorithm = z.infer<typeof algorithmSchema>;
