/**
 * The one schema for an algorithm's content: the fields of the Dutch Algoritmeregister publication standard
 * 1.0 (under our own names; lib/formats/algoritmeregister-1.0.ts maps them to the standard's names), plus
 * what the register adds: a structured route to contest a decision, the transparency limits, the register's
 * own themes and the CODIO values panel. Shared by the form, the server actions, the importer and the demo.
 *
 * Written once per completeness level (lib/schemas/levels.ts): at `standard` it asks exactly what the
 * national standard asks (name, short description, status, contact, publication category; its lengths,
 * counted without markup); at `full` everything the register adds. Nine text fields may carry the
 * standard's HTML (`rich`).
 */
import { z } from "zod";
import {
  algorithmCategories,
  algorithmStatuses,
  contestRequiredCategories,
  contestRoutes,
  deadlineStarts,
  deadlineUnits,
  impactAssessmentKinds,
  publicationCategories,
  themes,
} from "@/lib/vocab";
import { blankable } from "./common";
import { englishTexts, perLevel, withRules, type Fields, type Level, type Rule } from "./levels";
import { TRANSLATABLE } from "@/lib/content-language";
import { valuesPanelSchema } from "./values";
import { relatedSchema } from "./related";

function buildContestRoute<L extends Level>(f: Fields<L>) {
  const route = z
    .object({
      kind: f.oneOf(contestRoutes.slugs, { need: "standard" }),
      handler: f.text(300, { need: "standard" }),
      deadlineAmount: blankable(z.coerce.number().int().min(1).max(365)),
      deadlineUnit: f.oneOf(deadlineUnits.slugs),
      deadlineFrom: f.oneOf(deadlineStarts.slugs),
      steps: f.list(f.longText(500, { need: "draft" }), 12, { need: "standard" }),
      include: f.longText(1000),
      webUrl: f.url({ max: 2000 }),
      email: f.email(),
      postalAddress: f.text(300),
      phone: f.level === "draft" ? f.text(20) : blankable(z.string().regex(/^[+0-9 ()-]{6,20}$/, { message: "phone" })),
    });
  const rules = contestRouteRulesAt(f.level);
  return rules.length ? withRules(route, rules) : route;
}

/** What the cross-field rules of a route read. */
interface RouteRules {
  deadlineAmount?: unknown;
  deadlineUnit?: string;
  deadlineFrom?: string;
  webUrl?: string;
  email?: string;
  postalAddress?: string;
  phone?: string;
}

const routeRules: Rule<RouteRules>[] = [
  {
    broken: (r) => r.deadlineAmount != null && r.deadlineAmount !== "" && !r.deadlineUnit,
    path: "deadlineUnit",
    message: "required",
    requires: { deadlineUnit: "ifDeadline" },
  },
  {
    broken: (r) => r.deadlineAmount != null && r.deadlineAmount !== "" && !r.deadlineFrom,
    path: "deadlineFrom",
    message: "required",
    requires: { deadlineFrom: "ifDeadline" },
  },
  {
    broken: (r) => !r.webUrl && !r.email && !r.postalAddress && !r.phone,
    path: "webUrl",
    message: "channelRequired",
    requires: { webUrl: "oneChannel", email: "oneChannel", postalAddress: "oneChannel", phone: "oneChannel" },
  },
];

/** The cross-field rules of one contest route at a level (checked from `standard` on). */
export const contestRouteRulesAt = (level: Level): readonly Rule<RouteRules>[] => (level === "draft" ? [] : routeRules);

function buildContest<L extends Level>(f: Fields<L>) {
  return z.object({
    decisions: f.list(f.text(100, { need: "draft" }), 20, { need: "standard" }),
    routes: f.list(buildContestRoute(f), 5, { need: "standard" }),
    humanReview: f.longText(1000, { need: "standard" }),
    nextSteps: f.longText(1000, { need: "standard" }),
  });
}

/** A link of a link group: a title and a link, which the standard allows to be a text. */
const buildLink = <L extends Level>(f: Fields<L>, titleMax: number) =>
  z.object({ title: f.text(titleMax, { need: "standard" }), url: f.linkTarget({ need: "standard" }) });

/** What the cross-field rules of an algorithm read. */
interface Rules {
  beginMonth?: string;
  endMonth?: string;
  status?: string;
  impactAssessments?: unknown;
  impactAssessmentNoneReason?: string;
  publicationCategory?: string;
  contest?: unknown;
}

const algorithmRules: Rule<Rules>[] = [
  { broken: (a) => !!a.endMonth && !!a.beginMonth && a.endMonth < a.beginMonth, path: "endMonth", message: "endBeforeStart" },
  {
    broken: (a) => a.status === "out_of_use" && !a.endMonth,
    path: "endMonth",
    message: "endRequiredWhenOutOfUse",
    requires: { endMonth: "ifOutOfUse" },
  },
  {
    broken: (a) => (!Array.isArray(a.impactAssessments) || a.impactAssessments.length === 0) && !a.impactAssessmentNoneReason,
    path: "impactAssessmentNoneReason",
    message: "assessmentOrReason",
    requires: { impactAssessmentNoneReason: "ifNoAssessment", impactAssessments: "ifNoAssessmentReason" },
  },
  {
    broken: (a) => !!a.publicationCategory && contestRequiredCategories.includes(a.publicationCategory) && !a.contest,
    path: "contest",
    message: "contestRequired",
  },
];

function buildAlgorithm<L extends Level>(f: Fields<L>) {
  const schema = z
    .object({
      // --- Fields of the publication standard 1.0 (standard name in the comment) ---
      /** name */
      name: f.text(100, { need: "draft" }),
      /** description_short */
      shortDescription: f.longText(400, { need: "standard" }),
      /** category: the standard's policy areas */
      categories: f.list(z.enum(algorithmCategories.slugs), algorithmCategories.slugs.length),
      /** status */
      status: f.oneOf(algorithmStatuses.slugs, { need: "standard" }),
      /** begin_date */
      beginMonth: f.month({ need: "full" }),
      /** end_date */
      endMonth: f.month(),
      /** contact_email: an e-mail address or a web address */
      contactEmail: f.contact({ need: "standard" }),
      /** website */
      publicPageUrl: f.url(),
      /** publication_category */
      publicationCategory: f.oneOf(publicationCategories.slugs, { need: "standard" }),
      /** url: where the algorithm was registered before (machine-readable) */
      sourceUrl: f.url(),
      /** goal */
      goal: f.rich(2500, { need: "full" }),
      /** proportionality */
      considerations: f.rich(2500, { need: "full" }),
      /** human_intervention */
      humanIntervention: f.rich(2500, { need: "full" }),
      /** risks */
      riskManagement: f.rich(2500, { need: "full" }),
      /** lawful_basis */
      lawfulBasis: f.rich(2500, { need: "full" }),
      /** lawful_basis_grouping */
      lawfulBasisLinks: f.list(buildLink(f, 100), 50),
      /** process_index_url */
      processingRegisterUrl: f.url(),
      /** impacttoetsen_grouping (kind is the register's own classification) */
      impactAssessments: f.list(
        z.object({
          kind: f.oneOf(impactAssessmentKinds.slugs, { need: "full" }),
          title: f.text(500, { need: "standard" }),
          url: f.linkTarget(),
        }),
        20,
      ),
      /** impacttoetsen: why certain impact assessments were not done */
      impactAssessmentNoneReason: f.rich(2500),
      /** source_data */
      dataUsed: f.rich(2500, { need: "full" }),
      /** source_data_grouping */
      dataLinks: f.list(buildLink(f, 500), 50),
      /** methods_and_models */
      technicalOperation: f.rich(5000, { need: "full" }),
      /** provider */
      supplier: f.text(200, { need: "full" }),
      /** publiccode */
      sourceCodeUrl: f.url(),
      /** source_id: the owner's own id for this algorithm */
      sourceId: f.text(100),
      /** tags: search terms, not shown on the page */
      tags: f.rich(2500),
      /** lars: the national Algoritmeregister's id */
      lars: f.text(100),
      /** publication_dt: when the algorithm was first published in the national register */
      originalPublishedAt: f.text(40),

      // --- What the register adds ---
      /** The register's own themes (shared with sensors). */
      themes: f.list(z.enum(themes.slugs), 10, { need: "full" }),
      selfLearning: f.bool({ need: "full" }),
      contest: buildContest(f).optional(),
      transparencyLimits: f.list(
        z.object({ what: f.text(300, { need: "standard" }), why: f.longText(1000, { need: "standard" }) }),
        10,
      ),
      values: valuesPanelSchema(f.level),
      /** English texts of the fields a reader meets first (lib/content-language.ts), all optional. */
      en: englishTexts(f, TRANSLATABLE.algorithm),
      related: relatedSchema(f),
    });
  const rules = algorithmRulesAt(f.level);
  return rules.length ? withRules(schema, rules) : schema;
}

/** The cross-field rules an algorithm meets at a level (everything the register adds: only at `full`). */
export const algorithmRulesAt = (level: Level): readonly Rule<Rules>[] => (level === "full" ? algorithmRules : []);

/** The nine fields that may carry the standard's HTML (`allowed_html_tags` in the standard; `f.rich` above). */
export const ALGORITHM_RICH_FIELDS = [
  "goal",
  "considerations",
  "humanIntervention",
  "riskManagement",
  "lawfulBasis",
  "impactAssessmentNoneReason",
  "dataUsed",
  "technicalOperation",
  "tags",
] as const;

const cached = perLevel(buildAlgorithm);
export const algorithmSchemaAt = <L extends Level>(level: L) => cached(level) as unknown as ReturnType<typeof buildAlgorithm<L>>;

/** The strictest level: what the demo data and entries created in the form for impactful algorithms meet. */
export const algorithmSchema = algorithmSchemaAt("full");
export type AlgorithmInput = z.input<typeof algorithmSchema>;
/** What a record that meets the national standard gives (the register's additions may be absent). */
export type AlgorithmStandardInput = z.input<ReturnType<typeof buildAlgorithm<"standard">>>;
/** A published algorithm's content: it meets at least the national standard, so the register's additions may be absent. */
export type Algorithm = z.output<ReturnType<typeof buildAlgorithm<"standard">>>;
export type Contest = z.output<ReturnType<typeof buildContest<"standard">>>;
export type ContestRoute = Contest["routes"][number];
