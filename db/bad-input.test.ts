/**
 * Bad input against the domain layer, on a scratch database with the example data: the entry lifecycle
 * (what the workspace's server actions call), the query parsers of the public pages and the read API and
 * the workspace's and audit log's own, the importer, organisations, officials and API tokens.
 *
 * The rule everywhere: the answer is the result, or a DomainError (a clear message key, with the field
 * errors for validation) — never any other exception, which the server would answer with a 500 — and a
 * refusal stores nothing.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import { searchParamsToUrlQuery } from "next/dist/shared/lib/router/utils/querystring";
import en from "@/messages/en.json";
import { isDomainError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { hostileGeometry, hostileJson, hostileKey, hostileString, oversizedString, ownObject, Tally } from "@/lib/testing/hostile";
import { getDb } from "./client";
import { demoAlgorithms } from "./demo/algorithms";
import { demoSensors } from "./demo/sensors";
import { demoOrganisations } from "./demo/organisations";
import { seedDemoContent } from "./demo/seed";
import * as entries from "./entries";
import { importRecords, parseImportFile } from "./import";
import { createImportJobFromText } from "./import-jobs";
import { createOrganisation, updateOrganisation } from "./organisations";
import { addOfficial, createOfficial, resetOfficialPassword, setOfficialBlocked, setOfficialRole } from "./officials";
import { createToken } from "./tokens";
import { findContest, listAlgorithms } from "./algorithms";
import { searchRegister } from "./search/register";
import {
  ALGORITHM_QUERY,
  apiQuery,
  CLUSTER_QUERY,
  FEED_QUERY,
  pageQuery,
  SEARCH_QUERY,
  SENSOR_API_QUERY,
  SENSOR_FILTERS,
  SENSOR_LIST_QUERY,
} from "./query-params";
import { parseFeedQuery } from "./feeds";
import { listSensors, sensorClusters, sensorFacets, sensorFeatures } from "./sensors";
import { apiProblemSchema } from "@/lib/schemas/api";
import { parseWorkspaceQuery, workspaceList } from "./workspace";
import { parseAuditSearch } from "./audit-query";
import { toStandardRecord } from "@/lib/formats/algoritmeregister-1.0";

// Hundreds of generated inputs per test, each touching the database: minutes on a busy machine, not seconds.
vi.setConfig({ testTimeout: 300_000 });

const tally = new Tally("domain layer (db/)");
afterAll(() => tally.report());

const system: Actor = { kind: "system", name: "bad-input test" };
let orgIds: Map<string, number>;
let editor: Actor;
let publisher: Actor;
let admin: Actor;
let officialId: string;

beforeAll(async () => {
  orgIds = seedDemoContent();
  const vb = orgIds.get("voorbeeldstad")!;
  editor = { kind: "user", id: "editor", name: "Redacteur", isAdmin: false, roles: new Map([[vb, "editor"]]) };
  publisher = { kind: "user", id: "publisher", name: "Publicist", isAdmin: false, roles: new Map([[vb, "publisher"]]) };
  admin = { kind: "user", id: "admin", name: "Beheerder", isAdmin: true, roles: new Map() };
  officialId = await createOfficial({ actor: system, email: "medewerker@voorbeeldstad.example.nl", name: "Medewerker", password: "een-lang-wachtwoord-123", isAdmin: false });
});

/** Row counts and versions of everything a refused request could have written. */
function snapshot() {
  return getDb().$client
    .prepare(
      `SELECT (SELECT count(*) FROM entries) AS entries, (SELECT coalesce(sum(draft_version), 0) FROM entries) AS versions,
              (SELECT count(*) FROM revisions) AS revisions, (SELECT count(*) FROM audit_log) AS audit,
              (SELECT count(*) FROM organisations) AS organisations, (SELECT count(*) FROM users) AS users,
              (SELECT count(*) FROM memberships) AS memberships, (SELECT count(*) FROM api_tokens) AS tokens,
              (SELECT count(*) FROM import_jobs) AS jobs, (SELECT count(*) FROM search_index) AS indexed`,
    )
    .get() as Record<string, number>;
}

const errorKeys = new Set([...Object.keys(en.errors), ...Object.keys(en.admin.import.errors)]);
const validationKeys = new Set(Object.keys(en.validation));

/**
 * Runs a domain call: its result, or the DomainError's code when it refuses — then nothing was stored, and
 * the message and every field error are keys the catalogues translate. Any other exception fails the test.
 */
async function refusesCleanly(run: () => unknown): Promise<"ok" | string> {
  const before = snapshot();
  try {
    await run();
    return "ok";
  } catch (e) {
    if (!isDomainError(e)) throw e;
    expect(snapshot()).toEqual(before);
    if (e.code !== "conflict") expect(errorKeys, `errors.${e.key}`).toContain(e.key);
    const fields = (e.details?.fields ?? {}) as Record<string, string[]>;
    for (const [field, messages] of Object.entries(fields))
      for (const m of messages) expect(validationKeys, `validation.${m} for ${field}`).toContain(m.split(":")[0]);
    return e.code;
  }
}

const sensor = demoSensors.find((s) => s.status === "published")!.data as Record<string, unknown>;
const algorithm = demoAlgorithms.find((a) => a.status === "published")!.data as Record<string, unknown>;

/** A valid document with one field replaced (or added) by something hostile. */
const mutated = (doc: Record<string, unknown>, geometry = false) =>
  fc
    .tuple(fc.oneof(fc.constantFrom(...Object.keys(doc)), hostileKey()), fc.oneof(hostileString(), hostileJson(2), oversizedString(), geometry ? hostileGeometry() : hostileString()))
    .map(([k, v]) => ownObject([...Object.entries(doc), [k, v]]));

describe("entry lifecycle", () => {
  it("creates drafts from hostile input, or refuses them and stores nothing", async () => {
    const vb = orgIds.get("voorbeeldstad")!;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("sensor" as const, "algorithm" as const),
        fc.oneof(hostileJson(), mutated(sensor, true), mutated(algorithm)),
        fc.oneof(fc.constant(vb), fc.constantFrom(NaN, -1, 0, 999_999, orgIds.get("voorbeeldrivieren")!)),
        async (kind, input, organisationId) => {
          tally.add("entries created");
          const r = await refusesCleanly(() => entries.createEntry({ actor: editor, kind, organisationId, input }));
          if (organisationId !== vb) expect(r).not.toBe("ok");
        },
      ),
      { numRuns: 250 },
    );
  });

  it("every step of the workflow refuses hostile notes, dates, versions and ids", async () => {
    const draft = entries.createEntry({ actor: editor, kind: "sensor", organisationId: orgIds.get("voorbeeldstad")!, input: sensor });
    const ids = fc.oneof(fc.constant(draft.publicId), hostileString({ maxLength: 30 }), fc.constantFrom("S-VB8S5Y", "A-PK4R7M", "S-222222"));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("save", "submit", "approve", "reject", "archive", "discard"),
        ids,
        fc.oneof(hostileString(), oversizedString()),
        fc.oneof(hostileString({ maxLength: 12 }), fc.constantFrom("2024-02-30", "2024-13-01", "0000-00-00", "9999-12-31", "2024-1-1")),
        fc.oneof(fc.integer(), fc.constantFrom(NaN, Infinity, -0, 1.5)),
        fc.oneof(hostileJson(2), mutated(sensor, true)),
        async (step, publicId, text, date, version, input) => {
          tally.add("workflow steps");
          await refusesCleanly(() => {
            switch (step) {
              case "save":
                return entries.saveDraft({ actor: editor, publicId, input, baseVersion: version });
              case "submit":
                return entries.submitForReview({ actor: editor, publicId });
              case "approve":
                return entries.approve({ actor: publisher, publicId, changeNote: text });
              case "reject":
                return entries.reject({ actor: publisher, publicId, reason: text });
              case "archive":
                return entries.archive({ actor: publisher, publicId, endedOn: date, changeNote: text });
              default:
                return publicId === draft.publicId ? undefined : entries.discardDraft({ actor: editor, publicId });
            }
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Query strings with hostile names and values, as URLSearchParams (the API) and as Next's searchParams object (pages). */
const queryStrings = () =>
  fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom("q", "kind", "type", "theme", "value", "organisation", "category", "status", "state", "personalData", "sort", "page", "pageSize", "bbox", "zoom", "missing", "action", "from", "to", "official"), hostileKey()),
        fc.oneof(hostileString(), fc.constantFrom("camera", "privacy", "voorbeeldstad", "mobiliteit", "1", "0", "100000000", "5,52,6,53", "5.1,52.08,5.13,52.1", "99")),
      ),
      { maxLength: 6 },
    )
    .map((pairs) => new URLSearchParams(pairs));

describe("query parsers of the pages and the API", () => {
  it("answer a query or a list of problems for any parameters, and the query runs", () => {
    fc.assert(
      fc.property(queryStrings(), (params) => {
        tally.add("query strings");
        const page = searchParamsToUrlQuery(params) as Record<string, string | string[] | undefined>;
        // The API: the query runs, or every problem in the one shape.
        const refused = (r: { ok: true } | { ok: false; problems: unknown[] }) => {
          if (r.ok) return;
          expect(r.problems.length).toBeGreaterThan(0);
          for (const p of r.problems) apiProblemSchema.strict().parse(p);
        };
        const s = apiQuery(SEARCH_QUERY, params);
        if (s.ok) searchRegister(s.query);
        refused(s);
        const a = apiQuery(ALGORITHM_QUERY, params);
        if (a.ok) listAlgorithms(a.query);
        refused(a);
        const sn = apiQuery(SENSOR_API_QUERY, params);
        if (sn.ok) sensorFeatures(sn.query);
        refused(sn);
        const c = apiQuery(CLUSTER_QUERY, params);
        if (c.ok) sensorClusters({ filters: c.query, bbox: c.query.bbox, zoom: c.query.zoom });
        refused(c);
        refused(apiQuery(FEED_QUERY, params));
        refused(parseFeedQuery(params));
        // The pages never refuse: they leave out what they cannot use and say so.
        searchRegister(pageQuery(SEARCH_QUERY, page).query);
        listAlgorithms(pageQuery(ALGORITHM_QUERY, page).query);
        const forPage = pageQuery(SENSOR_LIST_QUERY, page).query;
        listSensors(forPage);
        sensorFacets(forPage);
        sensorFacets(pageQuery(SENSOR_FILTERS, page).query);
        findContest({ q: params.get("q") ?? undefined, organisation: params.get("organisation") ?? undefined });
        workspaceList(editor, parseWorkspaceQuery(page).query);
        parseAuditSearch(page);
      }),
      { numRuns: 200 },
    );
  });
});

describe("the importer", () => {
  const standard = toStandardRecord({
    publicId: "A-PK4R7M",
    url: "https://register.example.nl/nl/algorithms/A-PK4R7M",
    organisationName: "Gemeente Voorbeeldstad",
    status: "published",
    endedOn: null,
    firstPublishedAt: null,
    origin: "form",
    content: algorithm as never,
  });

  it("reads any file as records or refuses it as a whole with a message", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileString(), oversizedString(), hostileJson().map((v) => JSON.stringify(v) ?? "")), async (text) => {
        tally.add("import files");
        await refusesCleanly(() => parseImportFile(text));
        await refusesCleanly(() =>
          createImportJobFromText({ actor: editor, organisationId: orgIds.get("voorbeeldstad"), fileName: text.slice(0, 300), text, mode: "import" }),
        );
      }),
      { numRuns: 200 },
    );
  });

  it("imports hostile records as drafts or rejects them with reasons; a rejected record stores nothing", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("algoritmeregister-1.0", "geojson", "amsterdam-device"),
        fc.array(fc.oneof(hostileJson(), mutated(standard as Record<string, unknown>), mutated({ type: "Feature", geometry: { type: "Point", coordinates: [5.1, 52.1] }, properties: { name: "x" } }, true)), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (format, records, publish) => {
          for (let i = 0; i < records.length; i++) tally.add("import records");
          const before = snapshot();
          // The command line publishes as the system; the workspace submits for review as an official.
          const how = publish ? { actor: system, publish: true } : { actor: publisher, submit: true };
          const results = importRecords({ ...how, format, organisationId: orgIds.get("voorbeeldstad")!, fileName: "hostile.json" }, records);
          expect(results).toHaveLength(records.length);
          for (const r of results) if (r.status === "rejected") expect(r.problems.length).toBeGreaterThan(0);
          if (results.every((r) => r.status === "rejected")) expect(snapshot().entries).toBe(before.entries);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("organisations, officials and tokens (the admin's and publishers' forms)", () => {
  const org = demoOrganisations[0]! as Record<string, unknown>;

  it("organisations: created or refused with field errors, never half-stored", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileJson(), mutated({ ...org, slug: "nieuw-dorp", name: "Gemeente Nieuwdorp" })), fc.boolean(), async (input, update) => {
        tally.add("organisations");
        await refusesCleanly(() =>
          update ? updateOrganisation({ actor: admin, id: orgIds.get("proefdorp")!, input }) : createOrganisation({ actor: admin, input }),
        );
      }),
      { numRuns: 200 },
    );
  });

  it("officials: added, given roles, blocked and reset, or refused", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("add", "role", "block", "reset"),
        fc.oneof(hostileJson(2), fc.record({ name: hostileString(), email: hostileString(), password: hostileString(), generatePassword: fc.oneof(fc.boolean(), hostileString()) })),
        fc.oneof(fc.constant(officialId), hostileString({ maxLength: 40 })),
        fc.oneof(hostileString(), fc.constantFrom("editor", "publisher", "none", null)),
        fc.oneof(fc.constant(orgIds.get("voorbeeldstad")!), fc.constantFrom(NaN, -1, 0, 999_999)),
        async (what, input, userId, role, organisationId) => {
          tally.add("officials");
          await refusesCleanly(async () => {
            if (what === "add") return addOfficial({ actor: admin, input: input as never });
            if (what === "role") return setOfficialRole({ actor: admin, userId, organisationId, role });
            if (what === "block") return setOfficialBlocked({ actor: admin, userId, blocked: true });
            return resetOfficialPassword({ actor: admin, userId, input: input as never });
          });
        },
      ),
      { numRuns: 120 },
    );
  });

  it("API tokens: created or refused", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(hostileJson(), fc.record({ organisationId: fc.oneof(fc.constant(orgIds.get("voorbeeldstad")!), hostileJson(1)), name: hostileString(), scope: fc.oneof(fc.constant("draft"), hostileString()) })),
        async (input) => {
          tally.add("tokens");
          await refusesCleanly(() => createToken({ actor: publisher, input }));
        },
      ),
      { numRuns: 200 },
    );
  });
});
