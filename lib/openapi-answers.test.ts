/**
 * Real answers against the published OpenAPI document. Every route handler under app/api/v1 is called with a
 * Request, on a scratch database with the example data, and each answer — success or error — is validated with
 * ajv (JSON Schema 2020-12, formats checked) against the schema the document gives for that path, method,
 * status and media type. Every response the document lists must have been seen at the end, so the document
 * promises nothing the API does not do either.
 *
 * Two answers that broke the hand-written document it replaced are checked by name: a sensor's value without
 * an action category (`actionCategory: null`), and GET /api/v1/algorithms/{id} wrapping the algorithm in `data`.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { seedDemoContent } from "@/db/demo/seed";
import { demoSensors } from "@/db/demo/sensors";
import { approve, createEntry, submitForReview } from "@/db/entries";
import { apiTokens, entries } from "@/db/schema";
import { createToken, hashToken } from "@/db/tokens";
import type { Actor } from "@/lib/permissions";
import { MAX_API_BODY_BYTES } from "@/lib/limits";
import { openApiDocument, SCHEMA_FILES } from "@/lib/openapi";
import * as values from "@/app/api/v1/values/route";
import * as sensors from "@/app/api/v1/sensors/route";
import * as sensor from "@/app/api/v1/sensors/[id]/route";
import * as clusters from "@/app/api/v1/sensors/clusters/route";
import * as algorithms from "@/app/api/v1/algorithms/route";
import * as algorithm from "@/app/api/v1/algorithms/[id]/route";
import * as search from "@/app/api/v1/search/route";
import * as organisationList from "@/app/api/v1/organisations/route";
import * as organisation from "@/app/api/v1/organisations/[slug]/route";
import * as figures from "@/app/api/v1/figures/route";
import * as sensorsCsv from "@/app/api/v1/export/sensors.csv/route";
import * as algorithmsCsv from "@/app/api/v1/export/algorithms.csv/route";
import * as sensorsGeojson from "@/app/api/v1/export/sensors.geojson/route";
import * as standardExport from "@/app/api/v1/export/algoritmeregister-1.0.json/route";
import * as registerNdjson from "@/app/api/v1/export/register.ndjson/route";
import * as feed from "@/app/api/v1/feeds/changes.atom/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import * as schemas from "@/app/api/v1/schemas/[file]/route";

type Doc = ReturnType<typeof openApiDocument>;
type Method = "get" | "post" | "put";
type ResponseSpec = { headers?: Record<string, unknown>; content?: Record<string, { schema: unknown }> };

const doc: Doc = openApiDocument();
const paths = doc.paths as unknown as Record<string, Partial<Record<Method, { responses: Record<string, ResponseSpec> }>>>;

/** ajv as the document's own dialect asks: JSON Schema 2020-12, strict, with formats (uri, date, date-time, email). */
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
ajv.addVocabulary(["openapi", "info", "servers", "paths", "components", "tags", "webhooks", "security", "externalDocs", "jsonSchemaDialect"]);
ajv.addSchema(doc, "openapi.json");

const pointer = (...parts: string[]) => parts.map((p) => encodeURIComponent(p.replaceAll("~", "~0").replaceAll("/", "~1"))).join("/");
const validators = new Map<string, ValidateFunction>();
/** The validator of the document's schema for one answer. */
function validatorFor(path: string, method: Method, status: string, type: string): ValidateFunction {
  const key = `${method} ${path} ${status} ${type}`;
  let v = validators.get(key);
  if (!v) {
    v = ajv.compile({ $ref: `openapi.json#/${pointer("paths", path, method, "responses", status, "content", type, "schema")}` });
    validators.set(key, v);
  }
  return v;
}
const errorsOf = (v: ValidateFunction) =>
  (v.errors ?? [])
    .slice(0, 8)
    .map((e) => `${e.instancePath || "(root)"} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ""}`)
    .join("\n");

/** Every (method, path, status) the document lists, and those answered by the API in this test. */
const documented = new Set(Object.entries(paths).flatMap(([p, ops]) => Object.entries(ops).flatMap(([m, op]) => Object.keys(op!.responses).map((s) => `${m} ${p} ${s}`))));
const answered = new Set<string>();
/** Answers that were validated, per operation and status (for the checks by name). */
const bodies = new Map<string, unknown[]>();

/**
 * Checks one real answer against the document: the status is listed for the operation, the media type too, the
 * body validates against its schema (each line for NDJSON), and the headers the document names are there.
 * Gives the parsed body.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a validated answer, read freely by the assertions
async function conforms(res: Response, path: string, method: Method = "get"): Promise<any> {
  const status = String(res.status);
  const label = `${method.toUpperCase()} ${path} → ${status}`;
  const spec = paths[path]?.[method]?.responses[status];
  expect(spec, `${label}: the document does not list this answer`).toBeDefined();
  answered.add(`${method} ${path} ${status}`);
  for (const name of Object.keys(spec!.headers ?? {})) expect(res.headers.get(name), `${label}: header ${name}`).not.toBeNull();
  const text = await res.text();
  if (!spec!.content) {
    expect(text, `${label}: the document says there is no body`).toBe("");
    return undefined;
  }
  const type = (res.headers.get("content-type") ?? "").split(";")[0]!.trim();
  expect(Object.keys(spec!.content), `${label}: media type`).toContain(type);
  const validate = validatorFor(path, method, status, type);
  const items = type === "application/x-ndjson" ? text.split("\n").filter(Boolean).map((l) => JSON.parse(l)) : [/json$/.test(type) ? JSON.parse(text) : text];
  for (const item of items) expect(validate(item), `${label}:\n${errorsOf(validate)}`).toBe(true);
  const key = `${method} ${path} ${status}`;
  bodies.set(key, [...(bodies.get(key) ?? []), ...items]);
  return items.length === 1 && type !== "application/x-ndjson" ? items[0] : items;
}

const base = "http://localhost:3000";
const get = (url: string, headers: Record<string, string> = {}) => new NextRequest(`${base}${url}`, { headers });
const params = <K extends string>(key: K, value: string) => ({ params: Promise.resolve({ [key]: value } as Record<K, string>) });
const write = (method: "POST" | "PUT", url: string, o: { token?: string; body?: unknown; raw?: BodyInit; type?: string; headers?: Record<string, string> } = {}) => {
  const headers = new Headers(o.headers);
  if (o.token) headers.set("Authorization", `Bearer ${o.token}`);
  headers.set("Content-Type", o.type ?? "application/json");
  return new Request(`${base}${url}`, { method, headers, body: o.raw ?? JSON.stringify(o.body) });
};

const system: Actor = { kind: "system", name: "test (OpenAPI)" };
let orgIds: Map<string, number>;
const newToken = (org = "voorbeeldstad") =>
  createToken({ actor: system, input: { organisationId: orgIds.get(org)!, name: `t-${Math.random().toString(36).slice(2)}`, scope: "draft" } }).token;
const publicIds = (kind: "sensor" | "algorithm") =>
  getDb()
    .select({ id: entries.publicId, status: entries.status })
    .from(entries)
    .where(eq(entries.kind, kind))
    .all()
    .filter((e) => e.status === "published" || e.status === "archived")
    .map((e) => e.id);

beforeAll(() => {
  orgIds = seedDemoContent();
  // A published sensor with a value that names no action: its answer has `actionCategory: null`.
  const sensorInput = {
    ...demoSensors.find((e) => e.publicId === "S-VB2K7M")!.data,
    name: "Camera zonder genoemde maatregel",
    values: [{ value: "transparantie" as const, assessment: "serves" as const, explanation: "De tellingen zijn openbaar." }],
  };
  createEntry({ actor: system, kind: "sensor", organisationId: orgIds.get("voorbeeldstad")!, input: sensorInput, publicId: "S-NQ2CTB" });
  submitForReview({ actor: system, publicId: "S-NQ2CTB" });
  approve({ actor: system, publicId: "S-NQ2CTB", changeNote: "Test." });
});

describe("the read API's answers conform to the document", () => {
  /** Asks again with the answer's ETag: a 304, which the document lists too. */
  const again = async (res: Response, path: string, handler: (req: NextRequest) => Response | Promise<Response>, url: string) => {
    const etag = res.headers.get("etag");
    expect(etag, `${path}: an ETag`).toMatch(/^"[\w-]+"$/);
    await conforms(res, path);
    const second = await handler(get(url, { "If-None-Match": etag! }));
    expect(second.status, `${path}: 304 with its ETag`).toBe(304);
    await conforms(second, path);
  };

  it("GET /api/v1/values, and 304", async () => {
    await again(await values.GET(get("/api/v1/values")), "/api/v1/values", values.GET, "/api/v1/values");
  });

  it("GET /api/v1/sensors: pages, filters, 304 and 400", async () => {
    const all = await conforms(await sensors.GET(get("/api/v1/sensors?pageSize=1000")), "/api/v1/sensors");
    expect(all.features.length).toBe(publicIds("sensor").length);
    for (const q of ["?type=camera,climate", "?q=parkeren&state=active", "?bbox=5.0,52.0,5.2,52.2&page=2&pageSize=3", "?personalData=yes&value=privacy", "?page=999", "?q=%21%21%21"])
      await conforms(await sensors.GET(get(`/api/v1/sensors${q}`)), "/api/v1/sensors");
    const first = await sensors.GET(get("/api/v1/sensors"));
    const etag = first.headers.get("etag")!;
    await conforms(first, "/api/v1/sensors");
    await conforms(await sensors.GET(get("/api/v1/sensors", { "If-None-Match": etag })), "/api/v1/sensors");
    for (const q of ["?tpye=camera", "?type=teleporter", "?zoom=3", "?pageSize=5000", "?organisation=nobody"])
      expect((await conforms(await sensors.GET(get(`/api/v1/sensors${q}`)), "/api/v1/sensors")).error.status).toBe(400);
  });

  it("GET /api/v1/sensors/{id}: every public sensor, 304 and 404", async () => {
    for (const id of publicIds("sensor")) await conforms(await sensor.GET(get(`/api/v1/sensors/${id}`), params("id", id)), "/api/v1/sensors/{id}");
    const one = await sensor.GET(get("/api/v1/sensors/S-NQ2CTB"), params("id", "S-NQ2CTB"));
    const etag = one.headers.get("etag")!;
    await conforms(one, "/api/v1/sensors/{id}");
    await conforms(await sensor.GET(get("/api/v1/sensors/S-NQ2CTB", { "If-None-Match": etag }), params("id", "S-NQ2CTB")), "/api/v1/sensors/{id}");
    for (const id of ["S-ZZZZZZ", "A-PK4R7M", "nothing"]) await conforms(await sensor.GET(get(`/api/v1/sensors/${id}`), params("id", id)), "/api/v1/sensors/{id}");
  });

  it("drift case: a sensor's value without an action answers `actionCategory: null`, which the document allows", () => {
    const answers = bodies.get("get /api/v1/sensors/{id} 200") as { properties: { values: { serves: { actionCategory: string | null }[] } } }[];
    const withNull = answers.filter((f) => f.properties.values.serves.some((v) => v.actionCategory === null));
    expect(withNull.length).toBeGreaterThan(0);
    // And the document is not merely loose: a category that does not exist is refused.
    const feature = structuredClone(withNull[0]!);
    feature.properties.values.serves[0]!.actionCategory = "nonsense";
    expect(validatorFor("/api/v1/sensors/{id}", "get", "200", "application/geo+json")(feature)).toBe(false);
  });

  it("GET /api/v1/sensors/clusters: zoomed out, zoomed in, 304 and 400", async () => {
    const at = (q: string, headers?: Record<string, string>) => clusters.GET(get(`/api/v1/sensors/clusters?${q}`, headers));
    const out = await conforms(await at("bbox=3,50,8,54&zoom=5"), "/api/v1/sensors/clusters");
    expect(out.meta.clusters).toBeGreaterThan(0);
    const inside = await conforms(await at("bbox=5.0,52.0,5.3,52.2&zoom=16&type=camera,climate,sound"), "/api/v1/sensors/clusters");
    expect(inside.meta.sensors + inside.meta.shapes).toBeGreaterThan(0);
    await conforms(await at("bbox=-180,-90,180,90&zoom=0&state=ended"), "/api/v1/sensors/clusters");
    const first = await at("bbox=3,50,8,54&zoom=8");
    const etag = first.headers.get("etag")!;
    await conforms(first, "/api/v1/sensors/clusters");
    await conforms(await at("bbox=3,50,8,54&zoom=8", { "If-None-Match": etag }), "/api/v1/sensors/clusters");
    for (const q of ["zoom=5", "bbox=3,50,8,54", "bbox=3,50,8,54&zoom=5&page=2", "bbox=1,2,3&zoom=5"]) await conforms(await at(q), "/api/v1/sensors/clusters");
  });

  it("GET /api/v1/algorithms: every page, a text query with highlights, and 400", async () => {
    const all = await conforms(await algorithms.GET(get("/api/v1/algorithms?pageSize=100")), "/api/v1/algorithms");
    expect(all.data.length).toBe(publicIds("algorithm").length);
    for (const q of ["?q=parkeren", "?q=zzzqqq", "?status=out_of_use", "?category=high_risk,impactful&sort=name", "?pageSize=2&page=2", "?q=belasting%20parkeren&sort=newest", "?q=%21%21%21"])
      await conforms(await algorithms.GET(get(`/api/v1/algorithms${q}`)), "/api/v1/algorithms");
    expect(bodies.get("get /api/v1/algorithms 200")!.some((b) => (b as { data: { highlight?: unknown }[] }).data.some((a) => a.highlight))).toBe(true);
    for (const q of ["?page=0", "?status=lost", "?foo=1", "?organisation=nobody"]) await conforms(await algorithms.GET(get(`/api/v1/algorithms${q}`)), "/api/v1/algorithms");
    await again(await algorithms.GET(get("/api/v1/algorithms?q=parkeren")), "/api/v1/algorithms", algorithms.GET, "/api/v1/algorithms?q=parkeren");
  });

  it("GET /api/v1/algorithms/{id}: every public algorithm, in the standard's shape too, 304, 400 and 404", async () => {
    for (const id of publicIds("algorithm")) {
      await conforms(await algorithm.GET(get(`/api/v1/algorithms/${id}`), params("id", id)), "/api/v1/algorithms/{id}");
      const standard = await algorithm.GET(get(`/api/v1/algorithms/${id}?format=algoritmeregister-1.0`), params("id", id));
      const etag = standard.headers.get("etag")!;
      expect(etag).toBeTruthy();
      await conforms(standard, "/api/v1/algorithms/{id}");
      const again = await algorithm.GET(get(`/api/v1/algorithms/${id}?format=algoritmeregister-1.0`, { "If-None-Match": etag }), params("id", id));
      await conforms(again, "/api/v1/algorithms/{id}");
    }
    await conforms(await algorithm.GET(get("/api/v1/algorithms/A-PK4R7M?format=csv"), params("id", "A-PK4R7M")), "/api/v1/algorithms/{id}");
    // 304 for the algorithm itself too (its 200 was validated above, once per algorithm).
    const etag = (await algorithm.GET(get("/api/v1/algorithms/A-PK4R7M"), params("id", "A-PK4R7M"))).headers.get("etag")!;
    await conforms(await algorithm.GET(get("/api/v1/algorithms/A-PK4R7M", { "If-None-Match": etag }), params("id", "A-PK4R7M")), "/api/v1/algorithms/{id}");
    for (const id of ["A-ZZZZZZ", "S-VB2K7M"]) await conforms(await algorithm.GET(get(`/api/v1/algorithms/${id}`), params("id", id)), "/api/v1/algorithms/{id}");
  });

  it("drift case: GET /api/v1/algorithms/{id} wraps the algorithm in `data`, as the document says", () => {
    const answers = bodies.get("get /api/v1/algorithms/{id} 200") as Record<string, unknown>[];
    const wrapped = answers.filter((a) => "data" in a) as { data: Record<string, unknown> }[];
    expect(wrapped.length).toBe(publicIds("algorithm").length);
    const validate = validatorFor("/api/v1/algorithms/{id}", "get", "200", "application/json");
    // The algorithm without its wrapper is not what the document describes.
    expect(validate(wrapped[0]!.data)).toBe(false);
    // Nor is an answer with a field the document does not know.
    expect(validate({ data: { ...wrapped[0]!.data, extra: 1 } })).toBe(false);
  });

  it("GET /api/v1/search: browsing, text, filters, sorts and 400", async () => {
    for (const q of ["", "?q=parkeren", "?q=camera&kind=sensor", "?kind=algorithm&sort=name", "?status=ended&sort=newest", "?q=qqqzzz", "?q=privacy%20zwembad", "?q=%21%21%21"])
      await conforms(await search.GET(get(`/api/v1/search${q}`)), "/api/v1/search");
    // Text without a searchable word: `match.mode` is `none` (the search's own mode; the lists answer null).
    expect(bodies.get("get /api/v1/search 200")!.some((b) => (b as { meta: { match: { mode: string } | null } }).meta.match?.mode === "none")).toBe(true);
    for (const q of ["?kind=robot", "?pageSize=1000", "?sort=random"]) await conforms(await search.GET(get(`/api/v1/search${q}`)), "/api/v1/search");
    await again(await search.GET(get("/api/v1/search?q=camera")), "/api/v1/search", search.GET, "/api/v1/search?q=camera");
  });
  it("GET /api/v1/organisations: sorts, a name search, 304 and 400", async () => {
    const all = await conforms(await organisationList.GET(get("/api/v1/organisations")), "/api/v1/organisations");
    expect(all.data.map((o: { slug: string }) => o.slug)).toContain("voorbeeldstad");
    for (const q of ["?sort=sensors", "?sort=algorithms&q=gemeente", "?q=nergensdorp"]) await conforms(await organisationList.GET(get(`/api/v1/organisations${q}`)), "/api/v1/organisations");
    await again(await organisationList.GET(get("/api/v1/organisations")), "/api/v1/organisations", organisationList.GET, "/api/v1/organisations");
    for (const q of ["?sort=size", "?page=2", "?q=a&q=b"]) expect((await conforms(await organisationList.GET(get(`/api/v1/organisations${q}`)), "/api/v1/organisations")).error.status).toBe(400);
  });

  it("GET /api/v1/organisations/{slug}: every listed organisation, 304 and 404", async () => {
    const slugs = ((await (await organisationList.GET(get("/api/v1/organisations"))).json()).data as { slug: string }[]).map((o) => o.slug);
    for (const slug of slugs) {
      const one = await conforms(await organisation.GET(get(`/api/v1/organisations/${slug}`), params("slug", slug)), "/api/v1/organisations/{slug}");
      expect(one.data.slug).toBe(slug);
    }
    const url = "/api/v1/organisations/voorbeeldstad";
    const first = await organisation.GET(get(url), params("slug", "voorbeeldstad"));
    await again(first, "/api/v1/organisations/{slug}", (req) => organisation.GET(req, params("slug", "voorbeeldstad")), url);
    for (const slug of ["nergensdorp", "constructor", "%ff"]) await conforms(await organisation.GET(get(`/api/v1/organisations/x`), params("slug", slug)), "/api/v1/organisations/{slug}");
  });

  it("GET /api/v1/figures, and 304", async () => {
    await again(await figures.GET(get("/api/v1/figures")), "/api/v1/figures", figures.GET, "/api/v1/figures");
  });
});

describe("the downloads, the feed and the descriptions conform to the document", () => {
  const downloads = [
    ["/api/v1/export/sensors.csv", sensorsCsv.GET],
    ["/api/v1/export/algorithms.csv", algorithmsCsv.GET],
    ["/api/v1/export/sensors.geojson", sensorsGeojson.GET],
    ["/api/v1/export/algoritmeregister-1.0.json", standardExport.GET],
    ["/api/v1/export/register.ndjson", registerNdjson.GET],
  ] as const;
  it.each(downloads)("%s, and 304 with its ETag", async (path, handler) => {
    const res = await handler(get(path));
    const etag = res.headers.get("etag")!;
    const body = await conforms(res, path);
    if (path.endsWith(".geojson")) expect(body.features.length).toBe(publicIds("sensor").length);
    await conforms(await handler(get(path, { "If-None-Match": etag })), path);
  });

  it("GET /api/v1/feeds/changes.atom, 304 and 400", async () => {
    const path = "/api/v1/feeds/changes.atom";
    const res = await feed.GET(get(`${path}?kind=sensor&lang=en`));
    const etag = res.headers.get("etag")!;
    await conforms(res, path);
    await conforms(await feed.GET(get(`${path}?kind=sensor&lang=en`, { "If-None-Match": etag })), path);
    await conforms(await feed.GET(get(`${path}?organisation=nobody`)), path);
  });

  it("GET /api/v1/openapi.json is this document", async () => {
    const res = await openapi.GET(get("/api/v1/openapi.json"));
    expect(await conforms(res.clone(), "/api/v1/openapi.json")).toEqual(JSON.parse(JSON.stringify(doc)));
    const etag = res.headers.get("etag")!;
    await conforms(await openapi.GET(get("/api/v1/openapi.json", { "If-None-Match": etag })), "/api/v1/openapi.json");
  });

  it("GET /api/v1/schemas/{file}: each published JSON Schema compiles, and validates the answers it names", async () => {
    const path = "/api/v1/schemas/{file}";
    const published = new Map<string, ValidateFunction>();
    const own = new Ajv2020({ strict: true, allErrors: true });
    addFormats(own);
    for (const file of Object.keys(SCHEMA_FILES)) {
      const res = await schemas.GET(get(`/api/v1/schemas/${file}`), params("file", file));
      const schema = await conforms(res.clone(), path);
      await conforms(await schemas.GET(get(`/api/v1/schemas/${file}`, { "If-None-Match": res.headers.get("etag")! }), params("file", file)), path);
      expect(schema.$id).toBe(`${base}/api/v1/schemas/${file}`);
      expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      published.set(file, own.compile(schema));
    }
    await conforms(await schemas.GET(get("/api/v1/schemas/nothing.json"), params("file", "nothing.json")), path);
    await conforms(await schemas.GET(get("/api/v1/schemas/constructor"), params("file", "constructor")), path);

    // The schemas per entity hold for the same real answers as the document.
    const check = (file: string, items: unknown[]) => {
      const v = published.get(file)!;
      expect(items.length, file).toBeGreaterThan(0);
      for (const item of items) expect(v(item), `${file}:\n${errorsOf(v)}`).toBe(true);
    };
    check("sensor-feature.json", bodies.get("get /api/v1/sensors/{id} 200")!);
    const algorithmAnswers = bodies.get("get /api/v1/algorithms/{id} 200") as Record<string, unknown>[];
    check("algorithm-item.json", algorithmAnswers.filter((a) => "data" in a).map((a) => a.data));
    check("algoritmeregister-1.0-record.json", algorithmAnswers.filter((a) => !("data" in a)));
    const lines = bodies.get("get /api/v1/export/register.ndjson 200") as { kind: string; data: unknown; revision: number }[];
    check("register-line.json", lines);
    // The content of every entry's latest version as published: what sensor.json and algorithm.json describe.
    const latest = new Map(lines.map((l) => [`${(l as unknown as { id: string }).id}`, l]));
    check("sensor.json", [...latest.values()].filter((l) => l.kind === "sensor").map((l) => l.data));
    check("algorithm.json", [...latest.values()].filter((l) => l.kind === "algorithm").map((l) => l.data));
  });
});

describe("the write API's answers conform to the document", () => {
  const readSensor = async (id: string) => (await sensor.GET(get(`/api/v1/sensors/${id}`), params("id", id))).json();
  const readAlgorithm = async (id: string) => (await algorithm.GET(get(`/api/v1/algorithms/${id}`), params("id", id))).json();
  const postSensor = (o: Parameters<typeof write>[2]) => sensors.POST(write("POST", "/api/v1/sensors", o));
  const putSensor = (id: string, o: Parameters<typeof write>[2]) => sensor.PUT(write("PUT", `/api/v1/sensors/${id}`, o), params("id", id));
  const postAlgorithm = (o: Parameters<typeof write>[2]) => algorithms.POST(write("POST", "/api/v1/algorithms", o));
  const putAlgorithm = (id: string, o: Parameters<typeof write>[2]) => algorithm.PUT(write("PUT", `/api/v1/algorithms/${id}`, o), params("id", id));

  it("the request bodies the document describes are what the read API answers", async () => {
    const body = (name: string) => ajv.compile({ $ref: `openapi.json#/${pointer("components", "schemas", name)}` });
    const sensorIn = body("SensorInput");
    const algorithmIn = body("AlgorithmInput");
    for (const f of bodies.get("get /api/v1/sensors/{id} 200")!) expect(sensorIn(f), errorsOf(sensorIn)).toBe(true);
    for (const a of (bodies.get("get /api/v1/algorithms/{id} 200") as Record<string, unknown>[]).filter((x) => "data" in x)) {
      expect(algorithmIn(a), errorsOf(algorithmIn)).toBe(true);
      expect(algorithmIn((a as { data: unknown }).data), errorsOf(algorithmIn)).toBe(true);
    }
    expect(sensorIn({ type: "Feature", geometry: null, properties: { name: "x", purpse: "typo" } })).toBe(false);
  });

  it("POST /api/v1/sensors: 201, 400, 401, 403, 413, 415, 429", async () => {
    const path = "/api/v1/sensors";
    const token = newToken();
    const feature = await readSensor("S-NQ2CTB");
    feature.properties.name = "Via de API";
    const created = await conforms(await postSensor({ token, body: feature, type: "application/geo+json" }), path, "post");
    expect(created.id).toMatch(/^S-/);
    await conforms(await postSensor({ token, body: { type: "Feature", geometry: null, properties: { name: "Alleen een naam" } } }), path, "post");
    for (const body of [{ type: "Feature", properties: { name: "x", type: "robot" } }, { type: "Feature", properties: { name: "x", purpse: 1 } }, [], null])
      await conforms(await postSensor({ token, body }), path, "post");
    await conforms(await postSensor({ token, raw: "{ no json" }), path, "post");
    await conforms(await postSensor({ body: feature }), path, "post");
    await conforms(await postSensor({ token: `trg_${"x".repeat(43)}`, body: feature }), path, "post");
    // A token whose scope does not allow writing.
    const odd = `trg_${"Q".repeat(43)}`;
    getDb()
      .insert(apiTokens)
      .values({ organisationId: orgIds.get("voorbeeldstad")!, name: "Alleen lezen", scope: "read" as never, tokenHash: hashToken(odd), prefix: odd.slice(0, 10), createdByName: "test" })
      .run();
    await conforms(await postSensor({ token: odd, body: feature }), path, "post");
    await conforms(await postSensor({ token, raw: "x".repeat(MAX_API_BODY_BYTES + 1) }), path, "post");
    await conforms(await postSensor({ token, raw: "name=x", type: "application/x-www-form-urlencoded" }), path, "post");
    const busy = newToken();
    let res: Response;
    do res = await postSensor({ token: busy, raw: "x", type: "text/plain" });
    while (res.status === 415);
    await conforms(res, path, "post");
  });

  it("PUT /api/v1/sensors/{id}: 200, 400, 401, 403, 404, 409, 412, 413, 415, 429", async () => {
    const path = "/api/v1/sensors/{id}";
    const token = newToken();
    const feature = await readSensor("S-NQ2CTB");
    const saved = await conforms(await putSensor("S-NQ2CTB", { token, body: feature }), path, "put");
    expect(saved.registerStatus).toBe("published");
    await conforms(await putSensor("S-NQ2CTB", { token, body: feature, headers: { "If-Match": `"${saved.draftVersion + 5}"` } }), path, "put");
    await conforms(await putSensor("S-NQ2CTB", { token, body: feature, headers: { "If-Match": "three" } }), path, "put");
    await conforms(await putSensor("S-NQ2CTB", { token, body: { type: "Feature", properties: { name: "" } } }), path, "put");
    await conforms(await putSensor("S-NQ2CTB", { body: feature }), path, "put");
    await conforms(await putSensor("S-NQ2CTB", { token: newToken("voorbeeldrivieren"), body: feature }), path, "put");
    await conforms(await putSensor("S-ZZZZZZ", { token, body: feature }), path, "put");
    await conforms(await putSensor("S-VBA7C2", { token, body: await readSensor("S-VBA7C2") }), path, "put");
    await conforms(await putSensor("S-NQ2CTB", { token, raw: "x".repeat(MAX_API_BODY_BYTES + 1) }), path, "put");
    await conforms(await putSensor("S-NQ2CTB", { token, raw: "x", type: "text/plain" }), path, "put");
    const busy = newToken();
    let res: Response;
    do res = await putSensor("S-NQ2CTB", { token: busy, raw: "x", type: "text/plain" });
    while (res.status === 415);
    await conforms(res, path, "put");
  });

  it("POST /api/v1/algorithms: 201 (bare and in `data`), 400, 401, 403, 413, 415, 429", async () => {
    const path = "/api/v1/algorithms";
    const token = newToken();
    const read = await readAlgorithm("A-PK4R7M");
    await conforms(await postAlgorithm({ token, body: read }), path, "post");
    await conforms(await postAlgorithm({ token, body: { ...read.data, name: "Kaal" } }), path, "post");
    await conforms(await postAlgorithm({ token, body: { name: "x", status: "kwijt" } }), path, "post");
    await conforms(await postAlgorithm({ token, body: { name: "x", nmae: "y" } }), path, "post");
    await conforms(await postAlgorithm({ body: read }), path, "post");
    await conforms(await postAlgorithm({ token: `trg_${"Q".repeat(43)}`, body: read }), path, "post");
    await conforms(await postAlgorithm({ token, raw: "x".repeat(MAX_API_BODY_BYTES + 1) }), path, "post");
    await conforms(await postAlgorithm({ token, raw: "x", type: "text/plain" }), path, "post");
    const busy = newToken();
    let res: Response;
    do res = await postAlgorithm({ token: busy, raw: "x", type: "text/plain" });
    while (res.status === 415);
    await conforms(res, path, "post");
  });

  it("PUT /api/v1/algorithms/{id}: 200, 400, 401, 403, 404, 409, 412, 413, 415, 429", async () => {
    const path = "/api/v1/algorithms/{id}";
    const token = newToken();
    const mine = "A-PK4R7M"; // published, of Gemeente Voorbeeldstad
    const read = await readAlgorithm(mine);
    const saved = await conforms(await putAlgorithm(mine, { token, body: read }), path, "put");
    await conforms(await putAlgorithm(mine, { token, body: read, headers: { "If-Match": `"${saved.draftVersion + 5}"` } }), path, "put");
    await conforms(await putAlgorithm(mine, { token, body: { name: "x", publicationCategory: "secret" } }), path, "put");
    await conforms(await putAlgorithm(mine, { body: read }), path, "put");
    await conforms(await putAlgorithm(mine, { token: newToken("voorbeeldrivieren"), body: read }), path, "put");
    await conforms(await putAlgorithm("A-ZZZZZZ", { token, body: read }), path, "put");
    const archived = getDb().select().from(entries).where(eq(entries.status, "archived")).all().find((e) => e.kind === "algorithm")!;
    const owner = [...orgIds].find(([, id]) => id === archived.organisationId)![0];
    await conforms(await putAlgorithm(archived.publicId, { token: newToken(owner), body: await readAlgorithm(archived.publicId) }), path, "put");
    await conforms(await putAlgorithm(mine, { token, raw: "x".repeat(MAX_API_BODY_BYTES + 1) }), path, "put");
    await conforms(await putAlgorithm(mine, { token, raw: "x", type: "text/plain" }), path, "put");
    const busy = newToken();
    let res: Response;
    do res = await putAlgorithm(mine, { token: busy, raw: "x", type: "text/plain" });
    while (res.status === 415);
    await conforms(res, path, "put");
  });
});

describe("the document promises nothing the API does not do", () => {
  it("every response it lists was answered above (this test runs last)", () => {
    const missing = [...documented].filter((k) => !answered.has(k));
    expect(missing, "documented answers the API never gave in this test").toEqual([]);
  });
});
