import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isSameOriginWrite, sourceOrigin, strictTransportSecurity } from "./security-headers";
import { contactUri, securityTxt } from "./security-txt";

const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("the Content-Security-Policy", () => {
  const csp = directives(
    contentSecurityPolicy({
      nonce: "abc123",
      tileUrl: "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png",
      geocoderUrl: "https://api.pdok.nl/bzk/locatieserver/search/v3_1/free",
      themeCssUrl: "/theme.css",
      formTargets: ["https://login.gemeente.example.nl/realms/register", undefined],
    }),
  );

  it("runs only scripts with this response's nonce, and what they load", () => {
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(csp.get("script-src")).not.toContain("'unsafe-inline'");
    expect(csp.get("script-src")).not.toContain("'unsafe-eval'");
    expect(csp.get("style-src")).toEqual(["'self'", "'nonce-abc123'"]);
  });

  it("allows the configured tile server and geocoder, and nothing else from outside", () => {
    expect(csp.get("img-src")).toEqual(["'self'", "data:", "blob:", "https://*.tile.openstreetmap.org"]);
    expect(csp.get("connect-src")).toEqual(["'self'", "https://api.pdok.nl"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
  });

  it("closes plugins, <base>, framing, and forms to other sites (the identity provider excepted)", () => {
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'none'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("form-action")).toEqual(["'self'", "https://login.gemeente.example.nl"]);
  });

  it("takes a theme from another origin, and upgrades http on https sites", () => {
    const other = directives(contentSecurityPolicy({ nonce: "n", themeCssUrl: "https://huisstijl.gemeente.nl/tokens.css", https: true, geocoderUrl: "" }));
    expect(other.get("style-src")).toEqual(["'self'", "'nonce-n'", "https://huisstijl.gemeente.nl"]);
    expect(other.get("connect-src")).toEqual(["'self'"]);
    expect(other.has("upgrade-insecure-requests")).toBe(true);
  });

  it("reads only real origins out of URLs", () => {
    expect(sourceOrigin("https://service.pdok.nl/brt/achtergrondkaart/{z}/{x}/{y}.png")).toBe("https://service.pdok.nl");
    expect(sourceOrigin("http://localhost:8080/tiles/{z}.png")).toBe("http://localhost:8080");
    for (const bad of ["", "/theme.css", "javascript:alert(1)", "https://a b/", "https://x.nl'; script-src *"]) expect(sourceOrigin(bad)).toBeNull();
  });

  it("sends HSTS only for https sites", () => {
    expect(strictTransportSecurity("https://register.gemeente.nl")).toMatch(/^max-age=\d{8}; includeSubDomains$/);
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
  });
});

describe("requests that change something", () => {
  const post = (origin: string | null, host = "register.example.nl", forwardedHost: string | null = null) =>
    isSameOriginWrite({ method: "POST", origin, host, forwardedHost });

  it("pass from this site's own pages", () => {
    expect(post("https://register.example.nl")).toBe(true);
    expect(post("http://localhost:3100", "localhost:3100")).toBe(true);
    expect(post("https://register.example.nl", "127.0.0.1:3000", "register.example.nl")).toBe(true);
    expect(isSameOriginWrite({ method: "GET", origin: "https://evil.example", host: "register.example.nl", forwardedHost: null })).toBe(true);
  });

  it("are refused from another site, without an Origin, or with a malformed one", () => {
    for (const origin of ["https://evil.example", null, "null", "", "garbage", "https://register.example.nl.evil.example", "ftp://register.example.nl", "https://register.example.nl/path"])
      expect(post(origin), String(origin)).toBe(false);
    expect(isSameOriginWrite({ method: "DELETE", origin: "https://evil.example", host: "register.example.nl", forwardedHost: null })).toBe(false);
  });
});

describe("security.txt", () => {
  it("names the contact, expires a year ahead, prefers Dutch and English and says where it lives", () => {
    const text = securityTxt({ contact: "security@gemeente.example.nl", siteUrl: "https://register.gemeente.nl/", now: new Date("2026-03-01T10:20:30.456Z") });
    expect(text).toBe(
      "Contact: mailto:security@gemeente.example.nl\nExpires: 2027-03-01T10:20:30Z\nPreferred-Languages: nl, en\nCanonical: https://register.gemeente.nl/.well-known/security.txt\n",
    );
  });

  it("takes mailto: and https: contacts and refuses anything else", () => {
    expect(contactUri("https://gemeente.example.nl/kwetsbaarheid-melden")).toBe("https://gemeente.example.nl/kwetsbaarheid-melden");
    expect(contactUri("mailto:cert@gemeente.nl")).toBe("mailto:cert@gemeente.nl");
    for (const bad of ["", null, "bel ons", "javascript:alert(1)", "http://insecure.example"]) expect(contactUri(bad)).toBeNull();
    expect(securityTxt({ contact: null, siteUrl: "https://x.nl", now: new Date() })).toBeNull();
  });
});
