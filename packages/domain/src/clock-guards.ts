// The clock's guards: whether a step's days are allowed and whether it comes in time (an extension
// before the handling deadline, a review or re-review request inside its window). Each answers with a
// RuleCheck whose code the API surfaces as `extensions.code`.

import { type ClockFacts, type ClockOptions, resolveClockRules } from './clock-rules.js';
import { dueAfter, handlingDoneAt, handlingDueAt } from './clock-due-dates.js';

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
