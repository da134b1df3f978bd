/**
 * Every controlled vocabulary of the register (except the CODIO taxonomy, see lib/codio) in one place.
 * Forms, validation, filters, the API and the demo data all read from here; never repeat a list elsewhere.
 */
import type { Locale, Localized } from "@/lib/codio";

export interface Term<S extends string = string> {
  slug: S;
  name: Localized;
  /** Optional one-line help text shown beside the choice. */
  help?: Localized;
}

/** A vocabulary: its terms in display order, the slugs as a tuple for z.enum, and a label lookup. */
export function vocab<const T extends readonly Term[]>(terms: T) {
  const bySlug = new Map<string, T[number]>(terms.map((t) => [t.slug, t] as const));
  type Slug = T[number]["slug"];
  return {
    terms,
    slugs: terms.map((t) => t.slug) as unknown as [Slug, ...Slug[]],
    has: (s: unknown): s is Slug => typeof s === "string" && bySlug.has(s),
    get: (s: string) => bySlug.get(s),
    label: (s: string, locale: Locale) => bySlug.get(s)?.name[locale] ?? s,
  };
}

const t = <S extends string>(slug: S, nl: string, en: string, help?: Localized): Term<S> => ({
  slug,
  name: { nl, en },
  ...(help ? { help } : {}),
});

export const entryKinds = vocab([t("sensor", "Sensor", "Sensor"), t("algorithm", "Algoritme", "Algorithm")]);
export type EntryKind = (typeof entryKinds.slugs)[number];

/** Workflow status of a register entry. */
export const entryStatuses = vocab([
  t("draft", "Concept", "Draft"),
  t("in_review", "Ter beoordeling", "In review"),
  t("published", "Gepubliceerd", "Published"),
  t("archived", "Gearchiveerd (niet meer in gebruik)", "Archived (no longer in use)"),
]);
export type EntryStatus = (typeof entryStatuses.slugs)[number];

export const organisationKinds = vocab([
  t("municipality", "Gemeente", "Municipality"),
  t("province", "Provincie", "Province"),
  t("water_board", "Waterschap", "Water board"),
  t("national", "Rijksoverheid", "National government"),
  t("other", "Andere overheidsorganisatie", "Other public body"),
  t("company", "Bedrijf (meldplicht)", "Company (reporting duty)", {
    nl: "Meldt zijn sensoren in de openbare ruimte onder een gemeentelijke meldplicht; een overheid keurt ze goed.",
    en: "Reports its sensors in public space under a municipal reporting duty; a public body approves them.",
  }),
  t("institution", "Instelling (meldplicht)", "Institution (reporting duty)", {
    nl: "Bijvoorbeeld een school, ziekenhuis of woningcorporatie die sensoren meldt; een overheid keurt ze goed.",
    en: "For example a school, hospital or housing association that reports sensors; a public body approves them.",
  }),
]);
/** Organisations that report under a public body's moderation instead of publishing themselves. */
export type OrganisationKind = (typeof organisationKinds.slugs)[number];
export const outsideOwnerKinds: readonly string[] = ["company", "institution"];

export const memberRoles = vocab([
  t("editor", "Redacteur", "Editor", {
    nl: "Maakt en bewerkt concepten van de eigen organisatie.",
    en: "Creates and edits drafts of the organisation's entries.",
  }),
  t("publisher", "Publicist", "Publisher", {
    nl: "Kan ook concepten goedkeuren en publiceren.",
    en: "Can also approve and publish drafts.",
  }),
]);
export type MemberRole = (typeof memberRoles.slugs)[number];

/** Sensor types, after the Amsterdam sensor register (11 types + other). `symbol` marks the map marker. */
export const sensorTypes = vocab([
  t("camera", "Camera / optisch", "Camera / optical"),
  t("sound", "Geluid", "Sound"),
  t("climate", "Klimaat", "Climate"),
  t("chemical", "Chemisch / luchtkwaliteit", "Chemical / air quality"),
  t("electricity", "Elektriciteit", "Electricity"),
  t("flow", "Vloeistof- of gasstroom", "Liquid or gas flow"),
  t("position", "Positie / verplaatsing", "Position / displacement"),
  t("pressure", "Druk", "Pressure"),
  t("density", "Dichtheid", "Density"),
  t("temperature", "Temperatuur", "Temperature"),
  t("presence", "Aanwezigheid / nabijheid", "Presence / proximity"),
  t("other", "Anders", "Other"),
]);
export type SensorType = (typeof sensorTypes.slugs)[number];

/** Map marker look per sensor type: a letter symbol and a colour, so type is never told by colour alone. */
export const sensorTypeStyle: Record<SensorType, { symbol: string; color: string }> = {
  camera: { symbol: "C", color: "#8a1538" },
  sound: { symbol: "G", color: "#6b3fa0" },
  climate: { symbol: "K", color: "#0b6e4f" },
  chemical: { symbol: "L", color: "#7a5c00" },
  electricity: { symbol: "E", color: "#b34700" },
  flow: { symbol: "S", color: "#00577a" },
  position: { symbol: "P", color: "#4a4a4a" },
  pressure: { symbol: "D", color: "#2d5d2a" },
  density: { symbol: "N", color: "#a3195b" },
  temperature: { symbol: "T", color: "#b3261e" },
  presence: { symbol: "A", color: "#1f4e9c" },
  other: { symbol: "?", color: "#555555" },
};

/** Themes shared by sensors and algorithms: `theme` or `theme/sub` slugs. */
export const themes = vocab([
  t("mobiliteit", "Mobiliteit", "Mobility"),
  t("mobiliteit/parkeren", "Parkeren", "Parking"),
  t("mobiliteit/verkeer", "Verkeer", "Traffic"),
  t("mobiliteit/fiets", "Fiets", "Cycling"),
  t("mobiliteit/openbaar-vervoer", "Openbaar vervoer", "Public transport"),
  t("milieu", "Milieu", "Environment"),
  t("milieu/lucht", "Luchtkwaliteit", "Air quality"),
  t("milieu/geluid", "Geluid", "Noise"),
  t("milieu/water", "Water", "Water"),
  t("milieu/klimaat", "Klimaat en hitte", "Climate and heat"),
  t("milieu/groen", "Groen en natuur", "Greenery and nature"),
  t("veiligheid", "Veiligheid", "Safety"),
  t("veiligheid/drukte", "Drukte en crowd management", "Crowds and crowd management"),
  t("veiligheid/openbare-orde", "Openbare orde", "Public order"),
  t("veiligheid/handhaving", "Handhaving", "Enforcement"),
  t("openbare-ruimte", "Openbare ruimte", "Public space"),
  t("openbare-ruimte/afval", "Afval en reiniging", "Waste and cleaning"),
  t("openbare-ruimte/onderhoud", "Beheer en onderhoud", "Maintenance"),
  t("energie", "Energie", "Energy"),
  t("economie", "Economie", "Economy"),
  t("economie/toerisme", "Toerisme en evenementen", "Tourism and events"),
  t("werk-en-inkomen", "Werk en inkomen", "Work and income"),
  t("zorg-en-welzijn", "Zorg en welzijn", "Care and welfare"),
  t("belastingen", "Belastingen", "Taxes"),
  t("vergunningen", "Vergunningen", "Permits"),
  t("wonen", "Wonen", "Housing"),
  t("onderwijs", "Onderwijs", "Education"),
  t("dienstverlening", "Dienstverlening", "Public services"),
  t("bedrijfsvoering", "Organisatie en bedrijfsvoering", "Organisation and operations"),
]);
export type Theme = (typeof themes.slugs)[number];
/** The top-level theme of a theme slug ("mobiliteit/parkeren" -> "mobiliteit"). */
export const parentTheme = (slug: string) => slug.split("/")[0]!;

/** The six legal grounds of AVG (GDPR) article 6(1). */
export const legalGrounds = vocab([
  t("consent", "Toestemming (a)", "Consent (a)"),
  t("contract", "Uitvoering van een overeenkomst (b)", "Performance of a contract (b)"),
  t("legal_obligation", "Wettelijke verplichting (c)", "Legal obligation (c)"),
  t("vital_interests", "Vitale belangen (d)", "Vital interests (d)"),
  t("public_task", "Taak van algemeen belang of openbaar gezag (e)", "Public task or official authority (e)"),
  t("legitimate_interests", "Gerechtvaardigd belang (f)", "Legitimate interests (f)"),
]);

/** What happens to the data a sensor collects (after DTPR "processing"). */
export const dataProcessing = vocab([
  t("anonymised_at_source", "Direct in de sensor geanonimiseerd", "Anonymised at the source"),
  t("aggregated", "Alleen opgeslagen als totalen", "Stored only as aggregates"),
  t("pseudonymised", "Gepseudonimiseerd opgeslagen", "Stored pseudonymised"),
  t("stored_identifiable", "Herleidbaar opgeslagen", "Stored identifiable"),
  t("not_stored", "Niet opgeslagen", "Not stored"),
]);

export const sensorMobility = vocab([t("fixed", "Vast", "Fixed"), t("mobile", "Mobiel", "Mobile")]);

/** Algoritmeregister publication standard 1.0: status of the algorithm. */
export const algorithmStatuses = vocab([
  t("in_development", "In ontwikkeling", "In development"),
  t("in_use", "In gebruik", "In use"),
  t("out_of_use", "Buiten gebruik", "Out of use"),
]);

/** Algoritmeregister publication standard 1.0: publication category. */
export const publicationCategories = vocab([
  t("high_risk", "Hoog-risico AI-systeem", "High-risk AI system"),
  t("impactful", "Impactvol algoritme", "Impactful algorithm"),
  t("other", "Overige algoritmes", "Other algorithms"),
]);
/**
 * Algoritmeregister publication standard 1.0: the policy areas ("Thema", field `category`), exactly the
 * standard's permitted values (the Dutch name is the value). `theme` is the register's own theme an
 * algorithm in this area is found under in the filters and search.
 */
export const algorithmCategories = vocab([
  { ...t("organisatie-en-bedrijfsvoering", "Organisatie en bedrijfsvoering", "Organisation and operations"), theme: "bedrijfsvoering" },
  { ...t("cultuur-en-recreatie", "Cultuur en recreatie", "Culture and recreation"), theme: "economie/toerisme" },
  { ...t("economie", "Economie", "Economy"), theme: "economie" },
  { ...t("overheidsfinancien", "Overheidsfinanciën", "Public finances"), theme: "belastingen" },
  { ...t("wonen", "Wonen", "Housing"), theme: "wonen" },
  { ...t("internationaal", "Internationaal", "International affairs") },
  { ...t("migratie-en-integratie", "Migratie en integratie", "Migration and integration") },
  { ...t("natuur-en-milieu", "Natuur en milieu", "Nature and environment"), theme: "milieu" },
  { ...t("onderwijs-en-wetenschap", "Onderwijs en wetenschap", "Education and science"), theme: "onderwijs" },
  { ...t("openbare-orde-en-veiligheid", "Openbare orde en veiligheid", "Public order and safety"), theme: "veiligheid" },
  { ...t("recht", "Recht", "Law and justice") },
  { ...t("ruimte-en-infrastructuur", "Ruimte en infrastructuur", "Spatial planning and infrastructure"), theme: "openbare-ruimte" },
  { ...t("sociale-zekerheid", "Sociale zekerheid", "Social security"), theme: "werk-en-inkomen" },
  { ...t("verkeer", "Verkeer", "Traffic and transport"), theme: "mobiliteit" },
  { ...t("werk", "Werk", "Work"), theme: "werk-en-inkomen" },
  { ...t("zorg-en-gezondheid", "Zorg en gezondheid", "Care and health"), theme: "zorg-en-welzijn" },
] as const satisfies readonly (Term & { theme?: Theme })[]);

/** Publication categories for which a structured contest route is required. */
export const contestRequiredCategories: readonly string[] = ["high_risk", "impactful"];

export const impactAssessmentKinds = vocab([
  t("dpia", "DPIA (gegevensbeschermingseffectbeoordeling)", "DPIA (data protection impact assessment)"),
  t("iama", "IAMA / FRAIA (mensenrechten)", "IAMA / FRAIA (fundamental rights)"),
  t("other", "Andere beoordeling", "Other assessment"),
]);

/** Routes to contest a decision. */
export const contestRoutes = vocab([
  t("objection", "Bezwaar maken", "Lodge an objection"),
  t("appeal", "In beroep gaan", "Appeal to a court"),
  t("complaint", "Klacht indienen", "File a complaint"),
  t("human_review", "Vragen om menselijke herbeoordeling", "Request human review"),
  t("other", "Andere route", "Other route"),
]);

export const deadlineUnits = vocab([
  t("days", "dagen", "days"),
  t("weeks", "weken", "weeks"),
  t("months", "maanden", "months"),
]);

/** From when a contest deadline runs. */
export const deadlineStarts = vocab([
  t("day_after_sent", "de dag na verzending van het besluit", "the day after the decision was sent"),
  t("decision_date", "de datum van het besluit", "the date of the decision"),
  t("receipt", "de dag waarop u het besluit ontving", "the day you received the decision"),
  t("event", "het moment van de handeling", "the moment of the act"),
]);

/** Values panel: how an entry relates to one CODIO value. "not_assessed" is never stored. */
export const valueAssessments = vocab([
  t("serves", "Dient deze waarde", "Serves this value"),
  t("at_stake", "Staat op het spel", "At stake"),
  t("not_assessed", "Niet beoordeeld", "Not assessed"),
]);
export type ValueAssessment = (typeof valueAssessments.slugs)[number];

/**
 * Whether an entry is in use, for the one search over both registers (db/search/register.ts). Defined per kind:
 * - sensors: "ended" when archived or past their end date, "in_development" when their start date is
 *   still to come, otherwise "in_use";
 * - algorithms: "ended" when archived or registered as out of use, otherwise their registered status
 *   (in development, in use).
 */
export const lifecycleStates = vocab([
  t("in_use", "In gebruik", "In use"),
  t("in_development", "In ontwikkeling of gepland", "In development or planned"),
  t("ended", "Niet meer in gebruik", "No longer in use"),
]);
export type LifecycleState = (typeof lifecycleStates.slugs)[number];

/** How many CODIO values an entry is linked to, in buckets by their lower bound (the figures page). */
export const valuesPerEntryBuckets = vocab([
  { ...t("0", "Geen (nog niet getoetst)", "None (not yet assessed)"), from: 0 },
  { ...t("1-2", "1 of 2 waarden", "1 or 2 values"), from: 1 },
  { ...t("3-5", "3 tot 5 waarden", "3 to 5 values"), from: 3 },
  { ...t("6-10", "6 tot 10 waarden", "6 to 10 values"), from: 6 },
  { ...t("11+", "11 of meer waarden", "11 or more values"), from: 11 },
]);

/** The register's day in its time zone, "YYYY-MM-DD": whether a sensor has ended or is still planned depends on it. */
const registerDay = /*#__PURE__*/ new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Amsterdam" });
export const registerToday = () => registerDay.format(new Date());

/**
 * A sensor's lifecycle state on `today`: the one definition of "ended" and "planned" for sensors, used by the
 * catalogue, the pages and the downloads. Dates are "YYYY-MM-DD" strings or yyyymmdd numbers (both compare
 * in date order); a missing date is null, undefined, "" or 0.
 */
export function sensorState<D extends string | number>(
  s: { archived: boolean; activeFrom?: D | null; activeUntil?: D | null },
  today: D,
): LifecycleState {
  return lifecycleStates.slugs[sensorStateIndex(s.archived, s.activeFrom, s.activeUntil, today)]!;
}

// (Pure: a client bundle that needs none of this leaves it out.)
const STATE_IN_USE = /*#__PURE__*/ lifecycleStates.slugs.indexOf("in_use");
const STATE_IN_DEVELOPMENT = /*#__PURE__*/ lifecycleStates.slugs.indexOf("in_development");
const STATE_ENDED = /*#__PURE__*/ lifecycleStates.slugs.indexOf("ended");

/**
 * `sensorState` as an index into `lifecycleStates.slugs`, without an object or a string per call: the
 * catalogue asks it for every row a search matches.
 */
export function sensorStateIndex<D extends string | number>(archived: boolean, activeFrom: D | null | undefined, activeUntil: D | null | undefined, today: D): number {
  if (archived || (activeUntil && activeUntil < today)) return STATE_ENDED;
  if (activeFrom && activeFrom > today) return STATE_IN_DEVELOPMENT;
  return STATE_IN_USE;
}
