/**
 * The write API at route level: the exported POST/PUT handlers called with Request objects, on a scratch
 * database with the example data. Every answer a client can provoke: 201/200, 400, 401, 403, 404, 409, 412,
 * 413, 415, 429 — and never a 500.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { seedDemoContent } from "@/db/demo/seed";
import { apiTokens, auditLog, entries } from "@/db/schema";
import { createToken, hashToken, revokeToken } from "@/db/tokens";
import { approve, submitForReview } from "@/db/entries";
import { MAX_API_BODY_BYTES } from "@/lib/limits";
import type { Actor } from "@/lib/permissions";
import * as sensorsRoute from "./sensors/route";
import * as sensorRoute from "./sensors/[id]/route";
import * as algorithmsRoute from "./algorithms/route";
import * as algorithmRoute from "./algorithms/[id]/route";

const system: Actor = { kind: "system", name: "test" };
let orgIds: Map<string, number>;
const newToken = (org = "voorbeeldstad", name = `t-${Math.random().toString(36).slice(2)}`) =>
  createToken({ actor: system, input: { organisationId: orgIds.get(org)!, name, scope: "draft" } }).token;

const base = "http://localhost:3000";
type Init = { token?: string | null; body?: unknown; raw?: BodyInit; type?: string | null; headers?: Record<string, string> };
function request(method: string, path: string, o: Init = {}) {
  const headers = new Headers(o.headers);
  if (o.token) headers.set("Authorization", `Bearer ${o.token}`);
  if (o.type !== null) headers.set("Content-Type", o.type ?? "application/json");
  const body = o.raw ?? (o.body === undefined ? undefined : JSON.stringify(o.body));
  return new Request(`${base}${path}`, { method, headers, body, ...(body instanceof ReadableStream ? { duplex: "half" } : {}) } as RequestInit);
}
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const postSensor = (o: Init) => sensorsRoute.POST(request("POST", "/api/v1/sensors", o));
const putSensor = (id: string, o: Init) => sensorRoute.PUT(request("PUT", `/api/v1/sensors/${id}`, o), params(id));
const postAlgorithm = (o: Init) => algorithmsRoute.POST(request("POST", "/api/v1/algorithms", o));
const putAlgorithm = (id: string, o: Init) => algorithmRoute.PUT(request("PUT", `/api/v1/algorithms/${id}`, o), params(id));

async function readSensor(id: string) {
  const res = await sensorRoute.GET(new Request(`${base}/api/v1/sensors/${id}`), params(id));
  expect(res.status).toBe(200);
  return (await res.json()) as { type: string; properties: Record<string, unknown>; geometry: unknown };
}
async function readAlgorithm(id: string) {
  const res = await algorithmRoute.GET(new Request(`${base}/api/v1/algorithms/${id}`), params(id));
  expect(res.status).toBe(200);
  return (await res.json()) as { data: Record<string, unknown> };
}
const entry = (publicId: string) => getDb().select().from(entries).where(eq(entries.publicId, publicId)).get()!;
const problemFields = async (res: Response) =>
  ((await res.json()) as { error: { problems: { field: string; code: string }[] } }).error.problems.map((p) => `${p.field}:${p.code}`);

beforeAll(() => {
  orgIds = seedDemoContent();
});

describe("POST /api/v1/sensors", () => {
  it("takes a Feature in the read API's shape and makes a draft of the token's organisation (201)", async () => {
    const token = newToken("voorbeeldstad", "Assetbeheer");
    // A published sensor of another organisation, read through the public API: its read-only fields are ignored.
    const feature = await readSensor("S-WR2A7K");
    feature.properties.name = "Waterstandmeter via de API";
    const res = await postSensor({ token, body: feature, type: "application/geo+json" });
    expect(res.status).toBe(201);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = await res.json();
    expect(body).toMatchObject({ status: "draft", registerStatus: "draft", draftVersion: 1, missing: [] });
    expect(body.id).toMatch(/^S-[23456789A-Z]{6}$/);
    expect(body.id).not.toBe("S-WR2A7K");
    expect(body.url).toBe(`${base}/nl/admin/entries/${body.id}`);
    expect(res.headers.get("location")).toBe(`${base}/api/v1/sensors/${body.id}`);
    expect(res.headers.get("etag")).toBe('"1"');

    const row = entry(body.id);
    expect(row).toMatchObject({ kind: "sensor", status: "draft", origin: "api", organisationId: orgIds.get("voorbeeldstad"), draftUpdatedBy: "token: Assetbeheer" });
    expect(row.draft).toMatchObject({ name: "Waterstandmeter via de API", geometry: feature.geometry });
    // Not published: the public API does not know it.
    expect((await sensorRoute.GET(new Request(`${base}/api/v1/sensors/${body.id}`), params(body.id))).status).toBe(404);
    const log = getDb().select().from(auditLog).where(eq(auditLog.entryId, row.id)).all();
    expect(log.map((l) => [l.action, l.actorName])).toEqual([["entry.create", "token: Assetbeheer"]]);
  });

  it("saves an incomplete draft and says what is still missing, with the Feature's paths", async () => {
    const res = await postSensor({ token: newToken(), body: { type: "Feature", geometry: null, properties: { name: "Alleen een naam", contact: { email: null } } } });
    expect(res.status).toBe(201);
    const body = await res.json();
    const missing = body.missing.map((m: { field: string; code: string }) => `${m.field}:${m.code}`);
    expect(missing).toEqual(
      expect.arrayContaining(["properties.type:required", "properties.themes:tooFew:1", "geometry:geometryType", "properties.personalData:required"]),
    );
    for (const m of body.missing) expect(m.message).toEqual(expect.any(String));
    expect(body.todo).toEqual(expect.arrayContaining(["incomplete", "values"]));
  });

  it("refuses what no draft can hold with every problem listed (400), and saves nothing", async () => {
    const before = getDb().select().from(entries).all().length;
    const res = await postSensor({
      token: newToken(),
      body: {
        type: "Feature",
        geometry: { type: "Point", coordinates: [500, 52] },
        properties: {
          name: "Kapotte sensor",
          type: "robot",
          contact: { email: "geen-adres" },
          values: { serves: [{ value: "geluk", explanation: "x" }], atStake: [] },
        },
      },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const fields = await problemFields(res.clone());
    expect(fields).toEqual(expect.arrayContaining(["properties.type:unknownValue", "properties.values.serves.0.value:unknownValue"]));
    expect(fields.some((f) => f.startsWith("geometry"))).toBe(true);
    const body = await res.json();
    expect(body.error).toMatchObject({ status: 400, code: "bad_request" });
    expect(getDb().select().from(entries).all().length).toBe(before);
  });

  it("maps a value at stake to its place in the Feature", async () => {
    const feature = await readSensor("S-VB2K7M");
    const values = feature.properties.values as { serves: unknown[]; atStake: { value: string }[] };
    values.atStake = [{ value: "privacy", explanation: "", actionCategory: "nonsense" } as never];
    const res = await postSensor({ token: newToken(), body: feature });
    expect(res.status).toBe(400);
    const fields = await problemFields(res);
    expect(fields.some((f) => f.startsWith(`properties.values.atStake.0.`))).toBe(true);
  });

  it("refuses unknown properties, so a misspelt field never vanishes", async () => {
    const res = await postSensor({
      token: newToken(),
      body: { type: "Feature", geometry: null, properties: { name: "x", purpse: "typo", contact: { phone: "1" } }, links: [] },
    });
    expect(res.status).toBe(400);
    expect(await problemFields(res)).toEqual(["properties.purpse:unknownField", "properties.contact.phone:unknownField"]);
  });

  it("refuses a body that is not a Feature, not JSON, or empty (400)", async () => {
    const token = newToken();
    for (const body of [[], "text", 1, null, { type: "FeatureCollection", features: [] }]) {
      const res = await postSensor({ token, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect((await postSensor({ token, raw: "{ not json" })).status).toBe(400);
    expect((await postSensor({ token, raw: "" })).status).toBe(400);
    expect((await postSensor({ token, raw: new Uint8Array([0x7b, 0xff, 0x7d]) })).status).toBe(400);
  });
});

describe("who may write", () => {
  it("answers 401 with WWW-Authenticate without a token, with a malformed, unknown or revoked one", async () => {
    const { token, summary } = createToken({ actor: system, input: { organisationId: orgIds.get("voorbeeldstad")!, name: "Wordt ingetrokken" } });
    revokeToken({ actor: system, tokenId: summary.id });
    const feature = { type: "Feature", geometry: null, properties: { name: "x" } };
    const cases: [string, Record<string, string>][] = [
      ["none", {}],
      ["basic", { Authorization: "Basic dXNlcjpwYXNz" }],
      ["empty bearer", { Authorization: "Bearer " }],
      ["not ours", { Authorization: "Bearer abc.def.ghi" }],
      ["unknown", { Authorization: `Bearer trg_${"x".repeat(43)}` }],
      ["revoked", { Authorization: `Bearer ${token}` }],
    ];
    for (const [label, headers] of cases) {
      const res = await postSensor({ headers, body: feature });
      expect(res.status, label).toBe(401);
      expect(res.headers.get("www-authenticate"), label).toMatch(/^Bearer realm=/);
      const text = await res.text();
      expect(text, label).not.toContain(token);
      expect(JSON.parse(text).error.code).toBe("unauthorized");
    }
    expect((await putSensor("S-VB2K7M", { body: feature })).status).toBe(401);
    expect((await postAlgorithm({ body: { name: "x" } })).status).toBe(401);
    expect((await putAlgorithm("A-PK4R7M", { body: { name: "x" } })).status).toBe(401);
  });

  it("answers 403 for an entry of another organisation, and for a scope that does not allow writing", async () => {
    const token = newToken("voorbeeldrivieren");
    const feature = await readSensor("S-VB2K7M");
    const res = await putSensor("S-VB2K7M", { token, body: feature });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe("forbidden");
    expect(entry("S-VB2K7M").draft).toBeNull();
    expect((await putAlgorithm("A-PK4R7M", { token, body: (await readAlgorithm("A-PK4R7M")).data })).status).toBe(403);

    // A token whose scope this version does not know (written by a later version, say) may not write.
    const odd = `trg_${"R".repeat(43)}`;
    getDb()
      .insert(apiTokens)
      .values({ organisationId: orgIds.get("voorbeeldstad")!, name: "Alleen lezen", scope: "read" as never, tokenHash: hashToken(odd), prefix: odd.slice(0, 10), createdByName: "test" })
      .run();
    expect((await postSensor({ token: odd, body: feature })).status).toBe(403);
    expect((await putSensor("S-VB2K7M", { token: odd, body: feature })).status).toBe(403);
  });

  it("answers 404 for an unknown id, or an id of the other kind", async () => {
    const token = newToken();
    const feature = await readSensor("S-VB2K7M");
    for (const id of ["S-ZZZZZZ", "A-PK4R7M", "%ff", "x".repeat(500)]) {
      const res = await putSensor(id, { token, body: feature });
      expect(res.status, id).toBe(404);
      expect((await res.json()).error.code).toBe("not_found");
    }
    expect((await putAlgorithm("S-VB2K7M", { token, body: { name: "x" } })).status).toBe(404);
  });
});

describe("PUT /api/v1/sensors/{id}", () => {
  it("gives a published sensor a new draft; the published version stays live (200)", async () => {
    const token = newToken();
    const feature = await readSensor("S-VB3M8Q");
    feature.properties.purpose = "Een nieuw doel, aangeleverd door het eigen systeem.";
    const res = await putSensor("S-VB3M8Q", { token, body: feature });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ id: "S-VB3M8Q", status: "draft", registerStatus: "published", missing: [] });
    expect(res.headers.get("etag")).toBe(`"${body.draftVersion}"`);
    expect(res.headers.get("location")).toBeNull();
    expect(entry("S-VB3M8Q")).toMatchObject({ status: "published", draftState: "draft" });
    expect((await readSensor("S-VB3M8Q")).properties.purpose).not.toBe(feature.properties.purpose);
  });

  it("honours If-Match: 412 with the current version on a mismatch, 200 on a match, 400 when malformed", async () => {
    const token = newToken();
    const feature = await readSensor("S-VB4N9R");
    const first = await (await putSensor("S-VB4N9R", { token, body: feature })).json();
    const stale = await putSensor("S-VB4N9R", { token, body: feature, headers: { "If-Match": `"${first.draftVersion - 1}"` } });
    expect(stale.status).toBe(412);
    expect(stale.headers.get("etag")).toBe(`"${first.draftVersion}"`);
    expect((await stale.json()).error).toMatchObject({ status: 412, code: "precondition_failed", draftVersion: first.draftVersion });
    expect(entry("S-VB4N9R").draftVersion).toBe(first.draftVersion);

    const ok = await putSensor("S-VB4N9R", { token, body: feature, headers: { "If-Match": `"${first.draftVersion}"` } });
    expect(ok.status).toBe(200);
    expect((await ok.json()).draftVersion).toBe(first.draftVersion + 1);
    expect((await putSensor("S-VB4N9R", { token, body: feature, headers: { "If-Match": "*" } })).status).toBe(200);
    expect((await putSensor("S-VB4N9R", { token, body: feature, headers: { "If-Match": "yesterday" } })).status).toBe(400);
  });

  it("takes a sensor in review back to draft, and refuses an archived one (409)", async () => {
    const token = newToken();
    const inReview = await putSensor("S-VBJ6K9", { token, body: { type: "Feature", geometry: null, properties: { name: "Terug naar concept" } } });
    expect(inReview.status).toBe(200);
    expect(entry("S-VBJ6K9")).toMatchObject({ status: "draft", draftState: "draft" });
    const archived = await putSensor("S-VBA7C2", { token, body: await readSensor("S-VBA7C2") });
    expect(archived.status).toBe(409);
  });
});

describe("algorithms", () => {
  it("take the read API's item, in its {data} wrapper or bare; read-only fields are ignored (201)", async () => {
    const token = newToken("voorbeeldstad", "Zaaksysteem");
    const item = await readAlgorithm("A-PK4R7M");
    item.data.name = "Parkeerscan via de API";
    const wrapped = await postAlgorithm({ token, body: item });
    expect(wrapped.status).toBe(201);
    const a = await wrapped.json();
    expect(a).toMatchObject({ status: "draft", registerStatus: "draft", draftVersion: 1 });
    expect(a.id).toMatch(/^A-/);
    expect(entry(a.id)).toMatchObject({ kind: "algorithm", origin: "api", draftUpdatedBy: "token: Zaaksysteem" });
    expect(entry(a.id).draft).toMatchObject({ name: "Parkeerscan via de API", publicationCategory: item.data.publicationCategory });

    const bare = await postAlgorithm({ token, body: { name: "Alleen een naam", id: "A-PK4R7M", registerStatus: "published", completeness: {}, goal: null } });
    expect(bare.status).toBe(201);
    const b = await bare.json();
    expect(b.missing.map((m: { field: string }) => m.field)).toEqual(expect.arrayContaining(["shortDescription", "status", "publicationCategory"]));
  });

  it("list every problem with the body's paths, and refuse unknown fields (400)", async () => {
    const token = newToken();
    const res = await postAlgorithm({ token, body: { data: { name: "x", status: "flying", publicationCategory: 3, contest: { routes: [{ kind: "duel" }] } } } });
    expect(res.status).toBe(400);
    expect(await problemFields(res)).toEqual(
      expect.arrayContaining(["data.status:unknownValue", "data.publicationCategory:unknownValue", "data.contest.routes.0.kind:unknownValue"]),
    );
    const unknown = await postAlgorithm({ token, body: { name: "x", shortDescriptoin: "typo" } });
    expect(unknown.status).toBe(400);
    expect(await problemFields(unknown)).toEqual(["shortDescriptoin:unknownField"]);
    expect((await postAlgorithm({ token, body: { data: "x" } })).status).toBe(400);
    expect((await postAlgorithm({ token, body: { name: "" } })).status).toBe(400);
  });

  it("PUT gives a published algorithm a new draft, which a publisher approves like any other", async () => {
    const token = newToken();
    const item = await readAlgorithm("A-WZ8T3K");
    const before = item.data.name;
    item.data.name = `${before} (bijgewerkt)`;
    const res = await putAlgorithm("A-WZ8T3K", { token, body: item });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: "A-WZ8T3K", registerStatus: "published", missing: [] });
    expect((await readAlgorithm("A-WZ8T3K")).data.name).toBe(before);

    const roles = new Map([[orgIds.get("voorbeeldstad")!, "publisher" as const]]);
    const publisher: Actor = { kind: "user", id: "p", name: "Publicist", isAdmin: false, roles };
    const reviewer: Actor = { kind: "user", id: "p2", name: "Tweede publicist", isAdmin: false, roles };
    submitForReview({ actor: publisher, publicId: "A-WZ8T3K" });
    // The one who submitted counts as an editor (four eyes): another publisher approves the version they saw.
    const { draftVersion } = getDb().select({ draftVersion: entries.draftVersion }).from(entries).where(eq(entries.publicId, "A-WZ8T3K")).get()!;
    approve({ actor: reviewer, publicId: "A-WZ8T3K", changeNote: "Bijgewerkt uit het zaaksysteem", draftVersion });
    expect((await readAlgorithm("A-WZ8T3K")).data.name).toBe(`${before} (bijgewerkt)`);
  });
});

describe("limits", () => {
  it("answers 415 when the body is not JSON", async () => {
    const token = newToken();
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", null]) {
      const res = await postSensor({ token, raw: '{"type":"Feature"}', type });
      expect(res.status, String(type)).toBe(415);
      expect(res.headers.get("cache-control")).toBe("no-store");
    }
    expect((await postSensor({ token, body: { type: "Feature", properties: { name: "x" } }, type: "application/json; charset=utf-8" })).status).toBe(201);
  });

  it("answers 413 for a body over 1 MB, announced or not", async () => {
    const token = newToken();
    const big = JSON.stringify({ type: "Feature", properties: { name: "x", purpose: "a".repeat(MAX_API_BODY_BYTES) } });
    const announced = await postSensor({ token, raw: big });
    expect(announced.status).toBe(413);
    // Streamed without a Content-Length: cut off while reading.
    const stream = new ReadableStream({
      start(c) {
        for (let i = 0; i < 20; i++) c.enqueue(new TextEncoder().encode("a".repeat(100_000)));
        c.close();
      },
    });
    const streamed = await postSensor({ token, raw: stream });
    expect(streamed.status).toBe(413);
    expect((await streamed.json()).error.code).toBe("payload_too_large");
  });

  it("answers 429 with Retry-After over 60 requests a minute per token; other tokens go on", async () => {
    const token = newToken();
    for (let i = 0; i < 60; i++) expect((await postSensor({ token, raw: "x", type: "text/plain" })).status).toBe(415);
    const limited = await postSensor({ token, body: { type: "Feature", properties: { name: "x" } } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect((await limited.json()).error.code).toBe("too_many_requests");
    expect((await postSensor({ token: newToken(), body: { type: "Feature", properties: { name: "x" } } })).status).toBe(201);
  });

  it("never answers 500 for what a client sends", async () => {
    const token = newToken();
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    const bodies: string[] = [
      deep,
      '{"type":"Feature","properties":{"__proto__":{"name":"x"},"constructor":1}}',
      '{"type":"Feature","properties":[],"geometry":"here"}',
      '{"type":"Feature","properties":{"values":"all","contact":"me","themes":{"a":1}}}',
      '{"type":"Feature","properties":{"name":{"nl":"x"}},"geometry":{"type":"Polygon","coordinates":[[[1,2]]]}}',
      '{"type":"Feature","properties":{"name":"x","activeFrom":"2026-02-30","personalData":"yes"}}',
      '"\\u0000"',
      "1e400",
    ];
    for (const raw of bodies) {
      const res = await postSensor({ token, raw });
      expect(res.status, raw.slice(0, 60)).toBeLessThan(500);
      const algo = await postAlgorithm({ token, raw });
      expect(algo.status, raw.slice(0, 60)).toBeLessThan(500);
      const put = await putAlgorithm("A-PK4R7M", { token, raw });
      expect(put.status, raw.slice(0, 60)).toBeLessThan(500);
    }
  });
});
