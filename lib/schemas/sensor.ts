/**
 * The one schema for a sensor's content, shared by the officials' form, the server actions, the demo data
 * and the importer. Workflow fields (status, owner organisation, public id) live on the entry, not here.
 * Written once per completeness level (lib/schemas/levels.ts): a draft needs only a name; publication
 * needs everything below (`full`).
 */
import { z } from "zod";
import { geometry, geometryShape } from "@/lib/geo";
import { dataProcessing, legalGrounds, sensorMobility, sensorTypes, themes } from "@/lib/vocab";
import { perLevel, withRules, type Fields, type Level, type Rule } from "./levels";
import { valuesPanelSchema } from "./values";

function buildSensor<L extends Level>(f: Fields<L>) {
  const schema = z
    .object({
      name: f.text(120, { need: "draft" }),
      ownerReference: f.text(100),
      operator: f.text(200),
      type: f.oneOf(sensorTypes.slugs, { need: "full" }),
      themes: f.list(z.enum(themes.slugs), 10, { need: "full" }),
      measures: f.longText(2000, { need: "full" }),
      purpose: f.longText(2000, { need: "full" }),
      collectiveInterest: f.longText(2000, { need: "full" }),
      // A draft's geometry must be well-formed; whether it lies in the region is checked for publication.
      geometry: (f.required("full") ? geometry : geometryShape.optional()) as L extends "full" ? typeof geometry : z.ZodOptional<typeof geometryShape>,
      locationDescription: f.longText(500),
      mobility: f.oneOf(sensorMobility.slugs, { need: "full" }),
      personalData: f.bool({ need: "full" }),
      legalGround: f.oneOf(legalGrounds.slugs),
      privacyStatementUrl: f.url({ max: 2000 }),
      processing: f.oneOf(dataProcessing.slugs),
      retention: f.text(300),
      dataAccess: f.longText(500),
      openDataUrl: f.url({ max: 2000 }),
      activeFrom: f.date({ need: "full" }),
      activeUntil: f.date(),
      contactEmail: f.email(),
      contactUrl: f.url({ max: 2000 }),
      values: valuesPanelSchema(f.level),
    });
  return f.required("full") ? withRules(schema, sensorRules) : schema;
}

/** What the cross-field rules read (the same at every level). */
interface Rules {
  personalData?: boolean;
  legalGround?: string;
  privacyStatementUrl?: string;
  processing?: string;
  retention?: string;
  activeFrom?: string;
  activeUntil?: string;
  contactEmail?: string;
  contactUrl?: string;
}

const sensorRules: Rule<Rules>[] = [
  { broken: (s) => s.personalData === true && !s.legalGround, path: "legalGround", message: "legalGroundRequired" },
  { broken: (s) => s.personalData === true && !s.privacyStatementUrl, path: "privacyStatementUrl", message: "privacyUrlRequired" },
  { broken: (s) => s.personalData === true && !s.processing, path: "processing", message: "required" },
  { broken: (s) => s.personalData === true && !s.retention, path: "retention", message: "required" },
  { broken: (s) => !!s.activeUntil && !!s.activeFrom && s.activeUntil < s.activeFrom, path: "activeUntil", message: "endBeforeStart" },
  { broken: (s) => !s.contactEmail && !s.contactUrl, path: "contactEmail", message: "contactRequired" },
];

const cached = perLevel(buildSensor);
export const sensorSchemaAt = <L extends Level>(level: L) => cached(level) as unknown as ReturnType<typeof buildSensor<L>>;

/** What a published sensor meets. */
export const sensorSchema = sensorSchemaAt("full");
export type SensorInput = z.input<typeof sensorSchema>;
export type Sensor = z.output<typeof sensorSchema>;
