/**
 * The catalogue: what the filters, facet counts and sort orders of the register search (db/search/) and
 * the sensor list, API and map (db/sensors.ts) need of every public entry of both kinds, as typed arrays in
 * memory. It is the register's one in-memory base: the map keeps no copy of its own.
 *
 * Why in memory: counting seven facets "with the other filters applied" over 110,000 entries takes a few
 * milliseconds in JavaScript, and hundreds with GROUP BY queries over the join tables. The catalogue is
 * loaded once per process (about a second at national scale) and then kept in step incrementally: every
 * publication and every archiving writes a revision (append-only), so the entries named by revisions newer
 * than the last one seen are re-read and patched in place. "In use / ended" depends on today's date and is
 * worked out at query time from the stored start and end dates, so midnight needs no reload either.
 *
 * Several server processes (and the command-line importer) may share one database: each process asks the
 * database for the newest revision id (and the organisations' last change) before it answers, so a change
 * made by another process is patched in on the next request there too.
 */
import "server-only";
import { valueSlugs } from "@/lib/codio";
import { fold } from "@/lib/search-query";
import {
  algorithmStatuses,
  lifecycleStates,
  parentTheme,
  publicationCategories,
  registerToday,
  sensorStateIndex,
  sensorTypes,
  themes,
  type EntryKind,
  type LifecycleState,
} from "@/lib/vocab";
import { getDb } from "./client";

export const THEME_WORDS = Math.ceil(themes.slugs.length / 32);
export const VALUE_WORDS = Math.ceil(valueSlugs.length / 32);
export const KIND_CODES: readonly EntryKind[] = ["sensor", "algorithm"];
const SENSOR = KIND_CODES.indexOf("sensor");
/** kind code of a row that is no longer public (never happens in the current workflow; handled anyway). */
const GONE = 255;
export const STATE_CODES: readonly LifecycleState[] = lifecycleStates.slugs;
const IN_USE = STATE_CODES.indexOf("in_use");
const IN_DEVELOPMENT = STATE_CODES.indexOf("in_development");
const ENDED = STATE_CODES.indexOf("ended");
const OUT_OF_USE = algorithmStatuses.slugs.indexOf("out_of_use") + 1;
const IN_DEV_ALGORITHM = algorithmStatuses.slugs.indexOf("in_development") + 1;

/** Bit of each theme and each CODIO value in the bit sets below. */
export const themeBit = new Map<string, number>(themes.slugs.map((t, i) => [t, i]));
export const valueBit = new Map<string, number>(valueSlugs.map((v, i) => [v, i]));
/** Per theme bit: the bit of its main theme (or -1), so a sub-theme also counts for its main theme. */
const parentBit = themes.slugs.map((t) => (t.includes("/") ? (themeBit.get(parentTheme(t)) ?? -1) : -1));

export interface Catalogue {
  /** The highest revision id reflected. */
  version: number;
  /** The revision id that last changed a sensor's row (the map's cluster indexes are kept per this). */
  sensorVersion: number;
  /** Counts full loads in this process: rows keep their place until the next one. */
  generation: number;
  /** Per row: the revision id that last patched it (0: as loaded). */
  changedAt: Int32Array;
  /** Sensor rows patched since the full load (may repeat), for sensorRowsChangedSince. */
  sensorChanges: number[];
  /** The organisations' last change (ms): their names and slugs are looked up, not kept, but answers carry them. */
  organisationsChangedAt: number;
  n: number;
  entryId: Int32Array;
  /** Index into KIND_CODES; GONE when the entry stopped being public. */
  kind: Uint8Array;
  org: Int32Array;
  /** sensorTypes index + 1; 0 for algorithms. */
  type: Uint8Array;
  /** publicationCategories index + 1; 0 for sensors. */
  category: Uint8Array;
  /** algorithmStatuses index + 1; 0 for sensors. */
  algorithmStatus: Uint8Array;
  archived: Uint8Array;
  /** Sensors: start and end date as yyyymmdd (0: none). */
  activeFrom: Int32Array;
  activeUntil: Int32Array;
  publishedAt: Float64Array;
  /** Bit sets, THEME_WORDS / VALUE_WORDS words per row: themes with their main themes; assessed values. */
  themes: Uint32Array;
  values: Uint32Array;
  /** Folded name (lowercase, no accents), the key of the name order. */
  nameKey: TextColumn;
  /** The name as written, and the public id (the map and the sensor list show them). */
  name: TextColumn;
  publicId: TextColumn;
  /** Sensors: the anchor point, the extent of the geometry, its kind and whether it processes personal data. */
  lon: Float64Array;
  lat: Float64Array;
  minLon: Float64Array;
  minLat: Float64Array;
  maxLon: Float64Array;
  maxLat: Float64Array;
  /** Index into GEOMETRY_TYPES. */
  geom: Uint8Array;
  personal: Uint8Array;
  /** Rows in name order, and newest first. */
  byName: Int32Array;
  byNewest: Int32Array;
  /** Row of an entry id (-1: not public). */
  rowOf: Int32Array;
  /** Organisation ids above this need a bigger count array. */
  maxOrg: number;
  /** The revision id the full load read: its rows as loaded reflect the register at that revision. */
  loadedVersion: number;
  /** Time of the full load, and of the last incremental refresh (ms). */
  loadMs: number;
  refreshMs: number;
}

const globalCatalogue = globalThis as unknown as { searchCatalogue?: Catalogue; searchCatalogueDb?: unknown; catalogueGenerations?: { count: number } };
const generations = (globalCatalogue.catalogueGenerations ??= { count: 0 });

/**
 * One string per row, packed as UTF-8 in one buffer: a million names are three typed arrays, not a million
 * strings on the JavaScript heap (about 60 bytes each, and work for every major garbage collection). A row
 * that is written again gets new bytes at the end; the old ones stay unused until the next full load.
 */
export class TextColumn {
  private bytes: Uint8Array;
  private used = 0;
  private start: Int32Array;
  private len: Int32Array;
  private static encoder = new TextEncoder();
  private static decoder = new TextDecoder();
  constructor(rows: number, bytesPerRow = 32) {
    this.bytes = new Uint8Array(Math.max(64, rows * bytesPerRow));
    this.start = new Int32Array(rows);
    this.len = new Int32Array(rows);
  }
  /** Room for `rows` rows. */
  grow(rows: number) {
    if (this.start.length >= rows) return;
    const start = new Int32Array(rows);
    start.set(this.start);
    this.start = start;
    const len = new Int32Array(rows);
    len.set(this.len);
    this.len = len;
  }
  set(r: number, s: string) {
    const need = this.used + s.length * 3;
    if (need > this.bytes.length) {
      const bigger = new Uint8Array(Math.ceil(need * 1.5));
      bigger.set(this.bytes.subarray(0, this.used));
      this.bytes = bigger;
    }
    const { written } = TextColumn.encoder.encodeInto(s, this.bytes.subarray(this.used));
    this.start[r] = this.used;
    this.len[r] = written;
    this.used += written;
  }
  get(r: number): string {
    const at = this.start[r]!;
    return TextColumn.decoder.decode(this.bytes.subarray(at, at + this.len[r]!));
  }
  /** Gives back the room no row uses (after a full load), keeping some for later writes. */
  trim() {
    const keep = Math.ceil(this.used * 1.02) + 1024;
    if (this.bytes.length > keep) this.bytes = this.bytes.slice(0, keep);
  }
  /** The length in bytes (UTF-8) of row r's string. */
  byteLength(r: number) {
    return this.len[r]!;
  }
  /** Compares the strings of rows a and b (byte order of UTF-8: the order of code points). */
  compare(a: number, b: number): number {
    const bytes = this.bytes;
    let i = this.start[a]!;
    let j = this.start[b]!;
    const n = Math.min(this.len[a]!, this.len[b]!);
    for (const end = i + n; i < end; i++, j++) if (bytes[i] !== bytes[j]) return bytes[i]! - bytes[j]!;
    return this.len[a]! - this.len[b]!;
  }
}

const yyyymmdd = (s: string | null | undefined) => (s ? Number(s.slice(0, 10).replace(/-/g, "")) || 0 : 0);
/** Today in the register's time zone as yyyymmdd. */
export const todayNumber = () => yyyymmdd(registerToday());

/** SQL summing one word of bits per slug of `column` (values and themes are unique per entry): one per word. */
function bitSums(column: string, slugs: readonly string[], words: number): string[] {
  const out: string[] = [];
  for (let w = 0; w < words; w++) {
    const cases = slugs
      .map((s, i) => [s, i] as const)
      .filter(([, i]) => i >>> 5 === w)
      .map(([s, i]) => `WHEN '${s.replace(/'/g, "''")}' THEN ${2 ** (i & 31)}`)
      .join(" ");
    out.push(`sum(CASE ${column} ${cases} ELSE 0 END)`);
  }
  return out;
}

/** The bit words of one entry's rows in a child table, as subqueries of a query on `entries e`. */
const maskColumns = (table: string, column: string, slugs: readonly string[], words: number) =>
  bitSums(`x.${column}`, slugs, words).map((sum) => `(SELECT ${sum} FROM ${table} x WHERE x.entry_id = e.id)`);

/** Geometry types of sensors, in the order of the catalogue's codes. */
export const GEOMETRY_TYPES = ["Point", "Polygon", "LineString"] as const;

const BASE_COLUMNS = `e.id, e.kind, e.organisation_id, e.status, e.published_at, e.name,
    s.type, s.active_from, s.active_until, a.algorithm_status, a.publication_category,
    e.public_id, s.lon, s.lat, s.min_lon, s.min_lat, s.max_lon, s.max_lat, s.geometry_type, s.personal_data`;
const PUBLIC_ENTRIES = `FROM entries e LEFT JOIN sensors s ON s.entry_id = e.id LEFT JOIN algorithms a ON a.entry_id = e.id
  WHERE e.status IN ('published', 'archived')`;
/** A few rows with their value and theme bits (a refresh). */
const ROW_SQL = `SELECT ${BASE_COLUMNS},
    ${[...maskColumns("entry_values", "value", valueSlugs, VALUE_WORDS), ...maskColumns("entry_themes", "theme", themes.slugs, THEME_WORDS)].join(", ")}
  ${PUBLIC_ENTRIES}`;
/** Every row without its bits (the full load reads those in one pass over each child table). */
const BASE_ROW_SQL = `SELECT ${BASE_COLUMNS} ${PUBLIC_ENTRIES}`;

type Row = [
  id: number,
  kind: string,
  org: number,
  status: string,
  publishedAt: number | null,
  name: string,
  type: string | null,
  activeFrom: string | null,
  activeUntil: string | null,
  algorithmStatus: string | null,
  category: string | null,
  publicId: string,
  lon: number | null,
  lat: number | null,
  minLon: number | null,
  minLat: number | null,
  maxLon: number | null,
  maxLat: number | null,
  geometryType: string | null,
  personalData: number | null,
  ...masks: (number | null)[],
];

const sensorTypeIndex = new Map<string, number>(sensorTypes.slugs.map((t, i) => [t, i + 1]));
const categoryIndex = new Map<string, number>(publicationCategories.slugs.map((t, i) => [t, i + 1]));
const algorithmStatusIndex = new Map<string, number>(algorithmStatuses.slugs.map((t, i) => [t, i + 1]));

function emptyCatalogue(capacity: number, maxId: number): Catalogue {
  return {
    version: 0,
    sensorVersion: 0,
    generation: 0,
    changedAt: new Int32Array(capacity),
    sensorChanges: [],
    organisationsChangedAt: 0,
    n: 0,
    entryId: new Int32Array(capacity),
    kind: new Uint8Array(capacity),
    org: new Int32Array(capacity),
    type: new Uint8Array(capacity),
    category: new Uint8Array(capacity),
    algorithmStatus: new Uint8Array(capacity),
    archived: new Uint8Array(capacity),
    activeFrom: new Int32Array(capacity),
    activeUntil: new Int32Array(capacity),
    publishedAt: new Float64Array(capacity),
    themes: new Uint32Array(capacity * THEME_WORDS),
    values: new Uint32Array(capacity * VALUE_WORDS),
    nameKey: new TextColumn(capacity),
    name: new TextColumn(capacity),
    publicId: new TextColumn(capacity, 8),
    lon: new Float64Array(capacity),
    lat: new Float64Array(capacity),
    minLon: new Float64Array(capacity),
    minLat: new Float64Array(capacity),
    maxLon: new Float64Array(capacity),
    maxLat: new Float64Array(capacity),
    geom: new Uint8Array(capacity),
    personal: new Uint8Array(capacity),
    byName: new Int32Array(0),
    byNewest: new Int32Array(0),
    rowOf: new Int32Array(maxId + 1).fill(-1),
    maxOrg: 0,
    loadedVersion: 0,
    loadMs: 0,
    refreshMs: 0,
  };
}

/** Grows every per-row array to hold at least `rows` rows (and `maxId` in rowOf). */
function ensureCapacity(c: Catalogue, rows: number, maxId: number) {
  if (c.entryId.length < rows) {
    const cap = Math.max(rows, Math.ceil(c.entryId.length * 1.5) + 64);
    const grow = <T extends Int32Array | Uint8Array | Uint32Array | Float64Array>(a: T, per = 1): T => {
      const b = new (a.constructor as new (n: number) => T)(cap * per);
      b.set(a);
      return b;
    };
    c.entryId = grow(c.entryId);
    c.kind = grow(c.kind);
    c.org = grow(c.org);
    c.type = grow(c.type);
    c.category = grow(c.category);
    c.algorithmStatus = grow(c.algorithmStatus);
    c.archived = grow(c.archived);
    c.activeFrom = grow(c.activeFrom);
    c.activeUntil = grow(c.activeUntil);
    c.publishedAt = grow(c.publishedAt);
    c.themes = grow(c.themes, THEME_WORDS);
    c.values = grow(c.values, VALUE_WORDS);
    c.lon = grow(c.lon);
    c.lat = grow(c.lat);
    c.minLon = grow(c.minLon);
    c.minLat = grow(c.minLat);
    c.maxLon = grow(c.maxLon);
    c.maxLat = grow(c.maxLat);
    c.geom = grow(c.geom);
    c.personal = grow(c.personal);
    c.changedAt = grow(c.changedAt);
    for (const col of [c.nameKey, c.name, c.publicId]) col.grow(cap);
  }
  if (c.rowOf.length <= maxId) {
    const b = new Int32Array(Math.max(maxId + 1, Math.ceil(c.rowOf.length * 1.5))).fill(-1);
    b.set(c.rowOf);
    c.rowOf = b;
  }
}

/** Writes one database row into catalogue row `r`. */
function setRow(c: Catalogue, r: number, row: Row) {
  const [id, kind, org, status, publishedAt, name, type, activeFrom, activeUntil, algorithmStatus, category, publicId, lon, lat, x0, y0, x1, y1, g, pd, ...masks] =
    row;
  c.entryId[r] = id;
  c.kind[r] = kind === "algorithm" ? 1 : 0;
  c.org[r] = org;
  if (org > c.maxOrg) c.maxOrg = org;
  c.type[r] = type ? (sensorTypeIndex.get(type) ?? sensorTypeIndex.get("other")!) : 0;
  c.category[r] = category ? (categoryIndex.get(category) ?? 0) : 0;
  c.algorithmStatus[r] = algorithmStatus ? (algorithmStatusIndex.get(algorithmStatus) ?? 0) : 0;
  c.archived[r] = status === "archived" ? 1 : 0;
  c.activeFrom[r] = yyyymmdd(activeFrom);
  c.activeUntil[r] = yyyymmdd(activeUntil);
  c.publishedAt[r] = publishedAt ?? 0;
  if (masks.length) {
    for (let w = 0; w < VALUE_WORDS; w++) c.values[r * VALUE_WORDS + w] = Number(masks[w] ?? 0);
    for (let w = 0; w < THEME_WORDS; w++) c.themes[r * THEME_WORDS + w] = Number(masks[VALUE_WORDS + w] ?? 0);
    addMainThemes(c, r);
  }
  c.nameKey.set(r, fold(name));
  c.name.set(r, name);
  c.publicId.set(r, publicId);
  c.lon[r] = lon ?? 0;
  c.lat[r] = lat ?? 0;
  c.minLon[r] = x0 ?? 0;
  c.minLat[r] = y0 ?? 0;
  c.maxLon[r] = x1 ?? 0;
  c.maxLat[r] = y1 ?? 0;
  c.geom[r] = Math.max(0, GEOMETRY_TYPES.indexOf(g as (typeof GEOMETRY_TYPES)[number]));
  c.personal[r] = pd ? 1 : 0;
  c.rowOf[id] = r;
}

/** A sub-theme also counts for (and is found by) its main theme. */
function addMainThemes(c: Catalogue, r: number) {
  for (let w = 0; w < THEME_WORDS; w++) {
    let x = c.themes[r * THEME_WORDS + w]!;
    while (x) {
      const low = x & -x;
      const bit = w * 32 + 31 - Math.clz32(low);
      const p = parentBit[bit]!;
      if (p >= 0) c.themes[r * THEME_WORDS + (p >>> 5)]! |= 1 << (p & 31);
      x ^= low;
    }
  }
}

/** The bit words of the entries with ids in (fromId, toId] in a child table, in one pass (SQLite sums them per entry). */
function loadBits(
  c: Catalogue,
  table: "entry_values" | "entry_themes",
  column: string,
  slugs: readonly string[],
  words: number,
  into: Uint32Array,
  fromId: number,
  toId: number,
) {
  const sql = `SELECT entry_id, ${bitSums(column, slugs, words).join(", ")} FROM ${table} WHERE entry_id > ? AND entry_id <= ? GROUP BY entry_id`;
  for (const [id, ...mask] of getDb().$client.prepare(sql).raw().all(fromId, toId) as number[][]) {
    const r = c.rowOf[id!];
    if (r === undefined || r < 0) continue;
    for (let w = 0; w < words; w++) into[r * words + w] = Number(mask[w] ?? 0);
  }
}

const nameCmp = (c: Catalogue) => (a: number, b: number) => c.nameKey.compare(a, b) || c.entryId[a]! - c.entryId[b]!;
const newestCmp = (c: Catalogue) => (a: number, b: number) => c.publishedAt[b]! - c.publishedAt[a]! || c.entryId[b]! - c.entryId[a]!;

/**
 * What the database holds now: its newest revision id and the organisations' last change. Every publication
 * and archiving writes a revision (append-only), and organisation names appear in every answer, so together
 * they are the register's data version (db/public.ts publicDataVersion).
 */
export function currentState(): { version: number; organisationsChangedAt: number } {
  return getDb()
    .$client.prepare(
      "SELECT (SELECT coalesce(max(id), 0) FROM revisions) AS version, (SELECT coalesce(max(updated_at), 0) FROM organisations) AS organisationsChangedAt",
    )
    .get() as { version: number; organisationsChangedAt: number };
}

/** Rows read per step of a load (and id range per step of the bit sums): a few milliseconds each. */
const LOAD_CHUNK = 2_000;
/** Elements sorted or merged per step of a load's sort. */
const SORT_CHUNK = 32_768;

/**
 * Sorts `arr` in steps: runs of SORT_CHUNK sorted one per step, then merged pairwise, yielding between steps
 * (a bottom-up merge sort), so sorting a million names never holds the event loop for long.
 */
export function* sortInSteps(arr: Int32Array, cmp: (a: number, b: number) => number): Generator<void, Int32Array> {
  const n = arr.length;
  for (let i = 0; i < n; i += SORT_CHUNK) {
    arr.subarray(i, Math.min(n, i + SORT_CHUNK)).sort(cmp);
    yield;
  }
  let src: Int32Array = arr;
  let dst: Int32Array = new Int32Array(n);
  for (let width = SORT_CHUNK; width < n; width *= 2) {
    let work = 0;
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        dst[k++] = cmp(src[i]!, src[j]!) <= 0 ? src[i++]! : src[j++]!;
        if (++work >= SORT_CHUNK) {
          work = 0;
          yield;
        }
      }
      while (i < mid) dst[k++] = src[i++]!;
      while (j < hi) dst[k++] = src[j++]!;
    }
    [src, dst] = [dst, src];
  }
  return src;
}

/**
 * Reads every public entry, in steps (a generator: each `yield` is a point where the event loop may run):
 * rows LOAD_CHUNK at a time by id, the value and theme bits by id range (SQLite sums them per entry in one
 * pass over each range), then the two orders. The version is taken first: whatever is published while the
 * load runs has a newer revision and is patched in by the first `catalogue()` after it (`refresh`), so rows
 * read a little later than the version are read again, never missed.
 */
function* loadInSteps(): Generator<void, Catalogue> {
  const t0 = performance.now();
  const sqlite = getDb().$client;
  const { version, organisationsChangedAt } = currentState();
  const maxId = (sqlite.prepare("SELECT coalesce(max(id), 0) AS m FROM entries").get() as { m: number }).m;
  const count = sqlite.prepare("SELECT count(*) FROM entries WHERE status IN ('published', 'archived')").pluck().get() as number;
  const c = emptyCatalogue(count + 64, maxId + 64);
  const chunk = sqlite.prepare(`${BASE_ROW_SQL} AND e.id > ? ORDER BY e.id LIMIT ${LOAD_CHUNK}`).raw();
  let n = 0;
  for (let last = 0; ; ) {
    const rows = chunk.all(last) as Row[];
    if (!rows.length) break;
    last = rows[rows.length - 1]![0];
    ensureCapacity(c, n + rows.length, last);
    for (const row of rows) setRow(c, n++, row);
    c.n = n;
    yield;
  }
  const top = Math.max(maxId, n ? c.entryId[n - 1]! : 0);
  for (let from = 0; from < top; from += LOAD_CHUNK * 4) {
    loadBits(c, "entry_values", "value", valueSlugs, VALUE_WORDS, c.values, from, from + LOAD_CHUNK * 4);
    loadBits(c, "entry_themes", "theme", themes.slugs, THEME_WORDS, c.themes, from, from + LOAD_CHUNK * 4);
    yield;
  }
  for (let r = 0; r < n; r++) addMainThemes(c, r);
  yield;
  for (const col of [c.nameKey, c.name, c.publicId]) col.trim();
  c.byName = yield* sortInSteps(Int32Array.from({ length: n }, (_, i) => i), nameCmp(c));
  c.byNewest = yield* sortInSteps(Int32Array.from({ length: n }, (_, i) => i), newestCmp(c));
  c.version = version;
  c.sensorVersion = version;
  c.loadedVersion = version;
  c.generation = ++generations.count;
  c.organisationsChangedAt = organisationsChangedAt;
  c.loadMs = performance.now() - t0;
  return c;
}

const loadState = globalThis as unknown as { catalogueLoad?: { db: unknown; steps: Generator<void, Catalogue> } };

/** Runs the load in progress (or a new one) to its end, here and now. */
function fullLoad(): Catalogue {
  const db = getDb();
  const load = loadState.catalogueLoad?.db === db ? loadState.catalogueLoad : { db, steps: loadInSteps() };
  loadState.catalogueLoad = load;
  try {
    for (;;) {
      const step = load.steps.next();
      if (step.done) return step.value;
    }
  } finally {
    if (loadState.catalogueLoad === load) loadState.catalogueLoad = undefined;
  }
}

/**
 * Loads the catalogue without holding the event loop: a step of a few milliseconds, then other work (a
 * health check, a request), then the next step. A request that needs the catalogue before the load is done
 * finishes it itself (`catalogue()`). For the server's warm-up (lib/startup-checks.ts).
 */
export async function warmCatalogue(): Promise<void> {
  const db = getDb();
  if (globalCatalogue.searchCatalogue && globalCatalogue.searchCatalogueDb === db) return;
  const load = (loadState.catalogueLoad ??= { db, steps: loadInSteps() });
  for (;;) {
    await new Promise((resolve) => setImmediate(resolve));
    // Finished meanwhile by a request (or replaced): nothing left to do here.
    if (loadState.catalogueLoad !== load) return;
    const slice = performance.now();
    let step = load.steps.next();
    while (!step.done && performance.now() - slice < 10) step = load.steps.next();
    if (step.done) {
      loadState.catalogueLoad = undefined;
      globalCatalogue.searchCatalogue = step.value;
      globalCatalogue.searchCatalogueDb = db;
      return;
    }
  }
}

/** Removes `row` from a sorted order array and inserts it again at its (new) place. */
function reposition(order: Int32Array, length: number, row: number, cmp: (a: number, b: number) => number, present: boolean): Int32Array {
  let arr = order;
  let len = length;
  if (present) {
    const at = arr.indexOf(row);
    if (at >= 0 && at < len) {
      arr.copyWithin(at, at + 1, len);
      len--;
    }
  }
  if (arr.length < len + 1) {
    const bigger = new Int32Array(Math.ceil((len + 1) * 1.25) + 16);
    bigger.set(arr.subarray(0, len));
    arr = bigger;
  }
  let lo = 0;
  let hi = len;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cmp(arr[mid]!, row) < 0) lo = mid + 1;
    else hi = mid;
  }
  arr.copyWithin(lo + 1, lo, len);
  arr[lo] = row;
  return arr;
}

/** The catalogue row of an entry id (-1: not a public entry). */
export const rowOfId = (c: Catalogue, id: number) => (id < c.rowOf.length ? c.rowOf[id]! : -1);

/** Applies the publications and archivings since the catalogue's version. */
function refresh(c: Catalogue, version: number) {
  const sqlite = getDb().$client;
  const changed = (sqlite.prepare("SELECT DISTINCT entry_id FROM revisions WHERE id > ?").pluck().all(c.version) as number[]).filter(
    (x) => x > 0,
  );
  const rows = changed.length
    ? (sqlite.prepare(`${ROW_SQL} AND e.id IN (SELECT value FROM json_each(?))`).raw().all(JSON.stringify(changed)) as Row[])
    : [];
  const found = new Set(rows.map((r) => r[0]));
  const maxId = Math.max(0, ...changed);
  ensureCapacity(c, c.n + rows.length, maxId);
  // The order arrays are kept exactly as long as the number of rows in them.
  let byName = c.byName;
  let byNewest = c.byNewest;
  let inOrder = c.byName.length;
  let sensors = false;
  for (const row of rows) {
    const id = row[0];
    let r = c.rowOf[id]!;
    const present = r >= 0 && c.kind[r] !== GONE;
    if (r < 0) r = c.n++;
    if (present) {
      // Take it out of the orders with its old keys, then put it back with the new ones.
      const atName = byName.indexOf(r);
      if (atName >= 0) byName.copyWithin(atName, atName + 1, inOrder);
      const atNew = byNewest.indexOf(r);
      if (atNew >= 0) byNewest.copyWithin(atNew, atNew + 1, inOrder);
      inOrder--;
    }
    setRow(c, r, row);
    c.changedAt[r] = version;
    if (row[1] === "sensor") {
      sensors = true;
      c.sensorChanges.push(r);
    }
    byName = reposition(byName, inOrder, r, nameCmp(c), false);
    byNewest = reposition(byNewest, inOrder, r, newestCmp(c), false);
    inOrder++;
  }
  for (const id of changed) {
    if (found.has(id)) continue;
    const r = rowOfId(c, id);
    if (r < 0 || c.kind[r] === GONE) continue;
    if (c.kind[r] === 0) {
      sensors = true;
      c.sensorChanges.push(r);
    }
    c.kind[r] = GONE;
    c.changedAt[r] = version;
    const atName = byName.indexOf(r);
    if (atName >= 0) byName.copyWithin(atName, atName + 1, inOrder);
    const atNew = byNewest.indexOf(r);
    if (atNew >= 0) byNewest.copyWithin(atNew, atNew + 1, inOrder);
    inOrder--;
  }
  c.byName = byName.length === inOrder ? byName : byName.slice(0, inOrder);
  c.byNewest = byNewest.length === inOrder ? byNewest : byNewest.slice(0, inOrder);
  c.version = version;
  if (sensors) c.sensorVersion = version;
  if (c.sensorChanges.length > 50_000) c.sensorChanges = [...new Set(c.sensorChanges)];
}

/** The sensor rows patched after revision `version` (each once): what an index made at `version` lacks. */
export function sensorRowsChangedSince(c: Catalogue, version: number): Int32Array {
  if (version >= c.sensorVersion) return new Int32Array(0);
  const rows = new Set<number>();
  for (let i = c.sensorChanges.length - 1; i >= 0; i--) {
    const r = c.sensorChanges[i]!;
    if (c.changedAt[r]! > version) rows.add(r);
  }
  return Int32Array.from(rows);
}

/**
 * The catalogue, loaded on first use and brought up to date with the publications since. A large batch
 * of changes (or another database) loads it afresh.
 */
export function catalogue(): Catalogue {
  const db = getDb();
  let c = globalCatalogue.searchCatalogue;
  if (!c || globalCatalogue.searchCatalogueDb !== db) {
    c = fullLoad();
    globalCatalogue.searchCatalogue = c;
    globalCatalogue.searchCatalogueDb = db;
    return c;
  }
  const { version, organisationsChangedAt } = currentState();
  c.organisationsChangedAt = organisationsChangedAt;
  if (version === c.version) return c;
  if (version < c.version || version - c.version > 5000) {
    c = fullLoad();
    globalCatalogue.searchCatalogue = c;
    return c;
  }
  const t0 = performance.now();
  refresh(c, version);
  c.refreshMs = performance.now() - t0;
  return c;
}

/** Loads (or reuses) the catalogue; for the benchmark and warm-up. */
export function catalogueInfo() {
  const c = catalogue();
  return { entries: c.n, version: c.version, loadMs: c.loadMs, refreshMs: c.refreshMs };
}

/** Forgets the catalogue (tests, the benchmark and the index rebuild use this). */
export function resetCatalogue() {
  globalCatalogue.searchCatalogue = undefined;
  globalCatalogue.searchCatalogueDb = undefined;
}

/** lib/vocab's one definition of a sensor's state (an index into STATE_CODES), bound once: no module lookup per row. */
const sensorStateAt = sensorStateIndex;

/** The lifecycle state of a row today (index into STATE_CODES). */
export function stateOf(c: Catalogue, r: number, today: number): number {
  if (c.kind[r] === 0) return sensorStateAt(c.archived[r] === 1, c.activeFrom[r]!, c.activeUntil[r]!, today);
  if (c.archived[r]) return ENDED;
  const s = c.algorithmStatus[r]!;
  return s === OUT_OF_USE ? ENDED : s === IN_DEV_ALGORITHM ? IN_DEVELOPMENT : IN_USE;
}

/**
 * Every row's lifecycle state on `today` (index into STATE_CODES), one byte per row: kept per catalogue and
 * day, and patched for the rows changed since (`changedAt`). A search counts the states of up to a million
 * rows, and a byte is cheaper to read than the dates it comes from.
 */
const stateCache = ((globalThis as unknown as { catalogueStates?: WeakMap<Catalogue, { today: number; version: number; states: Uint8Array }> })
  .catalogueStates ??= new WeakMap());
export function statesToday(c: Catalogue, today: number): Uint8Array {
  let cached = stateCache.get(c);
  if (!cached || cached.today !== today) {
    cached = { today, version: c.version, states: new Uint8Array(Math.ceil(c.n * 1.25) + 64) };
    for (let r = 0; r < c.n; r++) cached.states[r] = stateOf(c, r, today);
    stateCache.set(c, cached);
    return cached.states;
  }
  if (cached.version !== c.version || cached.states.length < c.n) {
    if (cached.states.length < c.n) {
      const bigger = new Uint8Array(Math.ceil(c.n * 1.25) + 64);
      bigger.set(cached.states);
      cached.states = bigger;
    }
    const changedAt = c.changedAt;
    for (let r = 0; r < c.n; r++) if (changedAt[r]! > cached.version) cached.states[r] = stateOf(c, r, today);
    cached.version = c.version;
  }
  return cached.states;
}

/** Whether row `r` (a sensor or an algorithm) is no longer in use today. */
export const isEnded = (c: Catalogue, r: number, today: number) => stateOf(c, r, today) === ENDED;

/* ------------------------------------------------------------------------------------------------
 * Filtering and facet counts
 * ---------------------------------------------------------------------------------------------- */

/** Filters on the catalogue; within one filter any value matches, across filters all must. */
export interface CatalogueFilters {
  kind: readonly string[];
  organisationIds: readonly number[];
  type: readonly string[];
  theme: readonly string[];
  category: readonly string[];
  value: readonly string[];
  status: readonly string[];
  /** The algorithm register's own status (in development / in use / out of use); the algorithm list uses it. */
  algorithmStatus?: readonly string[];
  /** Whether a sensor processes personal data ("yes", "no"); the sensor map and list use it. */
  personalData?: readonly string[];
  /** Only these entries, e.g. those a text search matched (the map and the sensor list); null: all. */
  entryIds?: ReadonlySet<number> | null;
  /** Only rows whose extent meets this box, in WGS84: west, south, east, north (the map's viewport). */
  bbox?: readonly [number, number, number, number];
}
export const FACETS = ["kind", "organisation", "type", "theme", "category", "value", "status"] as const;
export type FacetName = (typeof FACETS)[number];
/** The bit `compileFilter`'s test sets for each filter a row fails. */
const BIT = {
  kind: 1,
  organisation: 2,
  type: 4,
  theme: 8,
  category: 16,
  value: 32,
  status: 64,
  algorithmStatus: 128,
  personalData: 256,
  entryIds: 512,
  bbox: 1024,
} as const satisfies Record<FacetName | "algorithmStatus" | "personalData" | "entryIds" | "bbox", number>;

/** Raw counts per facet option (indexes as in the catalogue) for the rows that pass every other filter. */
export interface RawFacets {
  kind: Uint32Array;
  organisation: Map<number, number>;
  type: Uint32Array;
  theme: Uint32Array;
  category: Uint32Array;
  value: Uint32Array;
  status: Uint32Array;
  /** algorithmStatuses index + 1. */
  algorithmStatus: Uint32Array;
  /** Sensors only: [no, yes]. */
  personalData: Uint32Array;
}

const selection = (size: number, chosen: readonly string[], index: (s: string) => number) => {
  if (!chosen.length) return null;
  const sel = new Uint8Array(size);
  for (const s of chosen) {
    const i = index(s);
    if (i >= 0 && i < size) sel[i] = 1;
  }
  return sel;
};
/** The bit set of the chosen slugs; null when nothing is chosen (no filter). */
export const maskOf = (chosen: readonly string[], bits: Map<string, number>, words: number) => {
  if (!chosen.length) return null;
  const m = new Uint32Array(words);
  for (const s of chosen) {
    const b = bits.get(s);
    if (b !== undefined) m[b >>> 5]! |= 1 << (b & 31);
  }
  return m;
};
/** Whether row `r` of a bit-set array shares a bit with the mask. */
export const intersects = (arr: Uint32Array, r: number, mask: Uint32Array) => {
  for (let w = 0; w < mask.length; w++) if ((arr[r * mask.length + w]! & mask[w]!) !== 0) return true;
  return false;
};

/** Adds one to `into[bit]` for every bit set in row `r` of a bit-set array (`words` words per row). */
export function countBits(arr: Uint32Array, r: number, words: number, into: Uint32Array) {
  for (let w = 0; w < words; w++) {
    let x = arr[r * words + w]!;
    while (x) {
      const low = x & -x;
      into[w * 32 + 31 - Math.clz32(low)]!++;
      x ^= low;
    }
  }
}

/** Adds the bytes of row `r`'s bit-set words to per-byte counts (1,024 per word: 256 for each of its 4 bytes). */
function countBytes(arr: Uint32Array, r: number, words: number, into: Uint32Array) {
  for (let w = 0; w < words; w++) {
    const x = arr[r * words + w]!;
    if (x === 0) continue;
    const h = w * 1024;
    into[h + (x & 255)]!++;
    into[h + 256 + ((x >>> 8) & 255)]!++;
    into[h + 512 + ((x >>> 16) & 255)]!++;
    into[h + 768 + (x >>> 24)]!++;
  }
}

/** Per bit, how many rows have it, from per-byte counts of their bit sets (1,024 per word: 256 per byte). */
function bitCountsOfBytes(bytes: Uint32Array, into: Uint32Array) {
  for (let h = 0; h < bytes.length; h += 256) {
    const bit0 = (h >>> 8) * 8;
    for (let v = 1; v < 256; v++) {
      const n = bytes[h + v]!;
      if (n) for (let k = 0; k < 8; k++) if (v & (1 << k)) into[bit0 + k]! += n;
    }
  }
}

/** The ids of some organisations, by slug, in the same order, for `organisationIds` (-1: unknown, matches nothing). */
export function organisationIdsOf(slugs: readonly string[]): number[] {
  if (!slugs.length) return [];
  const rows = getDb()
    .$client.prepare("SELECT slug, id FROM organisations WHERE slug IN (SELECT value FROM json_each(?))")
    .all(JSON.stringify(slugs)) as { slug: string; id: number }[];
  const bySlug = new Map(rows.map((o) => [o.slug, o.id]));
  return slugs.map((s) => bySlug.get(s) ?? -1);
}

/**
 * The filters compiled to a test of one row: the bits of the filters it fails (BIT; 0: passes all),
 * so facet counts can tell "fails only its own filter" apart. Rows that are no longer public fail everything
 * (-1). The one filter engine of the register: search, the lists, the map and its facets all use it.
 */
export function compileFilter(c: Catalogue, f: CatalogueFilters, today = todayNumber()) {
  const kindSel = selection(KIND_CODES.length, f.kind, (s) => KIND_CODES.indexOf(s as EntryKind));
  const orgSel = f.organisationIds.length ? new Set(f.organisationIds) : null;
  const typeSel = selection(sensorTypes.slugs.length + 1, f.type, (s) => sensorTypeIndex.get(s) ?? -1);
  const categorySel = selection(publicationCategories.slugs.length + 1, f.category, (s) => categoryIndex.get(s) ?? -1);
  const statusSel = selection(STATE_CODES.length, f.status, (s) => STATE_CODES.indexOf(s as LifecycleState));
  const algorithmStatusSel = selection(algorithmStatuses.slugs.length + 1, f.algorithmStatus ?? [], (s) => algorithmStatusIndex.get(s) ?? -1);
  const personalSel = selection(2, f.personalData ?? [], (s) => (s === "yes" ? 1 : s === "no" ? 0 : -1));
  const themeMask = maskOf(f.theme, themeBit, THEME_WORDS);
  const valueMask = maskOf(f.value, valueBit, VALUE_WORDS);
  const ids = f.entryIds ?? null;
  const [west, south, east, north] = f.bbox ?? [0, 0, 0, 0];
  const box = !!f.bbox;
  return (r: number): number => {
    const kind = c.kind[r]!;
    if (kind === GONE) return -1;
    return (
      (kindSel && !kindSel[kind] ? BIT.kind : 0) |
      (orgSel && !orgSel.has(c.org[r]!) ? BIT.organisation : 0) |
      (typeSel && !typeSel[c.type[r]!] ? BIT.type : 0) |
      (themeMask && !intersects(c.themes, r, themeMask) ? BIT.theme : 0) |
      (categorySel && !categorySel[c.category[r]!] ? BIT.category : 0) |
      (valueMask && !intersects(c.values, r, valueMask) ? BIT.value : 0) |
      (statusSel && !statusSel[stateOf(c, r, today)] ? BIT.status : 0) |
      (algorithmStatusSel && !algorithmStatusSel[c.algorithmStatus[r]!] ? BIT.algorithmStatus : 0) |
      (personalSel && (kind !== SENSOR || !personalSel[c.personal[r]!]) ? BIT.personalData : 0) |
      (ids && !ids.has(c.entryId[r]!) ? BIT.entryIds : 0) |
      (box && (c.maxLon[r]! < west || c.minLon[r]! > east || c.maxLat[r]! < south || c.minLat[r]! > north) ? BIT.bbox : 0)
    );
  };
}

/**
 * Runs the filters over the candidate rows (every row, or the rows a text search matched) and counts
 * the facets: an option's count is the number of rows that pass every filter except the one of its own
 * facet, so choosing it gives that many results. Returns the rows that pass all filters, in candidate order.
 */
export function filterAndCount(c: Catalogue, f: CatalogueFilters, candidates: Int32Array | null, today = todayNumber()) {
  const test = compileFilter(c, f, today);
  const raw: RawFacets = {
    kind: new Uint32Array(KIND_CODES.length),
    organisation: new Map(),
    type: new Uint32Array(sensorTypes.slugs.length + 1),
    theme: new Uint32Array(THEME_WORDS * 32),
    category: new Uint32Array(publicationCategories.slugs.length + 1),
    value: new Uint32Array(VALUE_WORDS * 32),
    status: new Uint32Array(STATE_CODES.length),
    algorithmStatus: new Uint32Array(algorithmStatuses.slugs.length + 1),
    personalData: new Uint32Array(2),
  };
  const orgCounts = new Uint32Array(c.maxOrg + 1);
  const pass = new Int32Array(candidates ? candidates.length : c.n);
  let passed = 0;
  const total = candidates ? candidates.length : c.n;
  const unfiltered =
    !f.kind.length &&
    !f.organisationIds.length &&
    !f.type.length &&
    !f.theme.length &&
    !f.category.length &&
    !f.value.length &&
    !f.status.length &&
    !f.algorithmStatus?.length &&
    !f.personalData?.length &&
    !f.entryIds &&
    !f.bbox;
  if (unfiltered) {
    // No filter chosen (the common case of a search): every public row passes and counts in every facet.
    // One tight pass with the arrays at hand (a common word matches a quarter of a national register).
    const { kind: kinds, org, type, category, algorithmStatus, themes: themeBits, values: valueBits } = c;
    const kindCount = raw.kind;
    const typeCount = raw.type;
    const categoryCount = raw.category;
    const themeBytes = new Uint32Array(THEME_WORDS * 1024);
    const valueBytes = new Uint32Array(VALUE_WORDS * 1024);
    const statusCount = raw.status;
    const algorithmStatusCount = raw.algorithmStatus;
    const personalCount = raw.personalData;
    const personal = c.personal;
    const states = statesToday(c, today);
    for (let i = 0; i < total; i++) {
      const r = candidates ? candidates[i]! : i;
      const kind = kinds[r]!;
      if (kind === GONE) continue;
      pass[passed++] = r;
      kindCount[kind]!++;
      orgCounts[org[r]!]!++;
      typeCount[type[r]!]!++;
      categoryCount[category[r]!]!++;
      algorithmStatusCount[algorithmStatus[r]!]!++;
      if (kind === SENSOR) personalCount[personal[r]!]!++;
      // Bit sets: count the bytes of each word, turned into counts per bit once at the end.
      countBytes(themeBits, r, THEME_WORDS, themeBytes);
      countBytes(valueBits, r, VALUE_WORDS, valueBytes);
      statusCount[states[r]!]!++;
    }
    bitCountsOfBytes(themeBytes, raw.theme);
    bitCountsOfBytes(valueBytes, raw.value);
    // Code 0 ("none") is not an option of these facets.
    raw.type[0] = 0;
    raw.category[0] = 0;
    raw.algorithmStatus[0] = 0;
  }
  for (let i = unfiltered ? total : 0; i < total; i++) {
    const r = candidates ? candidates[i]! : i;
    const fails = test(r);
    // A row counts in a facet when it passes every other filter: none failed, or only that facet's own.
    if (fails & (fails - 1)) continue;
    const all = fails === 0;
    if (all) pass[passed++] = r;
    if (all || fails === BIT.kind) raw.kind[c.kind[r]!]!++;
    if (all || fails === BIT.organisation) orgCounts[c.org[r]!]!++;
    if ((all || fails === BIT.type) && c.type[r]) raw.type[c.type[r]!]!++;
    if (all || fails === BIT.theme) countBits(c.themes, r, THEME_WORDS, raw.theme);
    if ((all || fails === BIT.category) && c.category[r]) raw.category[c.category[r]!]!++;
    if (all || fails === BIT.value) countBits(c.values, r, VALUE_WORDS, raw.value);
    if (all || fails === BIT.status) raw.status[stateOf(c, r, today)]!++;
    if ((all || fails === BIT.algorithmStatus) && c.algorithmStatus[r]) raw.algorithmStatus[c.algorithmStatus[r]!]!++;
    if ((all || fails === BIT.personalData) && c.kind[r] === SENSOR) raw.personalData[c.personal[r]!]!++;
  }
  orgCounts.forEach((n, id) => {
    if (n) raw.organisation.set(id, n);
  });
  return { pass: pass.subarray(0, passed), raw };
}

/** Facet option slugs in catalogue index order (type and category are 1-based there). */
export const FACET_SLUGS = {
  kind: KIND_CODES,
  type: ["", ...sensorTypes.slugs],
  theme: themes.slugs,
  category: ["", ...publicationCategories.slugs],
  algorithmStatus: ["", ...algorithmStatuses.slugs],
  value: valueSlugs,
  status: STATE_CODES,
} as const;
