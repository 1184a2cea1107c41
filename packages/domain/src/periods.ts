// Closed periods: a month's KPIs become final once the month has ended, the cases it counts have had
// time to settle, and a grace period has passed. From then on the month is read as it was known at
// its close; only a recorded revision may change it.
//
// When a month closes depends on what places a case in it (the KPI's anchor date): a measure anchored
// on an outcome that comes at once (a rating, an answer, a due date) closes with the month; one
// anchored on receipt also judges what became of the case (包案化解率: resolved?), so it waits out the
// longest first-instance life (15 days to accept, 60 to handle, 30 of extension: 4 months); one
// anchored on closing waits for a reopening after review (30 days to ask, 30 to answer: 2 months).

import type { KpiAnchor } from './kpi.js';
import { addLocalDays, addLocalMonths, endOfLocalDay, isLocalDate } from './time.js';

/** Days after a month (and its anchor's settling months) before its KPIs close (config PERIOD_GRACE_DAYS). */
export const DEFAULT_PERIOD_GRACE_DAYS = 30;

/** Whole months a case anchored in a month needs to settle, per anchor date. */
export const SETTLING_MONTHS: Readonly<Record<KpiAnchor, number>> = Object.freeze({
  RECEIVED: 4,
  DUE: 0,
  RATED: 0,
  CLOSED: 2,
  REVIEW_ANSWERED: 0,
});

/**
 * The instant a month closes for an anchor: the end of local day (the month's last day, moved on by the
 * anchor's settling months, + graceDays). `month` is 'YYYY-MM' or any day in it.
 */
export function monthClosesAt(
  month: string,
  graceDays = DEFAULT_PERIOD_GRACE_DAYS,
  anchor: KpiAnchor = 'DUE',
): Date {
  const first = `${month.slice(0, 7)}-01`;
  if (!isLocalDate(first)) throw new RangeError(`Not a month: ${month}`);
  if (!Number.isInteger(graceDays) || graceDays < 0)
    throw new RangeError(`Grace days must be a non-negative integer: ${graceDays}`);
  const lastDay = addLocalDays(addLocalMonths(first, 1 + SETTLING_MONTHS[anchor]), -1);
  return endOfLocalDay(addLocalDays(lastDay, graceDays));
}

/** Whether the month (containing `day`) is closed at `now` for the anchor. */
export function isMonthClosed(
  day: string,
  now: Date,
  graceDays = DEFAULT_PERIOD_GRACE_DAYS,
  anchor: KpiAnchor = 'DUE',
): boolean {
  return now.getTime() > monthClosesAt(day, graceDays, anchor).getTime();
}

/** The instant facts of a case anchored on `day` are read at: asOf, or the close of day's month if earlier. */
export function readInstant(
  day: string,
  asOf: Date,
  graceDays = DEFAULT_PERIOD_GRACE_DAYS,
  anchor: KpiAnchor = 'DUE',
): Date {
  const close = monthClosesAt(day, graceDays, anchor);
  return close.getTime() < asOf.getTime() ? close : asOf;
}
