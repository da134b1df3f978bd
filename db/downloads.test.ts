/**
 * The open-data downloads and the feed of changes, through their route handlers, on the example data:
 * headers, ETags, what each file holds, the CSV round trip through the lifecycle into another organisation,
 * and the Atom feed against RFC 4287.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { count, eq, inArray } from "drizzle-orm";
import type { Actor } from "@/lib/permissions";
import { BOM, csvHeader, fromCsvRow } from "@/lib/formats/csv";
import { checkAtom, textOf } from "@/lib/testing/atom";
import type { EntryKind } from "@/lib/vocab";
import { GET as algorithmsCsv } from "@/app/api/v1/export/algorithms.csv/route";
import { GET as registerNdjson } from "@/app/api/v1/export/register.ndjson/route";
import { GET as sensorsCsv } from "@/app/api/v1/export/sensors.csv/route";
import { GET as sensorsGeojson } from "@/app/api/v1/export/sensors.geojson/route";
import { GET as changesFeed } from "@/app/api/v1/feeds/changes.atom/route";
import { getDb } from "./client";
import { seedDemoContent } from "./demo/seed";
import { approve, createEntry, submitForReview } from "./entries";
import { PUBLIC_ENTRY_BATCH_SQL, publicEntryBatches } from "./export";
import { feedVersions, type FeedQuery } from "./feeds";
import { entries, organisations, revisions } from "./schema";
import { getSensorFeature } from "./sensors";

const actor: Actor = { kind: "system", name: "test (downloads)" };
const request = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost:3000${path}`, { headers });
const csvRoute: Record<EntryKind, (r: Request) => Promise<Response>> = { sensor: sensorsCsv, algorithm: algorithmsCsv };
const publicCount = (kind: EntryKind) =>
  (getDb().$client.prepare("SELECT count(*) AS n FROM entries WHERE kind = ? AND status IN ('published', 'archived')").get(kind) as { n: number }).n;
const readCsv = async (kind: EntryKind) => {
  const text = await (await csvRoute[kind](request(`/api/v1/export/${kind}s.csv`))).text();
  return { text, records: parse(text, { bom: true, columns: true }) as Record<string, string>[] };
};

beforeAll(() => {
  seedDemoContent();
});

describe("the CSV downloads", () => {
  it.each(["sensor", "algorithm"] as const)("%ss.csv: every public entry once, UTF-8 with a BOM, as an attachment with an ETag", async (kind) => {
    const res = await csvRoute[kind](request(`/api/v1/export/${kind}s.csv`));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="${kind}s.csv"`);
    const etag = res.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.slice(0, text.indexOf("\r\n"))).toBe(BOM + csvHeader(kind).join(","));
    const records = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(publicCount(kind));
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    for (const r of records) {
      expect(r.url).toBe(`http://localhost:3000/nl/${kind}s/${r.id}`);
      expect(r.registerStatus).toMatch(/^(published|archived)$/);
      expect(r.organisation).toMatch(/^[a-z0-9-]+$/);
    }
    const drafts = getDb().select({ id: entries.publicId }).from(entries).where(inArray(entries.status, ["draft", "in_review"])).all();
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) expect(records.map((r) => r.id)).not.toContain(d.id);

    const again = await csvRoute[kind](request(`/api/v1/export/${kind}s.csv`, { "If-None-Match": etag }));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("export → import into another organisation → export gives the same sensors and algorithms", async () => {
    const other = getDb()
      .insert(organisations)
      .values({ slug: "andere-gemeente", name: "Gemeente Anders", kind: "municipality", contactEmail: "info@anders.example.nl" })
      .returning()
      .get().id;
    for (const kind of ["sensor", "algorithm"] as const) {
      const before = (await readCsv(kind)).records;
      for (const record of before) {
        const read = fromCsvRow(kind, record);
        expect(read.problems, record.id).toEqual([]);
        const { publicId } = createEntry({ actor, kind, organisationId: other, input: read.content, origin: "import" });
        submitForReview({ actor, publicId });
        approve({ actor, publicId, changeNote: `Overgenomen uit ${kind}s.csv (${read.publicId}).` });
      }
      const after = (await readCsv(kind)).records.filter((r) => r.organisation === "andere-gemeente");
      expect(after).toHaveLength(before.length);
      const entryColumns = ["id", "url", "organisation", "organisationName", "registerStatus", "revision", "publishedAt", "endedOn"];
      const content = (r: Record<string, string>) => Object.fromEntries(Object.entries(r).filter(([k]) => !entryColumns.includes(k)));
      after.forEach((r, i) => expect(content(r), before[i]!.id).toEqual(content(before[i]!)));
    }
  });
});

describe("sensors.geojson", () => {
  it("is a FeatureCollection of every public sensor, each exactly the Feature of GET /api/v1/sensors/{id}", async () => {
    const res = await sensorsGeojson(request("/api/v1/export/sensors.geojson"));
    expect(res.headers.get("content-type")).toBe("application/geo+json; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="sensors.geojson"');
    const body = (await res.json()) as { type: string; features: { id: string }[] };
    expect(body.type).toBe("FeatureCollection");
    expect(body.features).toHaveLength(publicCount("sensor"));
    for (const f of body.features) expect(f, f.id).toEqual(JSON.parse(JSON.stringify(getSensorFeature(f.id))));
    const again = await sensorsGeojson(request("/api/v1/export/sensors.geojson", { "If-None-Match": res.headers.get("etag")! }));
    expect(again.status).toBe(304);
  });
});

describe("register.ndjson", () => {
  it("has one line per published version, oldest first, without officials' names", async () => {
    const res = await registerNdjson(request("/api/v1/export/register.ndjson"));
    expect(res.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    const text = await res.text();
    expect(text.endsWith("\n")).toBe(true);
    const lines = text.trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(getDb().select({ n: count() }).from(revisions).get()!.n);
    for (const l of lines) {
      expect(Object.keys(l)).toEqual(["id", "kind", "revision", "status", "publishedAt", "changeNote", "organisation", "url", "data"]);
      expect(l.url).toBe(`http://localhost:3000/nl/${l.kind}s/${l.id}`);
      expect(typeof (l.data as { name: string }).name).toBe("string");
    }
    const times = lines.map((l) => l.publishedAt as string);
    expect([...times].sort()).toEqual(times);
    // The archived sensors have two versions: the publication and the archiving.
    expect(lines.some((l) => l.status === "archived" && l.revision === 2)).toBe(true);
    expect(text).not.toContain(actor.name);
    expect(text).not.toMatch(/authorName|approvedBy/);
  });
});

describe("reading in batches", () => {
  it("gives every public entry once, in registration order, whatever the batch size", () => {
    const all = [...publicEntryBatches("sensor", 7)].flat();
    expect(all.map((e) => e.publicId)).toEqual([...publicEntryBatches("sensor", 1000)].flat().map((e) => e.publicId));
    expect(all).toHaveLength(publicCount("sensor"));
  });

  it("seeks the next ids of each status in the index instead of sorting or scanning what is left", () => {
    const plan = getDb().$client.prepare(`EXPLAIN QUERY PLAN ${PUBLIC_ENTRY_BATCH_SQL}`).all({ kind: "sensor", after: 0, batch: 500 }) as { detail: string }[];
    const details = plan.map((p) => p.detail);
    expect(details.filter((d) => d === "SEARCH entries USING COVERING INDEX entries_kind_status (kind=? AND status=? AND rowid>?)")).toHaveLength(2);
    expect(details.filter((d) => /^SCAN (e|entries)\b/.test(d))).toEqual([]);
  });
});

describe("the feed of changes", () => {
  const feed = async (query = "", headers: Record<string, string> = {}) => changesFeed(request(`/api/v1/feeds/changes.atom${query}`, headers));

  it("is valid Atom with the latest versions, newest first, the organisation as author", async () => {
    const res = await feed();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const { feed: doc, problems } = checkAtom(await res.text());
    expect(problems).toEqual([]);
    expect(doc!["@xml:lang"]).toBe("nl");
    expect(doc!.title).toBe("Wijzigingen in het Transparantieregister");
    expect(doc!.link.find((l) => l["@rel"] === "self")!["@href"]).toBe("http://localhost:3000/api/v1/feeds/changes.atom");
    const total = getDb().select({ n: count() }).from(revisions).get()!.n;
    expect(doc!.entry).toHaveLength(Math.min(100, total));
    const updated = doc!.entry.map((e) => e.updated);
    expect([...updated].sort().reverse()).toEqual(updated);
    expect(doc!.updated).toBe(updated[0]);
    for (const e of doc!.entry) {
      expect(textOf(e.title)).toMatch(/^(Gepubliceerd|Gewijzigd|Gearchiveerd): \S/);
      expect(e.id).toMatch(/^tag:localhost,\d{4}-\d{2}-\d{2}:[SA]-[0-9A-Z]{6}\/\d+$/);
      expect(e.link[0]!["@href"]).toMatch(/^http:\/\/localhost:3000\/nl\/(sensors|algorithms)\/[SA]-/);
      expect(e.author![0]!.name).toMatch(/Voorbeeld|Proefdorp|Anders/);
    }
    expect(doc!.entry.some((e) => textOf(e.title).startsWith("Gearchiveerd: "))).toBe(true);
    const again = await feed("", { "If-None-Match": res.headers.get("etag")! });
    expect(again.status).toBe(304);
  });

  it("filters by kind and by organisation, and speaks English when asked", async () => {
    const sensors = checkAtom(await (await feed("?kind=sensor")).text());
    expect(sensors.problems).toEqual([]);
    expect(sensors.feed!.entry.length).toBeGreaterThan(0);
    for (const e of sensors.feed!.entry) {
      expect(e.category![0]!["@term"]).toBe("sensor");
      expect(e.link[0]!["@href"]).toContain("/nl/sensors/S-");
    }
    const org = checkAtom(await (await feed("?organisation=voorbeeldrivieren&kind=algorithm")).text());
    expect(org.problems).toEqual([]);
    expect(org.feed!.title).toBe("Wijzigingen in het Transparantieregister: algoritmes van Waterschap Voorbeeldrivieren");
    expect(org.feed!.entry.length).toBeGreaterThan(0);
    for (const e of org.feed!.entry) {
      expect(e.author![0]!.name).toBe("Waterschap Voorbeeldrivieren");
      expect(e.id).toMatch(/:A-/);
    }
    const en = checkAtom(await (await feed("?lang=en&kind=sensor")).text());
    expect(en.problems).toEqual([]);
    expect(en.feed!["@xml:lang"]).toBe("en");
    expect(textOf(en.feed!.entry[0]!.title)).toMatch(/^(Published|Changed|Archived): /);
    expect(en.feed!.entry[0]!.link[0]!["@href"]).toContain("/en/sensors/");
  });

  it("escapes names and notes: markup stays text, and the XML stays well-formed", async () => {
    const org = getDb().select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, "andere-gemeente")).get()!.id;
    const { publicId } = createEntry({
      actor,
      kind: "algorithm",
      organisationId: org,
      origin: "import",
      input: {
        name: "R&D <script>alert(1)</script> ]]> test",
        shortDescription: "Een algoritme met een lastige naam.",
        status: "in_use",
        contactEmail: "info@anders.example.nl",
        publicationCategory: "other",
      },
    });
    submitForReview({ actor, publicId });
    approve({ actor, publicId, changeNote: "Nieuw: <b>vet</b> & ]]> en \u00e9\u00e9n." });
    const xml = await (await feed("?organisation=andere-gemeente")).text();
    const { feed: doc, problems } = checkAtom(xml);
    expect(problems).toEqual([]);
    expect(xml).not.toContain("<script>");
    expect(textOf(doc!.entry[0]!.title)).toBe("Gepubliceerd: R&amp;D &lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; test");
    expect(textOf(doc!.entry[0]!.summary)).toContain("&lt;b&gt;vet&lt;/b&gt; &amp; ]]&gt; en één.");
  });

  it("finds the same versions when the newest ones hold too few that pass the filters", () => {
    const orgs = getDb().select({ id: organisations.id, slug: organisations.slug, name: organisations.name }).from(organisations).all();
    const queries: FeedQuery[] = [
      { lang: "nl" },
      { lang: "nl", kind: "sensor" },
      { lang: "nl", kind: "algorithm" },
      ...orgs.flatMap((organisation) => [
        { lang: "nl" as const, organisation },
        { lang: "nl" as const, organisation, kind: "algorithm" as const },
      ]),
    ];
    for (const q of queries)
      for (const recent of [0, 3, 40])
        for (const limit of [5, 100])
          expect(feedVersions(q, { limit, recent }), JSON.stringify({ q, recent, limit })).toEqual(feedVersions(q, { limit }));
  });

  it("answers 400 with the API's error format for parameters it does not know", async () => {
    for (const q of ["?kind=robot", "?kind=sensor&kind=algorithm", "?organisation=nergensdorp", "?organisation=%3Cscript%3E", "?lang=fr", "?colour=red", "?kind=__proto__"]) {
      const res = await feed(q);
      expect(res.status, q).toBe(400);
      const body = (await res.json()) as { error: { code: string; problems: { parameter: string; message: string }[] } };
      expect(body.error.code).toBe("bad_request");
      expect(body.error.problems.length, q).toBeGreaterThan(0);
    }
  });
});
