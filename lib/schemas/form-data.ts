/**
 * The officials' entry form as real form controls: the one parser between a posted form and an entry's
 * content, for sensors and algorithms alike, next to the schemas it feeds.
 *
 * Every field of both forms is a control with a `name`, so a plain POST (no JavaScript) carries everything.
 * Names are dotted paths into the form's values (`FormValues`):
 *
 * - one text per field (`name`, `contactEmail`, `goal`); several values for choice lists (`themes`);
 *   `yes` / `no` for yes/no questions (`personalData`, `selfLearning`); a text area of lines for line lists
 *   (`contest.decisions`, `contest.routes.0.steps`);
 * - repeatable groups by index (`contest.routes.0.kind`, `lawfulBasisLinks.2.title`); the contest route only
 *   when `hasContest` is ticked;
 * - the CODIO values panel by value (`values.privacy.assessment` = serves | at_stake | not_assessed,
 *   `values.privacy.explanation`, `.actionCategory`, `.action`);
 * - the location as typed: `geometryType` (Point, Polygon, LineString), `latitude` / `longitude` for a point,
 *   `coordinates` for an area or route (one "lat, lon" per line; an area's holes after a blank line), and
 *   `rdX` / `rdY` for Dutch RD coordinates to convert.
 *
 * `FormValues` holds what was typed, as typed (strings), so a form sent back with errors shows every
 * character again; `contentFromFormValues` turns it into content for the schemas (lib/schemas/levels.ts do
 * the validating). Only the names listed below are read: any other name — unknown fields, indexes beyond
 * 999 such as `contest.routes.99999.kind`, `__proto__` or `constructor` — is ignored, and no key of an object
 * built here ever comes from the request. Pure and without server imports: the form uses it in the browser
 * too (the conflict view, the required level).
 */
import { valueSlugs } from "@/lib/codio";
import { rdToWgs84 } from "@/lib/geo";
import type { EntryKind } from "@/lib/vocab";
import { translatableFields } from "@/lib/content-language";

export type FormValues = Record<string, unknown>;
type Content = Record<string, unknown>;
export type FieldErrors = Record<string, string[]>;

/** What one field holds in the form, and so how it is read and turned into content. */
type Field =
  /** One text (or a choice of one); blank is absent. */
  | "text"
  /** Several choices (check boxes). */
  | "choices"
  /** "yes" / "no", as a boolean. */
  | "yesNo"
  /** A text area with one item per line, as a list. */
  | "lines"
  /** A repeatable group, as a list of objects. */
  | { group: Record<string, Field>; max: number; blank: FormValues }
  /**
   * A group of fields, as an object: shown only when its check box (`gate`, a sibling name) is ticked, or,
   * without a gate, absent when every field in it is blank (the English texts, `en`).
   */
  | { object: Record<string, Field>; gate?: string };

/** The most items a repeatable group is read with (the schemas allow fewer and say so). */
export const MAX_GROUP_ITEMS = 100;
/** Indexes of repeatable groups have at most this many digits. */
const INDEX = "(\\d{1,3})";
/** The longest text read from one field (every schema allows far less, and says so). */
export const MAX_FIELD_LENGTH = 100_000;
const MAX_CHOICES = 100;

const link = (titleBlank = "") => ({ group: { title: "text", url: "text" } as Record<string, Field>, max: 50, blank: { title: titleBlank, url: "" } });

/** A new contest route: the usual route, an objection within six weeks from the day after sending. */
export const BLANK_ROUTE: FormValues = {
  kind: "objection",
  handler: "",
  deadlineAmount: "6",
  deadlineUnit: "weeks",
  deadlineFrom: "day_after_sent",
  steps: "",
  include: "",
  webUrl: "",
  email: "",
  postalAddress: "",
  phone: "",
};

const contestRoute: Record<string, Field> = {
  kind: "text",
  handler: "text",
  deadlineAmount: "text",
  deadlineUnit: "text",
  deadlineFrom: "text",
  steps: "lines",
  include: "text",
  webUrl: "text",
  email: "text",
  postalAddress: "text",
  phone: "text",
};

/** The English texts of a kind (`en.name`, `en.purpose`, …), each one text. */
const english = (kind: EntryKind): Field => ({ object: Object.fromEntries(translatableFields(kind).map((k) => [k, "text" as const])) });

/** The fields of each kind's form, in the order of its schema (lib/schemas/sensor.ts, algorithm.ts). */
export const FORM_FIELDS: Record<EntryKind, Record<string, Field | "geometry" | "values">> = {
  sensor: {
    name: "text",
    ownerReference: "text",
    operator: "text",
    type: "text",
    themes: "choices",
    measures: "text",
    purpose: "text",
    collectiveInterest: "text",
    geometry: "geometry",
    locationDescription: "text",
    mobility: "text",
    personalData: "yesNo",
    legalGround: "text",
    privacyStatementUrl: "text",
    processing: "text",
    retention: "text",
    dataAccess: "text",
    openDataUrl: "text",
    activeFrom: "text",
    activeUntil: "text",
    contactEmail: "text",
    contactUrl: "text",
    values: "values",
    en: english("sensor"),
    related: "lines",
  },
  algorithm: {
    name: "text",
    shortDescription: "text",
    categories: "choices",
    status: "text",
    beginMonth: "text",
    endMonth: "text",
    contactEmail: "text",
    publicPageUrl: "text",
    publicationCategory: "text",
    sourceUrl: "text",
    goal: "text",
    considerations: "text",
    humanIntervention: "text",
    riskManagement: "text",
    lawfulBasis: "text",
    lawfulBasisLinks: link(),
    processingRegisterUrl: "text",
    impactAssessments: { group: { kind: "text", title: "text", url: "text" }, max: 20, blank: { kind: "dpia", title: "", url: "" } },
    impactAssessmentNoneReason: "text",
    dataUsed: "text",
    dataLinks: link(),
    technicalOperation: "text",
    supplier: "text",
    sourceCodeUrl: "text",
    sourceId: "text",
    tags: "text",
    lars: "text",
    originalPublishedAt: "text",
    themes: "choices",
    selfLearning: "yesNo",
    contest: {
      gate: "hasContest",
      object: {
        decisions: "lines",
        routes: { group: contestRoute, max: 5, blank: BLANK_ROUTE },
        humanReview: "text",
        nextSteps: "text",
      },
    },
    transparencyLimits: { group: { what: "text", why: "text" }, max: 10, blank: { what: "", why: "" } },
    values: "values",
    en: english("algorithm"),
    related: "lines",
  },
};

/** The names of the location fields. */
export const GEOMETRY_FIELDS = ["geometryType", "latitude", "longitude", "coordinates", "rdX", "rdY"] as const;
export const GEOMETRY_TYPES = ["Point", "Polygon", "LineString"] as const;
export type GeometryType = (typeof GEOMETRY_TYPES)[number];
/** The fields of one value in the values panel. */
const VALUE_FIELDS = ["assessment", "explanation", "actionCategory", "action"] as const;
export const NOT_ASSESSED = "not_assessed";

/** One value of the values panel as the form holds it. */
export interface ValueDraft {
  assessment: string;
  explanation: string;
  actionCategory: string;
  action: string;
}

/* ------------------------------------------------------------------------------------------------
 * Reading a posted form
 * ---------------------------------------------------------------------------------------------- */

/** A text as typed: line breaks as "\n", at most MAX_FIELD_LENGTH characters; a file or nothing is "". */
function clean(v: FormDataEntryValue | null | undefined): string {
  if (typeof v !== "string") return "";
  return v.slice(0, MAX_FIELD_LENGTH).replace(/\r\n?/g, "\n");
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The groups of a form by path: index → field → text, from names such as `contest.routes.0.kind`. */
function scanGroups(fd: FormData, groups: { path: string; fields: string[] }[]): Map<string, Map<number, Map<string, string>>> {
  const out = new Map<string, Map<number, Map<string, string>>>();
  if (!groups.length) return out;
  const pattern = new RegExp(
    `^(${groups.map((g) => escape(g.path)).join("|")})\\.${INDEX}\\.(${[...new Set(groups.flatMap((g) => g.fields))].map(escape).join("|")})$`,
  );
  const fieldsOf = new Map(groups.map((g) => [g.path, new Set(g.fields)]));
  for (const [name, value] of fd.entries()) {
    const m = pattern.exec(name);
    if (!m || !fieldsOf.get(m[1]!)!.has(m[3]!)) continue;
    const byIndex = out.get(m[1]!) ?? new Map<number, Map<string, string>>();
    out.set(m[1]!, byIndex);
    const index = Number(m[2]);
    const item = byIndex.get(index) ?? new Map<string, string>();
    byIndex.set(index, item);
    if (!item.has(m[3]!)) item.set(m[3]!, clean(value));
  }
  return out;
}

/** Every repeatable group of a kind's form with its path. */
function groupsOf(fields: Record<string, Field | "geometry" | "values">, prefix = ""): { path: string; field: Extract<Field, { group: unknown }> }[] {
  return Object.entries(fields).flatMap(([name, f]) => {
    if (typeof f !== "object") return [];
    if ("group" in f) return [{ path: prefix + name, field: f }];
    return groupsOf(f.object, `${prefix}${name}.`);
  });
}

/** The paths of the repeatable groups of a kind's form ("contest.routes", "lawfulBasisLinks", …). */
export const groupPaths = (kind: EntryKind) => groupsOf(FORM_FIELDS[kind]).map((g) => g.path);

/** What a posted form holds, by the form's names, as typed. Never throws. */
export function formValuesFromFormData(kind: EntryKind, fd: FormData): FormValues {
  const groups = groupsOf(FORM_FIELDS[kind]);
  const scanned = scanGroups(
    fd,
    groups.map((g) => ({ path: g.path, fields: Object.keys(g.field.group) })),
  );
  const read = (fields: Record<string, Field | "geometry" | "values">, prefix: string): FormValues => {
    const out: FormValues = {};
    for (const [name, f] of Object.entries(fields)) {
      const path = prefix + name;
      if (f === "geometry") for (const g of GEOMETRY_FIELDS) out[g] = clean(fd.get(g));
      else if (f === "values") {
        const panel: Record<string, ValueDraft> = {};
        for (const slug of valueSlugs) {
          const draft = Object.fromEntries(VALUE_FIELDS.map((k) => [k, clean(fd.get(`values.${slug}.${k}`))])) as unknown as ValueDraft;
          if (!draft.assessment) draft.assessment = NOT_ASSESSED;
          if (draft.assessment !== NOT_ASSESSED || draft.explanation || draft.actionCategory || draft.action) panel[slug] = draft;
        }
        out.values = panel;
      } else if (f === "choices")
        out[name] = [...new Set(fd.getAll(path).map(clean).filter((v) => v !== ""))].slice(0, MAX_CHOICES);
      else if (typeof f === "string") out[name] = clean(fd.get(path));
      else if ("group" in f) {
        const byIndex = scanned.get(path) ?? new Map<number, Map<string, string>>();
        out[name] = [...byIndex.keys()]
          .sort((a, b) => a - b)
          .slice(0, MAX_GROUP_ITEMS)
          .map((i) => Object.fromEntries(Object.keys(f.group).map((k) => [k, byIndex.get(i)!.get(k) ?? ""])));
      } else {
        if (f.gate) out[f.gate] = fd.get(f.gate) === "on" ? "on" : "";
        out[name] = read(f.object, `${path}.`);
      }
    }
    return out;
  };
  return read(FORM_FIELDS[kind], "");
}

/* ------------------------------------------------------------------------------------------------
 * From the form's values to content, and back
 * ---------------------------------------------------------------------------------------------- */

/** A decimal number as typed ("52,09" or "52.09"); NaN when it is not one. */
export function parseDecimal(s: string): number {
  const t = s.trim().replace(",", ".");
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : NaN;
}

/** Formats a coordinate for the form: at most six decimals (about 10 cm). */
export const formatCoordinate = (n: number) => String(Math.round(n * 1e6) / 1e6);

/**
 * One typed point "lat, lon": two numbers separated by a semicolon, a comma and a space, or spaces; a decimal
 * comma is fine ("52,09, 5,12"), and so is "52.09,5.12".
 */
export function pointOfLine(line: string): [number, number] | undefined {
  let parts = line.trim().split(/\s*;\s*|\s*,\s+|\s+/).filter(Boolean);
  if (parts.length === 1 && /^[^,]*\.[^,]*,[^,]*$/.test(parts[0]!)) parts = parts[0]!.split(",");
  if (parts.length !== 2) return undefined;
  const [lat, lon] = parts.map(parseDecimal) as [number, number];
  return Number.isFinite(lat) && Number.isFinite(lon) ? [lat, lon] : undefined;
}

/** The points typed in the coordinates field, as blocks (an area's rings) of [lat, lon]; unreadable lines by number. */
export function parseCoordinateLines(text: string): { blocks: [number, number][][]; badLines: number[] } {
  const blocks: [number, number][][] = [[]];
  const badLines: number[] = [];
  text.split("\n").forEach((raw, i) => {
    if (!raw.trim()) {
      if (blocks.at(-1)!.length) blocks.push([]);
      return;
    }
    const point = pointOfLine(raw);
    if (point) blocks.at(-1)!.push(point);
    else badLines.push(i + 1);
  });
  return { blocks: blocks.filter((b) => b.length), badLines };
}

/** The location fields as a GeoJSON geometry (lon, lat), with problems by field name. */
function geometryFromValues(v: FormValues, errors: FieldErrors): unknown {
  const type = GEOMETRY_TYPES.includes(v.geometryType as GeometryType) ? (v.geometryType as GeometryType) : "Point";
  if (type === "Point") {
    const [lat, lon] = [String(v.latitude ?? ""), String(v.longitude ?? "")];
    if (!lat.trim() && !lon.trim()) return undefined;
    const [la, lo] = [parseDecimal(lat), parseDecimal(lon)];
    // Under the schema's own paths, where the fields show their errors ([lon, lat], see controlFor).
    if (!Number.isFinite(la)) (errors["geometry.coordinates.1"] ??= []).push(lat.trim() ? "number" : "required");
    if (!Number.isFinite(lo)) (errors["geometry.coordinates.0"] ??= []).push(lon.trim() ? "number" : "required");
    return Number.isFinite(la) && Number.isFinite(lo) ? { type, coordinates: [lo, la] } : undefined;
  }
  const { blocks, badLines } = parseCoordinateLines(String(v.coordinates ?? ""));
  if (badLines.length) (errors["geometry.coordinates"] ??= []).push(`coordinateLines:${badLines.slice(0, 5).join(", ")}`);
  if (!blocks.length) return undefined;
  const flip = ([lat, lon]: [number, number]) => [lon, lat];
  if (type === "LineString") return { type, coordinates: blocks.flat().map(flip) };
  // An area: each block a ring, closed here when the official did not repeat the first point.
  return {
    type,
    coordinates: blocks.map((ring) => {
      const closed = ring.length > 1 && ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1];
      return (closed ? ring : [...ring, ring[0]!]).map(flip);
    }),
  };
}

const str = (v: unknown) => (typeof v === "string" ? v : "");
const blankToAbsent = (s: string) => (s.trim() === "" ? undefined : s);
const linesOf = (s: string) =>
  s
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

/** Texts typed in a group that is switched off (an unticked contest route, a value left "not assessed"). */
const typedIn = (v: FormValues, names: string[]) => names.some((n) => str(v[n]).trim() !== "");

function convert(fields: Record<string, Field | "geometry" | "values">, v: FormValues, prefix: string, errors: FieldErrors): Content {
  const out: Content = {};
  for (const [name, f] of Object.entries(fields)) {
    const path = prefix + name;
    if (f === "geometry") out.geometry = geometryFromValues(v, errors);
    else if (f === "values") out.values = valuesFromForm(v.values, errors);
    else if (f === "text") out[name] = blankToAbsent(str(v[name]));
    else if (f === "choices") out[name] = Array.isArray(v[name]) ? (v[name] as unknown[]).filter((x): x is string => typeof x === "string") : [];
    else if (f === "yesNo") out[name] = v[name] === "yes" ? true : v[name] === "no" ? false : undefined;
    else if (f === "lines") out[name] = linesOf(str(v[name]));
    else if ("group" in f) {
      const items = Array.isArray(v[name]) ? (v[name] as unknown[]) : [];
      out[name] = items.map((item, i) => convert(f.group, (item && typeof item === "object" ? item : {}) as FormValues, `${path}.${i}.`, errors));
    } else {
      const inner = (v[name] && typeof v[name] === "object" ? v[name] : {}) as FormValues;
      if (!f.gate) {
        const object = convert(f.object, inner, `${path}.`, errors);
        out[name] = Object.values(object).some((x) => x !== undefined) ? object : undefined;
      } else if (v[f.gate] === "on") out[name] = convert(f.object, inner, `${path}.`, errors);
      else {
        out[name] = undefined;
        // Without JavaScript the route's fields are on the page even when the box is not ticked: what was typed
        // there is not thrown away unseen.
        const routes = Array.isArray(inner.routes) ? (inner.routes as FormValues[]) : [];
        const texts = ["handler", "steps", "include", "webUrl", "email", "postalAddress", "phone"];
        if (typedIn(inner, ["decisions", "humanReview", "nextSteps"]) || routes.some((r) => r && typeof r === "object" && typedIn(r, texts)))
          (errors[f.gate] ??= []).push("contestNotTicked");
      }
    }
  }
  return out;
}

function valuesFromForm(panel: unknown, errors: FieldErrors): Content[] {
  const drafts = (panel && typeof panel === "object" ? panel : {}) as Record<string, Partial<ValueDraft>>;
  const out: Content[] = [];
  // In the taxonomy's order; only known values (the panel's keys come from the form's own names).
  for (const slug of valueSlugs) {
    if (!Object.hasOwn(drafts, slug)) continue;
    const d = drafts[slug]!;
    const assessment = str(d.assessment) || NOT_ASSESSED;
    const explanation = str(d.explanation);
    const actionCategory = str(d.actionCategory);
    const action = str(d.action);
    if (assessment === NOT_ASSESSED) {
      if (explanation.trim() || action.trim()) (errors[`values.${slug}.assessment`] ??= []).push("notAssessedButExplained");
      continue;
    }
    if (!actionCategory && action.trim()) (errors[`values.${slug}.actionCategory`] ??= []).push("actionWithoutCategory");
    out.push({
      value: slug,
      assessment,
      explanation: blankToAbsent(explanation),
      actionCategory: blankToAbsent(actionCategory),
      action: actionCategory ? blankToAbsent(action) : undefined,
    });
  }
  return out;
}

/** Drops absent (undefined) keys, so stored content holds only what was given. */
function compact(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(compact);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).map(([k, x]) => [k, compact(x)]));
  return v;
}

/**
 * The content the form's values stand for, and the problems only the form can name (a coordinate that is no
 * number, text in a switched-off group), by the form's names. Rich text stays as typed (paragraphs and "- "
 * lists); lib/schemas/form-content.ts turns it into the standard's HTML on the server.
 */
export function contentFromFormValues(kind: EntryKind, values: FormValues): { content: Content; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const content = compact(convert(FORM_FIELDS[kind], values, "", errors)) as Content;
  return { content, errors };
}

/** The form's values for stored content (rich text already turned into the form's text, see form-content.ts). */
export function formValuesFromContent(kind: EntryKind, content: Content): FormValues {
  const text = (v: unknown) => (v === undefined || v === null ? "" : typeof v === "object" ? "" : String(v));
  const back = (fields: Record<string, Field | "geometry" | "values">, c: Content): FormValues => {
    const out: FormValues = {};
    for (const [name, f] of Object.entries(fields)) {
      const v = c[name];
      if (f === "geometry") Object.assign(out, geometryToValues(v));
      else if (f === "values") out.values = valuesToForm(v);
      else if (f === "text") out[name] = text(v);
      else if (f === "choices") out[name] = Array.isArray(v) ? v.map(String) : [];
      else if (f === "yesNo") out[name] = v === true ? "yes" : v === false ? "no" : "";
      else if (f === "lines") out[name] = Array.isArray(v) ? v.map(String).join("\n") : text(v);
      else if ("group" in f) out[name] = Array.isArray(v) ? v.map((item) => back(f.group, (item && typeof item === "object" ? item : {}) as Content)) : [];
      else if (!f.gate) out[name] = back(f.object, (v && typeof v === "object" ? v : {}) as Content);
      else if (v && typeof v === "object") {
        out[f.gate] = "on";
        out[name] = back(f.object, v as Content);
      } else {
        // No contest route yet: the form still has one route to fill in once the box is ticked.
        out[f.gate] = "";
        out[name] = { decisions: "", routes: [{ ...BLANK_ROUTE }], humanReview: "", nextSteps: "" };
      }
    }
    return out;
  };
  return back(FORM_FIELDS[kind], content);
}

function geometryToValues(g: unknown): Record<(typeof GEOMETRY_FIELDS)[number], string> {
  const out = { geometryType: "Point", latitude: "", longitude: "", coordinates: "", rdX: "", rdY: "" };
  if (!g || typeof g !== "object") return out;
  const { type, coordinates } = g as { type?: unknown; coordinates?: unknown };
  const pos = (p: unknown) => (Array.isArray(p) && p.length >= 2 ? `${text6(p[1])}, ${text6(p[0])}` : "");
  if (type === "Point" && Array.isArray(coordinates)) return { ...out, latitude: text6(coordinates[1]), longitude: text6(coordinates[0]) };
  if (type === "LineString" && Array.isArray(coordinates)) return { ...out, geometryType: type, coordinates: coordinates.map(pos).join("\n") };
  if (type === "Polygon" && Array.isArray(coordinates))
    return {
      ...out,
      geometryType: type,
      // Each ring without its closing point (the form closes it again); holes after a blank line.
      coordinates: coordinates.map((ring) => (Array.isArray(ring) ? ring.slice(0, -1).map(pos).join("\n") : "")).join("\n\n"),
    };
  return out;
}
const text6 = (n: unknown) => (typeof n === "number" && Number.isFinite(n) ? String(n) : "");

function valuesToForm(v: unknown): Record<string, ValueDraft> {
  const out: Record<string, ValueDraft> = {};
  for (const link of Array.isArray(v) ? v : []) {
    if (!link || typeof link !== "object") continue;
    const l = link as Record<string, unknown>;
    if (typeof l.value !== "string" || !valueSlugs.includes(l.value as never) || Object.hasOwn(out, l.value)) continue;
    out[l.value] = {
      assessment: str(l.assessment) || NOT_ASSESSED,
      explanation: str(l.explanation),
      actionCategory: str(l.actionCategory),
      action: str(l.action),
    };
  }
  return out;
}

/* ------------------------------------------------------------------------------------------------
 * Errors in the form's terms
 * ---------------------------------------------------------------------------------------------- */

/**
 * The schema's error paths as the form's names: a value of the panel by its slug instead of its place in the
 * list (`values.3.explanation` → `values.privacy.explanation`), the location by its fields. `content` is
 * what was validated.
 */
export function formErrorPaths(content: Content, errors: FieldErrors | undefined): FieldErrors | undefined {
  if (!errors) return errors;
  const links = Array.isArray(content.values) ? (content.values as { value?: unknown }[]) : [];
  const out: FieldErrors = {};
  for (const [path, messages] of Object.entries(errors)) {
    let name = path;
    const m = /^values\.(\d+)(?:\.(.+))?$/.exec(path);
    const slug = m ? links[Number(m[1])]?.value : undefined;
    if (m && typeof slug === "string") name = `values.${slug}.${m[2] && m[2] !== "value" && m[2] !== "assessment" ? m[2] : "assessment"}`;
    (out[name] ??= []).push(...messages.filter((x) => !out[name]?.includes(x)));
  }
  return out;
}

/**
 * The control an error path belongs to, for links to it (the form's summary, "what is still missing"): the
 * location's paths ([lon, lat] of a point, the lines of an area or route) lead to the typed fields.
 */
export function controlFor(path: string, geometryType?: unknown): string {
  if (!path.startsWith("geometry.")) return path;
  const point = (geometryType ?? "Point") === "Point";
  const m = /^geometry\.coordinates\.([01])$/.exec(path);
  if (point && m) return m[1] === "1" ? "latitude" : "longitude";
  return point ? "geometry" : "coordinates";
}

/* ------------------------------------------------------------------------------------------------
 * Buttons that change the form itself (they work without JavaScript: the server answers with the form)
 * ---------------------------------------------------------------------------------------------- */

/** What a form button asks: `add:<group>`, `remove:<group>.<index>`, or `rd` (convert RD coordinates). */
export function applyIntent(kind: EntryKind, values: FormValues, intent: string): { values: FormValues; errors: FieldErrors } | undefined {
  const groups = groupsOf(FORM_FIELDS[kind]);
  const errors: FieldErrors = {};
  if (intent === "rd") {
    if (kind !== "sensor") return undefined;
    const point = rdPoint(str(values.rdX), str(values.rdY));
    if (!point) return { values, errors: { rdX: ["rdInvalid"] } };
    return { values: { ...values, ...withPoint(values, point), rdX: "", rdY: "" }, errors };
  }
  const m = /^(add|remove):([A-Za-z.]+?)(?:\.(\d{1,3}))?$/.exec(intent);
  const group = m && groups.find((g) => g.path === m[2]);
  if (!m || !group || (m[1] === "remove") !== (m[3] !== undefined)) return undefined;
  const [parentPath, name] = splitLast(group.path);
  const parent = (parentPath ? (values[parentPath] as FormValues | undefined) : values) ?? {};
  const items = Array.isArray(parent[name]) ? (parent[name] as FormValues[]) : [];
  const next =
    m[1] === "add"
      ? items.length >= Math.min(group.field.max, MAX_GROUP_ITEMS)
        ? items
        : [...items, { ...group.field.blank }]
      : items.filter((_, i) => i !== Number(m[3]));
  const updated = { ...parent, [name]: next };
  return { values: parentPath ? { ...values, [parentPath]: updated } : updated, errors };
}

const splitLast = (path: string): [string, string] => {
  const i = path.lastIndexOf(".");
  return i < 0 ? ["", path] : [path.slice(0, i), path.slice(i + 1)];
};

/** Dutch RD coordinates (metres) as [lat, lon], or undefined when they do not lie in the Netherlands. */
export function rdPoint(xs: string, ys: string): [number, number] | undefined {
  const [x, y] = [parseDecimal(xs), parseDecimal(ys)];
  if (!Number.isFinite(x) || !Number.isFinite(y) || x < -7000 || x > 300000 || y < 289000 || y > 629000) return undefined;
  const [lon, lat] = rdToWgs84(x, y);
  return [lat, lon];
}

/**
 * The location fields with one more point: a point's coordinates replaced, an area or route given one more
 * line (in its first block, before an area's holes). Used by map clicks, the address search and RD.
 */
export function withPoint(values: FormValues, [lat, lon]: [number, number]): FormValues {
  const line = `${formatCoordinate(lat)}, ${formatCoordinate(lon)}`;
  if ((values.geometryType ?? "Point") === "Point") return { latitude: formatCoordinate(lat), longitude: formatCoordinate(lon) };
  const text = str(values.coordinates).replace(/\s+$/, "");
  const [first, ...rest] = text.split(/\n\s*\n/);
  return { coordinates: [[first, line].filter((x) => x && x.trim()).join("\n"), ...rest].join("\n\n") };
}
