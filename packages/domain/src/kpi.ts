// KPI formulas over plain case facts. The API computes the same KPIs in SQL over a million cases;
// each predicate below is named so the SQL can mirror it clause by clause, and its tests (kpi.test.ts,
// kpi-outcomes.test.ts) are the reference both must agree with.
//
// Conventions shared by every KPI:
// - A period is two local dates (Asia/Shanghai), both included; an instant is "in" it when its
//   local date is. SQL: ts >= startOfLocalDay(from) AND ts <= endOfLocalDay(to).
// - Facts are read as of `asOf`: a timestamp after asOf counts as not yet happened, and a case
//   received after asOf does not exist. Recomputing last month tomorrow gives the same numbers.
// - A case joins a rate's denominator only once its outcome is known as of asOf: the step was done,
//   or its deadline has passed. A case still inside its window is neither a success nor a failure.

import {
  acceptanceDoneAt,
  acceptanceDueAt,
  type ClockFacts,
  type ClockOptions,
  handlingDoneAt,
  handlingDueAt,
} from './clock.js';
import { type CaseStatus, CaseStatus as S, Satisfaction } from './enums.js';
import { KpiCode } from './kpi-dictionary.js';
import { isLocalDate, localDate } from './time.js';

// kpi.js stays the one import for everything KPI, the codes and their dictionary included.
export * from './kpi-dictionary.js';

export interface KpiValue {
  numerator: number;
  denominator: number;
  /** numerator / denominator; null when the denominator is 0 (no data is not 0 %). */
  rate: number | null;
}

export interface KpiPeriod {
  /** First local date, included ('YYYY-MM-DD'). */
  from: string;
  /** Last local date, included. */
  to: string;
}

/** The facts a KPI reads about one case. */
export interface KpiCaseFacts extends ClockFacts {
  status: CaseStatus;
  satisfaction?: Satisfaction | null;
  /** When the petitioner rated; a satisfaction without ratedAt is not counted anywhere. */
  ratedAt?: Date | null;
  /** 包案领导. */
  leaderId?: string | number | null;
  /** The earlier case this one repeats (重复访). */
  repeatOfId?: string | number | null;
  /** The first time the case was reopened (重新办理) after it had been closed. */
  reopenedAfterClosingAt?: Date | null;
  /** Whether the review (复查) answer changed the first answer; null while unanswered. */
  reviewChanged?: boolean | null;
}

export function kpiValue(numerator: number, denominator: number): KpiValue {
  return { numerator, denominator, rate: denominator === 0 ? null : numerator / denominator };
}

/**
 * Change of a rate against another period in percentage points, rounded to one decimal, from the
 * unrounded rates (the dashboard, the wall and the briefings state the same change); null when either
 * side is missing (nothing to compare).
 */
export function rateDeltaPoints(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null;
  const points = Math.round((current - previous) * 1000) / 10;
  return Object.is(points, -0) ? 0 : points;
}

function assertPeriod(period: KpiPeriod): void {
  if (!isLocalDate(period.from) || !isLocalDate(period.to)) {
    throw new RangeError(`Period dates must be YYYY-MM-DD: ${period.from} … ${period.to}`);
  }
  if (period.from > period.to)
    throw new RangeError(`Period starts after it ends: ${period.from} > ${period.to}`);
}

/** Whether the instant's local date lies within the period (both ends included). */
export function isInPeriod(instant: Date | null | undefined, period: KpiPeriod): boolean {
  if (!instant) return false;
  const day = localDate(instant);
  return day >= period.from && day <= period.to;
}

const DATE_FIELDS = [
  'forwardedAt',
  'acceptedAt',
  'declinedAt',
  'repliedAt',
  'closedAt',
  'reviewRequestedAt',
  'reviewRepliedAt',
  'rereviewRequestedAt',
  'rereviewRepliedAt',
  'ratedAt',
  'reopenedAfterClosingAt',
] as const;

/**
 * The case as it stood at `asOf`: later timestamps become null, and a rating given later is
 * removed with its satisfaction. Null when the case had not been received yet.
 */
export function factsAsOf<T extends KpiCaseFacts>(c: T, asOf: Date): T | null {
  const limit = asOf.getTime();
  if (c.receivedAt.getTime() > limit) return null;
  const out: T = { ...c };
  for (const field of DATE_FIELDS) {
    const at = out[field];
    if (at && at.getTime() > limit) out[field] = null;
  }
  if (!out.ratedAt) out.satisfaction = null;
  if (!out.reviewRepliedAt) out.reviewChanged = null;
  return out;
}

// --- predicates, one per clause of the formulas (all read facts already projected by factsAsOf) ---

function isReceivedIn(c: KpiCaseFacts, period: KpiPeriod): boolean {
  return isInPeriod(c.receivedAt, period);
}

/** Accepted or declined by the end of local day receipt + acceptanceDays (Art. 23). */
export function isTimelyAccepted(c: KpiCaseFacts, options?: ClockOptions): boolean {
  const decided = acceptanceDoneAt(c);
  return decided !== null && decided.getTime() <= acceptanceDueAt(c, options).getTime();
}

/** Decided, or still undecided with the acceptance window closed as of asOf. */
function isAcceptanceSettled(c: KpiCaseFacts, asOf: Date, options?: ClockOptions): boolean {
  return acceptanceDoneAt(c) !== null || asOf.getTime() > acceptanceDueAt(c, options).getTime();
}

/** Accepted and its handling due date (extension and pause included) falls in the period. */
function isDueIn(c: KpiCaseFacts, period: KpiPeriod, options?: ClockOptions): boolean {
  return isInPeriod(handlingDueAt(c, options), period);
}

/** Replied (or closed) by the handling due date. */
function isClosedOnTime(c: KpiCaseFacts, options?: ClockOptions): boolean {
  const due = handlingDueAt(c, options);
  const done = handlingDoneAt(c);
  return due !== null && done !== null && done.getTime() <= due.getTime();
}

/** Replied, or past the handling due date without a reply, as of asOf. */
function isHandlingSettled(c: KpiCaseFacts, asOf: Date, options?: ClockOptions): boolean {
  const due = handlingDueAt(c, options);
  return due !== null && (handlingDoneAt(c) !== null || asOf.getTime() > due.getTime());
}

/** Has a satisfaction rating with its time. */
function isRated(c: KpiCaseFacts): boolean {
  return c.satisfaction != null && c.ratedAt != null;
}

function isRatedIn(c: KpiCaseFacts, period: KpiPeriod): boolean {
  return isRated(c) && isInPeriod(c.ratedAt, period);
}

/** 满意 or 基本满意. */
function isSatisfied(c: KpiCaseFacts): boolean {
  return c.satisfaction === Satisfaction.SATISFIED || c.satisfaction === Satisfaction.BASICALLY_SATISFIED;
}

function isClosedIn(c: KpiCaseFacts, period: KpiPeriod): boolean {
  return isInPeriod(c.closedAt, period);
}

function isLeaderOwned(c: KpiCaseFacts): boolean {
  return c.leaderId != null;
}

/**
 * 化解: status CLOSED (hence not under review or re-review), closed, and the petitioner's first rating
 * is 满意 or 基本满意. A closed case nobody rated is not counted as resolved: silence is not consent.
 * `status` must be the case's status as of the KPI's asOf (the fold of the events up to it).
 */
export function isResolved(c: KpiCaseFacts): boolean {
  return c.status === S.CLOSED && c.closedAt != null && isRated(c) && isSatisfied(c);
}

/** Reopened for handling at some time after it was closed (as of asOf). */
function isReopened(c: KpiCaseFacts): boolean {
  return c.reopenedAfterClosingAt != null;
}

function isReviewAnsweredIn(c: KpiCaseFacts, period: KpiPeriod): boolean {
  return isInPeriod(c.reviewRepliedAt, period) && c.reviewChanged != null;
}

function isRepeat(c: KpiCaseFacts): boolean {
  return c.repeatOfId != null;
}

export interface KpiMembership {
  inDenominator: boolean;
  inNumerator: boolean;
}

function membershipOf(
  code: KpiCode,
  c: KpiCaseFacts,
  period: KpiPeriod,
  asOf: Date,
  options?: ClockOptions,
): KpiMembership {
  let inDenominator: boolean;
  let inNumerator: boolean;
  switch (code) {
    case KpiCode.TIMELY_ACCEPTANCE:
      inDenominator = isReceivedIn(c, period) && isAcceptanceSettled(c, asOf, options);
      inNumerator = isTimelyAccepted(c, options);
      break;
    case KpiCode.ON_TIME_CLOSURE:
      inDenominator = isDueIn(c, period, options) && isHandlingSettled(c, asOf, options);
      inNumerator = isClosedOnTime(c, options);
      break;
    case KpiCode.SATISFACTION:
      inDenominator = isRatedIn(c, period);
      inNumerator = isSatisfied(c);
      break;
    case KpiCode.RATING_PARTICIPATION:
      inDenominator = isClosedIn(c, period);
      inNumerator = isRated(c);
      break;
    case KpiCode.LEADER_RESOLUTION:
      inDenominator = isLeaderOwned(c) && isReceivedIn(c, period);
      inNumerator = isResolved(c);
      break;
    case KpiCode.REPEAT_RATE:
      inDenominator = isReceivedIn(c, period);
      inNumerator = isRepeat(c);
      break;
    case KpiCode.REOPEN_RATE:
      inDenominator = isClosedIn(c, period);
      inNumerator = isReopened(c);
      break;
    case KpiCode.REVIEW_CHANGE_RATE:
      inDenominator = isReviewAnsweredIn(c, period);
      inNumerator = c.reviewChanged === true;
      break;
  }
  return { inDenominator, inNumerator: inDenominator && inNumerator };
}

/**
 * Where one case stands in one KPI, so the API can list the cases behind a number. `raw` is the
 * case as stored; it is projected to asOf here. The numerator is always a subset of the denominator.
 */
export function kpiMembership(
  code: KpiCode,
  raw: KpiCaseFacts,
  period: KpiPeriod,
  asOf: Date,
  options?: ClockOptions,
): KpiMembership {
  assertPeriod(period);
  const c = factsAsOf(raw, asOf);
  return c ? membershipOf(code, c, period, asOf, options) : { inDenominator: false, inNumerator: false };
}

/** All KPIs over the cases for a period, read as of `asOf`. */
export function computeKpis(
  cases: readonly KpiCaseFacts[],
  period: KpiPeriod,
  asOf: Date,
  options?: ClockOptions,
): Record<KpiCode, KpiValue> {
  assertPeriod(period);
  const codes = Object.values(KpiCode);
  const counts = new Map(codes.map((code) => [code, { numerator: 0, denominator: 0 }]));
  for (const raw of cases) {
    const c = factsAsOf(raw, asOf);
    if (!c) continue;
    for (const code of codes) {
      const m = membershipOf(code, c, period, asOf, options);
      const n = counts.get(code);
      if (!n || !m.inDenominator) continue;
      n.denominator += 1;
      if (m.inNumerator) n.numerator += 1;
    }
  }
  return Object.fromEntries(
    codes.map((code) => {
      const n = counts.get(code) ?? { numerator: 0, denominator: 0 };
      return [code, kpiValue(n.numerator, n.denominator)];
    }),
  ) as Record<KpiCode, KpiValue>;
}
