import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/permissions";

import { getDb } from "./client";
import * as entries from "./entries";
import { demoAlgorithms } from "./demo/algorithms";
import { demoSensors } from "./demo/sensors";
import { demoOrganisations } from "./demo/organisations";
import { seedDemoContent } from "./demo/seed";
import { updateOrganisation } from "./organisations";
import * as ranking from "./search/ranking";
import { combine, matchRows, matchText, wordIds } from "./search/match";
import { catalogue } from "./catalogue";
import { searchRegister } from "./search/register";
import { rebuildSearchIndex } from "./search/maintenance";
import * as params from "./query-params";
import { emptyParams } from "@/lib/query-params";
import * as sensorsModule from "./sensors";

const system: Actor = { kind: "system", name: "test" };
const STATIONSPLEIN = "S-VB7R4X"; // Drukteteller Stationsplein (a camera that counts people)
const PARKING = "A-PK4R7M";
const WOZ = "A-WZ8T3K";
const ACCENTED_SENSOR = "S-RN2Q7Z";
const PLAIN_ALGORITHM = "A-RN3Q8Z";
const DRAFT_SENSOR = "S-VCE9Q2";

const publicDemo = [...demoSensors, ...demoAlgorithms].filter((d) => d.status === "published" || d.status === "archived");
const orgIds = new Map<string, number>();

function publish(kind: "sensor" | "algorithm", publicId: string, organisationId: number, input: unknown, status = "published", endedOn?: string) {
  entries.createEntry({ actor: system, kind, organisationId, input, publicId });
  if (status === "draft") return;
  entries.submitForReview({ actor: system, publicId });
  if (status === "in_review") return;
  entries.approve({ actor: system, publicId, changeNote: "test" });
  if (status === "archived") entries.archive({ actor: system, publicId, endedOn: endedOn ?? "2024-01-01", changeNote: "test" });
}

beforeAll(() => {
  for (const [slug, id] of seedDemoContent()) orgIds.set(slug, id);
  // Stored WITH accents and searched without, and the other way round.
  const sensor = demoSensors.find((s) => s.publicId === STATIONSPLEIN)!.data;
  publish("sensor", ACCENTED_SENSOR, orgIds.get("voorbeeldstad")!, {
    ...sensor,
    name: "Bezoekersteller reünie Café de Zwaan",
    measures: "Telt hoeveel bezoekers er op de reünie in het café zijn. Er worden geen beelden opgeslagen.",
  });
  const algorithm = demoAlgorithms.find((a) => a.publicId === PARKING)!.data;
  publish("algorithm", PLAIN_ALGORITHM, orgIds.get("voorbeeldstad")!, {
    ...algorithm,
    name: "Toets op de terrasvergunning voor cafes",
    shortDescription: "Een rekenregel kijkt of een aanvraag voor een terras bij een cafe compleet is. Een medewerker beslist.",
    contest: { ...algorithm.contest!, decisions: ["weigering terrasvergunning", "reunie-subsidie"] },
  });
});

const run = (qs: string) => {
  const p = params.apiQuery(params.SEARCH_QUERY, new URLSearchParams(qs));
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  return searchRegister(p.query);
};
const ids = (qs: string) => run(qs).hits.map((h) => h.publicId);
const all = (qs: string) => ids(`${qs}${qs ? "&" : ""}pageSize=100`);
const count = (facet: { value: string; count: number }[], value: string) => facet.find((o) => o.value === value)?.count ?? 0;

describe("searchRegister: both registers in one list", () => {
  it("browses every public entry of both kinds, never a draft", () => {
    const r = run("pageSize=100");
    expect(r.mode).toBe("browse");
    expect(r.total).toBe(publicDemo.length + 2);
    expect(count(r.facets.kind, "sensor")).toBe(demoSensors.filter((d) => d.status === "published" || d.status === "archived").length + 1);
    expect(count(r.facets.kind, "algorithm")).toBe(demoAlgorithms.filter((d) => d.status === "published" || d.status === "archived").length + 1);
    expect(r.hits.map((h) => h.publicId)).not.toContain(DRAFT_SENSOR);
  });

  it("finds what a citizen sees in the street, with a highlighted snippet", () => {
    const r = run("q=camera Stationsplein");
    expect(r.mode).toBe("all");
    expect(r.hits[0]!.publicId).toBe(STATIONSPLEIN);
    expect(r.hits[0]!.kind).toBe("sensor");
    expect(r.hits[0]!.snippet).toMatch(/<mark>camera<\/mark>/i);
    expect(r.hits[0]!.snippet).toMatch(/<mark>Stationsplein<\/mark>/);
    expect(r.hits[0]!.nameHtml).toBe("Drukteteller <mark>Stationsplein</mark>");
    expect(r.hits[0]!.url).toMatch(new RegExp(`/nl/sensors/${STATIONSPLEIN}$`));
    expect(r.hits[0]!.score).toBeGreaterThan(0);
  });

  it("returns both kinds for a word both registers use", () => {
    const r = run("q=parkeren&pageSize=100");
    const kinds = new Set(r.hits.map((h) => h.kind));
    expect(kinds).toEqual(new Set(["sensor", "algorithm"]));
    expect(r.hits.every((h) => h.snippet.length > 0)).toBe(true);
  });

  it("is accent-insensitive both ways ('reünie' = 'reunie')", () => {
    expect(all("q=reunie")).toEqual(expect.arrayContaining([ACCENTED_SENSOR, PLAIN_ALGORITHM]));
    expect(all("q=reünie")).toEqual(expect.arrayContaining([ACCENTED_SENSOR, PLAIN_ALGORITHM]));
    expect(all("q=CAFÉ")).toEqual(expect.arrayContaining([ACCENTED_SENSOR, PLAIN_ALGORITHM]));
    expect(run("q=reunie").hits.find((h) => h.publicId === ACCENTED_SENSOR)!.nameHtml).toContain("<mark>reünie</mark>");
  });

  it("matches prefixes while typing", () => {
    expect(ids("q=stationsp")).toContain(STATIONSPLEIN);
    expect(ids("q=drukteteller stat")[0]).toBe(STATIONSPLEIN);
    expect(ids("q=parkeerb")).toContain(PARKING);
    expect(all("q=luchtkw").length).toBeGreaterThan(1);
    expect(ids("q=wo")).toContain(WOZ);
  });

  it("indexes the contest route, considerations, lawful basis, data used and transparency limits", () => {
    expect(all("q=aanslagnummer")).toEqual(expect.arrayContaining([PARKING, WOZ])); // a step of the objection route
    expect(all("q=heffingsambtenaar")).toContain(WOZ); // who handles the objection
    expect(all("q=evenredig")).toContain(PARKING); // considerations
    expect(all("q=Verordening parkeerbelastingen")).toContain(PARKING); // lawful basis
    expect(all("q=parkeerapps")).toContain(PARKING); // data used
    expect(all("q=scanauto tijden")).toContain(PARKING); // transparency limit: the route and times of the scan car
  });

  it("falls back to any word and says so", () => {
    const r = run("q=parkeerboete fietsenrek");
    expect(r.mode).toBe("any");
    expect(r.total).toBeGreaterThan(0);
  });
});

describe("filters and facet counts", () => {
  it("filters by kind, and counts the other kind too", () => {
    const r = run("q=parkeren&kind=algorithm&pageSize=100");
    expect(r.hits.every((h) => h.kind === "algorithm")).toBe(true);
    expect(count(r.facets.kind, "sensor")).toBeGreaterThan(0);
    expect(count(r.facets.kind, "algorithm")).toBe(r.total);
  });

  it("filters by CODIO value, sensor type, organisation, theme, category and status", () => {
    for (const h of run("value=privacy&pageSize=100").hits) {
      const d = publicDemo.find((x) => x.publicId === h.publicId)?.data as { values: { value: string }[] } | undefined;
      if (d) expect(d.values.map((v) => v.value)).toContain("privacy");
    }
    expect(run("type=camera&pageSize=100").hits.every((h) => h.kind === "sensor" && h.type === "camera")).toBe(true);
    expect(run("category=high_risk").hits.map((h) => h.publicId)).toEqual(["A-BS6N2X"]);
    expect(run("organisation=voorbeeldrivieren&pageSize=100").hits.every((h) => h.organisation.slug === "voorbeeldrivieren")).toBe(true);
    const ended = run("status=ended&pageSize=100").hits;
    expect(ended.map((h) => h.publicId)).toEqual(expect.arrayContaining(["S-VBA7C2", "A-MK5T8V"]));
    expect(ended.every((h) => h.status === "ended")).toBe(true);
    // A main theme includes its sub-themes.
    expect(run("theme=mobiliteit").total).toBeGreaterThan(run("theme=mobiliteit/parkeren").total);
  });

  it("each count says how many results choosing that option gives", () => {
    const base = "q=parkeren";
    const r = run(`${base}&kind=sensor`);
    for (const facet of ["kind", "type", "value", "status", "organisation", "theme"] as const)
      for (const o of r.facets[facet].slice(0, 6)) {
        const chosen = facet === "kind" ? `${base}&kind=${o.value}` : `${base}&kind=sensor&${facet}=${encodeURIComponent(o.value)}`;
        expect(run(chosen).total, `${facet}=${o.value}`).toBe(o.count);
      }
  });

  it("keeps a chosen option visible with 0 and ignores no filter silently", () => {
    const r = run("q=woz&kind=sensor");
    expect(r.total).toBe(0);
    expect(r.facets.kind.find((o) => o.value === "sensor")).toEqual({ value: "sensor", count: 0 });
    expect(count(r.facets.kind, "algorithm")).toBeGreaterThan(0);
  });
});

describe("sort and paging", () => {
  it("sorts by name, by newest and by relevance", () => {
    const byName = run("q=meet&sort=name&pageSize=100").hits.map((h) => h.name.toLowerCase());
    expect(byName).toEqual([...byName].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const newest = run("sort=newest&pageSize=100").hits.map((h) => h.publishedAt!);
    expect(newest).toEqual([...newest].sort().reverse());
    const relevance = run("q=geluidsmeter&pageSize=100").hits;
    expect(relevance[0]!.name.toLowerCase()).toContain("geluidsmeter");
    for (let i = 1; i < relevance.length; i++) expect(relevance[i]!.score!).toBeLessThanOrEqual(relevance[i - 1]!.score!);
    expect(run("q=geluidsmeter&sort=name").hits[0]!.score).toBeNull();
    // The name first: the word in the name (score 3–4) before the word only in the text (below 3).
    const station = run("q=Stationsplein&pageSize=100").hits;
    expect(station[0]!.publicId).toBe(STATIONSPLEIN);
    expect(station[0]!.score!).toBeGreaterThanOrEqual(3);
    expect(station.some((h) => h.score! < 3)).toBe(true);
  });

  it("pages through the same results, and past the end is empty", () => {
    const everything = ids("q=gemeente&pageSize=100");
    const p2 = run("q=gemeente&pageSize=5&page=2");
    expect(p2.hits.map((h) => h.publicId)).toEqual(everything.slice(5, 10));
    expect(p2.pages).toBe(Math.ceil(everything.length / 5));
    expect(run("q=gemeente&page=999").hits).toEqual([]);
  });
});

describe("whatever a user types is text", () => {
  const hostile = [
    '"',
    '"camera',
    "camera AND Stationsplein",
    "AND",
    "OR NOT",
    "NEAR(camera stationsplein)",
    "camera NEAR/3 plein",
    "*",
    "camera*",
    "-camera",
    "camera -plein",
    "(camera",
    "camera)",
    "[camera]",
    "{name}: camera",
    "name:camera",
    "^camera",
    "🚲",
    "📷 camera",
    "'; DROP TABLE entries; --",
    "1 OR 1=1",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>camera",
    "&lt;mark&gt;",
    "x".repeat(2000),
    "camera ".repeat(400),
    "é".repeat(2000),
    "\u0000\u0001camera\u007f",
    "   ",
  ];
  it("never throws, and only our own <mark> appears in HTML", () => {
    for (const q of hostile) {
      const p = params.apiQuery(params.SEARCH_QUERY, { q });
      expect(p.ok, JSON.stringify(q.slice(0, 40))).toBe(true);
      const r = searchRegister(p.ok ? p.query : emptyParams(params.SEARCH_QUERY));
      expect(r.total).toBeGreaterThanOrEqual(0);
      for (const h of r.hits) {
        expect(h.snippet).not.toMatch(/<(?!\/?mark>)/);
        expect(h.nameHtml).not.toMatch(/<(?!\/?mark>)/);
      }
    }
  });
  it("finds the words inside the syntax", () => {
    expect(ids("q=" + encodeURIComponent('"camera" AND (Stationsplein)'))[0]).toBe(STATIONSPLEIN);
    expect(ids("q=" + encodeURIComponent("<b>Stationsplein</b>"))).toContain(STATIONSPLEIN);
    expect(run("q=" + encodeURIComponent("🚲 *** ()")).mode).toBe("none");
    expect(run("q=" + encodeURIComponent("🚲 *** ()")).total).toBe(0);
  });
  it("the lists and the contest finder share the engine and its rules", () => {
    // Prefix and stemming rules of the engine, now also in the sensor list.
    const parsed = params.apiQuery(params.SENSOR_API_QUERY, new URLSearchParams("q=stationsp"));
    expect(parsed.ok && sensorsModule.listSensors(parsed.query).items.map((i) => i.publicId)).toContain(STATIONSPLEIN);
    for (const q of ['"', "NEAR(a b)", "🚲", "<script>"]) {
      const r = params.apiQuery(params.SENSOR_API_QUERY, new URLSearchParams({ q }));
      if (r.ok) expect(() => sensorsModule.listSensors(r.query)).not.toThrow();
    }
  });
});

describe("one engine in a server that bundles it twice", () => {
  it("the ranking filter works whichever copy of the module registered it", async () => {
    vi.resetModules();
    const copy = await import("./search/ranking");
    const copyOfMatch = await import("./search/match");
    expect(copy).not.toBe(ranking);
    const m = copyOfMatch.matchText("parkeren")!;
    copy.bestMatches(m, 5, { keep: () => true });
    const algorithmIds = new Set(
      getDb().$client.prepare("SELECT id FROM entries WHERE kind = 'algorithm'").pluck().all() as number[],
    );
    const best = ranking.bestMatches(matchText("parkeren")!, 100, { keep: (id) => algorithmIds.has(id) });
    expect(best.length).toBeGreaterThan(0);
    expect(best.every((h) => algorithmIds.has(h.id))).toBe(true);
    expect(run("q=parkeren&kind=algorithm").hits.every((h) => h.kind === "algorithm")).toBe(true);
  });
});

describe("an entry named exactly what was typed comes first", () => {
  it("with real titles of the national register, among entries that repeat their words", () => {
    // Titles from the national algorithm register's own records (e2e/data, the standard's format).
    const titles = (JSON.parse(readFileSync("e2e/data/algoritmeregister-1.0.json", "utf8")) as { name: string }[]).map((r) => r.name);
    expect(titles.length).toBeGreaterThan(2);
    const algorithm = demoAlgorithms.find((a) => a.publicId === PARKING)!.data;
    const org = orgIds.get("voorbeeldstad")!;
    const exact = new Map<string, string>();
    titles.forEach((title, i) => {
      const id = `A-XT${i}Q7M`;
      exact.set(title, id);
      // Decoys first (older), with every word of the title in the name, some twice, and in the text.
      publish("algorithm", `A-XD${i}Q7M`, org, { ...algorithm, name: `${title} ${title}`, shortDescription: `${title}. ${title}.` });
      publish("algorithm", `A-XE${i}Q7M`, org, { ...algorithm, name: `${title}: evaluatie`, shortDescription: title });
      publish("algorithm", id, org, { ...algorithm, name: title });
    });
    for (const [title, id] of exact) {
      expect(ids(`q=${encodeURIComponent(title)}`)[0]).toBe(id);
      // Case and accents do not matter, nor punctuation.
      expect(ids(`q=${encodeURIComponent(title.toUpperCase().replace(/e/g, "é"))}`)[0]).toBe(id);
      expect(run(`q=${encodeURIComponent(title)}`).hits[0]!.score!).toBeGreaterThanOrEqual(4);
    }
  });

  it("also when the name starts or ends with punctuation or an accented letter", () => {
    const algorithm = demoAlgorithms.find((a) => a.publicId === PARKING)!.data;
    const org = orgIds.get("voorbeeldstad")!;
    const named = { "A-EX1Q7M": "Élan-meter", "A-EX2Q7M": "«Parkeerscan» 2.0", "A-EX3Q7M": "'t Parkeerloket (proef)" };
    // Decoys first (older), with the same words and more.
    publish("algorithm", "A-EX4Q7M", org, { ...algorithm, name: "Élan-meter Élan-meter" });
    publish("algorithm", "A-EX5Q7M", org, { ...algorithm, name: "Parkeerscan 2.0 «Parkeerscan» 2.0" });
    publish("algorithm", "A-EX6Q7M", org, { ...algorithm, name: "Proef: 't Parkeerloket (proef)" });
    for (const [id, name] of Object.entries(named)) publish("algorithm", id, org, { ...algorithm, name });
    for (const [id, typed] of [
      ["A-EX1Q7M", "elan meter"],
      ["A-EX1Q7M", "ÉLAN METER"],
      ["A-EX2Q7M", "parkeerscan 2 0"],
      ["A-EX3Q7M", "t parkeerloket proef"],
      ["A-EX3Q7M", "'t Parkeerloket (proef)"],
    ]) {
      expect(ids(`q=${encodeURIComponent(typed!)}`)[0], typed).toBe(id);
      expect(run(`q=${encodeURIComponent(typed!)}`).hits[0]!.score!).toBeGreaterThanOrEqual(4);
    }
  });

  it("is not a filter: the other results follow, and filters still apply", () => {
    const algorithm = demoAlgorithms.find((a) => a.publicId === PARKING)!.data;
    publish("algorithm", "A-SC4N7A", orgIds.get("voorbeeldstad")!, { ...algorithm, name: "Scanauto" });
    publish("algorithm", "A-SC4N7B", orgIds.get("voorbeeldstad")!, { ...algorithm, name: "Scanauto scanauto parkeercontrole" });
    const hits = ids("q=scanauto&pageSize=100");
    expect(hits[0]).toBe("A-SC4N7A");
    expect(hits).toContain("A-SC4N7B");
    expect(ids("q=Scanauto&kind=sensor")).not.toContain("A-SC4N7A");
    // With a sensor of that name, the exact-name group holds only what the filters let through.
    const sensor = demoSensors.find((s) => s.publicId === STATIONSPLEIN)!.data;
    // (A long text: bm25 would rank the algorithms of that name above it, were they let in.)
    const long = Array.from({ length: 120 }, (_, i) => `woord${i}`).join(" ");
    publish("sensor", "S-SC4N7C", orgIds.get("voorbeeldstad")!, { ...sensor, name: "Scanauto", measures: long, purpose: long, collectiveInterest: long });
    const sensors = run("q=Scanauto&kind=sensor&pageSize=100").hits;
    expect(sensors[0]!.publicId).toBe("S-SC4N7C");
    expect(sensors.every((h) => h.kind === "sensor")).toBe(true);
  });
});

describe("keeping the index in step", () => {
  it("a common word's cached matches follow a publication", () => {
    const before = run("q=camera");
    const sensor = demoSensors.find((s) => s.publicId === STATIONSPLEIN)!.data;
    publish("sensor", "S-CM7K2W", orgIds.get("proefdorp")!, { ...sensor, name: "Camera Zwaluwplein" });
    const after = run("q=camera&pageSize=100");
    expect(after.total).toBe(before.total + 1);
    expect(after.hits.map((h) => h.publicId)).toContain("S-CM7K2W");
    expect(ids("q=camera zwaluwplein")[0]).toBe("S-CM7K2W");
  });

  it("finds a newly published entry and marks an archived one as ended", () => {
    expect(ids("q=Kwakkelbrug")).toEqual([]);
    const sensor = demoSensors.find((s) => s.publicId === STATIONSPLEIN)!.data;
    publish("sensor", "S-NW4K7Q", orgIds.get("proefdorp")!, { ...sensor, name: "Drukteteller Kwakkelbrug" });
    expect(ids("q=Kwakkelbrug")).toEqual(["S-NW4K7Q"]);
    expect(run("q=Kwakkelbrug").hits[0]!.status).toBe("in_use");
    entries.archive({ actor: system, publicId: "S-NW4K7Q", endedOn: "2025-02-01", changeNote: "test" });
    expect(run("q=Kwakkelbrug&status=ended").hits.map((h) => h.publicId)).toEqual(["S-NW4K7Q"]);
    expect(run("q=Kwakkelbrug&status=in_use").total).toBe(0);
  });

  it("follows an organisation's new name", () => {
    expect(ids("q=Rivierenschap")).toEqual([]);
    const id = orgIds.get("voorbeeldrivieren")!;
    const org = demoOrganisations.find((o) => o.slug === "voorbeeldrivieren")!;
    updateOrganisation({ actor: system, id, input: { ...org, name: "Rivierenschap Voorbeeld" } });
    expect(run("q=Rivierenschap").total).toBe(run("organisation=voorbeeldrivieren").total);
    updateOrganisation({ actor: system, id, input: org });
  });

  it("rebuilds the whole index with the same results", () => {
    const before = all("q=camera");
    const r = rebuildSearchIndex();
    expect(r.entries).toBe(run("").total);
    expect(all("q=camera")).toEqual(before);
  });
});

describe("the engine's own set operations and linear order", () => {
  const groupOf = (word: string) => matchText(word)!.groups[0]!;
  const sorted = (xs: Iterable<number>) => Array.from(new Set(xs)).sort((a, b) => a - b);

  it("intersect and unite word lists as plain sets do, a rare word with a common one too", () => {
    const words = ["de", "gemeente", "camera", "parkeren", "stationsplein", "reunie", "scanauto", "elan", "zzzqqq"];
    const lists = words.map((w) => Array.from(wordIds(groupOf(w))));
    // A short list against one more than 16 times as long (the intersection gallops then).
    expect(lists.some((a) => a.length > 0 && lists.some((b) => b.length > 16 * a.length))).toBe(true);
    for (let i = 0; i < words.length; i++)
      for (let j = 0; j < words.length; j++) {
        const pair = [groupOf(words[i]!), groupOf(words[j]!)];
        const inB = new Set(lists[j]);
        expect(Array.from(combine(pair, "AND")), `${words[i]} AND ${words[j]}`).toEqual(lists[i]!.filter((id) => inB.has(id)));
        expect(Array.from(combine(pair, "OR")), `${words[i]} OR ${words[j]}`).toEqual(sorted([...lists[i]!, ...lists[j]!]));
      }
    const three = [0, 3, 5];
    expect(Array.from(combine(three.map((k) => groupOf(words[k]!)), "OR"))).toEqual(sorted(three.flatMap((k) => lists[k]!)));
  });

  it("places the same rows, page by page, as a full stable sort by (missing words, name length)", () => {
    const c = catalogue();
    let anyWord = false;
    for (const q of ["camera", "gemeente parkeren", "parkeren stationsplein scanauto zzzqqq", "de camera zwaluw meter", "gemeente de"]) {
      const m = matchText(q)!;
      anyWord ||= m.mode === "any";
      const rows = matchRows(c, m.ids);
      expect(rows.length, q).toBeGreaterThan(3);
      const words = m.op === "OR" && m.groups.length > 1 ? m.groups.length : 1;
      const present = new Uint8Array(c.n);
      for (const g of m.groups)
        for (const id of wordIds(g, "all", m.state)) {
          const r = c.rowOf[id]!;
          if (r >= 0) present[r]!++;
        }
      const key = (r: number) => Math.min(words > 1 ? words - present[r]! : 0, 15) * 256 + Math.min(c.name.byteLength(r), 255);
      const full = Array.from(rows, (r, i) => [key(r), i, r] as const)
        .sort((a, b) => a[0] - b[0] || a[1] - b[1])
        .map((x) => x[2]);
      const n = rows.length;
      for (const [from, to] of [[0, 1], [0, 3], [1, 3], [0, n], [n - 2, n], [Math.floor(n / 2), n - 1]] as const)
        expect(Array.from(ranking.candidateOrder(c, m, rows, from, to, () => present)), `${q} ${from}…${to}`).toEqual(full.slice(from, to));
    }
    expect(anyWord).toBe(true);
  });
});
