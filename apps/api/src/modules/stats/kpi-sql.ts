// The domain's KPI formulas (packages/domain/src/kpi.ts) as SQL over `petition_case c`, clause by
// clause, read as of the `:asOf` parameter. The API's integration tests check both agree.
import { KpiCode } from '@lianxin/domain';

/** The date that places a case in a KPI's period. */
export type Anchor = 'RECEIVED' | 'DUE' | 'RATED' | 'CLOSED';

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
  // isResolved: closed as of asOf and not rated DISSATISFIED by then; status is the current one.
  [KpiCode.LEADER_RESOLUTION]: {
    anchor: 'RECEIVED',
    denominator: 'c.leader_id IS NOT NULL',
    numerator:
      "(c.status = 'CLOSED' AND c.closed_at <= :asOf AND " +
      "(c.satisfaction IS NULL OR c.satisfaction <> 'DISSATISFIED' OR c.rated_at > :asOf))",
  },
  [KpiCode.REPEAT_RATE]: {
    anchor: 'RECEIVED',
    denominator: ALWAYS,
    numerator: 'c.repeat_of_id IS NOT NULL',
  },
};

export const KPI_CODES = Object.values(KpiCode);
