/**
 * The map's cluster indexes (supercluster), built off the event loop.
 *
 * Building the index of every sensor takes about half a second at 100,000 sensors and several seconds at a
 * million: on the server's one thread every visitor would wait. So an index is built in a worker thread
 * (`worker_threads`): the thread gets the anchor points as one Float64Array, runs supercluster, and sends
 * back the index's trees (KDBush buffers and the flat cluster data, transferred, not copied); this thread
 * puts them into a Supercluster instance and answers from it as usual.
 *
 * While a newer index is being built, the previous one keeps answering, and the sensors changed since it was
 * made (the catalogue's change log) are laid over it: shown where they are now, as single sensors, and left
 * out where they were. Cluster counts near a changed sensor may be one off until the new index is there.
 * Where no worker can be started, the index is built here, synchronously, as before. The worker stops when it
 * has nothing left to build, so its memory goes back to the system between builds; it runs at the lowest
 * priority, so it never takes a core from the thread that answers. At the server's start it can also read the
 * points itself, with its own read-only connection, while the catalogue loads on the main thread
 * (`buildClusterIndexFromDatabase`).
 */
import "server-only";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import KDBush from "kdbush";
import Supercluster from "supercluster";

/** Point properties in the index: the catalogue row. */
export type IndexProps = { r: number };

export interface BuiltIndex {
  /** The supercluster instance; single points answer `{ properties: { r } }` with their catalogue row. */
  index: Supercluster<IndexProps>;
  /** Catalogue rows in the index, in index order. */
  rows: Int32Array;
  /** Where it was built. */
  builtIn: "worker" | "main thread";
}

type TreeMessage = { z: number; buffer: ArrayBuffer; data: Float64Array };
type Reply = { id: number; trees?: TreeMessage[]; ids?: Int32Array; error?: string };

/** The worker's code (CommonJS, evaluated): supercluster is loaded from the project's node_modules. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
// The lowest priority, for this thread only (on Linux a thread has its own nice value): on a small machine a
// build of several seconds then never takes a core from the thread that answers visitors.
try { require("node:os").setPriority(19); } catch {}
let Supercluster;
/**
 * supercluster keeps each zoom level's cluster data in a plain array (8 bytes a number, plus room to grow)
 * until the end of its load. A level's data is final once the level below it is made (clustering a level
 * writes parent ids into the level above): from then on it is kept as a Float64Array, the form it is sent
 * in, so at most two plain arrays exist at a time.
 */
let Compact;
const compact = () =>
  (Compact ??= class extends Supercluster {
    _createTree(data) {
      const tree = super._createTree(data);
      if (this.finalAbove) this.finalAbove.data = Float64Array.from(this.finalAbove.data);
      this.finalAbove = tree;
      return tree;
    }
  });
/** The points of a query ([id, lon, lat] rows), read by this thread's own read-only connection. */
function readPoints(file, sql) {
  const Database = require(workerData.betterSqlite3);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    let ids = new Int32Array(1 << 16);
    let coords = new Float64Array(2 << 16);
    let n = 0;
    for (const [id, lon, lat] of db.prepare(sql).raw().iterate()) {
      if (n === ids.length) {
        const biggerIds = new Int32Array(n * 2);
        biggerIds.set(ids);
        ids = biggerIds;
        const biggerCoords = new Float64Array(n * 4);
        biggerCoords.set(coords);
        coords = biggerCoords;
      }
      ids[n] = id;
      coords[2 * n] = lon;
      coords[2 * n + 1] = lat;
      n++;
    }
    return { ids: ids.slice(0, n), coords: coords.subarray(0, 2 * n) };
  } finally {
    db.close();
  }
}
parentPort.on("message", async ({ id, coords, options, fromDatabase }) => {
  try {
    Supercluster ??= (await import(workerData.supercluster)).default;
    let ids;
    if (fromDatabase) ({ ids, coords } = readPoints(fromDatabase.file, fromDatabase.sql));
    // supercluster reads each point once, while it loads: the points are made as it asks for them, so a
    // million point objects (about 130 MB) never exist at the same time.
    const n = coords.length / 2;
    const points = new Proxy({ length: n }, {
      get(target, key) {
        if (key === "length") return n;
        const i = typeof key === "string" ? +key : NaN;
        return i >= 0 && i < n ? { geometry: { coordinates: [coords[2 * i], coords[2 * i + 1]] } } : undefined;
      },
    });
    const index = new (compact())(options).load(points);
    const trees = [];
    const transfer = [];
    index.trees.forEach((tree, z) => {
      if (!tree) return;
      const data = tree.data instanceof Float64Array ? tree.data : Float64Array.from(tree.data);
      trees.push({ z, buffer: tree.ids.buffer, data });
      transfer.push(tree.ids.buffer, data.buffer);
    });
    if (ids) transfer.push(ids.buffer);
    parentPort.postMessage({ id, trees, ids }, transfer);
  } catch (e) {
    parentPort.postMessage({ id, error: String((e && e.stack) || e) });
  }
});
`;

const state = globalThis as unknown as {
  clusterWorker?: { worker: Worker; next: number; waiting: Map<number, { resolve: (r: Reply) => void }> } | null;
};

function worker() {
  if (state.clusterWorker !== undefined) return state.clusterWorker;
  try {
    const supercluster = pathToFileURL(path.join(process.cwd(), "node_modules", "supercluster", "index.js")).href;
    const betterSqlite3 = path.join(process.cwd(), "node_modules", "better-sqlite3");
    const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { supercluster, betterSqlite3 } });
    const waiting = new Map<number, { resolve: (r: Reply) => void }>();
    w.on("message", (reply: Reply) => {
      waiting.get(reply.id)?.resolve(reply);
      waiting.delete(reply.id);
    });
    const fail = (error: string) => {
      for (const [id, w] of waiting) w.resolve({ id, error });
      waiting.clear();
      if (state.clusterWorker?.worker === w) state.clusterWorker = undefined; // a new one next time
    };
    w.on("error", (e) => fail(String(e)));
    w.on("exit", () => fail("the cluster worker stopped"));
    // Never keeps a script or test process alive.
    w.unref();
    state.clusterWorker = { worker: w, next: 1, waiting };
  } catch (e) {
    console.error("no worker thread for the map's cluster indexes; building them on the main thread", e);
    state.clusterWorker = null;
  }
  return state.clusterWorker;
}

/** A Supercluster instance around trees built elsewhere; single points answer their catalogue row. */
function fromTrees(options: Supercluster.Options<IndexProps, Supercluster.AnyProps>, trees: TreeMessage[], rows: Int32Array) {
  const index = new Supercluster<IndexProps>(options);
  const internal = index as unknown as { trees: unknown[]; points: unknown };
  for (const { z, buffer, data } of trees) {
    const tree = KDBush.from(buffer);
    // supercluster keeps its flat cluster data where KDBush keeps its buffer (supercluster's _createTree).
    (tree as unknown as { data: Float64Array }).data = data;
    internal.trees[z] = tree;
  }
  // supercluster numbers clusters after the points (`points.length`): the length must be right.
  internal.points = new Proxy({ length: rows.length }, {
    get: (target, key) => {
      const i = typeof key === "string" ? Number(key) : NaN;
      if (Number.isInteger(i) && i >= 0 && i < rows.length) return { type: "Feature", properties: { r: rows[i] }, geometry: null };
      return Reflect.get(target, key);
    },
  });
  return index;
}

/** Builds the index on this thread (the fallback, and tiny sets where a round trip costs more than it saves). */
function buildHere(options: Supercluster.Options<IndexProps, Supercluster.AnyProps>, coords: Float64Array, rows: Int32Array): BuiltIndex {
  const points: Supercluster.PointFeature<IndexProps>[] = [];
  for (let i = 0; i < rows.length; i++)
    points.push({ type: "Feature", geometry: { type: "Point", coordinates: [coords[2 * i]!, coords[2 * i + 1]!] }, properties: { r: rows[i]! } });
  return { index: new Supercluster<IndexProps>(options).load(points), rows, builtIn: "main thread" };
}

/** Below this many points the index is built here: it takes a few milliseconds. */
const BUILD_HERE_BELOW = 5_000;

/** Sends one build to the worker and waits for its trees; null when there is no worker or it failed. */
async function inWorker(w: NonNullable<ReturnType<typeof worker>>, message: Record<string, unknown>): Promise<Reply | null> {
  const id = w.next++;
  const reply = await new Promise<Reply>((resolve) => {
    w.waiting.set(id, { resolve });
    // The worker keeps the process alive only while it works.
    w.worker.ref();
    w.worker.postMessage({ id, ...message });
  }).finally(() => {
    // Nothing else to build: the worker stops, and with it its heap (the points and the trees' first copies,
    // about 350 MB at 1,000,000 sensors, which an idle thread would keep). The next build starts a new one.
    if (!w.waiting.size) {
      if (state.clusterWorker === w) state.clusterWorker = undefined;
      void w.worker.terminate();
    }
  });
  if (reply.error || !reply.trees) {
    console.error("the cluster worker failed:", reply.error);
    return null;
  }
  return reply;
}

/**
 * Builds a cluster index of the points `coords` ([lon, lat] pairs) of catalogue `rows`, in the worker when
 * there are many.
 */
export async function buildClusterIndex(
  options: Supercluster.Options<IndexProps, Supercluster.AnyProps>,
  coords: Float64Array,
  rows: Int32Array,
): Promise<BuiltIndex> {
  const w = rows.length >= BUILD_HERE_BELOW ? worker() : null;
  const reply = w ? await inWorker(w, { coords, options }) : null;
  if (!reply) return buildHere(options, coords, rows);
  return { index: fromTrees(options, reply.trees!, rows), rows, builtIn: "worker" };
}

/**
 * Builds a cluster index in the worker from points it reads itself, with its own read-only connection to the
 * database file: `sql` selects [entry id, lon, lat] rows. For the server's start, when the catalogue that
 * knows the points is still loading on the main thread: both go on at once, on two cores. Answers the index
 * (its points numbered by position; `ids` gives the entry id of each) or null (no worker, an in-memory
 * database, or a failure): then build it the usual way.
 */
export async function buildClusterIndexFromDatabase(
  options: Supercluster.Options<IndexProps, Supercluster.AnyProps>,
  file: string,
  sql: string,
): Promise<{ ids: Int32Array; withRows: (rows: Int32Array) => BuiltIndex } | null> {
  if (file === ":memory:") return null;
  const w = worker();
  const reply = w ? await inWorker(w, { options, fromDatabase: { file, sql } }) : null;
  if (!reply?.ids) return null;
  const { trees, ids } = reply;
  return { ids, withRows: (rows) => ({ index: fromTrees(options, trees!, rows), rows, builtIn: "worker" }) };
}

/** Stops the worker (tests). */
export async function stopClusterWorker() {
  const w = state.clusterWorker;
  state.clusterWorker = undefined;
  if (w) await w.worker.terminate();
}
