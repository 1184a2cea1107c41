// Periods as the API reads them: local days (Asia/Shanghai) 'YYYY-MM-DD', both ends included.
import { addLocalDays, addLocalMonths, isLocalDate, localDate, samePeriodLastYear } from '@lianxin/domain';

export interface Period {
  from: string;
  to: string;
}

/** Today in Asia/Shanghai, whatever the browser's time zone. */
export function todayInShanghai(now: Date = new Date()): string {
  return localDate(now);
}

/** First day of the month of a local date. */
function monthStart(day: string): string {
  return addLocalMonths(day, 0);
}

/** First day of the month `n` months after (negative: before) the month of `day`. */
export const addMonths = addLocalMonths;

/** Last day of the month of `day`. */
export function monthEnd(day: string): string {
  return addLocalDays(addMonths(day, 1), -1);
}

/** The default period when the URL names none: the last 12 months, the current one included. */
export function defaultPeriod(today: string): Period {
  return { from: addMonths(today, -11), to: today };
}

/**
 * The one comparison the overview's cards and the wall state: the same period last year (同比), both ends
 * a year earlier, 29 February to the 28th — the domain's helper, which the wall's periods use too.
 */
export { samePeriodLastYear };

/** Twelve whole months ending with the month of `to` (the trend panel), cut at `to`. */
export function trendPeriod(to: string): Period {
  return { from: addMonths(to, -11), to };
}

/** First days of each month touched by the period, in order. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  const last = monthStart(period.to);
  for (let m = monthStart(period.from); m <= last; m = addMonths(m, 1)) months.push(m);
  return months;
}

/**
 * The month still running, when a chart's months include it: its numbers are up to today only, so
 * charts draw it apart (a trend's last bar is never a whole month's).
 */
export function partialMonth(months: readonly string[], today: string): string | null {
  const current = monthStart(today);
  return months.includes(current) ? current : null;
}

/** One month as a period, clipped to `within` when given (a click on a month bar keeps the page's limits). */
export function monthPeriod(month: string, within?: Period): Period {
  let from = monthStart(month);
  let to = monthEnd(month);
  if (within) {
    if (within.from > from) from = within.from;
    if (within.to < to) to = within.to;
  }
  return { from, to };
}

export function isPeriod(from: unknown, to: unknown): boolean {
  return (
    typeof from === 'string' && typeof to === 'string' && isLocalDate(from) && isLocalDate(to) && from <= to
  );
}
