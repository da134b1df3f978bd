import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoContent } from "./demo/seed";
import { findPlaces, pointOf } from "./places";

/** A stand-in geocoder on loopback: answers per request path what `reply` says (no internet in tests). */
let reply: (q: string) => { status: number; body: string } = () => ({ status: 200, body: "{}" });
const asked: string[] = [];
const server = http.createServer((req, res) => {
  const q = new URL(req.url ?? "/", "http://x").searchParams.get("q") ?? "";
  asked.push(q);
  const { status, body } = reply(q);
  res.writeHead(status, { "content-type": "application/json" }).end(body);
});
let url = "";

beforeAll(async () => {
  seedDemoContent(["sensor"]);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/free`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const pdok = (docs: unknown[]) => JSON.stringify({ response: { numFound: docs.length, docs } });

describe("the map's place search", () => {
  it("reads the Locatieserver's answer: names, points in the region and a zoom per kind of place", async () => {
    reply = () => ({
      status: 200,
      body: pdok([
        { weergavenaam: "Vredenburg, Utrecht", centroide_ll: "POINT(5.11483 52.09245)", type: "weg" },
        { weergavenaam: "Utrecht", centroide_ll: "POINT(5.1214 52.0907)", type: "woonplaats" },
        { weergavenaam: "Far away", centroide_ll: "POINT(-74.0 40.7)", type: "adres" },
        { weergavenaam: "Broken", centroide_ll: "POLYGON((1 2))" },
      ]),
    });
    const answer = await findPlaces("Vredenburg", url);
    expect(answer.geocoder).toBe("answered");
    expect(answer.places).toEqual([
      { name: "Vredenburg, Utrecht", lon: 5.11483, lat: 52.09245, zoom: 16, source: "geocoder" },
      { name: "Utrecht", lon: 5.1214, lat: 52.0907, zoom: 13, source: "geocoder" },
    ]);
    // Asked once; the same search again is answered from what was kept.
    await findPlaces(" vredenburg ", url);
    expect(asked.filter((q) => q.toLowerCase() === "vredenburg")).toHaveLength(1);
  });

  it("falls back to the register's own sensors when the geocoder has nothing, fails, answers nonsense or is off", async () => {
    reply = (q) =>
      q === "plein nothing"
        ? { status: 200, body: pdok([]) }
        : q === "plein broken"
          ? { status: 500, body: "oops" }
          : { status: 200, body: "<html>not json</html>" };
    for (const [q, geocoder] of [["plein nothing", "answered"], ["plein broken", "unavailable"], ["plein html", "unavailable"]] as const) {
      const answer = await findPlaces(q, url);
      expect(answer.geocoder, q).toBe(geocoder);
    }
    const unreachable = await findPlaces("Vredenburg", "http://127.0.0.1:9/free");
    expect(unreachable.geocoder).toBe("unavailable");
    // Every sensor at Vredenburg, where it is.
    expect(unreachable.places.length).toBeGreaterThan(1);
    for (const p of unreachable.places) {
      expect(p).toMatchObject({ source: "register", zoom: 17 });
      expect(p.lat).toBeCloseTo(52.092, 2);
    }
    const off = await findPlaces("Vredenburg", "");
    expect(off.geocoder).toBe("off");
    expect(off.places).toEqual(unreachable.places);
    expect((await findPlaces("zzzqqq-nergens", "")).places).toEqual([]);
    expect((await findPlaces("   ", "")).places).toEqual([]);
  });

  it("takes only points inside the register's region, in WKT", () => {
    expect(pointOf("POINT(5.1 52.1)")).toEqual([5.1, 52.1]);
    expect(pointOf("point ( 5.1   52.1 )")).toEqual([5.1, 52.1]);
    for (const bad of ["POINT(200 52)", "POINT(5.1)", "POINT(5.1 52.1) extra", "", "POINT(NaN 1)", "POINT(1e3 5)"]) expect(pointOf(bad), bad).toBeUndefined();
  });
});
