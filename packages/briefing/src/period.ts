// The period of a briefing: a month (2023-11), a quarter (2023-Q4), a year (2023) or any range of days
// (2023-11-01..2023-11-15), with the two it is compared with — the period before and the same period
// last year — and its printed name.
import { addLocalDays, addLocalMonths, diffLocalDays, isLocalDate } from '@lianxin/domain';
import type { BriefingLocale } from './analysis.js';

type PeriodKind = 'month' | 'quarter' | 'year' | 'range';

/** Days, inclusive (YYYY-MM-DD, Asia/Shanghai). */
export interface DayRange {
  from: string;
  to: string;
}

export interface BriefingPeriod extends DayRange {
  kind: PeriodKind;
  /** The period before: the previous month, quarter or year; for a range, as many days just before. */
  previous: DayRange;
  /** The same period a year earlier (29 February becomes the 28th). */
  lastYear: DayRange;
}

/** Longest range a briefing covers: a year's briefing is the largest the product writes. */
const MAX_RANGE_DAYS = 366;

const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/i;
const YEAR = /^(\d{4})$/;
const RANGE = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

/** A period that cannot be read: its message says what is accepted. */
export class PeriodError extends Error {}

const lastDayOf = (firstDay: string, months: number) => addLocalDays(addLocalMonths(firstDay, months), -1);

/** The same day a year earlier; 29 February becomes the 28th. */
function yearBefore(day: string): string {
  const shifted = `${String(Number(day.slice(0, 4)) - 1).padStart(4, '0')}${day.slice(4)}`;
  return isLocalDate(shifted) ? shifted : addLocalDays(`${shifted.slice(0, 8)}01`, 27);
}

/** Whole months from `from` (a first day) when `to` is the last day of one: their number, else null. */
function wholeMonths(range: DayRange): number | null {
  if (!range.from.endsWith('-01')) return null;
  for (let n = 1; n <= 12; n++) if (lastDayOf(range.from, n) === range.to) return n;
  return null;
}

function ofMonths(from: string, months: number): BriefingPeriod {
  const month = Number(from.slice(5, 7));
  const kind: PeriodKind | null =
    months === 1
      ? 'month'
      : months === 3 && month % 3 === 1
        ? 'quarter'
        : months === 12 && month === 1
          ? 'year'
          : null;
  const to = lastDayOf(from, months);
  const lastYearFrom = addLocalMonths(from, -12);
  if (kind === null) return ofRange({ from, to });
  return {
    kind,
    from,
    to,
    previous: { from: addLocalMonths(from, -months), to: addLocalDays(from, -1) },
    lastYear: { from: lastYearFrom, to: lastDayOf(lastYearFrom, months) },
  };
}

function ofRange(range: DayRange): BriefingPeriod {
  const days = diffLocalDays(range.from, range.to) + 1;
  return {
    kind: 'range',
    ...range,
    previous: { from: addLocalDays(range.from, -days), to: addLocalDays(range.from, -1) },
    lastYear: { from: yearBefore(range.from), to: yearBefore(range.to) },
  };
}

/**
 * Reads `2023-11`, `2023-Q4`, `2023` or `2023-11-01..2023-11-15`. A range that is a whole month,
 * quarter or year is that period (the dashboard sends its filter's days). Throws PeriodError.
 */
export function parsePeriod(text: string): BriefingPeriod {
  const value = text.trim();
  let m: RegExpExecArray | null;
  if ((m = MONTH.exec(value)) && Number(m[2]) >= 1 && Number(m[2]) <= 12) return ofMonths(`${value}-01`, 1);
  if ((m = QUARTER.exec(value)))
    return ofMonths(`${m[1]}-${String(Number(m[2]) * 3 - 2).padStart(2, '0')}-01`, 3);
  if ((m = YEAR.exec(value))) return ofMonths(`${m[1]}-01-01`, 12);
  if ((m = RANGE.exec(value)) && isLocalDate(m[1]!) && isLocalDate(m[2]!)) {
    const range = { from: m[1]!, to: m[2]! };
    const days = diffLocalDays(range.from, range.to) + 1;
    if (days < 1) throw new PeriodError(`the period ends before it starts: ${value}`);
    if (days > MAX_RANGE_DAYS)
      throw new PeriodError(`a briefing covers at most ${MAX_RANGE_DAYS} days: ${value} has ${days}`);
    const months = wholeMonths(range);
    return months === null ? ofRange(range) : ofMonths(range.from, months);
  }
  throw new PeriodError(
    `not a period: ${JSON.stringify(text.slice(0, 40))} (2023-11, 2023-Q4, 2023 or 2023-11-01..2023-11-15)`,
  );
}

const MONTHS_EN =
  'January February March April May June July August September October November December'.split(' ');
const QUARTERS_ZH = ['一', '二', '三', '四'];

/** A day as printed: 2023年11月1日, 1 November 2023. */
export function printedDay(day: string, locale: BriefingLocale): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return locale === 'zh-CN' ? `${y}年${m}月${d}日` : `${d} ${MONTHS_EN[m - 1]} ${y}`;
}

/** 1–4: the quarter of a period's first month. */
const quarterOf = (p: DayRange) => (Number(p.from.slice(5, 7)) + 2) / 3;

/** 2023-11, 2023-Q4, 2023, or 2023-11-01_2023-11-15: the period in a file name. */
export function periodKey(p: BriefingPeriod): string {
  switch (p.kind) {
    case 'month':
      return p.from.slice(0, 7);
    case 'quarter':
      return `${p.from.slice(0, 4)}-Q${quarterOf(p)}`;
    case 'year':
      return p.from.slice(0, 4);
    case 'range':
      return `${p.from}_${p.to}`;
  }
}

/** The period's name: 2023年11月 / November 2023, 2023年第四季度 / Q4 2023, 2023年 / 2023, or its days. */
export function periodLabel(p: BriefingPeriod, locale: BriefingLocale): string {
  const zh = locale === 'zh-CN';
  const year = Number(p.from.slice(0, 4));
  const month = Number(p.from.slice(5, 7));
  switch (p.kind) {
    case 'month':
      return zh ? `${year}年${month}月` : `${MONTHS_EN[month - 1]} ${year}`;
    case 'quarter':
      return zh ? `${year}年第${QUARTERS_ZH[quarterOf(p) - 1]}季度` : `Q${quarterOf(p)} ${year}`;
    case 'year':
      return zh ? `${year}年` : String(year);
    case 'range':
      return zh
        ? `${printedDay(p.from, locale)}至${printedDay(p.to, locale)}`
        : `${printedDay(p.from, locale)} to ${printedDay(p.to, locale)}`;
  }
}

/** The months a period touches, YYYY-MM (early warnings are monthly). */
export function monthsOf(range: DayRange): DayRange {
  return { from: range.from.slice(0, 7), to: range.to.slice(0, 7) };
}
