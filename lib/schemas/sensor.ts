/**
 * The one schema for a sensor's content, shared by the officials' form, the server action, the demo data
 * and any importer. Workflow fields (status, owner organisation, public id) live on the entry, not here.
 */
import { z } from "zod";
import { geometry } from "@/lib/geo";
import { dataProcessing, legalGrounds, sensorMobility, sensorTypes, themes } from "@/lib/vocab";
import { blankable, isoDate, oneOf, optionalDate, optionalEmail, optionalText, optionalUrl, text } from "./common";
import { valuesPanel } from "./values";

export const sensorSchema = z
  .object({
    name: text(120, 3),
    ownerReference: optionalText(100),
    operator: optionalText(200),
    type: oneOf(sensorTypes.slugs),
    themes: z.array(oneOf(themes.slugs)).min(1).max(10),
    measures: text(2000, 10),
    purpose: text(2000, 10),
    collectiveInterest: text(2000, 10),
    geometry,
    locationDescription: optionalText(500),
    mobility: oneOf(sensorMobility.slugs),
    personalData: z.boolean(),
    legalGround: blankable(oneOf(legalGrounds.slugs)),
    privacyStatementUrl: optionalUrl,
    processing: blankable(oneOf(dataProcessing.slugs)),
    retention: optionalText(300),
    dataAccess: optionalText(500),
    openDataUrl: optionalUrl,
    activeFrom: isoDate,
    activeUntil: optionalDate,
    contactEmail: optionalEmail,
    contactUrl: optionalUrl,
    values: valuesPanel,
  })
  .superRefine((s, ctx) => {
    if (s.personalData) {
      if (!s.legalGround) ctx.addIssue({ code: "custom", path: ["legalGround"], message: "legalGroundRequired" });
      if (!s.privacyStatementUrl)
        ctx.addIssue({ code: "custom", path: ["privacyStatementUrl"], message: "privacyUrlRequired" });
      if (!s.processing) ctx.addIssue({ code: "custom", path: ["processing"], message: "required" });
      if (!s.retention) ctx.addIssue({ code: "custom", path: ["retention"], message: "required" });
    }
    if (s.activeUntil && s.activeUntil < s.activeFrom)
      ctx.addIssue({ code: "custom", path: ["activeUntil"], message: "endBeforeStart" });
    if (!s.contactEmail && !s.contactUrl)
      ctx.addIssue({ code: "custom", path: ["contactEmail"], message: "contactRequired" });
  });

export type SensorInput = z.input<typeof sensorSchema>;
export type Sensor = z.infer<typeof sensorSchema>;
