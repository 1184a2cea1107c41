// The statutory clock of 《信访工作条例》 (in force 2022-05-01): which deadlines a case has, when
// each falls due, and whether it was met. Pure: every function takes the facts and an instant.

import {
  addLocalDays,
  addWorkingDays,
  diffLocalDays,
  endOfLocalDay,
  type HolidayCalendar,
  localDate,
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
});

export type DayMode = 'CALENDAR' | 'WORKING';

export interface ClockOptions {
  rules?: Partial<ClockRules>;
  /** CALENDAR (default) counts every day; WORKING counts working days of `calendar`. */
  dayMode?: DayMode;
  /** Required with dayMode WORKING (see holidays.ts for the State Council calendars). */
  calendar?: HolidayCalendar;
}

export enum DeadlineKind {
  REGISTRATION = 'REGISTRATION',
  ACCEPTANCE = 'ACCEPTANCE',
  HANDLING = 'HANDLING',
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
  /** A shorter handling period set by leadership (限期办理), replacing rules.handlingDays. */
  handlingDays?: number | null;
  /** Days granted by the one extension (Art. 34). */
  extensionDays?: number | null;
  /** Days that do not count (hearings, 听证), added to the handling deadline. */
  pausedDays?: number | null;
  repliedAt?: Date | null;
  closedAt?: Date | null;
  reviewRequestedAt?: Date | null;
  reviewRepliedAt?: Date | null;
  rereviewRequestedAt?: Date | null;
  rereviewRepliedAt?: Date | null;
}

export interface Deadline {
  kind: DeadlineKind;
  startAt: Date;
  dueAt: Date;
  doneAt: Date | null;
  state: DeadlineState;
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
}

export type RuleCheck = { ok: true } | { ok: false; code: ClockRuleCode; message: string };

const OK: RuleCheck = Object.freeze({ ok: true });

function refuse(code: ClockRuleCode, message: string): RuleCheck {
  return { ok: false, code, message };
}

/** Defaults overlaid with the overrides; throws on a negative or fractional day count. */
export function resolveClockRules(overrides?: Partial<ClockRules>): ClockRules {
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
  const day = localDate(start);
  if (options?.dayMode === 'WORKING') {
    if (!options.calendar)
      throw new TypeError("dayMode 'WORKING' needs a HolidayCalendar in options.calendar");
    return endOfLocalDay(addWorkingDays(day, n, options.calendar));
  }
  return endOfLocalDay(addLocalDays(day, n));
}

/** When the registration / forwarding step counts as done (Art. 22). */
export function registrationDoneAt(facts: ClockFacts): Date | null {
  return facts.forwardedAt ?? facts.acceptedAt ?? facts.declinedAt ?? null;
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
 * Handling deadline: acceptance + (leadership period ?? statutory period) + extension + paused days,
 * all counted in the day mode. Null until the case is accepted. Recorded facts are taken as they
 * are; validateHandlingDays and validateExtension refuse bad values before they are recorded.
 */
export function handlingDueAt(facts: ClockFacts, options?: ClockOptions): Date | null {
  if (!facts.acceptedAt) return null;
  const rules = resolveClockRules(options?.rules);
  const base = facts.handlingDays == null ? rules.handlingDays : days(facts.handlingDays, 'handlingDays');
  const total = base + days(facts.extensionDays, 'extensionDays') + days(facts.pausedDays, 'pausedDays');
  return dueAfter(facts.acceptedAt, total, options);
}

function deadline(
  kind: DeadlineKind,
  startAt: Date,
  dueAt: Date,
  doneAt: Date | null,
  asOf: Date,
  rules: ClockRules,
): Deadline {
  const daysLeft = diffLocalDays(localDate(doneAt ?? asOf), localDate(dueAt));
  let state: DeadlineState;
  if (doneAt) state = doneAt.getTime() <= dueAt.getTime() ? DeadlineState.MET : DeadlineState.MISSED;
  else if (asOf.getTime() > dueAt.getTime()) state = DeadlineState.OVERDUE;
  else state = daysLeft <= rules.dueSoonDays ? DeadlineState.DUE_SOON : DeadlineState.ON_TIME;
  return { kind, startAt, dueAt, doneAt, state, daysLeft };
}

/**
 * The deadlines that apply to the case so far, in lifecycle order. Registration and acceptance
 * always apply; handling once accepted; each review step once the step before it happened.
 * REVIEW_REQUEST and REREVIEW_REQUEST are the petitioner's windows: OVERDUE there means "closed
 * unused", not a failure of the office.
 */
export function computeDeadlines(facts: ClockFacts, asOf: Date, options?: ClockOptions): Deadline[] {
  const rules = resolveClockRules(options?.rules);
  const due = (start: Date, n: number): Date => dueAfter(start, n, options);
  const out: Deadline[] = [
    deadline(
      DeadlineKind.REGISTRATION,
      facts.receivedAt,
      due(facts.receivedAt, rules.registrationDays),
      registrationDoneAt(facts),
      asOf,
      rules,
    ),
    deadline(
      DeadlineKind.ACCEPTANCE,
      facts.receivedAt,
      due(facts.receivedAt, rules.acceptanceDays),
      acceptanceDoneAt(facts),
      asOf,
      rules,
    ),
  ];
  const handlingDue = handlingDueAt(facts, options);
  if (facts.acceptedAt && handlingDue) {
    out.push(
      deadline(DeadlineKind.HANDLING, facts.acceptedAt, handlingDue, handlingDoneAt(facts), asOf, rules),
    );
  }
  const reply = handlingDoneAt(facts);
  if (reply) {
    out.push(
      deadline(
        DeadlineKind.REVIEW_REQUEST,
        reply,
        due(reply, rules.reviewRequestDays),
        facts.reviewRequestedAt ?? null,
        asOf,
        rules,
      ),
    );
  }
  if (facts.reviewRequestedAt) {
    const start = facts.reviewRequestedAt;
    out.push(
      deadline(
        DeadlineKind.REVIEW,
        start,
        due(start, rules.reviewDays),
        facts.reviewRepliedAt ?? null,
        asOf,
        rules,
      ),
    );
  }
  if (facts.reviewRepliedAt) {
    const start = facts.reviewRepliedAt;
    out.push(
      deadline(
        DeadlineKind.REREVIEW_REQUEST,
        start,
        due(start, rules.rereviewRequestDays),
        facts.rereviewRequestedAt ?? null,
        asOf,
        rules,
      ),
    );
  }
  if (facts.rereviewRequestedAt) {
    const start = facts.rereviewRequestedAt;
    out.push(
      deadline(
        DeadlineKind.REREVIEW,
        start,
        due(start, rules.rereviewDays),
        facts.rereviewRepliedAt ?? null,
        asOf,
        rules,
      ),
    );
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
  start: Date | null,
  alreadyAt: Date | null | undefined,
  at: Date,
  windowDays: number,
  codes: { missing: ClockRuleCode; already: ClockRuleCode; closed: ClockRuleCode },
  what: string,
  options?: ClockOptions,
): RuleCheck {
  if (!start) return refuse(codes.missing, `There is nothing to request a ${what} of yet.`);
  if (alreadyAt)
    return refuse(codes.already, `A ${what} was already requested; it can be requested only once.`);
  if (at.getTime() < start.getTime())
    return refuse(
      ClockRuleCode.REQUEST_BEFORE_REPLY,
      `A ${what} request cannot precede the answer it contests.`,
    );
  const closesAt = dueAfter(start, windowDays, options);
  if (at.getTime() > closesAt.getTime()) {
    return refuse(
      codes.closed,
      `The ${windowDays}-day window for a ${what} closed at ${closesAt.toISOString()}.`,
    );
  }
  return OK;
}

/** Art. 35: review (复查) may be requested once, within reviewRequestDays of the reply. */
export function canRequestReview(facts: ClockFacts, at: Date, options?: ClockOptions): RuleCheck {
  const rules = resolveClockRules(options?.rules);
  return checkWindow(
    handlingDoneAt(facts),
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

/** Art. 36: re-review (复核) may be requested once, within rereviewRequestDays of the review answer; after it the matter is final. */
export function canRequestRereview(facts: ClockFacts, at: Date, options?: ClockOptions): RuleCheck {
  const rules = resolveClockRules(options?.rules);
  return checkWindow(
    facts.reviewRepliedAt ?? null,
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
