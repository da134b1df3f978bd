import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { Actor } from "@/lib/permissions";
import { RateLimiter } from "@/lib/rate-limit";
import { SAY_LIMITS } from "@/lib/schemas/say";
import { getDb } from "./client";
import { seedDemoContent } from "./demo/seed";
import { auditLog, entries, questions } from "./schema";
import {
  answerQuestion,
  askQuestion,
  closeQuestion,
  inbox,
  openQuestionCount,
  publicAnswers,
  questionCounts,
  questionFigures,
  questionForOfficial,
  sayGate,
} from "./questions";
import { questionInputSchema } from "@/lib/schemas/say";

const user = (id: string, roles: [number, "editor" | "publisher" | "moderator"][], isAdmin = false): Actor => ({
  kind: "user",
  id,
  name: id,
  isAdmin,
  roles: new Map(roles),
});

let vb = 0;
let vr = 0;
let sensor: { id: number; publicId: string };
let algorithm: { id: number; publicId: string };
let editor: Actor, waterPublisher: Actor, moderator: Actor, admin: Actor;
const unlimited = () => new RateLimiter(1000, 60_000);
const ask = (publicId: string, input: Record<string, unknown>, kind: "sensor" | "algorithm" = "sensor", address = "192.0.2.10") =>
  askQuestion({ kind, publicId, input, address, locale: "nl", limiter: unlimited() });

beforeAll(() => {
  getDb();
  const ids = seedDemoContent();
  vb = ids.get("voorbeeldstad")!;
  vr = ids.get("voorbeeldrivieren")!;
  const published = (kind: "sensor" | "algorithm") =>
    getDb()
      .select({ id: entries.id, publicId: entries.publicId })
      .from(entries)
      .where(and(eq(entries.organisationId, vb), eq(entries.kind, kind), eq(entries.status, "published")))
      .get()!;
  sensor = published("sensor");
  algorithm = published("algorithm");
  editor = user("editor-vb", [[vb, "editor"]]);
  waterPublisher = user("publisher-vr", [[vr, "publisher"]]);
  moderator = user("moderator-of-vb", [[vb, "moderator"]]);
  admin = user("admin", [], true);
});

describe("questions on public entries", () => {
  it("stores a question on a public entry, refuses what is invalid, and never on an entry that is not public", () => {
    expect(ask(sensor.publicId, { topic: "question", body: "Hoe lang bewaart u de beelden?", replyEmail: "inwoner@example.nl" })).toEqual({
      status: "sent",
    });
    expect(ask(algorithm.publicId, { topic: "error", body: "Het telefoonnummer klopt niet meer." }, "algorithm")).toEqual({ status: "sent" });
    // The kind must match: a sensor's id asked as an algorithm is not found.
    expect(ask(sensor.publicId, { topic: "question", body: "Een vraag van tien tekens" }, "algorithm")).toEqual({ status: "not_found" });
    expect(ask("S-ZZZZZZ", { topic: "question", body: "Een vraag van tien tekens" })).toEqual({ status: "not_found" });
    const draft = getDb().select({ publicId: entries.publicId, kind: entries.kind }).from(entries).where(eq(entries.status, "draft")).get();
    if (draft) expect(ask(draft.publicId, { topic: "question", body: "Een vraag van tien tekens" }, draft.kind)).toEqual({ status: "not_found" });

    const refused = ask(sensor.publicId, {
      topic: "praise",
      body: "kort",
      replyEmail: "geen adres",
    });
    expect(refused.status).toBe("invalid");
    expect(refused.status === "invalid" && refused.errors).toEqual({ topic: ["unknownValue"], body: [`tooShort:${SAY_LIMITS.bodyMin}`], replyEmail: ["email"] });
    const tooLong = ask(sensor.publicId, { topic: "question", body: "x".repeat(SAY_LIMITS.body + 1) });
    expect(tooLong.status === "invalid" && tooLong.errors).toEqual({ body: [`tooLong:${SAY_LIMITS.body}`] });
    const control = ask(sensor.publicId, { topic: "question", body: "Een vraag met een \u0000 erin" });
    expect(control.status === "invalid" && control.errors).toEqual({ body: ["controlCharacters"] });
    // Markup is kept as the text it is (the pages show it as text, never as markup).
    expect(ask(sensor.publicId, { topic: "question", body: "<b>Vet</b> <script>alert(1)</script> gevraagd" }).status).toBe("sent");
    const stored = getDb().select().from(questions).where(eq(questions.entryId, sensor.id)).all();
    expect(stored.map((q) => q.body)).toEqual(["Hoe lang bewaart u de beelden?", "<b>Vet</b> <script>alert(1)</script> gevraagd"]);
    expect(stored[0]!.replyEmail).toBe("inwoner@example.nl");
  });

  it("stores nothing when the honeypot is filled, yet answers as if sent", () => {
    const before = getDb().select().from(questions).all().length;
    expect(ask(sensor.publicId, { topic: "question", body: "Koop goedkope horloges hier", website: "https://spam.example" })).toEqual({ status: "sent" });
    expect(getDb().select().from(questions).all().length).toBe(before);
  });

  it("limits what one client address sends, IPv6 per /64, without counting refused forms", () => {
    const limiter = new RateLimiter(2, 60 * 60 * 1000);
    const valid = { topic: "question", body: "Een geldige vraag van genoeg tekens" };
    const gate = (address: string, input: Record<string, unknown> = valid, now = 1_000_000) => sayGate(questionInputSchema, input, address, limiter, now);
    expect("data" in gate("198.51.100.7", { topic: "question", body: "kort" })).toBe(false); // refused: not counted
    expect("data" in gate("198.51.100.7")).toBe(true);
    expect("data" in gate("198.51.100.7")).toBe(true);
    const third = gate("198.51.100.7");
    expect("result" in third && third.result.status).toBe("throttled");
    expect("result" in third && third.result.status === "throttled" && third.result.retryAfterSeconds).toBeGreaterThan(0);
    // Another address is not affected; another address of the same IPv6 /64 is.
    expect("data" in gate("198.51.100.8")).toBe(true);
    expect("data" in gate("2001:db8:1:2::1")).toBe(true);
    expect("data" in gate("2001:db8:1:2::ffff")).toBe(true);
    const sameNetwork = gate("2001:db8:1:2:abcd::9");
    expect("result" in sameNetwork && sameNetwork.result.status).toBe("throttled");
    // After the window the address may send again.
    expect("data" in gate("198.51.100.7", valid, 1_000_000 + 60 * 60 * 1000 + 1)).toBe(true);
  });
});

describe("the organisation's inbox", () => {
  it("shows questions to officials of the entry's own organisation only", () => {
    const mine = inbox(editor, "open");
    expect(mine.rows.length).toBe(3);
    expect(mine.rows.every((q) => q.organisation.id === vb)).toBe(true);
    expect(mine.counts).toMatchObject({ open: 3, all: 3 });
    expect(openQuestionCount(editor)).toBe(3);
    // Another organisation's publisher, a moderator (of another organisation), an admin: nothing.
    for (const other of [waterPublisher, moderator, admin]) {
      expect(inbox(other, "all").rows).toEqual([]);
      expect(openQuestionCount(other)).toBe(0);
      expect(() => questionForOfficial(other, mine.rows[0]!.id)).toThrow("not_found");
      expect(() => answerQuestion({ actor: other, id: mine.rows[0]!.id, input: { answer: "Ik antwoord", publish: true } })).toThrow("not_found");
      expect(() => closeQuestion({ actor: other, id: mine.rows[0]!.id, reason: "spam" })).toThrow("not_found");
    }
    expect(() => questionForOfficial(editor, 999_999)).toThrow("not_found");
  });

  it("answers, closes and marks as spam: audited, counted, and public only when published", () => {
    const [markup, algo, first] = inbox(editor, "open").rows; // newest first
    expect(first!.body).toBe("Hoe lang bewaart u de beelden?");
    expect(() => answerQuestion({ actor: editor, id: first!.id, input: { answer: "", publish: true } })).toThrow("validation");
    answerQuestion({ actor: editor, id: first!.id, input: { answer: "Dertig dagen.\nDaarna worden ze gewist.", publish: true } });
    expect(() => answerQuestion({ actor: editor, id: first!.id, input: { answer: "Nog eens", publish: true } })).toThrow("invalid_state");
    closeQuestion({ actor: editor, id: markup!.id, reason: "spam" });
    answerQuestion({ actor: editor, id: algo!.id, input: { answer: "Dank u, we passen het aan.", publish: false } });

    // The sensor: two asked, one of them spam (not counted), one answered in public.
    expect(questionCounts(sensor.id)).toEqual({ asked: 1, answered: 1 });
    const answers = publicAnswers(sensor.id);
    expect(answers).toEqual([
      expect.objectContaining({ body: "Hoe lang bewaart u de beelden?", answer: "Dertig dagen.\nDaarna worden ze gewist.", topic: "question" }),
    ]);
    expect(Object.keys(answers[0]!)).not.toContain("replyEmail");
    // The algorithm: answered, but not in public.
    expect(questionCounts(algorithm.id)).toEqual({ asked: 1, answered: 1 });
    expect(publicAnswers(algorithm.id)).toEqual([]);

    // Spam loses its reply address; the audit log says who did what.
    expect(getDb().select().from(questions).where(eq(questions.id, markup!.id)).get()!.replyEmail).toBeNull();
    const logged = getDb().select().from(auditLog).all().filter((a) => a.action.startsWith("question."));
    expect(logged.map((a) => [a.action, a.actorName, a.organisationId, a.detail])).toEqual([
      ["question.answer", "editor-vb", vb, { question: first!.id, public: true }],
      ["question.spam", "editor-vb", vb, { question: markup!.id }],
      ["question.answer", "editor-vb", vb, { question: algo!.id, public: false }],
    ]);

    expect(inbox(editor, "open").counts).toEqual({ open: 0, answered: 2, closed: 0, spam: 1, all: 3 });
    expect(questionFigures()).toEqual({ asked: 2, answered: 2, closed: 0, open: 0 });
    expect(questionFigures(vb)).toEqual({ asked: 2, answered: 2, closed: 0, open: 0 });
    expect(questionFigures(vr)).toEqual({ asked: 0, answered: 0, closed: 0, open: 0 });

    ask(sensor.publicId, { topic: "question", body: "Nog een vraag over de camera" });
    const latest = inbox(editor, "open").rows[0]!;
    expect(() => closeQuestion({ actor: editor, id: latest.id, reason: "deleted" })).toThrow("validation");
    closeQuestion({ actor: editor, id: latest.id, reason: "closed" });
    expect(questionCounts(sensor.id)).toEqual({ asked: 2, answered: 1 });
    expect(questionFigures()).toEqual({ asked: 3, answered: 2, closed: 1, open: 0 });
  });
});

describe("the question form's messages", () => {
  it("says an empty text is required and a short one too short", () => {
    expect(questionInputSchema.safeParse({ topic: "question", body: "  " }).error?.issues.map((i) => i.message)).toEqual(["required"]);
    expect(questionInputSchema.safeParse({ topic: "question", body: "kort" }).error?.issues.map((i) => i.message)).toEqual([`tooShort:${SAY_LIMITS.bodyMin}`]);
  });
});
