// The KPIs straight from the event log: the reference the API's SQL (rollups, raw scans, as-of reads)
// must reproduce. A case counts in a KPI by the facts known at its read instant: asOf, or the close
// of the month its anchor date falls in when that came first (periods.ts) — so a closed month reads
// as it was known at its close, whatever happened since.

import type { ClockOptions } from './clock.js';
import { handlingDueAt } from './clock.js';
import {
  isInPeriod,
  KPI_DEFINITIONS,
  kpiMembership,
  kpiValue,
  KpiCode,
  type KpiAnchor,
  type KpiMembership,
  type KpiPeriod,
  type KpiValue,
} from './kpi.js';
import { DEFAULT_PERIOD_GRACE_DAYS, readInstant } from './periods.js';
import type { CaseFacts, StepEvent } from './case-facts.js';
import { foldEventsAsOf } from './step-apply.js';
import { localDate } from './time.js';

/** The anchor date of the facts, null when the case has none (not accepted, not rated …). */
export function anchorDate(anchor: KpiAnchor, f: CaseFacts, options?: ClockOptions): Date | null {
  switch (anchor) {
    case 'RECEIVED':
      return f.receivedAt;
    case 'DUE':
      return handlingDueAt(f, options);
    case 'RATED':
      return f.ratedAt;
    case 'CLOSED':
      return f.closedAt;
    case 'REVIEW_ANSWERED':
      return f.reviewRepliedAt;
  }
}

export interface EventKpiOptions extends ClockOptions {
  /** Grace days after a month before it closes; null: no closing (read everything at asOf). */
  graceDays?: number | null;
}

/** Where one case stands in one KPI, from its timeline alone. */
function kpiMembershipFromEvents(
  code: KpiCode,
  events: readonly StepEvent[],
  period: KpiPeriod,
  asOf: Date,
  options?: EventKpiOptions,
): KpiMembership {
  const none = { inDenominator: false, inNumerator: false };
  const now = foldEventsAsOf(events, asOf);
  if (!now) return none;
  const kind = KPI_DEFINITIONS[code].anchor;
  const anchor = anchorDate(kind, now, options);
  if (!anchor || !isInPeriod(anchor, period)) return none;
  const grace = options?.graceDays === undefined ? DEFAULT_PERIOD_GRACE_DAYS : options.graceDays;
  const at = grace === null ? asOf : readInstant(localDate(anchor), asOf, grace, kind);
  const facts = at.getTime() === asOf.getTime() ? now : foldEventsAsOf(events, at);
  return facts ? kpiMembership(code, facts, period, at, options) : none;
}

/** Every KPI over the timelines for a period, read as of asOf (closed months as of their close). */
export function computeKpisFromEvents(
  timelines: readonly (readonly StepEvent[])[],
  period: KpiPeriod,
  asOf: Date,
  options?: EventKpiOptions,
): Record<KpiCode, KpiValue> {
  const out = {} as Record<KpiCode, KpiValue>;
  for (const code of Object.values(KpiCode)) {
    let numerator = 0;
    let denominator = 0;
    for (const events of timelines) {
      const m = kpiMembershipFromEvents(code, events, period, asOf, options);
      if (m.inDenominator) denominator += 1;
      if (m.inNumerator) numerator += 1;
    }
    out[code] = kpiValue(numerator, denominator);
  }
  return out;
}
