import { describe, expect, it } from "vitest";
import type { ContestRoute } from "@/lib/schemas/algorithm";
import { objectionDeadline, parseLetterDate, planContest, publicHolidays, todayInNetherlands } from "./contest";

const SIX_WEEKS = { deadlineAmount: 6, deadlineUnit: "weeks", deadlineFrom: "day_after_sent" } as const;
const route = (kind: ContestRoute["kind"], extra: Partial<ContestRoute> = {}): ContestRoute =>
  ({ kind, handler: `handler of ${kind}`, steps: ["step"], ...extra }) as ContestRoute;
const ORG = { objectionUrl: "https://org.example.nl/bezwaar", objectionAddress: "Postbus 1, 1000 AA Stad" };
const TODAY = "2026-12-02";

describe("planContest: the route that protects the resident's rights comes first", () => {
  it("puts the objection first even when the entry lists a human review before it", () => {
    const review = route("human_review", { phone: "+31 30 000 0000" });
    const objection = route("objection", { ...SIX_WEEKS, webUrl: "https://x.example.nl/b", email: "b@x.example.nl", postalAddress: "Antwoordnummer 1" });
    const appeal = route("appeal", { webUrl: "https://www.rechtspraak.nl" });
    const plan = planContest({ routes: [review, objection, appeal] }, ORG);
    expect(plan.formal?.route).toBe(objection);
    expect(plan.formal?.send).toEqual({ webUrl: "https://x.example.nl/b", email: "b@x.example.nl", postalAddress: "Antwoordnummer 1", phone: undefined });
    expect(plan.formal?.fromOrganisation).toEqual([]);
    expect(plan.informal).toEqual([review]);
    expect(plan.later).toEqual([appeal]);
  });

  it("completes missing channels from the organisation's general objection address, and says so", () => {
    const plan = planContest({ routes: [route("objection", { ...SIX_WEEKS, email: "b@x.example.nl" })] }, ORG);
    expect(plan.formal?.send).toMatchObject({ webUrl: ORG.objectionUrl, email: "b@x.example.nl", postalAddress: ORG.objectionAddress });
    expect(plan.formal?.fromOrganisation).toEqual(["webUrl", "postalAddress"]);
  });

  it("invents nothing: no formal route without one, and no organisation address for an appeal to a court", () => {
    expect(planContest(null, ORG)).toEqual({ formal: null, informal: [], later: [] });
    const review = route("human_review");
    expect(planContest({ routes: [review, route("complaint")] }, ORG).formal).toBeNull();
    const appeal = planContest({ routes: [review, route("appeal", { webUrl: "https://www.rechtspraak.nl" })] }, ORG);
    expect(appeal.formal?.route.kind).toBe("appeal");
    expect(appeal.formal?.send.postalAddress).toBeUndefined();
    expect(appeal.informal).toEqual([review]);
    expect(planContest({ routes: [route("objection")] }, { objectionUrl: null, objectionAddress: null }).formal?.fromOrganisation).toEqual([]);
  });
});

describe("parseLetterDate", () => {
  it("reads what a date field sends and what residents type, day first", () => {
    expect(parseLetterDate("2026-11-02", TODAY)).toEqual({ state: "ok", date: "2026-11-02" });
    expect(parseLetterDate(" 2-11-2026 ", TODAY)).toEqual({ state: "ok", date: "2026-11-02" });
    expect(parseLetterDate("02/11/2026", TODAY)).toEqual({ state: "ok", date: "2026-11-02" });
    expect(parseLetterDate("2.11.2026", TODAY)).toEqual({ state: "ok", date: "2026-11-02" });
    expect(parseLetterDate("", TODAY)).toEqual({ state: "none" });
    expect(parseLetterDate(undefined, TODAY)).toEqual({ state: "none" });
  });

  it("refuses dates that do not exist, are in the future or are not dates, without throwing", () => {
    for (const raw of ["2026-02-30", "31-04-2026", "2026-13-01", "0-1-2026", "1899-12-31", "morgen", "2026-11-02T00:00", "%ff", "constructor", "9".repeat(500)])
      expect(parseLetterDate(raw, TODAY).state, raw).toBe("invalid");
    expect(parseLetterDate("2026-12-03", TODAY)).toEqual({ state: "future", raw: "2026-12-03" });
    expect(parseLetterDate(TODAY, TODAY).state).toBe("ok");
  });

  it("knows today's date in the Netherlands, not in UTC", () => {
    expect(todayInNetherlands(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(todayInNetherlands(new Date("2026-07-01T21:59:00Z"))).toBe("2026-07-01");
  });
});

describe("objectionDeadline: the last day, counted from the date on the letter", () => {
  it("ends six weeks later on the same weekday (the term starts the day after sending, Awb 6:8)", () => {
    expect(objectionDeadline(SIX_WEEKS, "2026-11-02", TODAY)).toEqual({ lastDay: "2026-12-14", termEnds: "2026-12-14", moved: false, passed: false });
    expect(objectionDeadline({ ...SIX_WEEKS, deadlineFrom: "decision_date" }, "2026-11-02", TODAY)?.lastDay).toBe("2026-12-14");
    expect(objectionDeadline({ deadlineAmount: 10, deadlineUnit: "days", deadlineFrom: "day_after_sent" }, "2026-11-02", TODAY)?.lastDay).toBe("2026-11-12");
  });

  it("moves off a weekend or public holiday to the next working day (Algemene termijnenwet)", () => {
    // Saturday 19 December → Monday 21 December.
    expect(objectionDeadline(SIX_WEEKS, "2026-11-07", TODAY)).toMatchObject({ termEnds: "2026-12-19", lastDay: "2026-12-21", moved: true });
    // Christmas Day, Boxing Day and a Sunday → Monday 28 December.
    expect(objectionDeadline(SIX_WEEKS, "2026-11-13", TODAY)?.lastDay).toBe("2026-12-28");
    // Ascension Day 2026 (Thursday 14 May) → Friday 15 May.
    expect(objectionDeadline(SIX_WEEKS, "2026-04-02", TODAY)?.lastDay).toBe("2026-05-15");
    // One month from 31 January is 28 February 2026, a Saturday → Monday 2 March.
    expect(objectionDeadline({ deadlineAmount: 1, deadlineUnit: "months", deadlineFrom: "day_after_sent" }, "2026-01-31", TODAY)).toMatchObject({
      termEnds: "2026-02-28",
      lastDay: "2026-03-02",
    });
  });

  it("says when the deadline has passed", () => {
    expect(objectionDeadline(SIX_WEEKS, "2026-09-01", TODAY)).toMatchObject({ lastDay: "2026-10-13", passed: true });
    expect(objectionDeadline(SIX_WEEKS, "2026-10-21", TODAY)).toMatchObject({ lastDay: "2026-12-02", passed: false });
  });

  it("gives no date when the route has no deadline or counts it from something the letter's date does not tell", () => {
    expect(objectionDeadline({ deadlineAmount: undefined, deadlineUnit: undefined, deadlineFrom: undefined }, "2026-11-02", TODAY)).toBeNull();
    expect(objectionDeadline({ ...SIX_WEEKS, deadlineFrom: "receipt" }, "2026-11-02", TODAY)).toBeNull();
    expect(objectionDeadline({ ...SIX_WEEKS, deadlineFrom: "event" }, "2026-11-02", TODAY)).toBeNull();
  });

  it("knows the holidays of the Algemene termijnenwet, King's Day on the 26th when the 27th is a Sunday", () => {
    expect([...publicHolidays(2025)].sort()).toEqual([
      "2025-01-01",
      "2025-04-21",
      "2025-04-26",
      "2025-05-05",
      "2025-05-29",
      "2025-06-09",
      "2025-12-25",
      "2025-12-26",
    ]);
    expect(publicHolidays(2026).has("2026-04-27")).toBe(true);
    expect(publicHolidays(2026).has("2026-04-03")).toBe(false); // Good Friday: not moved past it
  });
});
