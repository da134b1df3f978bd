/**
 * The rules of the contest finder and the contest box that keep a resident from missing a legal deadline
 * (issue 13, point 1). Pure functions, no database: the finder's results, the algorithm page's box and its
 * printed version all show a contest block through `planContest` and `objectionDeadline`.
 *
 * - The route that protects the resident's rights comes first: the formal objection (bezwaar; when an entry
 *   describes no objection but an appeal, the appeal), with its deadline and where to send it. Missing
 *   channels come from the organisation's general objection address, never invented.
 * - Informal routes (human review, a complaint, a phone call) come after it, as "you can also…": they do
 *   not stop the clock.
 * - The last day is counted from the date on the letter, which the resident may enter (a GET parameter, so it
 *   works without JavaScript); a last day on a Saturday, Sunday or public holiday moves to the next working
 *   day (Algemene termijnenwet, articles 1 and 3).
 */
import type { Contest, ContestRoute } from "@/lib/schemas/algorithm";

/** The query parameter that carries the date on the letter (YYYY-MM-DD, as `<input type="date">` sends it). */
export const LETTER_DATE_PARAM = "letterDate";

/** The kinds of route a resident has a legal deadline for, in the order they are tried. */
const FORMAL_KINDS = ["objection", "appeal"] as const;
/** Routes that do not stop the clock. */
const INFORMAL_KINDS = ["human_review", "complaint", "other"] as const;

type Channels = Pick<ContestRoute, "webUrl" | "email" | "postalAddress" | "phone">;
/** The organisation's general objection contact (organisations.objection_url and objection_address). */
export interface ObjectionContact {
  objectionUrl: string | null;
  objectionAddress: string | null;
}

export interface FormalRoute {
  route: ContestRoute;
  /** Where to send it: the route's channels, completed with the organisation's general objection address. */
  send: Channels;
  /** The channels taken from the organisation because the entry gave none. */
  fromOrganisation: ("webUrl" | "postalAddress")[];
}

export interface ContestPlan {
  /** The route that protects the resident's rights; null when the entry describes none. */
  formal: FormalRoute | null;
  /** "You can also…": human review, a complaint, other routes. They do not stop the clock. */
  informal: ContestRoute[];
  /** What comes after the formal route (the appeal after an objection). */
  later: ContestRoute[];
}

/** Splits an entry's contest block into the formal route first, the informal ones, and what comes after. */
export function planContest(contest: Pick<Contest, "routes"> | null | undefined, organisation: ObjectionContact): ContestPlan {
  const routes = contest?.routes ?? [];
  const formalKind = FORMAL_KINDS.find((k) => routes.some((r) => r.kind === k));
  const formalRoute = formalKind ? routes.find((r) => r.kind === formalKind)! : null;
  const informal = routes.filter((r) => (INFORMAL_KINDS as readonly string[]).includes(r.kind));
  const later = routes.filter((r) => r !== formalRoute && !informal.includes(r));
  if (!formalRoute) return { formal: null, informal, later };
  const fromOrganisation: FormalRoute["fromOrganisation"] = [];
  const send: Channels = { webUrl: formalRoute.webUrl, email: formalRoute.email, postalAddress: formalRoute.postalAddress, phone: formalRoute.phone };
  // The organisation's general objection address only completes an objection: an appeal goes to the court.
  if (formalRoute.kind === "objection") {
    if (!send.webUrl && organisation.objectionUrl) {
      send.webUrl = organisation.objectionUrl;
      fromOrganisation.push("webUrl");
    }
    if (!send.postalAddress && organisation.objectionAddress) {
      send.postalAddress = organisation.objectionAddress;
      fromOrganisation.push("postalAddress");
    }
  }
  return { formal: { route: formalRoute, send, fromOrganisation }, informal, later };
}

/* ------------------------------------------------------------------------------------------------
 * Dates: the date on the letter and the last day to object
 * ---------------------------------------------------------------------------------------------- */

/** A calendar date as YYYY-MM-DD (no time, no time zone). */
export type IsoDate = string;

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number): IsoDate => `${String(y).padStart(4, "0")}-${pad(m)}-${pad(d)}`;
const utc = (date: IsoDate) => new Date(`${date}T00:00:00Z`);
const fromUtc = (d: Date): IsoDate => iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
const addDays = (date: IsoDate, n: number): IsoDate => {
  const d = utc(date);
  d.setUTCDate(d.getUTCDate() + n);
  return fromUtc(d);
};
/** N months later, on the same day of the month, or the month's last day when it has no such day. */
const addMonths = (date: IsoDate, n: number): IsoDate => {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + n;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return iso(year, month, Math.min(d, last));
};

/** Today in the Netherlands, as YYYY-MM-DD. */
export function todayInNetherlands(now = new Date()): IsoDate {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** What the resident typed as the date on the letter, understood. */
export type LetterDate =
  | { state: "none" }
  | { state: "ok"; date: IsoDate }
  /** Not a date, or not a real one ("2026-02-30"); `raw` is what was typed (for the form). */
  | { state: "invalid"; raw: string }
  /** After today: a letter cannot be dated in the future. */
  | { state: "future"; raw: string };

const EARLIEST_LETTER = "1990-01-01";

/**
 * The date on the letter from a query parameter: "2026-11-02" (what a date field sends), or typed as
 * "2-11-2026", "02/11/2026" or "2.11.2026" (day first, as on Dutch letters) where a browser shows a plain text
 * field. Never throws; anything else is "invalid".
 */
export function parseLetterDate(raw: string | undefined, today: IsoDate = todayInNetherlands()): LetterDate {
  const text = (raw ?? "").trim().slice(0, 40);
  if (!text) return { state: "none" };
  let parts: [number, number, number] | null = null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) parts = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text))) parts = [Number(m[3]), Number(m[2]), Number(m[1])];
  if (!parts) return { state: "invalid", raw: text };
  const [y, mo, d] = parts;
  const date = iso(y, mo, d);
  // Rejects 31 April, 30 February…: the date must survive a round trip through the calendar.
  if (mo < 1 || mo > 12 || d < 1 || fromUtc(utc(date)) !== date || date < EARLIEST_LETTER) return { state: "invalid", raw: text };
  if (date > today) return { state: "future", raw: text };
  return { state: "ok", date };
}

/** Easter Sunday of a year (anonymous Gregorian algorithm). */
function easter(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

/**
 * The general public holidays of the Algemene termijnenwet (article 3): New Year's Day, Easter Monday,
 * Ascension Day, Whit Monday, Christmas and Boxing Day, King's Day (27 April, or 26 April when the 27th is a
 * Sunday) and 5 May. (Easter and Whit Sunday are Sundays anyway.) Good Friday is not one of them, so a
 * deadline is never moved past it: when in doubt the register shows the earlier day.
 */
export function publicHolidays(year: number): Set<IsoDate> {
  const e = easter(year);
  const kingsDay = utc(iso(year, 4, 27)).getUTCDay() === 0 ? iso(year, 4, 26) : iso(year, 4, 27);
  return new Set([iso(year, 1, 1), addDays(e, 1), addDays(e, 39), addDays(e, 50), kingsDay, iso(year, 5, 5), iso(year, 12, 25), iso(year, 12, 26)]);
}

const isWorkingDay = (date: IsoDate) => {
  const day = utc(date).getUTCDay();
  return day !== 0 && day !== 6 && !publicHolidays(Number(date.slice(0, 4))).has(date);
};

export interface ObjectionDeadline {
  /** The last day to object. */
  lastDay: IsoDate;
  /** The day the term itself ends, before moving off a weekend or holiday (same as lastDay when not moved). */
  termEnds: IsoDate;
  /** Whether the last day was moved to the next working day. */
  moved: boolean;
  /** Whether the last day is before today. */
  passed: boolean;
}

/**
 * The last day of a route's deadline, counted from the date on the letter; null when the route gives no
 * deadline or counts it from something the letter's date does not tell (the day it arrived, an event).
 * A term that starts "the day after the decision was sent" (Awb 6:8) ends on the same weekday N weeks later:
 * letter dated Monday 2 November, six weeks → Monday 14 December.
 */
export function objectionDeadline(
  route: Pick<ContestRoute, "deadlineAmount" | "deadlineUnit" | "deadlineFrom">,
  letterDate: IsoDate,
  today: IsoDate = todayInNetherlands(),
): ObjectionDeadline | null {
  const amount = Number(route.deadlineAmount);
  if (!Number.isInteger(amount) || amount < 1 || !route.deadlineUnit || !countsFromLetter(route)) return null;
  const termEnds =
    route.deadlineUnit === "days"
      ? addDays(letterDate, amount)
      : route.deadlineUnit === "weeks"
        ? addDays(letterDate, amount * 7)
        : route.deadlineUnit === "months"
          ? addMonths(letterDate, amount)
          : null;
  if (!termEnds) return null;
  let lastDay = termEnds;
  for (let i = 0; i < 10 && !isWorkingDay(lastDay); i++) lastDay = addDays(lastDay, 1);
  return { lastDay, termEnds, moved: lastDay !== termEnds, passed: lastDay < today };
}

/** A calendar date in words, with the weekday: "maandag 14 december 2026", "Monday 14 December 2026". */
export function formatIsoDate(date: IsoDate, locale: string): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "nl-NL", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    utc(date),
  );
}

/** Whether a route's deadline is counted from the date on the letter (so the last day can be worked out). */
export const countsFromLetter = (route: Pick<ContestRoute, "deadlineFrom">) => route.deadlineFrom === "day_after_sent" || route.deadlineFrom === "decision_date";
