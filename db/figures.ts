/**
 * The register in figures: what the figures page (/{locale}/figures), an organisation's page and the
 * organisations API count, for the whole register or one organisation. Only published and archived entries.
 *
 * Counting never loads an entry: sensors by type, theme and state, algorithms by category and status and how
 * many values each entry is linked to come from the catalogue (db/catalogue.ts, typed arrays in memory: one
 * pass over 110,000 rows takes a few milliseconds); the values served and at stake, and the contest routes,
 * from indexed queries that never read an entry's row (see countValues). The answer is kept per data version and day, so a page view after the first
 * costs one query of two indexed maxima.
 */
import "server-only";
import { valueSlugs } from "@/lib/codio";
import {
  algorithmStatuses,
  contestRequiredCategories,
  lifecycleStates,
  publicationCategories,
  registerToday,
  sensorTypes,
  themes,
  valuesPerEntryBuckets,
} from "@/lib/vocab";
import type { Figures } from "@/lib/schemas/api";
import { catalogue, countBits, FACET_SLUGS, stateOf, todayNumber, VALUE_WORDS, THEME_WORDS } from "./catalogue";
import { getDb } from "./client";
import { publicDataVersion } from "./public";

/**
 * The figures, typed by their API schema (lib/schemas/api.ts `figuresSchema`, GET /api/v1/figures): every
 * count per term of its vocabulary, in the vocabulary's order.
 */
export type RegisterCharts = Figures;
export type ValueTally = Figures["values"][number];

const VALUES_PER_ENTRY_BUCKETS = valuesPerEntryBuckets.terms;

const mainThemes = themes.slugs.filter((t) => !t.includes("/")) as (typeof themes.slugs)[number][];
const themeIndex = new Map<string, number>(themes.slugs.map((t, i) => [t, i]));

function popcount(x: number) {
  let n = 0;
  for (let v = x; v; v &= v - 1) n++;
  return n;
}

/** Counts over the catalogue: one pass over its rows (only the organisation's when given). */
function countCatalogue(organisationId: number | undefined) {
  const c = catalogue();
  const today = todayNumber();
  const type = new Uint32Array(FACET_SLUGS.type.length);
  const theme = new Uint32Array(THEME_WORDS * 32);
  const state = new Uint32Array(lifecycleStates.slugs.length);
  const category = new Uint32Array(FACET_SLUGS.category.length);
  const status = new Uint32Array(FACET_SLUGS.algorithmStatus.length);
  const perEntry = new Uint32Array(VALUES_PER_ENTRY_BUCKETS.length);
  const kinds = [
    { assessed: 0, total: 0 },
    { assessed: 0, total: 0 },
  ];
  for (let r = 0; r < c.n; r++) {
    const kind = c.kind[r]!;
    if (kind > 1) continue; // no longer public
    if (organisationId !== undefined && c.org[r] !== organisationId) continue;
    let linked = 0;
    for (let w = 0; w < VALUE_WORDS; w++) linked += popcount(c.values[r * VALUE_WORDS + w]!);
    kinds[kind]!.total++;
    if (linked) kinds[kind]!.assessed++;
    let b = VALUES_PER_ENTRY_BUCKETS.length - 1;
    while (linked < VALUES_PER_ENTRY_BUCKETS[b]!.from) b--;
    perEntry[b]!++;
    if (kind === 0) {
      type[c.type[r]!]!++;
      countBits(c.themes, r, THEME_WORDS, theme);
      state[stateOf(c, r, today)]!++;
    } else {
      category[c.category[r]!]!++;
      status[c.algorithmStatus[r]!]!++;
    }
  }
  return {
    sensors: kinds[0]!.total,
    algorithms: kinds[1]!.total,
    sensorsByType: sensorTypes.slugs.map((slug, i) => ({ slug, count: type[i + 1]! })),
    sensorsByTheme: mainThemes.map((slug) => ({ slug, count: theme[themeIndex.get(slug)!]! })),
    // The catalogue's state codes are the vocabulary's order.
    sensorsByState: lifecycleStates.slugs.map((slug, i) => ({ slug, count: state[i]! })),
    algorithmsByCategory: publicationCategories.slugs.map((slug, i) => ({ slug, count: category[i + 1]! })),
    algorithmsByStatus: algorithmStatuses.slugs.map((slug, i) => ({ slug, count: status[i + 1]! })),
    assessed: (["sensor", "algorithm"] as const).map((kind, i) => ({ kind, ...kinds[i]! })),
    valuesPerEntry: VALUES_PER_ENTRY_BUCKETS.map((bucket, i) => ({ slug: bucket.slug, count: perEntry[i]! })),
  };
}

const PUBLIC = "status IN ('published', 'archived')";
/** Entries not (yet) public: the only other statuses (db/schema.ts). With both kinds, entries_kind_status answers it. */
const NOT_PUBLIC = "e.kind IN ('sensor', 'algorithm') AND e.status IN ('draft', 'in_review')";

type ValueRow = [value: string, assessment: "serves" | "at_stake", n: number];

/**
 * Values served and at stake. The whole register: one scan of the covering index entry_values_value (value,
 * assessment), less the links of entries that are not public (published content is what the links project, so
 * normally none: a cheap check through entries_kind_status). Joining every link to its entry instead reads
 * the entries' rows with their content: 25 s at 100,000 sensors on a loaded machine, against 0.2 s this way.
 * One organisation: its public entries from a covering index (entries_workspace), then their links.
 */
function countValues(organisationId: number | undefined): ValueTally[] {
  const sqlite = getDb().$client;
  const byValue = new Map<string, ValueTally>(valueSlugs.map((slug) => [slug, { slug, serves: 0, atStake: 0 }]));
  const add = (rows: ValueRow[], sign: 1 | -1) => {
    for (const [value, assessment, n] of rows) {
      const v = byValue.get(value);
      if (v) v[assessment === "serves" ? "serves" : "atStake"] += sign * n;
    }
  };
  const linksOf = (where: string) =>
    `SELECT ev.value, ev.assessment, count(*) FROM entries e CROSS JOIN entry_values ev ON ev.entry_id = e.id WHERE ${where} GROUP BY ev.value, ev.assessment`;
  if (organisationId === undefined) {
    add(sqlite.prepare("SELECT value, assessment, count(*) FROM entry_values GROUP BY value, assessment").raw().all() as ValueRow[], 1);
    add(sqlite.prepare(linksOf(NOT_PUBLIC)).raw().all() as ValueRow[], -1);
  } else {
    add(sqlite.prepare(linksOf(`e.organisation_id = ? AND e.${PUBLIC}`)).raw().all(organisationId) as ValueRow[], 1);
  }
  return [...byValue.values()];
}

/** Impactful and high-risk algorithms, and those of them with a described contest route (of one organisation). */
export function contestFigures(organisationId?: number): { required: number; described: number } {
  const [required, described] = getDb()
    .$client.prepare(
      `SELECT count(*), coalesce(sum(a.has_contest), 0) FROM algorithms a
       WHERE a.publication_category IN (SELECT value FROM json_each(?))
         AND a.entry_id IN (SELECT id FROM entries WHERE kind = 'algorithm' AND ${PUBLIC}${organisationId === undefined ? "" : " AND organisation_id = ?"})`,
    )
    .raw()
    .get(JSON.stringify(contestRequiredCategories), ...(organisationId === undefined ? [] : [organisationId])) as [number, number];
  return { required, described: Number(described) };
}

const cache = new Map<string, RegisterCharts>();

/** Forgets the kept answers (the benchmark times the counting itself). */
export function clearFiguresCache() {
  cache.clear();
}

/** The register's figures, or one organisation's (by its id). */
export function registerCharts({ organisationId }: { organisationId?: number } = {}): RegisterCharts {
  const key = `${publicDataVersion()}|${registerToday()}|${organisationId ?? "all"}`;
  let out = cache.get(key);
  if (!out) {
    out = { ...countCatalogue(organisationId), values: countValues(organisationId), contest: contestFigures(organisationId) };
    // Only the current version is worth keeping (one entry per organisation viewed, and the whole register).
    for (const k of cache.keys()) if (!k.startsWith(key.slice(0, key.lastIndexOf("|") + 1))) cache.delete(k);
    if (cache.size > 500) cache.clear();
    cache.set(key, out);
  }
  return out;
}
