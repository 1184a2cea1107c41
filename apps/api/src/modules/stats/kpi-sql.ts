// The domain's KPI formulas (packages/domain/src/kpi.ts) as SQL over `petition_case c`, clause by
// clause, read as of the `:asOf` parameter. The API's integration tests check both agree.
import { KpiCode, type KpiAnchor } from '@lianxin/domain';

/** The date that places a case in a KPI's period (the dictionary's `anchor`, KPI_DEFINITIONS). */
export type Anchor = KpiAnchor;

export interface KpiSql {
  anchor: Anchor;
  /** Beyond being anchored in the period: when the case counts in the denominator. */
  denominator: string;
  /** Within the denominator: when it counts in the numerator. */
  numerator: string;
}

const ALWAYS = '1 = 1';

export const KPI_SQL: Readonly<Record<KpiCode, KpiSql>> = {
  // isAcceptanceSettled / isTimelyAccepted: decided (acceptedAt ?? declinedAt, as of asOf) by the
  // end of local day receipt + 15; undecided cases count once their window has closed.
  [KpiCode.TIMELY_ACCEPTANCE]: {
    anchor: 'RECEIVED',
    denominator: '(c.accepted_at <= :asOf OR c.declined_at <= :asOf OR c.acceptance_due_at < :asOf)',
    numerator:
      '((c.accepted_at <= :asOf AND c.accepted_at <= c.acceptance_due_at) OR ' +
      '((c.accepted_at IS NULL OR c.accepted_at > :asOf) AND c.declined_at <= :asOf AND c.declined_at <= c.acceptance_due_at))',
  },
  // isHandlingSettled / isClosedOnTime: replied (repliedAt ?? closedAt) by the handling due date.
  [KpiCode.ON_TIME_CLOSURE]: {
    anchor: 'DUE',
    denominator: '(c.replied_at <= :asOf OR c.closed_at <= :asOf OR c.due_at < :asOf)',
    numerator:
      '((c.replied_at <= :asOf AND c.replied_at <= c.due_at) OR ' +
      '((c.replied_at IS NULL OR c.replied_at > :asOf) AND c.closed_at <= :asOf AND c.closed_at <= c.due_at))',
  },
  [KpiCode.SATISFACTION]: {
    anchor: 'RATED',
    denominator: ALWAYS,
    numerator: "c.satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED')",
  },
  [KpiCode.RATING_PARTICIPATION]: {
    anchor: 'CLOSED',
    denominator: ALWAYS,
    numerator: '(c.rated_at <= :asOf AND c.satisfaction IS NOT NULL)',
  },
  // isLeaderOwned / isResolved: status CLOSED, closed as of asOf, and rated (isRated, as of asOf)
  // satisfied or basically satisfied (isSatisfied). A closed case without a rating is not resolved.
  [KpiCode.LEADER_RESOLUTION]: {
    anchor: 'RECEIVED',
    denominator: 'c.leader_id IS NOT NULL',
    numerator:
      "(c.status = 'CLOSED' AND c.closed_at <= :asOf AND c.rated_at <= :asOf AND " +
      "c.satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED'))",
  },
  [KpiCode.REPEAT_RATE]: {
    anchor: 'RECEIVED',
    denominator: ALWAYS,
    numerator: 'c.repeat_of_id IS NOT NULL',
  },
  // isClosedIn / isReopened: reopened after it had been closed, as of asOf (the anchor is the first closing).
  [KpiCode.REOPEN_RATE]: {
    anchor: 'CLOSED',
    denominator: ALWAYS,
    numerator: 'c.reopened_after_closing_at <= :asOf',
  },
  // isReviewAnsweredIn: answered in the period (the anchor) with changed-or-upheld recorded; numerator
  // reviewChanged === true. The flag is written with the answer, so the anchor's asOf covers it.
  [KpiCode.REVIEW_CHANGE_RATE]: {
    anchor: 'REVIEW_ANSWERED',
    denominator: 'c.review_changed IS NOT NULL',
    numerator: 'c.review_changed = TRUE',
  },
};

export const KPI_CODES = Object.values(KpiCode);

/**
 * True where `condition` is not true. A plain NOT would drop the rows where it is NULL (a numerator
 * over an unset date is NULL, not false), and those cases are exactly the ones a missed list must hold.
 */
export function notTrue(condition: string): string {
  return `(CASE WHEN ${condition} THEN 1 ELSE 0 END) = 0`;
}

/**
 * A KPI's missed cases beyond its anchor: in the denominator and not in the numerator, so that their
 * number is denominator − numerator exactly.
 */
export function missedSql(code: KpiCode): string {
  const { denominator, numerator } = KPI_SQL[code];
  return `(${denominator} AND ${notTrue(numerator)})`;
}

/**
 * Late (the case filter's `late`): missed a statutory deadline as of `:asOf` — counted against
 * 及时受理率 or 按期办结率, whatever month either falls in. The KPIs' own clauses, so a late filter and
 * the missed lists of those two KPIs never disagree about a case. 按期办结率's anchor (a due date, set on
 * acceptance) is said here since no period applies it: without it a declined case, closed and with no
 * due date, would read as closed late.
 */
export const LATE_SQL =
  `(${missedSql(KpiCode.TIMELY_ACCEPTANCE)} OR ` +
  `(c.accepted_at <= :asOf AND c.due_at IS NOT NULL AND ${missedSql(KpiCode.ON_TIME_CLOSURE)}))`;

/**
 * The same formulas with asOf = now, per anchor month, as counters of `case_month_rollup`. With asOf
 * now every recorded fact has happened, so `x <= :asOf` is true wherever x is set; what still depends
 * on the clock (undecided or unreplied cases whose window has closed) is counted live — see
 * PENDING_SQL — because it changes at midnight without any write.
 */
export const ROLLUP_COUNTERS: Readonly<Record<Anchor, Readonly<Record<string, string>>>> = {
  RECEIVED: {
    received: '1 = 1',
    decided: '(c.accepted_at IS NOT NULL OR c.declined_at IS NOT NULL)',
    decided_timely:
      '((c.accepted_at IS NOT NULL AND c.accepted_at <= c.acceptance_due_at) OR ' +
      '(c.accepted_at IS NULL AND c.declined_at IS NOT NULL AND c.declined_at <= c.acceptance_due_at))',
    leader_owned: 'c.leader_id IS NOT NULL',
    leader_resolved:
      "(c.leader_id IS NOT NULL AND c.status = 'CLOSED' AND c.closed_at IS NOT NULL AND " +
      "c.rated_at IS NOT NULL AND c.satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED'))",
    repeats: 'c.repeat_of_id IS NOT NULL',
    // Not yet decided: in a closed month every such case's window has passed (see CLOSED_MONTH_PENDING).
    undecided: '(c.accepted_at IS NULL AND c.declined_at IS NULL)',
  },
  DUE: {
    handled: '(c.replied_at IS NOT NULL OR c.closed_at IS NOT NULL)',
    unhandled: '(c.replied_at IS NULL AND c.closed_at IS NULL)',
    handled_on_time:
      '((c.replied_at IS NOT NULL AND c.replied_at <= c.due_at) OR ' +
      '(c.replied_at IS NULL AND c.closed_at IS NOT NULL AND c.closed_at <= c.due_at))',
  },
  RATED: {
    rated: '1 = 1',
    satisfied: "c.satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED')",
  },
  CLOSED: {
    closed: '1 = 1',
    closed_rated: '(c.rated_at IS NOT NULL AND c.satisfaction IS NOT NULL)',
    closed_reopened: 'c.reopened_after_closing_at IS NOT NULL',
  },
  REVIEW_ANSWERED: {
    reviews_answered: 'c.review_changed IS NOT NULL',
    reviews_changed: 'c.review_changed = TRUE',
  },
};

/** Each KPI from rollup counters: numerator and denominator columns (plus the live pending part). */
export const KPI_FROM_ROLLUP: Readonly<Record<KpiCode, { numerator: string; denominator: string }>> = {
  [KpiCode.TIMELY_ACCEPTANCE]: { numerator: 'decided_timely', denominator: 'decided' },
  [KpiCode.ON_TIME_CLOSURE]: { numerator: 'handled_on_time', denominator: 'handled' },
  [KpiCode.SATISFACTION]: { numerator: 'satisfied', denominator: 'rated' },
  [KpiCode.RATING_PARTICIPATION]: { numerator: 'closed_rated', denominator: 'closed' },
  [KpiCode.LEADER_RESOLUTION]: { numerator: 'leader_resolved', denominator: 'leader_owned' },
  [KpiCode.REPEAT_RATE]: { numerator: 'repeats', denominator: 'received' },
  [KpiCode.REOPEN_RATE]: { numerator: 'closed_reopened', denominator: 'closed' },
  [KpiCode.REVIEW_CHANGE_RATE]: { numerator: 'reviews_changed', denominator: 'reviews_answered' },
};

/**
 * Cases in a denominator but not yet in the rollup's: still undecided (or unreplied) with their window
 * closed as of `:asOf`. Few by nature (open cases only), found through the status index. Counted live
 * only in months still open: in a closed month (read as known at its close, which comes months after
 * every acceptance window and after every due date of the month) all of them are in, and the rollup's
 * counter says how many (CLOSED_MONTH_PENDING).
 */
export const PENDING_SQL: Partial<
  Record<
    KpiCode,
    { anchor: Anchor; condition: string; /** The few cases it can hold, for SQLite. */ index: string }
  >
> = {
  [KpiCode.TIMELY_ACCEPTANCE]: {
    anchor: 'RECEIVED',
    condition:
      "c.status = 'REGISTERED' AND c.accepted_at IS NULL AND c.declined_at IS NULL AND c.acceptance_due_at < :asOf",
    index: 'idx_case_status_received',
  },
  [KpiCode.ON_TIME_CLOSURE]: {
    anchor: 'DUE',
    condition:
      "c.status IN ('ACCEPTED', 'IN_PROGRESS') AND c.replied_at IS NULL AND c.closed_at IS NULL AND c.due_at < :asOf",
    index: 'idx_case_unhandled_due',
  },
};

/** The rollup counter of each pending part: all of it belongs to the denominator once the month has closed. */
export const CLOSED_MONTH_PENDING: Partial<Record<KpiCode, string>> = {
  [KpiCode.TIMELY_ACCEPTANCE]: 'undecided',
  [KpiCode.ON_TIME_CLOSURE]: 'unhandled',
};
