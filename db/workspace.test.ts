import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/permissions";
import { TODO, TODO_FLAGS } from "@/lib/completeness";

import { getDb } from "./client";
import { entries, type EntryRow } from "./schema";
import { seedDemoContent } from "./demo/seed";
import * as lifecycle from "./entries";
import {
  awaitingReview,
  parseWorkspaceQuery,
  workspaceList,
  workspaceQueryParams,
  workspaceTodos,
  WORKSPACE_STATES,
  type WorkspaceQuery,
  type WorkspaceState,
} from "./workspace";

const user = (id: string, roles: [number, "editor" | "publisher"][]): Actor => ({ kind: "user", id, name: id, isAdmin: false, roles: new Map(roles) });
let vb = 0; // voorbeeldstad
let vr = 0; // voorbeeldrivieren
let pd = 0; // proefdorp (allows self-approval)
let editor: Actor, publisher: Actor, waterEditor: Actor, twoOrgs: Actor, pdPublisher: Actor;

/* ---- an independent oracle: whole rows, filtered in JavaScript ---- */
const rows = (orgIds: number[]) => getDb().select().from(entries).all().filter((e) => orgIds.includes(e.organisationId));
const stateOf = (e: EntryRow): WorkspaceState => (e.status === "published" && e.draftState ? "pending_change" : e.status);
const shownName = (e: EntryRow) => (e.draft && typeof e.draft.name === "string" ? e.draft.name : e.name);
const byUpdated = (a: EntryRow, b: EntryRow) => b.updatedAt.getTime() - a.updatedAt.getTime() || b.id - a.id;
const q = (input: Record<string, string | string[]>): WorkspaceQuery => {
  const parsed = parseWorkspaceQuery(input);
  expect(parsed.ignored).toEqual([]);
  return parsed.query;
};
/** Every row of a filtered list, page by page. */
const everything = (actor: Actor, input: Record<string, string>) => {
  const first = workspaceList(actor, q({ ...input, pageSize: "200" }));
  const out = [...first.rows];
  for (let p = 2; p <= first.pages; p++) out.push(...workspaceList(actor, q({ ...input, pageSize: "200", page: String(p) })).rows);
  return out;
};

beforeAll(() => {
  getDb();
  const ids = seedDemoContent();
  vb = ids.get("voorbeeldstad")!;
  vr = ids.get("voorbeeldrivieren")!;
  pd = ids.get("proefdorp")!;
  editor = user("editor-vb", [[vb, "editor"]]);
  publisher = user("publisher-vb", [[vb, "publisher"]]);
  waterEditor = user("editor-vr", [[vr, "editor"]]);
  twoOrgs = user("two-orgs", [
    [vb, "editor"],
    [vr, "publisher"],
  ]);
  pdPublisher = user("publisher-pd", [[pd, "publisher"]]);

  // A published entry with a renamed pending change, and a draft with LIKE's special characters in its name.
  const published = rows([vb]).find((e) => e.status === "published" && e.kind === "sensor" && !e.draft)!;
  lifecycle.saveDraft({ actor: editor, publicId: published.publicId, input: { ...published.data, name: "Zeta hernoemde meter" }, baseVersion: published.draftVersion });
  lifecycle.createEntry({ actor: editor, kind: "sensor", organisationId: vb, input: { name: "Teller 50% korting_actie" } });
  lifecycle.createEntry({ actor: waterEditor, kind: "sensor", organisationId: vr, input: { name: "Waterteller 50% geheim" } });
});

describe("workspace list: authorisation", () => {
  it("lists only the official's own organisations, also when another one is asked for", () => {
    const own = rows([vr]).map((e) => e.publicId).sort();
    expect(everything(waterEditor, {}).map((r) => r.publicId).sort()).toEqual(own);

    const asked = parseWorkspaceQuery({ organisation: "voorbeeldstad" });
    expect(asked.ignored).toEqual([]); // well-formed…
    const list = workspaceList(waterEditor, asked.query);
    expect(list.ignored).toEqual([{ parameter: "organisation", value: "voorbeeldstad" }]); // …but not theirs
    expect(list.organisation).toBeNull();
    expect(list.rows.every((r) => r.organisation.id === vr)).toBe(true);
    expect(workspaceList(waterEditor, q({ organisation: String(vb) })).rows.every((r) => r.organisation.id === vr)).toBe(true);
    expect(workspaceList(waterEditor, q({ q: "50%" })).rows.map((r) => r.name)).toEqual(["Waterteller 50% geheim"]);
  });

  it("gives nothing to officials without an organisation, site admins who are not members, and the system", () => {
    for (const actor of [
      user("nobody", []),
      { kind: "user", id: "admin", name: "Admin", isAdmin: true, roles: new Map() } as Actor,
      { kind: "system", name: "system" } as Actor,
    ]) {
      const list = workspaceList(actor, q({}));
      expect(list.total).toBe(0);
      expect(list.rows).toEqual([]);
      expect(workspaceTodos(actor)).toEqual([]);
      expect(awaitingReview(actor)).toEqual({ items: [], total: 0 });
    }
  });

  it("lets an official of two organisations see both, or one of them by id or slug", () => {
    expect(workspaceList(twoOrgs, q({})).total).toBe(rows([vb, vr]).length);
    expect(workspaceList(twoOrgs, q({ organisation: "voorbeeldrivieren" })).total).toBe(rows([vr]).length);
    const byId = workspaceList(twoOrgs, q({ organisation: String(vb) }));
    expect(byId.total).toBe(rows([vb]).length);
    expect(byId.organisation?.slug).toBe("voorbeeldstad");
    expect(workspaceList(twoOrgs, q({ organisation: "proefdorp" })).ignored).toHaveLength(1);
  });
});

describe("workspace list: filters, counts, paging", () => {
  it("filters by kind, state and what is missing, each alone and combined, with counts from the other filters", () => {
    const all = rows([vb]);
    const missing = (e: EntryRow, f: (typeof TODO_FLAGS)[number]) => (e.todo & TODO[f]) !== 0;
    // The demo has entries in most states; this test's own entries add a pending change and a new draft.
    expect(new Set(all.map(stateOf))).toEqual(new Set(["draft", "in_review", "published", "pending_change", "archived"]));
    for (const kind of [undefined, "sensor", "algorithm"] as const)
      for (const state of [undefined, ...WORKSPACE_STATES])
        for (const flag of [undefined, ...TODO_FLAGS]) {
          const input = Object.fromEntries(Object.entries({ kind, state, missing: flag }).filter(([, v]) => v)) as Record<string, string>;
          const base = all.filter((e) => !kind || e.kind === kind);
          const expected = base.filter((e) => (!state || stateOf(e) === state) && (!flag || missing(e, flag)));
          const list = workspaceList(editor, q({ ...input, pageSize: "200" }));
          expect(list.total, JSON.stringify(input)).toBe(expected.length);
          expect(list.rows.map((r) => r.publicId).sort()).toEqual(expected.map((e) => e.publicId).sort());
          for (const s of WORKSPACE_STATES)
            expect(list.counts.state[s], `${JSON.stringify(input)} state ${s}`).toBe(base.filter((e) => stateOf(e) === s && (!flag || missing(e, flag))).length);
          expect(list.counts.state.all).toBe(base.filter((e) => !flag || missing(e, flag)).length);
          for (const f of TODO_FLAGS)
            expect(list.counts.missing[f], `${JSON.stringify(input)} missing ${f}`).toBe(base.filter((e) => missing(e, f) && (!state || stateOf(e) === state)).length);
          expect(list.counts.missing.all).toBe(base.filter((e) => !state || stateOf(e) === state).length);
        }
  });

  it("describes each row: state, what is missing, and the pending draft's name", () => {
    const all = rows([vb]);
    for (const r of everything(editor, {})) {
      const e = all.find((x) => x.publicId === r.publicId)!;
      expect(r.state).toBe(stateOf(e));
      expect(r.name).toBe(shownName(e));
      expect(r.missing).toEqual(TODO_FLAGS.filter((f) => e.todo & TODO[f]));
      expect(r.updatedAt).toEqual(e.updatedAt);
      expect(r.organisation).toEqual({ id: vb, slug: "voorbeeldstad", name: expect.any(String) });
      expect(Object.keys(r)).not.toContain("data");
      expect(Object.keys(r)).not.toContain("draft");
    }
    const renamed = workspaceList(editor, q({ state: "pending_change", q: "zeta" }));
    expect(renamed.rows.map((r) => [r.name, r.status, r.draftState])).toEqual([["Zeta hernoemde meter", "published", "draft"]]);
  });

  it("searches the shown name case-insensitively, with % and _ taken literally", () => {
    const names = (text: string) => everything(editor, { q: text }).map((r) => r.name);
    expect(names("TELLER 50% K")).toEqual(["Teller 50% korting_actie"]);
    expect(names("%")).toEqual(["Teller 50% korting_actie"]);
    expect(names("g_a")).toEqual(["Teller 50% korting_actie"]);
    expect(names("_")).toEqual(rows([vb]).map(shownName).filter((n) => n.includes("_")));
    expect(names("\\")).toEqual([]);
    const word = "meter";
    expect(names(word).sort()).toEqual(rows([vb]).map(shownName).filter((n) => n.toLowerCase().includes(word)).sort());
  });

  it("pages newest first (or by name) without gaps or repeats, and shows the last page for a page beyond it", () => {
    const expected = rows([vb]).sort(byUpdated).map((e) => e.publicId);
    expect(expected.length).toBeGreaterThan(50);
    const first = workspaceList(editor, q({}));
    expect(first.pageSize).toBe(50);
    expect(first.pages).toBe(Math.ceil(expected.length / 50));
    const paged: string[] = [];
    for (let page = 1; page <= Math.ceil(expected.length / 7); page++) {
      const list = workspaceList(editor, q({ pageSize: "7", page: String(page) }));
      expect(list.page).toBe(page);
      expect(list.rows.length).toBeLessThanOrEqual(7);
      paged.push(...list.rows.map((r) => r.publicId));
    }
    expect(paged).toEqual(expected);
    const beyond = workspaceList(editor, q({ pageSize: "7", page: "999" }));
    expect(beyond.page).toBe(beyond.pages);
    expect(beyond.rows.map((r) => r.publicId)).toEqual(expected.slice((beyond.pages - 1) * 7));

    const nocase = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
    const byName = rows([vb])
      .sort((a, b) => (nocase(shownName(a)) < nocase(shownName(b)) ? -1 : nocase(shownName(a)) > nocase(shownName(b)) ? 1 : a.id - b.id))
      .map((e) => e.publicId);
    expect(everything(editor, { sort: "name" }).map((r) => r.publicId)).toEqual(byName);
  });

  it("gives an empty page with zero counts when nothing matches", () => {
    const list = workspaceList(editor, q({ q: "bestaat-niet-xyz" }));
    expect(list).toMatchObject({ rows: [], total: 0, page: 1, pages: 1 });
    expect(Object.values(list.counts.state).every((n) => n === 0)).toBe(true);
  });
});

describe("workspace list: parameters", () => {
  it("reads the page's parameters, with defaults", () => {
    expect(parseWorkspaceQuery({})).toEqual({ query: { sort: "updated", page: 1, pageSize: 50 }, ignored: [] });
    const full = parseWorkspaceQuery(
      new URLSearchParams("kind=algorithm&organisation=voorbeeldstad&state=pending_change&missing=contest&q=+woz+&sort=name&page=3&pageSize=200&denied=1"),
    );
    expect(full).toEqual({
      query: { kind: "algorithm", organisation: "voorbeeldstad", state: "pending_change", missing: "contest", q: "woz", sort: "name", page: 3, pageSize: 200 },
      ignored: [],
    });
    expect(workspaceQueryParams(full.query)).toEqual({
      kind: "algorithm",
      organisation: "voorbeeldstad",
      state: "pending_change",
      missing: "contest",
      q: "woz",
      sort: "name",
      page: "3",
      pageSize: "200",
    });
    expect(workspaceQueryParams(parseWorkspaceQuery({}).query)).toEqual({});
  });

  it("leaves out bad values and says which, never throwing", () => {
    const bad = parseWorkspaceQuery({
      kind: "robot",
      organisation: "../etc/passwd",
      state: "published; drop table entries",
      missing: "everything",
      sort: "random()",
      page: "-1",
      pageSize: "1000",
    });
    expect(bad.query).toEqual({ sort: "updated", page: 1, pageSize: 50 });
    expect(bad.ignored.map((p) => p.parameter).sort()).toEqual(["kind", "missing", "organisation", "page", "pageSize", "sort", "state"]);
    expect(bad.ignored.find((p) => p.parameter === "state")?.value).toBe("published; drop table entries");

    const hostile: Record<string, string | string[]>[] = [
      { page: "abc" },
      { page: "1.5" },
      { page: "1e999" },
      { page: "99999999999999999999" },
      { pageSize: "0" },
      { state: ["draft", "archived"] },
      { q: "x".repeat(5000) },
      { q: "%' OR 1=1 --" },
      { q: "\u0000" },
      { organisation: "0" },
      { organisation: "Voorbeeldstad" },
      { constructor: "x", __proto__: "y", toString: "z" },
      { missing: "" },
    ];
    for (const input of hostile) {
      const { query } = parseWorkspaceQuery(input);
      expect(() => workspaceList(editor, query)).not.toThrow();
    }
    expect(parseWorkspaceQuery({ state: ["draft", "archived"] }).query.state).toBe("draft");
    expect(parseWorkspaceQuery({ q: "x".repeat(5000) }).query.q).toHaveLength(200);
    expect(parseWorkspaceQuery({ missing: "", q: "  " })).toEqual({ query: { sort: "updated", page: 1, pageSize: 50 }, ignored: [] });
    expect(parseWorkspaceQuery({ pageSize: "0" }).ignored).toEqual([{ parameter: "pageSize", value: "0" }]);
  });
});

describe("to-do list and awaiting review", () => {
  it("counts per organisation what is still missing", () => {
    const todos = workspaceTodos(twoOrgs);
    expect(todos.map((t) => t.organisation.id).sort()).toEqual([vb, vr].sort());
    for (const t of todos) {
      const own = rows([t.organisation.id]);
      expect(t.entries).toBe(own.length);
      for (const f of TODO_FLAGS) expect(t.missing[f]).toBe(own.filter((e) => e.todo & TODO[f]).length);
    }
    expect(workspaceTodos(waterEditor).map((t) => t.organisation.slug)).toEqual(["voorbeeldrivieren"]);
  });

  it("lists drafts in review only for publishers, never their own (four eyes), unless the organisation allows it", () => {
    const inReview = rows([vb]).filter((e) => e.draftState === "in_review");
    expect(inReview.length).toBeGreaterThan(0);
    expect(awaitingReview(editor)).toEqual({ items: [], total: 0 });
    const seen = awaitingReview(publisher);
    expect(seen.total).toBe(inReview.length);
    expect(seen.items.map((i) => i.publicId).sort()).toEqual(inReview.map((e) => e.publicId).sort());

    // The publisher edits and submits a draft: it leaves their own queue, not a colleague's.
    const mine = lifecycle.createEntry({ actor: publisher, kind: "sensor", organisationId: vb, input: rows([vb]).find((e) => e.kind === "sensor" && e.data)!.data });
    lifecycle.submitForReview({ actor: publisher, publicId: mine.publicId });
    expect(awaitingReview(publisher).items.map((i) => i.publicId)).not.toContain(mine.publicId);
    const colleague = awaitingReview(user("publisher-vb-2", [[vb, "publisher"]]));
    expect(colleague.items[0]).toMatchObject({ publicId: mine.publicId, pendingChange: false, organisation: { id: vb } });
    expect(colleague.total).toBe(inReview.length + 1);
    const limited = awaitingReview(user("publisher-vb-2", [[vb, "publisher"]]), 1);
    expect([limited.items.length, limited.total]).toEqual([1, inReview.length + 1]);

    // Proefdorp allows self-approval: its publisher sees their own draft in review.
    const own = lifecycle.createEntry({ actor: pdPublisher, kind: "sensor", organisationId: pd, input: rows([vb]).find((e) => e.kind === "sensor" && e.data)!.data });
    lifecycle.submitForReview({ actor: pdPublisher, publicId: own.publicId });
    expect(awaitingReview(pdPublisher).items.map((i) => i.publicId)).toContain(own.publicId);
  });
});
