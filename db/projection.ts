/**
 * Kind-specific query projections of published content, and the full-text search row.
 * Called from project() in db/entries.ts inside the publishing transaction.
 */
import "server-only";
import { eq, sql } from "drizzle-orm";
import { anchorPoint, geometryBBox, type Geometry } from "@/lib/geo";
import { valueBySlug } from "@/lib/codio";
import { algorithmCategories, algorithmStatuses, contestRoutes, dataProcessing, publicationCategories, sensorTypes, themes } from "@/lib/vocab";
import { plainText } from "@/lib/html";
import type { Algorithm } from "@/lib/schemas/algorithm";
import type { Sensor } from "@/lib/schemas/sensor";
import type { Tx } from "./client";
import { algorithms, organisations, sensors, type EntryRow } from "./schema";

const both = (label: (s: string, l: "nl" | "en") => string, slug: string) => `${label(slug, "nl")} ${label(slug, "en")}`;

export function projectKind(tx: Tx, entry: EntryRow, data: Record<string, unknown>) {
  if (entry.kind === "sensor") projectSensor(tx, entry, data as unknown as Sensor);
  else projectAlgorithm(tx, entry, data as unknown as Algorithm);
  indexForSearch(tx, entry, data);
}

function projectSensor(tx: Tx, entry: EntryRow, s: Sensor) {
  const geometry = s.geometry as Geometry;
  const [minLon, minLat, maxLon, maxLat] = geometryBBox(geometry);
  const [lon, lat] = anchorPoint(geometry);
  const row = {
    type: s.type,
    mobility: s.mobility,
    personalData: s.personalData,
    geometryType: geometry.type,
    lon,
    lat,
    minLon,
    minLat,
    maxLon,
    maxLat,
    activeFrom: s.activeFrom ?? null,
    activeUntil: s.activeUntil ?? null,
  };
  tx.insert(sensors).values({ entryId: entry.id, ...row }).onConflictDoUpdate({ target: sensors.entryId, set: row }).run();
}

function projectAlgorithm(tx: Tx, entry: EntryRow, a: Algorithm) {
  const row = {
    algorithmStatus: a.status,
    publicationCategory: a.publicationCategory,
    beginMonth: a.beginMonth ?? null,
    endMonth: a.endMonth ?? null,
    hasContest: !!a.contest,
  };
  tx.insert(algorithms).values({ entryId: entry.id, ...row }).onConflictDoUpdate({ target: algorithms.entryId, set: row }).run();
}

/** One row of the FTS5 table `search_index`: the text a search matches, per column. */
export interface SearchDocument {
  name: string;
  summary: string;
  body: string;
  decisions: string;
  organisation: string;
  vals: string;
}

/**
 * The text a search matches, per column of the FTS5 table `search_index` (rowid = entries.id). Column
 * weights (db/search/ranking.ts) make the name count most; `body` holds everything else a resident or journalist
 * may search for: for sensors the collective interest, place, operator, type, themes and what happens to
 * the data; for algorithms the goal, considerations, human intervention, lawful basis, data used, how it
 * works, supplier, the contest routes (who handles them, the steps), and the transparency limits.
 * Vocabulary labels go in both languages, so English words find Dutch entries.
 */
export function searchDocument(entry: Pick<EntryRow, "kind">, data: Record<string, unknown>, organisationName: string): SearchDocument {
  const themeText = ((data.themes ?? []) as string[]).map((t) => both(themes.label, t)).join(" ");
  const vals = ((data.values ?? []) as { value: string }[])
    .map((v) => valueBySlug(v.value))
    .filter(Boolean)
    .map((v) => `${v!.name.nl} ${v!.name.en}`)
    .join(" ");
  const text = (parts: unknown[]) => parts.filter((p) => typeof p === "string" && p.trim()).join(" ");
  if (entry.kind === "sensor") {
    const s = data as unknown as Sensor;
    return {
      name: s.name,
      summary: text([s.measures, s.purpose]),
      body: text([
        s.collectiveInterest,
        s.locationDescription,
        s.operator,
        s.ownerReference,
        both(sensorTypes.label, s.type),
        themeText,
        s.processing ? both(dataProcessing.label, s.processing) : "",
      ]),
      decisions: "",
      organisation: organisationName,
      vals,
    };
  }
  const a = data as unknown as Algorithm;
  const routes = a.contest?.routes ?? [];
  // Text fields may carry the standard's HTML: only their text is indexed, so a tag name is never a hit.
  const plain = (v: string | undefined) => (v ? plainText(v) : "");
  return {
    name: a.name,
    summary: a.shortDescription,
    body: text([
      plain(a.goal),
      plain(a.considerations),
      plain(a.humanIntervention),
      plain(a.riskManagement),
      plain(a.lawfulBasis),
      plain(a.impactAssessmentNoneReason),
      plain(a.dataUsed),
      plain(a.technicalOperation),
      plain(a.tags),
      a.supplier,
      a.lars,
      a.sourceId,
      both(algorithmStatuses.label, a.status),
      both(publicationCategories.label, a.publicationCategory),
      ...(a.categories ?? []).map((c) => both(algorithmCategories.label, c)),
      themeText,
      ...routes.flatMap((r) => [both(contestRoutes.label, r.kind), r.handler, ...(r.steps ?? [])]),
      ...(a.transparencyLimits ?? []).flatMap((l) => [l.what, l.why]),
    ]),
    decisions: (a.contest?.decisions ?? []).join(" ; "),
    organisation: organisationName,
    vals,
  };
}

function indexForSearch(tx: Tx, entry: EntryRow, data: Record<string, unknown>) {
  const org = tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, entry.organisationId)).get();
  const doc = searchDocument(entry, data, org?.name ?? "");
  tx.run(sql`DELETE FROM search_index WHERE rowid = ${entry.id}`);
  tx.run(
    sql`INSERT INTO search_index (rowid, name, summary, body, decisions, organisation, vals)
        VALUES (${entry.id}, ${doc.name}, ${doc.summary}, ${doc.body}, ${doc.decisions}, ${doc.organisation}, ${doc.vals})`,
  );
}
