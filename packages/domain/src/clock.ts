// The statutory clock of 《信访工作条例》 (in force 2022-05-01): which deadlines a case has, when
// each falls due, and whether it was met. Pure: every function takes the facts and an instant.

import { CN_CALENDAR_THROUGH, CN_STATE_COUNCIL_CALENDAR } from './holidays.js';
import {
  addLocalDays,
  addWorkingDays,
  diffLocalDays,
  endOfLocalDay,
  type HolidayCalendar,
  isWorkingDay,
  localDate,
  SHANGHAI_OFFSET_MS,
} from './time.js';

/** Day counts of the 条例; every one is overridable per deployment (provincial rules may be stricter). */
export interface ClockRules {
  /** Art. 22: register and forward / assign within this many days of receipt. */
  readonly registrationDays: number;
  /** Art. 23: tell the petitioner whether the matter is accepted within this many days of receipt. */
  readonly acceptanceDays: number;
  /** Art. 34: handle and reply within this many days of acceptance (unless leadership sets fewer). */
  readonly handlingDays: number;
  /** Art. 34: the one extension may add at most this many days. */
  readonly maxExtensionDays: number;
  /** Art. 35: review (复查) may be requested within this many days of the reply … */
  readonly reviewRequestDays: number;
  /** … and must be answered within this many days of the request. */
  readonly reviewDays: number;
  /** Art. 36: re-review (复核) may be requested within this many days of the review answer … */
  readonly rereviewRequestDays: number;
  /** … and must be answered within this many days of the request. */
  readonly rereviewDays: number;
  /** A pending deadline this many local days away or fewer is DUE_SOON. */
  readonly dueSoonDays: number;
  /** Hearing days that may pause one stage's clock in total (each hearing also only as long as it lasted). */
  readonly maxHearingDays: number;
}

export const DEFAULT_CLOCK_RULES: Readonly<ClockRules> = Object.freeze({
  registrationDays: 15,
  acceptanceDays: 15,
  handlingDays: 60,
  maxExtensionDays: 30,
  reviewRequestDays: 30,
  reviewDays: 30,
  rereviewRequestDays: 30,
  rereviewDays: 30,
  dueSoonDays: 3,
  maxHearingDays: 90,
});

export type DayMode = 'CALENDAR' | 'WORKING';

export interface ClockOptions {
  rules?: Partial<ClockRules>;
  /** CALENDAR (default) counts every day; WORKING counts working days of `calendar`. */
  dayMode?: DayMode;
  /**
   * The State Council calendar (holidays.ts) unless given. WORKING mode counts its working days; in
   * both modes it tells which last days are statutory rest days.
   */
  calendar?: HolidayCalendar;
  /**
   * 《民法典》 Art. 203: a period whose last day is a statutory rest day (a weekend or holiday of the
   * calendar, 调休 workdays excepted) ends on the next working day. On unless set to false.
   */
  lastDayRule?: boolean;
  /** Last local date the calendar is known to cover; later due days are flagged `beyondCalendar`. */
  calendarThrough?: string;
}

export enum DeadlineKind {
  REGISTRATION = 'REGISTRATION',
  ACCEPTANCE = 'ACCEPTANCE',
  /** The statutory handling period of the first instance (Art. 34), extension and hearings included. */
  HANDLING = 'HANDLING',
  /** A shorter period set by leadership (限期办理): a second, tighter clock beside HANDLING. */
  LEADERSHIP = 'LEADERSHIP',
  /** Handling again after REOPENED: a fresh statutory period of its own. */
  REOPENED = 'REOPENED',
  REVIEW_REQUEST = 'REVIEW_REQUEST',
  REVIEW = 'REVIEW',
  REREVIEW_REQUEST = 'REREVIEW_REQUEST',
  REREVIEW = 'REREVIEW',
}

export enum DeadlineState {
  /** Pending, more than `dueSoonDays` local days left. */
  ON_TIME = 'ON_TIME',
  /** Pending, `dueSoonDays` or fewer local days left (0 = due today). */
  DUE_SOON = 'DUE_SOON',
  /** Pending and past dueAt. */
  OVERDUE = 'OVERDUE',
  /** Done at or before dueAt. */
  MET = 'MET',
  /** Done after dueAt. */
  MISSED = 'MISSED',
}

/** What the clock needs to know about a case; absent and null mean "has not happened". */
export interface ClockFacts {
  receivedAt: Date;
  forwardedAt?: Date | null;
  acceptedAt?: Date | null;
  declinedAt?: Date | null;
  /** A shorter handling period set by leadership (限期办理): the LEADERSHIP clock, never HANDLING's. */
  handlingDays?: number | null;
  /** Days granted by the one extension (Art. 34). */
  extensionDays?: number | null;
  /** Hearing days (听证) of the first instance: they pause its clocks only. */
  pausedDays?: number | null;
  /** First-instance reply. */
  repliedAt?: Date | null;
  /** The day the petitioner received the written reply: the review window runs from it (Art. 35). */
  deliveredAt?: Date | null;
  closedAt?: Date | null;
  reviewRequestedAt?: Date | null;
  /** Hearing days of the review (复查) stage. */
  reviewPausedDays?: number | null;
  reviewRepliedAt?: Date | null;
  /** The day the petitioner received the review answer: the re-review window runs from it (Art. 36). */
  reviewDeliveredAt?: Date | null;
  rereviewRequestedAt?: Date | null;
  /** Hearing days of the re-review (复核) stage. */
  rereviewPausedDays?: number | null;
  rereviewRepliedAt?: Date | null;
  /** Latest reopening (重新办理) and its own clock. */
  reopenedAt?: Date | null;
  reopenPausedDays?: number | null;
  reopenRepliedAt?: Date | null;
}

export interface Deadline {
  kind: DeadlineKind;
  startAt: Date;
  dueAt: Date;
  doneAt: Date | null;
  state: DeadlineState;
  /** The due day lies after the last day the holiday calendar covers: it may move when the next year's arrangement is added. */
  beyondCalendar: boolean;
  /**
   * Whole local days from asOf's day to dueAt's day, negative when overdue; 0 on the due day.
   * Once the step is done it is measured from doneAt instead (days to spare, or days late), so a
   * case closed years ago does not report a meaningless -900.
   */
  daysLeft: number;
}

/** Reason codes of the clock's guards; stable strings for the API's `extensions.code`. */
export enum ClockRuleCode {
  NOT_ACCEPTED = 'NOT_ACCEPTED',
  ALREADY_REPLIED = 'ALREADY_REPLIED',
  HANDLING_DEADLINE_PASSED = 'HANDLING_DEADLINE_PASSED',
  EXTENSION_ALREADY_USED = 'EXTENSION_ALREADY_USED',
  EXTENSION_TOO_LONG = 'EXTENSION_TOO_LONG',
  INVALID_DAYS = 'INVALID_DAYS',
  HANDLING_DAYS_TOO_LONG = 'HANDLING_DAYS_TOO_LONG',
  NOT_REPLIED = 'NOT_REPLIED',
  REQUEST_BEFORE_REPLY = 'REQUEST_BEFORE_REPLY',
  REVIEW_ALREADY_REQUESTED = 'REVIEW_ALREADY_REQUESTED',
  REVIEW_WINDOW_CLOSED = 'REVIEW_WINDOW_CLOSED',
  REVIEW_NOT_ANSWERED = 'REVIEW_NOT_ANSWERED',
  REREVIEW_ALREADY_REQUESTED = 'REREVIEW_ALREADY_REQUESTED',
  REREVIEW_WINDOW_CLOSED = 'REREVIEW_WINDOW_CLOSED',
  DEADLINE_PASSED = 'DEADLINE_PASSED',
  NO_OPEN_STAGE = 'NO_OPEN_STAGE',
  HEARING_ALREADY_OPEN = 'HEARING_ALREADY_OPEN',
  NO_HEARING_OPEN = 'NO_HEARING_OPEN',
  HEARING_TOO_LONG = 'HEARING_TOO_LONG',
  NOTHING_TO_DELIVER = 'NOTHING_TO_DELIVER',
  INVALID_DATE = 'INVALID_DATE',
  MISSING_INPUT = 'MISSING_INPUT',
  INPUT_TOO_LONG = 'INPUT_TOO_LONG',
  ROLE_NOT_ALLOWED = 'ROLE_NOT_ALLOWED',
}

export type RuleCheck = { ok: true } | { ok: false; code: ClockRuleCode; message: string };

const OK: RuleCheck = Object.freeze({ ok: true });

function refuse(code: ClockRuleCode, message: string): RuleCheck {
  return { ok: false, code, message };
}

/** Defaults overlaid with the overrides; throws on a negative or fractional day count. */
export function resolveClockRules(overrides?: Partial<ClockRules>): ClockRules {
  if (overrides === undefined) return DEFAULT_CLOCK_RULES;
  const rules: ClockRules = { ...DEFAULT_CLOCK_RULES, ...overrides };
  for (const [name, value] of Object.entries(rules)) {
    if (!Number.isInteger(value) || value < 0)
      throw new RangeError(`Clock rule ${name} must be a non-negative integer: ${value}`);
  }
  return rules;
}

function days(value: number | null | undefined, name: string): number {
  if (value == null) return 0;
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`${name} must be a non-negative integer: ${value}`);
  return value;
}

/**
 * The instant by which something due "within `n` days" of `start` must be done: the end of local
 * day D+n, D being start's local day (the start day itself is not counted, as in 《民法典》 Art. 201).
 * In WORKING mode D+n is the n-th working day after D.
 */
export function dueAfter(start: Date, n: number, options?: ClockOptions): Date {
  if (options !== undefined) return endOfLocalDay(dueDayAfter(localDate(start), n, options));
  // The default rules answer by local day and count alone: folding millions of events asks the same
  // few thousand questions over and over.
  const day = Math.floor((start.getTime() + SHANGHAI_OFFSET_MS) / DAY_MS);
  const key = day * 4096 + n;
  let due = defaultDueMemo.get(key);
  if (due === undefined || n >= 4096) {
    due = endOfLocalDay(dueDayAfter(localDate(start), n)).getTime();
    if (n < 4096) defaultDueMemo.set(key, due);
  }
  return new Date(due);
}

const DAY_MS = 86_400_000;
const defaultDueMemo = new Map<number, number>();

/** The local date dueAfter ends on: day + n (or the n-th working day), moved off a rest day by the last-day rule. */
export function dueDayAfter(day: string, n: number, options?: ClockOptions): string {
  const calendar = options?.calendar ?? CN_STATE_COUNCIL_CALENDAR;
  if (options?.dayMode === 'WORKING') return addWorkingDays(day, n, calendar);
  let last = addLocalDays(day, n);
  if (options?.lastDayRule !== false) while (!isWorkingDay(last, calendar)) last = addLocalDays(last, 1);
  return last;
}

/** Whether a local date lies after the last day the clock's holiday calendar is known to cover. */
export function isBeyondCalendar(day: string, options?: ClockOptions): boolean {
  if (options?.calendar && !options.calendarThrough) return false;
  return day > (options?.calendarThrough ?? CN_CALENDAR_THROUGH);
}

/**
 * When the registration / forwarding step counts as done (Art. 22): the first of forwarding and the
 * acceptance decision, so a later forward to a handling unit does not rewrite a result already known.
 */
export function registrationDoneAt(facts: ClockFacts): Date | null {
  const done = [facts.forwardedAt, facts.acceptedAt, facts.declinedAt].filter((d): d is Date => d != null);
  return done.length === 0 ? null : new Date(Math.min(...done.map((d) => d.getTime())));
}

/** When the acceptance decision was made, either way (Art. 23). */
export function acceptanceDoneAt(facts: ClockFacts): Date | null {
  return facts.acceptedAt ?? facts.declinedAt ?? null;
}

/** When handling counts as done: the reply is what the handling period is for (Art. 34). */
export function handlingDoneAt(facts: ClockFacts): Date | null {
  return facts.repliedAt ?? facts.closedAt ?? null;
}

/** Deadline of the acceptance decision: end of local day receivedDay + acceptanceDays. */
export function acceptanceDueAt(facts: Pick<ClockFacts, 'receivedAt'>, options?: ClockOptions): Date {
  return dueAfter(facts.receivedAt, resolveClockRules(options?.rules).acceptanceDays, options);
}

/**
 * Statutory handling deadline of the first instance: acceptance + 60 days + the extension + its
 * hearing days, in the day mode. A leadership period never changes it (see leadershipDueAt). Null
 * until the case is accepted. Recorded facts are taken as they are; the step guards refuse bad values.
 */
export function handlingDueAt(facts: ClockFacts, options?: ClockOptions): Date | null {
  if (!facts.acceptedAt) return null;
  const rules = resolveClockRules(options?.rules);
  const total =
    rules.handlingDays + days(facts.extensionDays, 'extensionDays') + days(facts.pausedDays, 'pausedDays');
  return dueAfter(facts.acceptedAt, total, options);
}

/** The tighter clock leadership set (限期办理): acceptance + its days + first-instance hearing days; null when none. */
export function leadershipDueAt(facts: ClockFacts, options?: ClockOptions): Date | null {
  if (!facts.acceptedAt || facts.handlingDays == null) return null;
  const total = days(facts.handlingDays, 'handlingDays') + days(facts.pausedDays, 'pausedDays');
  return dueAfter(facts.acceptedAt, total, options);
}

/** Due date of the review (复查) answer: request + 30 days + the review's own hearing days. */
export function reviewDueAt(facts: ClockFacts, options?: ClockOptions): Date | null {
  if (!facts.reviewRequestedAt) return null;
  const rules = resolveClockRules(options?.rules);
  const total = rules.reviewDays + days(facts.reviewPausedDays, 'reviewPausedDays');
  return dueAfter(facts.reviewRequestedAt, total, options);
}

/** Due date of the re-review (复核) answer: request + 30 days + its own hearing days. */
export function rereviewDueAt(facts: ClockFacts, options?: ClockOptions): Date | null {
  if (!facts.rereviewRequestedAt) return null;
  const rules = resolveClockRules(options?.rules);
  const total = rules.rereviewDays + days(facts.rereviewPausedDays, 'rereviewPausedDays');
  return dueAfter(facts.rereviewRequestedAt, total, options);
}

/** Due date of handling again after the latest REOPENED: a fresh 60 days + its own hearing days. */
export function reopenDueAt(facts: ClockFacts, options?: ClockOptions): Date | null {
  if (!facts.reopenedAt) return null;
  const rules = resolveClockRules(options?.rules);
  const total = rules.handlingDays + days(facts.reopenPausedDays, 'reopenPausedDays');
  return dueAfter(facts.reopenedAt, total, options);
}

function deadline(
  kind: DeadlineKind,
  startAt: Date,
  dueAt: Date,
  doneAt: Date | null,
  asOf: Date,
  rules: ClockRules,
  options?: ClockOptions,
): Deadline {
  const daysLeft = diffLocalDays(localDate(doneAt ?? asOf), localDate(dueAt));
  let state: DeadlineState;
  if (doneAt) state = doneAt.getTime() <= dueAt.getTime() ? DeadlineState.MET : DeadlineState.MISSED;
  else if (asOf.getTime() > dueAt.getTime()) state = DeadlineState.OVERDUE;
  else state = daysLeft <= rules.dueSoonDays ? DeadlineState.DUE_SOON : DeadlineState.ON_TIME;
  return {
    kind,
    startAt,
    dueAt,
    doneAt,
    state,
    beyondCalendar: isBeyondCalendar(localDate(dueAt), options),
    daysLeft,
  };
}

/**
 * The deadlines that apply to the case so far, in lifecycle order. Registration and acceptance
 * always apply; handling (and the leadership clock, when set) once accepted; each review step once
 * the step before it happened; a reopened case's own handling clock after REOPENED.
 * REVIEW_REQUEST and REREVIEW_REQUEST are the petitioner's windows, running from delivery of the
 * written answer: OVERDUE there means "closed unused", not a failure of the office.
 */
export function computeDeadlines(facts: ClockFacts, asOf: Date, options?: ClockOptions): Deadline[] {
  const rules = resolveClockRules(options?.rules);
  return deadlineSpans(facts, options).map((d) =>
    deadline(d.kind, d.startAt, d.dueAt, d.doneAt, asOf, rules, options),
  );
}

/** A deadline without its state: what applies, from when, due when, done when. */
export interface DeadlineSpan {
  kind: DeadlineKind;
  startAt: Date;
  dueAt: Date;
  doneAt: Date | null;
}

/** The deadlines that apply, as spans (computeDeadlines without judging them at an instant). */
export function deadlineSpans(facts: ClockFacts, options?: ClockOptions): DeadlineSpan[] {
  const rules = resolveClockRules(options?.rules);
  const due = (start: Date, n: number): Date => dueAfter(start, n, options);
  const make = (kind: DeadlineKind, startAt: Date, dueAt: Date, doneAt: Date | null | undefined) => ({
    kind,
    startAt,
    dueAt,
    doneAt: doneAt ?? null,
  });
  const out: DeadlineSpan[] = [
    make(
      DeadlineKind.REGISTRATION,
      facts.receivedAt,
      due(facts.receivedAt, rules.registrationDays),
      registrationDoneAt(facts),
    ),
    make(
      DeadlineKind.ACCEPTANCE,
      facts.receivedAt,
      due(facts.receivedAt, rules.acceptanceDays),
      acceptanceDoneAt(facts),
    ),
  ];
  const handlingDue = handlingDueAt(facts, options);
  if (facts.acceptedAt && handlingDue) {
    out.push(make(DeadlineKind.HANDLING, facts.acceptedAt, handlingDue, handlingDoneAt(facts)));
    const leadershipDue = leadershipDueAt(facts, options);
    if (leadershipDue) {
      out.push(make(DeadlineKind.LEADERSHIP, facts.acceptedAt, leadershipDue, handlingDoneAt(facts)));
    }
  }
  if (facts.deliveredAt) {
    out.push(
      make(
        DeadlineKind.REVIEW_REQUEST,
        facts.deliveredAt,
        due(facts.deliveredAt, rules.reviewRequestDays),
        facts.reviewRequestedAt,
      ),
    );
  }
  const reviewDue = reviewDueAt(facts, options);
  if (facts.reviewRequestedAt && reviewDue) {
    out.push(make(DeadlineKind.REVIEW, facts.reviewRequestedAt, reviewDue, facts.reviewRepliedAt));
  }
  if (facts.reviewDeliveredAt) {
    out.push(
      make(
        DeadlineKind.REREVIEW_REQUEST,
        facts.reviewDeliveredAt,
        due(facts.reviewDeliveredAt, rules.rereviewRequestDays),
        facts.rereviewRequestedAt,
      ),
    );
  }
  const rereviewDue = rereviewDueAt(facts, options);
  if (facts.rereviewRequestedAt && rereviewDue) {
    out.push(make(DeadlineKind.REREVIEW, facts.rereviewRequestedAt, rereviewDue, facts.rereviewRepliedAt));
  }
  const reopenDue = reopenDueAt(facts, options);
  if (facts.reopenedAt && reopenDue) {
    out.push(make(DeadlineKind.REOPENED, facts.reopenedAt, reopenDue, facts.reopenRepliedAt));
  }
  return out;
}

/** Checks a leadership-set handling period (限期办理): a positive whole number not above the statutory one. */
export function validateHandlingDays(n: number, options?: ClockOptions): RuleCheck {
  const rules = resolveClockRules(options?.rules);
  if (!Number.isInteger(n) || n <= 0)
    return refuse(
      ClockRuleCode.INVALID_DAYS,
      `Handling period must be a positive whole number of days, got ${n}.`,
    );
  if (n > rules.handlingDays) {
    return refuse(
      ClockRuleCode.HANDLING_DAYS_TOO_LONG,
      `A leadership deadline may only shorten the ${rules.handlingDays}-day statutory period, got ${n}.`,
    );
  }
  return OK;
}

/** Checks an extension request on its own: one extension only, of at most maxExtensionDays (Art. 34). */
export function validateExtension(
  n: number,
  alreadyExtended: number | null | undefined,
  options?: ClockOptions,
): RuleCheck {
  const rules = resolveClockRules(options?.rules);
  if (alreadyExtended != null && alreadyExtended > 0) {
    return refuse(
      ClockRuleCode.EXTENSION_ALREADY_USED,
      `The handling period was already extended by ${alreadyExtended} days; only one extension is allowed.`,
    );
  }
  if (!Number.isInteger(n) || n <= 0)
    return refuse(ClockRuleCode.INVALID_DAYS, `Extension must be a positive whole number of days, got ${n}.`);
  if (n > rules.maxExtensionDays) {
    return refuse(
      ClockRuleCode.EXTENSION_TOO_LONG,
      `An extension may not exceed ${rules.maxExtensionDays} days, got ${n}.`,
    );
  }
  return OK;
}

/**
 * Whether the case may be extended at `at`: accepted, not yet replied, not extended before, and
 * the handling deadline has not passed (an extension is granted before expiry, not to excuse it).
 */
export function canExtend(facts: ClockFacts, at: Date, options?: ClockOptions): RuleCheck {
  const due = handlingDueAt(facts, options);
  if (!facts.acceptedAt || !due)
    return refuse(ClockRuleCode.NOT_ACCEPTED, 'Only an accepted case has a handling period to extend.');
  if (handlingDoneAt(facts))
    return refuse(
      ClockRuleCode.ALREADY_REPLIED,
      'The case was already replied to; its handling period is over.',
    );
  if (facts.extensionDays != null && facts.extensionDays > 0) {
    return refuse(
      ClockRuleCode.EXTENSION_ALREADY_USED,
      `The handling period was already extended by ${facts.extensionDays} days; only one extension is allowed.`,
    );
  }
  if (at.getTime() > due.getTime()) {
    return refuse(
      ClockRuleCode.HANDLING_DEADLINE_PASSED,
      `The handling deadline ${due.toISOString()} has passed; an extension must be granted before it.`,
    );
  }
  return OK;
}

function checkWindow(
  answeredAt: Date | null,
  deliveredAt: Date | null,
  alreadyAt: Date | null | undefined,
  at: Date,
  windowDays: number,
  codes: { missing: ClockRuleCode; already: ClockRuleCode; closed: ClockRuleCode },
  what: string,
  options?: ClockOptions,
): RuleCheck {
  if (!answeredAt) return refuse(codes.missing, `There is nothing to request a ${what} of yet.`);
  if (alreadyAt)
    return refuse(codes.already, `A ${what} was already requested; it can be requested only once.`);
  if (at.getTime() < answeredAt.getTime())
    return refuse(
      ClockRuleCode.REQUEST_BEFORE_REPLY,
      `A ${what} request cannot precede the answer it contests.`,
    );
  if (!deliveredAt) return OK;
  const closesAt = dueAfter(deliveredAt, windowDays, options);
  if (at.getTime() > closesAt.getTime()) {
    return refuse(
      codes.closed,
      `The ${windowDays}-day window for a ${what}, from receipt of the answer, closed at ${closesAt.toISOString()}.`,
    );
  }
  return OK;
}

/**
 * Art. 35: review (复查) may be requested once, within reviewRequestDays of the day the petitioner
 * received the written reply. While no delivery is recorded the window has not started, so a request
 * after the reply is in time (the request itself shows the reply arrived).
 */
export function canRequestReview(facts: ClockFacts, at: Date, options?: ClockOptions): RuleCheck {
  const rules = resolveClockRules(options?.rules);
  return checkWindow(
    handlingDoneAt(facts),
    facts.deliveredAt ?? null,
    facts.reviewRequestedAt,
    at,
    rules.reviewRequestDays,
    {
      missing: ClockRuleCode.NOT_REPLIED,
      already: ClockRuleCode.REVIEW_ALREADY_REQUESTED,
      closed: ClockRuleCode.REVIEW_WINDOW_CLOSED,
    },
    'review',
    options,
  );
}

/** Art. 36: re-review (复核) may be requested once, within rereviewRequestDays of receiving the review answer; after it the matter is final. */
export function canRequestRereview(facts: ClockFacts, at: Date, options?: ClockOptions): RuleCheck {
  const rules = resolveClockRules(options?.rules);
  return checkWindow(
    facts.reviewRepliedAt ?? null,
    facts.reviewDeliveredAt ?? null,
    facts.rereviewRequestedAt,
    at,
    rules.rereviewRequestDays,
    {
      missing: ClockRuleCode.REVIEW_NOT_ANSWERED,
      already: ClockRuleCode.REREVIEW_ALREADY_REQUESTED,
      closed: ClockRuleCode.REREVIEW_WINDOW_CLOSED,
    },
    're-review',
    options,
  );
}
