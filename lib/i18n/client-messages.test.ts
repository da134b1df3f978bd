import { describe, expect, it } from "vitest";
import nl from "@/messages/nl.json";
import en from "@/messages/en.json";
import { CLIENT_MESSAGES, pickMessages } from "./client-messages";
import { getPathname, localizeHref, stripLocale } from "./href";

describe("messages per client island", () => {
  it("names only namespaces that exist in both catalogues", () => {
    for (const [island, namespaces] of Object.entries(CLIENT_MESSAGES))
      for (const ns of namespaces) {
        expect(Object.keys(pickMessages(nl, [ns])), `${island}: ${ns} in nl.json`).not.toEqual([]);
        expect(Object.keys(pickMessages(en, [ns])), `${island}: ${ns} in en.json`).not.toEqual([]);
      }
  });

  it("picks the namespaces asked for and nothing else, nested ones under their parents", () => {
    const messages = { map: { zoomIn: "In", zoomOut: "Uit", title: "Kaart" }, admin: { login: { title: "Inloggen" }, nav: "Menu" }, home: { title: "Home" } };
    expect(pickMessages(messages, ["map.zoomIn", "map.zoomOut", "admin.login"])).toEqual({ map: { zoomIn: "In", zoomOut: "Uit" }, admin: { login: { title: "Inloggen" } } });
    expect(pickMessages(messages, ["nothing", "map.nothing", "constructor", "__proto__"])).toEqual({});
  });

  it("sends the citizen map its own namespace only, a fraction of the catalogue", () => {
    const size = (o: unknown) => JSON.stringify(o).length;
    expect(Object.keys(pickMessages(nl, CLIENT_MESSAGES.map))).toEqual(["map"]);
    expect(size(pickMessages(nl, CLIENT_MESSAGES.map))).toBeLessThan(size(nl) / 10);
  });
});

describe("locale-aware paths", () => {
  it("prefixes the app's own paths with the locale and leaves the rest", () => {
    expect(localizeHref("/map", "nl")).toBe("/nl/map");
    expect(localizeHref("/", "en")).toBe("/en");
    expect(localizeHref({ pathname: "/sensors", query: { type: "camera" } }, "en")).toEqual({ pathname: "/en/sensors", query: { type: "camera" } });
    for (const other of ["https://example.org/x", "//example.org/x", "#main", "?q=1", "mailto:a@b.nl"]) expect(localizeHref(other, "nl")).toBe(other);
  });

  it("strips the locale prefix, and builds localized paths with their query", () => {
    expect(stripLocale("/nl/map")).toBe("/map");
    expect(stripLocale("/en")).toBe("/");
    expect(stripLocale("/nlx/map")).toBe("/nlx/map");
    expect(getPathname({ href: { pathname: "/map", query: { lat: "52.1", tag: ["a", "b"] } }, locale: "en" })).toBe("/en/map?lat=52.1&tag=a&tag=b");
  });
});
