import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { openApiDocument } from "./openapi";

/** Every route.ts under app/api/v1, as an OpenAPI path ("[id]" → "{id}"). */
function routes(dir = "app/api/v1", prefix = "/api/v1"): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.isFile() && d.name === "route.ts") return [prefix];
    if (!d.isDirectory() || d.name.startsWith("_")) return [];
    const seg = d.name.replace(/^\[(.+)\]$/, "{$1}");
    return routes(path.join(dir, d.name), `${prefix}/${seg}`);
  });
}

describe("OpenAPI description", () => {
  const doc = openApiDocument();
  it("describes every route of the read API, and nothing that does not exist", () => {
    expect(Object.keys(doc.paths).sort()).toEqual(routes().sort());
  });
  it("is OpenAPI 3.1 and only refers to schemas it defines", () => {
    expect(doc.openapi).toBe("3.1.0");
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]);
    for (const r of refs) expect(doc.components.schemas, r).toHaveProperty(r!);
  });
});
