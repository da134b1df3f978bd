/**
 * Amsterdam's sensor register (Amsterdam/iot-api): a device as its API serialises it — `reference`, `type`,
 * `themes`, `location` {latitude, longitude}, `regions`, `location_description`, `datastream` ("what does the
 * sensor measure?"), `contains_pi_data`, `observation_goals` [{observation_goal, privacy_declaration,
 * legal_ground}], `active_until`, `owner` {name, email, telephone, organisation, website}, `project_paths`.
 * Pure conversion into this register's sensor content; the mapping is documented in the README.
 *
 * Never taken over: the owner's name, e-mail and telephone number. They are a natural person's details, and
 * this register publishes role mailboxes only; the organisation's own contact address stands in for them.
 */
import { themes as themeVocab, type SensorType, type Theme } from "@/lib/vocab";
import { lookup } from "@/lib/dict";
import type { ConvertedRecord, Problem, RecordFormat } from "./types";

export const FORMAT = "amsterdam-device";

/** Amsterdam's eleven sensor types, and "Overig". */
const TYPES: Record<string, SensorType> = {
  "optische / camera sensor": "camera",
  geluidsensor: "sound",
  klimaatsensor: "climate",
  chemiesensor: "chemical",
  electriciteitssensor: "electricity",
  elektriciteitssensor: "electricity",
  "vloeistof- en gasstroomsensor": "flow",
  "positie- of verplaatsingsensor": "position",
  druksensor: "pressure",
  dichtheidssensor: "density",
  temperatuursensor: "temperature",
  "aanwezigheid of nabijheidsensor": "presence",
  overig: "other",
};

/** Amsterdam's twenty themes, on this register's themes. */
const THEMES: Record<string, Theme | null> = {
  "economie: bouwen en verbouwen": "economie",
  "economie: dienstensector": "economie",
  "economie: marketing en reclame": "economie",
  "economie: markttoezicht": "economie",
  "milieu: afval": "openbare-ruimte/afval",
  "milieu: energie": "energie",
  "milieu: geluid": "milieu/geluid",
  "milieu: klimaatverandering": "milieu/klimaat",
  "milieu: natuur- en landschapsbeheer": "milieu/groen",
  "milieu: stoffen": "milieu/lucht",
  "milieu: water, bodem, lucht": "milieu",
  "mobiliteit: auto": "mobiliteit/verkeer",
  "mobiliteit: fiets": "mobiliteit/fiets",
  "mobiliteit: voetganger": "mobiliteit",
  "mobiliteit: luchtvaart": "mobiliteit",
  "mobiliteit: openbaar vervoer": "mobiliteit/openbaar-vervoer",
  "mobiliteit: railverkeer": "mobiliteit",
  "mobiliteit: scheepvaart": "mobiliteit",
  "veiligheid: bewakings- en/of beveiligingscamera": "veiligheid",
  "veiligheid: gezondheid": "veiligheid",
  overig: null,
};

/** Amsterdam's legal grounds (GDPR article 6), on this register's. */
const LEGAL_GROUNDS: [RegExp, string][] = [
  [/publieke taak|algemeen belang|openbaar gezag/i, "public_task"],
  [/gerechtvaardigd belang/i, "legitimate_interests"],
  [/wettelijke verplichting/i, "legal_obligation"],
  [/toestemming/i, "consent"],
  [/overeenkomst/i, "contract"],
  [/vitale belangen/i, "vital_interests"],
];

const TYPE_NAME: Record<SensorType, string> = {
  camera: "Camera",
  sound: "Geluidsensor",
  climate: "Klimaatsensor",
  chemical: "Chemiesensor",
  electricity: "Elektriciteitssensor",
  flow: "Stroomsensor",
  position: "Positiesensor",
  pressure: "Druksensor",
  density: "Dichtheidssensor",
  temperature: "Temperatuursensor",
  presence: "Aanwezigheidssensor",
  other: "Sensor",
};

const text = (v: unknown) => (typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "");
const yes = (v: unknown) => v === true || (typeof v === "string" && /^(ja|yes|true|1)$/i.test(v.trim()));

/** "2050-01-01", "01-01-2050", "1-1-2050" → "2050-01-01"; otherwise undefined. */
function isoDate(v: string): string | undefined {
  let m = v.match(/^(\d{4})-(\d{1,2})-(\d{1,2})/);
  if (m) return `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
  m = v.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/);
  if (m) return `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
  return undefined;
}

/** A theme by Amsterdam's name, or by the start of a name ("Veiligheid", "Lucht") as older records have them. */
function theme(name: string): Theme | null | undefined {
  const key = name.trim().toLowerCase();
  if (Object.hasOwn(THEMES, key)) return THEMES[key];
  const byLabel = themeVocab.terms.find((t) => t.name.nl.toLowerCase() === key || t.name.nl.toLowerCase().startsWith(`${key} `));
  if (byLabel) return byLabel.slug;
  const head = key.split(":")[0]!.trim();
  return themeVocab.terms.find((t) => t.name.nl.toLowerCase() === head)?.slug;
}

export function fromAmsterdamDevice(record: unknown): ConvertedRecord {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const content: Record<string, unknown> = {};
  if (!record || typeof record !== "object" || Array.isArray(record))
    return { content, problems: [{ field: "", message: "a device must be a JSON object" }], warnings };
  const r = record as Record<string, unknown>;

  const reference = text(r.reference);
  if (reference) content.ownerReference = reference;
  const typeName = text(r.type);
  const type = lookup(TYPES, typeName.toLowerCase());
  if (type) content.type = type;
  else if (typeName) problems.push({ field: "type", message: `'${typeName.slice(0, 60)}' is not one of Amsterdam's sensor types` });
  if (typeName.toLowerCase() === "overig") warnings.push({ field: "type", message: "'Overig' read as 'other'" });

  const themes: string[] = [];
  for (const [i, t] of (Array.isArray(r.themes) ? r.themes : typeof r.themes === "string" ? r.themes.split(/[;,]/) : []).entries()) {
    const name = text(t);
    if (!name) continue;
    const slug = theme(name);
    if (slug) themes.push(slug);
    else if (slug === null) warnings.push({ field: `themes.${i}`, message: `'${name}' has no counterpart in this register; choose a theme` });
    else problems.push({ field: `themes.${i}`, message: `'${name.slice(0, 60)}' is not one of Amsterdam's themes` });
  }
  if (themes.length) content.themes = [...new Set(themes)];

  const location = r.location && typeof r.location === "object" ? (r.location as Record<string, unknown>) : null;
  const lat = Number(location?.latitude);
  const lon = Number(location?.longitude);
  const regions = (Array.isArray(r.regions) ? r.regions : []).map(text).filter(Boolean);
  if (location && Number.isFinite(lat) && Number.isFinite(lon)) {
    content.geometry = { type: "Point", coordinates: [lon, lat] };
    content.mobility = "fixed";
  } else {
    content.mobility = regions.length ? "mobile" : "fixed";
    if (regions.length)
      warnings.push({ field: "location", message: `no position, only the area ${regions.join(", ")}: draw the area on the map before publishing` });
  }
  const description = [text(r.location_description), regions.length ? `Gebied: ${regions.join(", ")}` : ""].filter(Boolean).join(". ");
  if (description) content.locationDescription = description;

  const measures = text(r.datastream);
  if (measures) content.measures = measures;
  const goals = (Array.isArray(r.observation_goals) ? r.observation_goals : [])
    .filter((g): g is Record<string, unknown> => !!g && typeof g === "object")
    .map((g) => ({ goal: text(g.observation_goal), privacy: text(g.privacy_declaration), ground: text(g.legal_ground) }));
  const purpose = goals.map((g) => g.goal).filter(Boolean).join("; ");
  if (purpose) content.purpose = purpose;
  content.personalData = yes(r.contains_pi_data);
  const privacy = goals.find((g) => g.privacy)?.privacy;
  if (privacy) content.privacyStatementUrl = /^www\./i.test(privacy) ? `https://${privacy}` : privacy;
  const ground = goals.find((g) => g.ground)?.ground;
  if (ground) {
    const slug = LEGAL_GROUNDS.find(([re]) => re.test(ground))?.[1];
    if (slug) content.legalGround = slug;
    else if (content.personalData)
      problems.push({ field: "observation_goals.legal_ground", message: `'${ground.slice(0, 80)}' is not one of the legal grounds of GDPR article 6` });
  }
  const until = text(r.active_until);
  if (until) {
    const iso = isoDate(until);
    if (iso) content.activeUntil = iso;
    else problems.push({ field: "active_until", message: `'${until.slice(0, 20)}' is not a date` });
  }

  // A device has no name: it is made from its type and reference (an official can change it).
  if (type) content.name = `${TYPE_NAME[type]}${reference ? ` ${reference}` : ""}`;
  else if (reference) content.name = `Sensor ${reference}`;
  if (content.name) warnings.push({ field: "name", message: `none in the record; '${content.name}' is used` });

  const owner = r.owner && typeof r.owner === "object" ? (r.owner as Record<string, unknown>) : {};
  if (text(owner.name) || text(owner.email) || text(owner.telephone))
    warnings.push({ field: "owner", message: "a person's name, e-mail and telephone are never published; the organisation's contact is shown" });
  const organization = text(owner.organisation) || undefined;
  return { content, problems, warnings, organization };
}

/** Our content fields a device carries: a new import replaces these and keeps the rest (the name, values, …). */
const OWNS = [
  "ownerReference", "type", "themes", "geometry", "mobility", "locationDescription", "measures", "purpose", "personalData",
  "privacyStatementUrl", "legalGround", "activeUntil",
];

/** Our content paths in the device's own terms. */
const FIELD_NAMES: Record<string, string> = {
  ownerReference: "reference",
  geometry: "location",
  locationDescription: "location_description",
  measures: "datastream",
  purpose: "observation_goals.observation_goal",
  personalData: "contains_pi_data",
  privacyStatementUrl: "observation_goals.privacy_declaration",
  legalGround: "observation_goals.legal_ground",
  activeUntil: "active_until",
};

export const amsterdamDeviceFormat: RecordFormat = {
  id: FORMAT,
  kind: "sensor",
  recognises: (r) =>
    !!r && typeof r === "object" && !Array.isArray(r) && "reference" in r && ("datastream" in r || "observation_goals" in r || "contains_pi_data" in r),
  read: fromAmsterdamDevice,
  owns: OWNS,
  // The name is made, not read: an entry keeps the name it has.
  keepsExisting: ["name"],
  fieldName: (path) => {
    const [head, ...rest] = path.split(".");
    return [lookup(FIELD_NAMES, head!) ?? head, ...rest].join(".");
  },
};
