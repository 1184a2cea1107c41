// When each stage of a case falls due: "within n days" counted as the 条例 and 《民法典》 count it, and
// when each stage counts as done.

import { type ClockFacts, type ClockOptions, resolveClockRules } from './clock-rules.js';
import { CN_CALENDAR_THROUGH, CN_STATE_COUNCIL_CALENDAR } from './holidays.js';
import {
  addLocalDays,
  addWorkingDays,
  endOfLocalDay,
  isWorkingDay,
  localDate,
  SHANGHAI_OFFSET_MS,
} from './time.js';

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
