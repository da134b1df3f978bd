/**
 * The one schema for a sensor's content, shared by the officials' form, the server actions, the demo data
 * and the importer. Workflow fields (status, owner organisation, public id) live on the entry, not here.
 * Written once per completeness level (lib/schemas/levels.ts): a draft needs only a name. `standard` is what a
 * sensor register such as Amsterdam's asks (what it is, what it measures and why, where, themes, whether it
 * processes personal data and then on which legal ground with which privacy statement): enough to publish an
 * imported record. `full` adds what this register asks of sensors typed in the form: the collective interest,
 * the start date, what happens to personal data, a contact and the CODIO values.
 */
import { z } from "zod";
import { geometry, geometryShape } from "@/lib/geo";
import { dataProcessing, legalGrounds, sensorMobility, sensorTypes, themes } from "@/lib/vocab";
import { englishTexts, perLevel, withRules, type Fields, type Level, type Rule } from "./levels";
import { TRANSLATABLE } from "@/lib/content-language";
import { valuesPanelSchema } from "./values";
import { relatedSchema } from "./related";

function buildSensor<L extends Level>(f: Fields<L>) {
  const schema = z
    .object({
      name: f.text(120, { need: "draft" }),
      ownerReference: f.text(100),
      operator: f.text(200),
      type: f.oneOf(sensorTypes.slugs, { need: "standard" }),
      themes: f.list(z.enum(themes.slugs), 10, { need: "standard" }),
      measures: f.longText(2000, { need: "standard" }),
      purpose: f.longText(2000, { need: "standard" }),
      collectiveInterest: f.longText(2000, { need: "full" }),
      // A draft's geometry must be well-formed; whether it lies in the region is checked for publication.
      geometry: (f.required("standard") ? geometry : geometryShape.optional()) as L extends "draft"
        ? z.ZodOptional<typeof geometryShape>
        : typeof geometry,
      locationDescription: f.longText(500),
      mobility: f.oneOf(sensorMobility.slugs, { need: "standard" }),
      personalData: f.bool({ need: "standard" }),
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
      /** English texts of the fields a reader meets first (lib/content-language.ts), all optional. */
      en: englishTexts(f, TRANSLATABLE.sensor),
      related: relatedSchema(f),
    });
  const rules = sensorRulesAt(f.level);
  return rules.length ? withRules(schema, rules) : schema;
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

/** Personal data needs its legal ground and privacy statement, wherever the record comes from. */
const standardRules: Rule<Rules>[] = [
  {
    broken: (s) => s.personalData === true && !s.legalGround,
    path: "legalGround",
    message: "legalGroundRequired",
    requires: { legalGround: "ifPersonalData" },
  },
  {
    broken: (s) => s.personalData === true && !s.privacyStatementUrl,
    path: "privacyStatementUrl",
    message: "privacyUrlRequired",
    requires: { privacyStatementUrl: "ifPersonalData" },
  },
];
const fullRules: Rule<Rules>[] = [
  { broken: (s) => s.personalData === true && !s.processing, path: "processing", message: "required", requires: { processing: "ifPersonalData" } },
  { broken: (s) => s.personalData === true && !s.retention, path: "retention", message: "required", requires: { retention: "ifPersonalData" } },
  { broken: (s) => !!s.activeUntil && !!s.activeFrom && s.activeUntil < s.activeFrom, path: "activeUntil", message: "endBeforeStart" },
  {
    broken: (s) => !s.contactEmail && !s.contactUrl,
    path: "contactEmail",
    message: "contactRequired",
    requires: { contactEmail: "ifNoContactUrl", contactUrl: "ifNoContactEmail" },
  },
];

/** The cross-field rules a sensor meets at a level (what the schema checks, and what the form labels say). */
export const sensorRulesAt = (level: Level): readonly Rule<Rules>[] =>
  level === "full" ? [...standardRules, ...fullRules] : level === "standard" ? standardRules : [];

const cached = perLevel(buildSensor);
export const sensorSchemaAt = <L extends Level>(level: L) => cached(level) as unknown as ReturnType<typeof buildSensor<L>>;

/** The strictest level: what the demo data and sensors typed in the form meet. */
export const sensorSchema = sensorSchemaAt("full");
export type SensorInput = z.input<typeof sensorSchema>;
/** What an imported sensor gives when it meets the standard level. */
export type SensorStandardInput = z.input<ReturnType<typeof buildSensor<"standard">>>;
/** A published sensor's content: it meets at least the standard level, so what the register adds may be absent. */
export type Sensor = z.output<ReturnType<typeof buildSensor<"standard">>>;
