/**
 * The one error shape of the read API, route by route: every route that reads query parameters answers a
 * query it cannot use with the same 400 — `{"error": {"status": 400, "code": "bad_request", "message", "problems"}}`,
 * the same message, every problem listed (parameter, value, allowed values, message), never cached — and the
 * OpenAPI document describes exactly that answer (`QueryError`).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { seedDemoContent } from "@/db/demo/seed";
import { openApiDocument } from "@/lib/openapi";
import { QUERY_PROBLEM_MESSAGE } from "@/lib/query-params";
import { queryErrorSchema } from "@/lib/schemas/api";
import * as search from "./search/route";
import * as algorithms from "./algorithms/route";
import * as algorithm from "./algorithms/[id]/route";
import * as sensors from "./sensors/route";
import * as clusters from "./sensors/clusters/route";
import * as feed from "./feeds/changes.atom/route";
import * as organisations from "./organisations/route";

beforeAll(() => {
  seedDemoContent();
});

const get = (url: string) => new NextRequest(`http://localhost:3000${url}`);
const id = (value: string) => ({ params: Promise.resolve({ id: value }) });

/** Each route with a query holding several mistakes, and the parameters the problems must name. */
const routes: { path: string; answer: () => Promise<Response> | Response; parameters: string[] }[] = [
  {
    path: "/api/v1/search",
    answer: () => search.GET(get("/api/v1/search?kind=robot&colour=red&organisation=nergensdorp&page=0&q=a&q=b")),
    parameters: ["colour", "kind", "organisation", "page", "q"],
  },
  {
    path: "/api/v1/algorithms",
    answer: () => algorithms.GET(get("/api/v1/algorithms?status=flying,in_use,lost&pageSize=1000&sort=random")),
    parameters: ["pageSize", "sort", "status", "status"],
  },
  {
    path: "/api/v1/sensors",
    answer: () => sensors.GET(get("/api/v1/sensors?type=teleporter&bbox=1,2,3&zoom=5&organisation=Nergens")),
    parameters: ["bbox", "organisation", "type", "zoom"],
  },
  {
    path: "/api/v1/sensors/clusters",
    answer: () => clusters.GET(get("/api/v1/sensors/clusters?state=asleep&page=2")),
    parameters: ["bbox", "page", "state", "zoom"],
  },
  {
    path: "/api/v1/algorithms/{id}",
    answer: () => algorithm.GET(get("/api/v1/algorithms/A-PK4R7M?format=csv&fromat=algoritmeregister-1.0"), id("A-PK4R7M")),
    parameters: ["format", "fromat"],
  },
  {
    path: "/api/v1/feeds/changes.atom",
    answer: () => feed.GET(get("/api/v1/feeds/changes.atom?kind=sensor&kind=algorithm&lang=fr&organisation=nergensdorp")),
    parameters: ["kind", "lang", "organisation"],
  },
  {
    path: "/api/v1/organisations",
    answer: () => organisations.GET(get("/api/v1/organisations?sort=size&page=2&q=a&q=b")),
    parameters: ["page", "q", "sort"],
  },
];

describe("every route answers bad query parameters with the one error shape", () => {
  it.each(routes)("$path", async ({ answer, parameters }) => {
    const res = await answer();
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = (await res.json()) as { error: Record<string, unknown> };
    // Exactly these members, nothing else (zod would strip extras, so the keys are compared too).
    expect(Object.keys(body)).toEqual(["error"]);
    expect(Object.keys(body.error).sort()).toEqual(["code", "message", "problems", "status"]);
    const parsed = queryErrorSchema.parse(body);
    expect(parsed.error.message).toBe(QUERY_PROBLEM_MESSAGE);
    expect(parsed.error.problems.map((p) => p.parameter).sort()).toEqual(parameters);
    for (const p of parsed.error.problems) {
      expect(Object.keys(p).every((k) => ["parameter", "value", "allowed", "message"].includes(k))).toBe(true);
      expect(p.message.length).toBeGreaterThan(0);
    }
  });

  it("and the OpenAPI document gives each of them that answer as its 400", () => {
    const paths = openApiDocument().paths as unknown as Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: unknown }> }> } }>;
    for (const { path } of routes)
      expect(paths[path]!.get.responses["400"]!.content!["application/json"]!.schema, path).toEqual({ $ref: "#/components/schemas/QueryError" });
  });
});
