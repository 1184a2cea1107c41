// KPI formulas over plain case facts. The API computes the same KPIs in SQL over a million cases;
// each predicate below is named so the SQL can mirror it clause by clause, and the tests here are
// the reference both must agree with.
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
import { type CaseStatus, CaseStatus as S, type Label, Satisfaction } from './enums.js';
import { isLocalDate, localDate } from './time.js';

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
  leaderId?: string | null;
  /** The earlier case this one repeats (重复访). */
  repeatOfId?: string | null;
}

export enum KpiCode {
  TIMELY_ACCEPTANCE = 'TIMELY_ACCEPTANCE',
  ON_TIME_CLOSURE = 'ON_TIME_CLOSURE',
  SATISFACTION = 'SATISFACTION',
  RATING_PARTICIPATION = 'RATING_PARTICIPATION',
  LEADER_RESOLUTION = 'LEADER_RESOLUTION',
  REPEAT_RATE = 'REPEAT_RATE',
}

export interface KpiDefinition {
  readonly code: KpiCode;
  readonly name: Label;
  readonly formula: Label;
  /** False for rates where lower is better (repeat petitions), so charts colour them the right way. */
  readonly higherIsBetter: boolean;
}

export const KPI_DEFINITIONS: Readonly<Record<KpiCode, KpiDefinition>> = Object.freeze({
  [KpiCode.TIMELY_ACCEPTANCE]: {
    code: KpiCode.TIMELY_ACCEPTANCE,
    name: { zh: '及时受理率', en: 'Timely acceptance rate' },
    formula: {
      zh: '期内登记且在登记次日起15日内（第15日24时前）作出受理或不予受理决定的件数 ÷ 期内登记且已作出决定或期限已届满的件数',
      en: 'Cases received in the period whose accept-or-decline decision came by the end of local day receipt + 15 ÷ cases received in the period that are decided or whose 15 days have run out',
    },
    higherIsBetter: true,
  },
  [KpiCode.ON_TIME_CLOSURE]: {
    code: KpiCode.ON_TIME_CLOSURE,
    name: { zh: '按期办结率', en: 'On-time closure rate' },
    formula: {
      zh: '办理期限（含延期、听证不计时间）届满日在期内且在期限内答复的件数 ÷ 办理期限届满日在期内且已答复或已逾期的件数',
      en: 'Cases whose handling due date (extension and hearing pause included) falls in the period and that were replied to by it ÷ cases due in the period that are replied to or past due',
    },
    higherIsBetter: true,
  },
  [KpiCode.SATISFACTION]: {
    code: KpiCode.SATISFACTION,
    name: { zh: '群众满意率', en: 'Satisfaction rate' },
    formula: {
      zh: '期内评价为“满意”或“基本满意”的件数 ÷ 期内评价的件数（按评价时间）',
      en: 'Cases rated "satisfied" or "basically satisfied" in the period ÷ cases rated in the period (by rating time)',
    },
    higherIsBetter: true,
  },
  [KpiCode.RATING_PARTICIPATION]: {
    code: KpiCode.RATING_PARTICIPATION,
    name: { zh: '参评率', en: 'Rating participation' },
    formula: {
      zh: '期内办结且已评价的件数 ÷ 期内办结的件数（按办结时间）',
      en: 'Cases closed in the period that have been rated ÷ cases closed in the period (by closing time)',
    },
    higherIsBetter: true,
  },
  [KpiCode.LEADER_RESOLUTION]: {
    code: KpiCode.LEADER_RESOLUTION,
    name: { zh: '包案化解率', en: 'Leader case resolution rate' },
    formula: {
      zh: '期内登记的领导包案件中已办结（不在复查、复核中）且评价不为“不满意”的件数 ÷ 期内登记的领导包案件数',
      en: 'Leader-owned cases received in the period that are closed (not under review or re-review) and not rated "dissatisfied" ÷ leader-owned cases received in the period',
    },
    higherIsBetter: true,
  },
  [KpiCode.REPEAT_RATE]: {
    code: KpiCode.REPEAT_RATE,
    name: { zh: '重复访率', en: 'Repeat petition rate' },
    formula: {
      zh: '期内登记的重复信访件数 ÷ 期内登记的件数',
      en: 'Repeat petitions received in the period ÷ cases received in the period',
    },
    higherIsBetter: false,
  },
});

export function kpiValue(numerator: number, denominator: number): KpiValue {
  return { numerator, denominator, rate: denominator === 0 ? null : numerator / denominator };
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
  return out;
}

// --- predicates, one per clause of the formulas (all read facts already projected by factsAsOf) ---

export function isReceivedIn(c: KpiCaseFacts, period: KpiPeriod): boolean {
  return isInPeriod(c.receivedAt, period);
}

/** Accepted or declined by the end of local day receipt + acceptanceDays (Art. 23). */
export function isTimelyAccepted(c: KpiCaseFacts, options?: ClockOptions): boolean {
  const decided = acceptanceDoneAt(c);
  return decided !== null && decided.getTime() <= acceptanceDueAt(c, options).getTime();
}

/** Decided, or still undecided with the acceptance window closed as of asOf. */
export function isAcceptanceSettled(c: KpiCaseFacts, asOf: Date, options?: ClockOptions): boolean {
  return acceptanceDoneAt(c) !== null || asOf.getTime() > acceptanceDueAt(c, options).getTime();
}

/** Accepted and its handling due date (extension and pause included) falls in the period. */
export function isDueIn(c: KpiCaseFacts, period: KpiPeriod, options?: ClockOptions): boolean {
  return isInPeriod(handlingDueAt(c, options), period);
}

/** Replied (or closed) by the handling due date. */
export function isClosedOnTime(c: KpiCaseFacts, options?: ClockOptions): boolean {
  const due = handlingDueAt(c, options);
  const done = handlingDoneAt(c);
  return due !== null && done !== null && done.getTime() <= due.getTime();
}

/** Replied, or past the handling due date without a reply, as of asOf. */
export function isHandlingSettled(c: KpiCaseFacts, asOf: Date, options?: ClockOptions): boolean {
  const due = handlingDueAt(c, options);
  return due !== null && (handlingDoneAt(c) !== null || asOf.getTime() > due.getTime());
}

/** Has a satisfaction rating with its time. */
export function isRated(c: KpiCaseFacts): boolean {
  return c.satisfaction != null && c.ratedAt != null;
}

export function isRatedIn(c: KpiCaseFacts, period: KpiPeriod): boolean {
  return isRated(c) && isInPeriod(c.ratedAt, period);
}

/** 满意 or 基本满意. */
export function isSatisfied(c: KpiCaseFacts): boolean {
  return c.satisfaction === Satisfaction.SATISFIED || c.satisfaction === Satisfaction.BASICALLY_SATISFIED;
}

export function isClosedIn(c: KpiCaseFacts, period: KpiPeriod): boolean {
  return isInPeriod(c.closedAt, period);
}

export function isLeaderOwned(c: KpiCaseFacts): boolean {
  return c.leaderId != null;
}

/**
 * 化解: status CLOSED (hence not under review or re-review), closed as of asOf, and not rated
 * DISSATISFIED. An unrated closed case counts as resolved: the petitioner has not objected.
 * Status is the case's current one; it is not projected back to asOf.
 */
export function isResolved(c: KpiCaseFacts): boolean {
  return c.status === S.CLOSED && c.closedAt != null && c.satisfaction !== Satisfaction.DISSATISFIED;
}

export function isRepeat(c: KpiCaseFacts): boolean {
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
