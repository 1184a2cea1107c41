// The step catalogue's rules beyond the state machine: the clock and stage guards a step must pass, and
// how the steps with more than a date to record change the facts. Read only through STEP_CATALOGUE.

import {
  type ClockOptions,
  ClockRuleCode,
  canExtend,
  leadershipDueAt,
  resolveClockRules,
  type RuleCheck,
  validateExtension,
  validateHandlingDays,
} from './clock.js';
import type { Outcome } from './enums.js';
import { diffLocalDays, isLocalDate, localDate, startOfLocalDay } from './time.js';
import {
  type CaseFacts,
  type ClockStage,
  type StepEvent,
  PAUSE_FIELD,
  openStage,
  stageDueAt,
} from './case-facts.js';

export const OK: RuleCheck = Object.freeze({ ok: true });
export function refuse(code: ClockRuleCode, message: string): RuleCheck {
  return { ok: false, code, message };
}

export function payloadNumber(e: StepEvent, key: string): number {
  return Number(e.payload?.[key]);
}

/** The answer a REPLY_DELIVERED delivers: the latest one given. */
function latestAnswer(f: CaseFacts): { stage: ClockStage; at: Date } | null {
  const answers: { stage: ClockStage; at: Date | null }[] = [
    { stage: 'FIRST', at: f.repliedAt },
    { stage: 'REOPENED', at: f.reopenRepliedAt },
    { stage: 'REVIEW', at: f.reviewRepliedAt },
    { stage: 'REREVIEW', at: f.rereviewRepliedAt },
  ];
  let latest: { stage: ClockStage; at: Date } | null = null;
  for (const a of answers) if (a.at && (!latest || a.at > latest.at)) latest = { stage: a.stage, at: a.at };
  return latest;
}

/** When the delivered answer reached the petitioner: the start of `deliveredOn`, never before the answer. */
function deliveryInstant(f: CaseFacts, e: StepEvent): Date | null {
  const answer = latestAnswer(f);
  const day = e.payload?.deliveredOn;
  if (!answer || typeof day !== 'string' || !isLocalDate(day)) return null;
  const start = startOfLocalDay(day);
  return start < answer.at ? answer.at : start;
}

/**
 * A due date that a hearing of `stage` would move (the stage's own and, in the first instance, the
 * leadership clock) and that has already passed at `at`, or null. Pausing it then would revive it.
 */
function passedDueDate(f: CaseFacts, stage: ClockStage, at: Date, options?: ClockOptions): Date | null {
  const dues = [stageDueAt(f, stage, options), stage === 'FIRST' ? leadershipDueAt(f, options) : null];
  return dues.find((due): due is Date => due != null && at > due) ?? null;
}

export function guardHearingStart(f: CaseFacts, e: StepEvent, options?: ClockOptions): RuleCheck {
  const stage = openStage(f);
  if (!stage) return refuse(ClockRuleCode.NO_OPEN_STAGE, 'No handling or review clock is running to pause.');
  if (f.hearingStartedAt)
    return refuse(ClockRuleCode.HEARING_ALREADY_OPEN, 'A hearing is already under way; end it first.');
  const passed = passedDueDate(f, stage, e.at, options);
  if (passed) {
    return refuse(
      ClockRuleCode.DEADLINE_PASSED,
      `The ${stage} due date ${passed.toISOString()} has passed; a hearing cannot pause a clock that has run out.`,
    );
  }
  return OK;
}

export function guardHearingEnd(f: CaseFacts, e: StepEvent, options?: ClockOptions): RuleCheck {
  const stage = openStage(f);
  if (!f.hearingStartedAt || !stage)
    return refuse(ClockRuleCode.NO_HEARING_OPEN, 'No hearing is under way: start one before ending it.');
  // Days are counted when the hearing ends, so a clock that ran out meanwhile would otherwise come back.
  const passed = passedDueDate(f, stage, e.at, options);
  if (passed) {
    return refuse(
      ClockRuleCode.DEADLINE_PASSED,
      `The due date ${passed.toISOString()} passed while the hearing was under way; record the end before the due date. The hearing now counts no days: reply instead.`,
    );
  }
  const n = payloadNumber(e, 'days');
  if (!Number.isInteger(n) || n < 1)
    return refuse(
      ClockRuleCode.INVALID_DAYS,
      `Hearing days must be a positive whole number, got ${String(e.payload?.days)}.`,
    );
  // The start day counts: a hearing begun and ended the same day paused one day.
  const lasted = diffLocalDays(localDate(f.hearingStartedAt), localDate(e.at)) + 1;
  if (n > lasted) {
    return refuse(
      ClockRuleCode.HEARING_TOO_LONG,
      `The hearing began on ${localDate(f.hearingStartedAt)} and has lasted ${lasted} day(s); it cannot pause ${n}.`,
    );
  }
  const max = resolveClockRules(options?.rules).maxHearingDays;
  const total = f[PAUSE_FIELD[stage]] + n;
  if (total > max) {
    return refuse(
      ClockRuleCode.HEARING_TOO_LONG,
      `Hearings may pause one stage's clock by at most ${max} days in all; this would make ${total}.`,
    );
  }
  return OK;
}

export function guardDeadline(f: CaseFacts, e: StepEvent, options?: ClockOptions): RuleCheck {
  if (openStage(f) !== 'FIRST') {
    return refuse(
      ClockRuleCode.NO_OPEN_STAGE,
      'A leadership deadline shortens the first-instance handling period, which is not running.',
    );
  }
  const n = payloadNumber(e, 'days');
  const valid = validateHandlingDays(n, options);
  if (!valid.ok) return valid;
  const current = leadershipDueAt(f, options);
  if (current && e.at > current) {
    return refuse(
      ClockRuleCode.DEADLINE_PASSED,
      `The leadership deadline ${current.toISOString()} has passed; it cannot be set again.`,
    );
  }
  const next = leadershipDueAt({ ...f, handlingDays: n }, options);
  if (next && e.at > next) {
    return refuse(
      ClockRuleCode.DEADLINE_PASSED,
      `A ${n}-day deadline from acceptance ended at ${next.toISOString()}, before now.`,
    );
  }
  return OK;
}

export function guardExtension(f: CaseFacts, e: StepEvent, options?: ClockOptions): RuleCheck {
  if (openStage(f) !== 'FIRST')
    return refuse(
      ClockRuleCode.NO_OPEN_STAGE,
      'Only the first-instance handling period can be extended (Art. 34).',
    );
  const window = canExtend(f, e.at, options);
  return window.ok ? validateExtension(payloadNumber(e, 'days'), f.extensionDays, options) : window;
}

export function guardReply(f: CaseFacts, e: StepEvent, options?: ClockOptions): RuleCheck {
  // A hearing whose clock ran out can no longer be ended (see guardHearingEnd): the reply closes it.
  if (f.hearingStartedAt && !passedDueDate(f, openStage(f) ?? 'FIRST', e.at, options))
    return refuse(ClockRuleCode.HEARING_ALREADY_OPEN, 'A hearing is under way; end it before replying.');
  return OK;
}

export function guardDelivery(f: CaseFacts, e: StepEvent): RuleCheck {
  const answer = latestAnswer(f);
  if (!answer) return refuse(ClockRuleCode.NOTHING_TO_DELIVER, 'There is no written answer to deliver.');
  const delivered =
    answer.stage === 'REVIEW' ? f.reviewDeliveredAt : answer.stage === 'REREVIEW' ? null : f.deliveredAt;
  if (delivered && delivered >= answer.at)
    return refuse(ClockRuleCode.NOTHING_TO_DELIVER, 'The latest answer was already recorded as delivered.');
  const day = e.payload?.deliveredOn;
  if (typeof day !== 'string' || !isLocalDate(day))
    return refuse(ClockRuleCode.INVALID_DATE, 'deliveredOn must be a date YYYY-MM-DD.');
  if (day < localDate(answer.at))
    return refuse(
      ClockRuleCode.INVALID_DATE,
      `The answer of ${localDate(answer.at)} cannot arrive before it was given.`,
    );
  if (day > localDate(e.at))
    return refuse(ClockRuleCode.INVALID_DATE, 'A delivery cannot be recorded before it happened.');
  return OK;
}

export function foldReply(f: CaseFacts, e: StepEvent): Partial<CaseFacts> {
  switch (openStage(f)) {
    case 'REVIEW':
      // Unknown (an imported answer that does not say) stays null and out of 复查改变率.
      return {
        reviewRepliedAt: e.at,
        reviewChanged: typeof e.payload?.changed === 'boolean' ? e.payload.changed : null,
      };
    case 'REREVIEW':
      return { rereviewRepliedAt: e.at };
    case 'REOPENED':
      return { reopenRepliedAt: e.at };
    default: {
      // The first reply is the one the KPIs count.
      if (f.repliedAt) return {};
      const outcome = e.payload?.outcome;
      return { repliedAt: e.at, outcome: typeof outcome === 'string' ? (outcome as Outcome) : null };
    }
  }
}

export function foldDelivery(f: CaseFacts, e: StepEvent): Partial<CaseFacts> {
  const answer = latestAnswer(f);
  const at = deliveryInstant(f, e);
  if (!answer || !at) return {};
  if (answer.stage === 'REVIEW') return { reviewDeliveredAt: at };
  if (answer.stage === 'REREVIEW') return {};
  return { deliveredAt: at };
}

export function foldHearingEnd(f: CaseFacts, e: StepEvent): Partial<CaseFacts> {
  const stage = openStage(f) ?? 'FIRST';
  const field = PAUSE_FIELD[stage];
  return { [field]: f[field] + payloadNumber(e, 'days'), hearingStartedAt: null };
}
