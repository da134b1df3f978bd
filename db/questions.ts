/**
 * Questions on public entries (README, "Questions and reports"): a citizen asks through the entry's page
 * (anonymous, rate-limited per client address, with a honeypot), the question lands in the inbox of the
 * entry's organisation, and only that organisation's officials answer or close it (audited). The entry's page
 * shows the answers made public and how many questions were asked and answered.
 *
 * The reply address never leaves this module except through `questionForOfficial` and `inbox` (officials of the
 * organisation): the public functions select the columns they return and it is not among them.
 */
import "server-only";
import { and, desc, eq, inArray, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { can, type Actor } from "@/lib/permissions";
import { DomainError } from "@/lib/errors";
import { fieldErrors, issueMessage } from "@/lib/schemas";
import {
  answerInputSchema,
  CLOSE_REASONS,
  HONEYPOT_FIELD,
  questionInputSchema,
  type CloseReason,
  type QuestionTopic,
} from "@/lib/schemas/say";
import { sayRateLimit } from "@/lib/config";
import { addressBucket } from "@/lib/client-address";
import { RateLimiter } from "@/lib/rate-limit";
import type { EntryKind } from "@/lib/vocab";
import { getDb } from "./client";
import { audit } from "./audit";
import { entries, organisations, questions } from "./schema";

const PUBLIC_STATUSES = ["published", "archived"] as const;

/**
 * One limiter for everything citizens send (questions and sensor reports): `sayRateLimit` an hour per client
 * address, IPv6 per /64 (lib/client-address.ts). In memory, per server process, like the write API's.
 */
const globalForLimiter = globalThis as unknown as { registerSayLimiter?: RateLimiter };
export const sayLimiter = (globalForLimiter.registerSayLimiter ??= new RateLimiter(sayRateLimit, 60 * 60 * 1000));

/** What a citizen's submission came to. `sent` is also the answer when the honeypot was filled (nothing stored). */
export type SayResult =
  | { status: "sent" }
  | { status: "invalid"; errors: Record<string, string[]> }
  | { status: "throttled"; retryAfterSeconds: number }
  | { status: "not_found" };

/**
 * The checks every citizen's submission passes, in this order: the form's fields (nothing counted when they
 * are refused, so correcting a typo costs nothing), the rate limit per client address, and the honeypot
 * (counted, so a program cannot try without limit). Returns null when the submission may be stored.
 */
export function sayGate<T>(
  schema: z.ZodType<T>,
  input: Record<string, unknown>,
  address: string,
  limiter: RateLimiter = sayLimiter,
  now = Date.now(),
): { result: Exclude<SayResult, { status: "not_found" }> } | { data: T } {
  const parsed = schema.safeParse(input, { error: issueMessage });
  if (!parsed.success) return { result: { status: "invalid", errors: fieldErrors(parsed.error) } };
  const rate = limiter.hit(addressBucket(address), now);
  if (!rate.ok) return { result: { status: "throttled", retryAfterSeconds: rate.retryAfterSeconds } };
  const trap = input[HONEYPOT_FIELD];
  if (typeof trap === "string" ? trap.length > 0 : trap !== undefined && trap !== null) return { result: { status: "sent" } };
  return { data: parsed.data };
}

/** Asks a question about a public entry. Never throws for what a citizen sends. */
export function askQuestion(p: {
  kind: EntryKind;
  publicId: string;
  input: Record<string, unknown>;
  address: string;
  locale: string;
  limiter?: RateLimiter;
  now?: number;
}): SayResult {
  const entry = getDb()
    .select({ id: entries.id })
    .from(entries)
    .where(and(eq(entries.publicId, p.publicId), eq(entries.kind, p.kind), inArray(entries.status, [...PUBLIC_STATUSES])))
    .get();
  if (!entry) return { status: "not_found" };
  const gate = sayGate(questionInputSchema, p.input, p.address, p.limiter, p.now);
  if ("result" in gate) return gate.result;
  const { topic, body, replyEmail } = gate.data;
  getDb()
    .insert(questions)
    .values({ entryId: entry.id, topic, body, replyEmail: replyEmail ?? null, locale: p.locale === "en" ? "en" : "nl" })
    .run();
  return { status: "sent" };
}

/* ---- What the public sees ---- */

/** How many questions an entry was asked (spam left out) and how many of them were answered. */
export function questionCounts(entryId: number): { asked: number; answered: number } {
  const r = getDb()
    .select({
      asked: sql<number>`count(*)`,
      answered: sql<number>`coalesce(sum(${questions.status} = 'answered'), 0)`,
    })
    .from(questions)
    .where(and(eq(questions.entryId, entryId), ne(questions.status, "spam")))
    .get();
  return { asked: r?.asked ?? 0, answered: r?.answered ?? 0 };
}

export interface PublicAnswer {
  id: number;
  topic: QuestionTopic;
  body: string;
  /** The language the question was asked in ("nl" or "en"). */
  locale: string;
  answer: string;
  askedAt: Date;
  answeredAt: Date | null;
}

/** The answered questions of an entry whose answers were made public, newest first (no reply address). */
export function publicAnswers(entryId: number, limit = 50): PublicAnswer[] {
  return getDb()
    .select({
      id: questions.id,
      topic: questions.topic,
      body: questions.body,
      locale: questions.locale,
      answer: sql<string>`${questions.answer}`,
      askedAt: questions.createdAt,
      answeredAt: questions.handledAt,
    })
    .from(questions)
    .where(and(eq(questions.entryId, entryId), eq(questions.status, "answered"), eq(questions.answerPublic, true)))
    .orderBy(desc(questions.handledAt), desc(questions.id))
    .limit(limit)
    .all();
}

/** Questions asked, answered, closed without answer and still open: the whole register, or one organisation's entries. */
export function questionFigures(organisationId?: number): { asked: number; answered: number; closed: number; open: number } {
  const q = getDb()
    .select({ status: questions.status, n: sql<number>`count(*)` })
    .from(questions)
    .innerJoin(entries, eq(entries.id, questions.entryId));
  const rows = (organisationId === undefined ? q : q.where(eq(entries.organisationId, organisationId))).groupBy(questions.status).all();
  const by = (s: string) => rows.find((r) => r.status === s)?.n ?? 0;
  const answered = by("answered");
  const closed = by("closed");
  const open = by("open");
  return { asked: answered + closed + open, answered, closed, open };
}

/* ---- The organisation's inbox ---- */

export const INBOX_FILTERS = ["open", "answered", "closed", "spam", "all"] as const;
export type InboxFilter = (typeof INBOX_FILTERS)[number];
export const INBOX_PAGE_SIZE = 50;

/** The organisations whose questions this actor may read and answer. */
function answerableOrganisations(actor: Actor): number[] {
  if (actor.kind !== "user") return [];
  return [...actor.roles.keys()].filter((id) => can(actor, "answer-questions", id));
}

const inboxColumns = {
  id: questions.id,
  topic: questions.topic,
  body: questions.body,
  replyEmail: questions.replyEmail,
  locale: questions.locale,
  status: questions.status,
  answer: questions.answer,
  answerPublic: questions.answerPublic,
  handledByName: questions.handledByName,
  handledAt: questions.handledAt,
  createdAt: questions.createdAt,
  entry: { id: entries.id, publicId: entries.publicId, kind: entries.kind, name: entries.name, status: entries.status },
  organisation: { id: organisations.id, name: organisations.name },
};
export type InboxQuestion = {
  id: number;
  topic: QuestionTopic;
  body: string;
  replyEmail: string | null;
  locale: string;
  status: "open" | "answered" | "closed" | "spam";
  answer: string | null;
  answerPublic: boolean;
  handledByName: string | null;
  handledAt: Date | null;
  createdAt: Date;
  entry: { id: number; publicId: string; kind: EntryKind; name: string; status: string };
  organisation: { id: number; name: string };
};

/** The questions on entries of the actor's own organisations (only those), newest first, with counts per status. */
export function inbox(actor: Actor, filter: InboxFilter = "open", page = 1): { rows: InboxQuestion[]; counts: Record<InboxFilter, number> } {
  const orgs = answerableOrganisations(actor);
  const counts: Record<InboxFilter, number> = { open: 0, answered: 0, closed: 0, spam: 0, all: 0 };
  if (!orgs.length) return { rows: [], counts };
  const mine = inArray(entries.organisationId, orgs);
  for (const r of getDb()
    .select({ status: questions.status, n: sql<number>`count(*)` })
    .from(questions)
    .innerJoin(entries, eq(entries.id, questions.entryId))
    .where(mine)
    .groupBy(questions.status)
    .all()) {
    counts[r.status] = r.n;
    counts.all += r.n;
  }
  const rows = getDb()
    .select(inboxColumns)
    .from(questions)
    .innerJoin(entries, eq(entries.id, questions.entryId))
    .innerJoin(organisations, eq(organisations.id, entries.organisationId))
    .where(filter === "all" ? mine : and(mine, eq(questions.status, filter)))
    .orderBy(desc(questions.createdAt), desc(questions.id))
    .limit(INBOX_PAGE_SIZE)
    .offset((Math.max(1, page) - 1) * INBOX_PAGE_SIZE)
    .all();
  return { rows: rows as InboxQuestion[], counts };
}

/** Open questions in the actor's organisations (the workspace menu's number). */
export function openQuestionCount(actor: Actor): number {
  const orgs = answerableOrganisations(actor);
  if (!orgs.length) return 0;
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(questions)
      .innerJoin(entries, eq(entries.id, questions.entryId))
      .where(and(inArray(entries.organisationId, orgs), eq(questions.status, "open")))
      .get()?.n ?? 0
  );
}

/** One question for an official of the entry's organisation; any other actor gets "not found". */
export function questionForOfficial(actor: Actor, id: number): InboxQuestion {
  const row = Number.isSafeInteger(id)
    ? getDb()
        .select(inboxColumns)
        .from(questions)
        .innerJoin(entries, eq(entries.id, questions.entryId))
        .innerJoin(organisations, eq(organisations.id, entries.organisationId))
        .where(eq(questions.id, id))
        .get()
    : undefined;
  if (!row || !can(actor, "answer-questions", row.organisation.id)) throw new DomainError("not_found");
  return row as InboxQuestion;
}

const who = (actor: Actor) => ({
  handledById: actor.kind === "user" ? actor.id : null,
  handledByName: actor.name,
  handledAt: new Date(),
});

/** Answers an open question; with `publish` the question and answer appear on the entry's page. Audited. */
export function answerQuestion(p: { actor: Actor; id: number; input: Record<string, unknown> }): void {
  const q = questionForOfficial(p.actor, p.id);
  const parsed = answerInputSchema.safeParse(p.input, { error: issueMessage });
  if (!parsed.success) throw new DomainError("validation", "validation", { fields: fieldErrors(parsed.error) });
  if (q.status !== "open") throw new DomainError("invalid_state", "questionHandled");
  getDb().transaction((tx) => {
    const changed = tx
      .update(questions)
      .set({ status: "answered", answer: parsed.data.answer, answerPublic: parsed.data.publish, ...who(p.actor) })
      .where(and(eq(questions.id, q.id), eq(questions.status, "open")))
      .run().changes;
    if (!changed) throw new DomainError("invalid_state", "questionHandled");
    audit(tx, {
      actor: p.actor,
      action: "question.answer",
      organisationId: q.organisation.id,
      entryId: q.entry.id,
      detail: { question: q.id, public: parsed.data.publish },
    });
  });
}

/** Closes an open question without an answer, or marks it as spam (its reply address is then dropped). Audited. */
export function closeQuestion(p: { actor: Actor; id: number; reason: string }): void {
  const q = questionForOfficial(p.actor, p.id);
  if (!(CLOSE_REASONS as readonly string[]).includes(p.reason)) throw new DomainError("validation");
  const reason = p.reason as CloseReason;
  if (q.status !== "open") throw new DomainError("invalid_state", "questionHandled");
  getDb().transaction((tx) => {
    const changed = tx
      .update(questions)
      .set({ status: reason, ...(reason === "spam" ? { replyEmail: null } : {}), ...who(p.actor) })
      .where(and(eq(questions.id, q.id), eq(questions.status, "open")))
      .run().changes;
    if (!changed) throw new DomainError("invalid_state", "questionHandled");
    audit(tx, {
      actor: p.actor,
      action: reason === "spam" ? "question.spam" : "question.close",
      organisationId: q.organisation.id,
      entryId: q.entry.id,
      detail: { question: q.id },
    });
  });
}
