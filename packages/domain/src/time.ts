// Local-day arithmetic for Asia/Shanghai.
//
// Mainland China has kept one fixed offset, UTC+08:00, with no daylight saving since 1991, so a
// constant offset is exact for every date this platform handles. Using it instead of Intl time
// zones keeps the results identical on servers whose ICU data is trimmed (small-icu Node builds,
// Alpine images) or whose TZ is not Asia/Shanghai — the failure this avoids is a deadline that
// moves by a day depending on which machine computed it.

const MS_PER_DAY = 86_400_000;
/** Asia/Shanghai offset from UTC in milliseconds (fixed UTC+08:00, see above). */
export const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written 'YYYY-MM-DD' (rejects 2023-02-30). */
export function isLocalDate(value: string): boolean {
  const m = LOCAL_DATE_RE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d));
  return new Date(ms).toISOString().slice(0, 10) === value;
}

/** Midnight UTC of the given local date, used as a day index; throws on malformed input. */
function dayIndexMs(dateStr: string): number {
  if (!isLocalDate(dateStr))
    throw new RangeError(`Not a local date (YYYY-MM-DD): ${JSON.stringify(dateStr)}`);
  return Date.parse(`${dateStr}T00:00:00.000Z`);
}

function assertInstant(instant: Date): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
  return ms;
}

/** The local date ('YYYY-MM-DD') in Asia/Shanghai at which `instant` falls. */
export function localDate(instant: Date): string {
  return new Date(assertInstant(instant) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The local month ('YYYY-MM') in Asia/Shanghai at which `instant` falls. */
export function localMonth(instant: Date): string {
  return localDate(instant).slice(0, 7);
}

/** 00:00:00.000 +08:00 of the local date. */
export function startOfLocalDay(dateStr: string): Date {
  return new Date(dayIndexMs(dateStr) - SHANGHAI_OFFSET_MS);
}

/** 23:59:59.999 +08:00 of the local date: the last instant that still counts as "within" that day. */
export function endOfLocalDay(dateStr: string): Date {
  return new Date(dayIndexMs(dateStr) - SHANGHAI_OFFSET_MS + MS_PER_DAY - 1);
}

/** The local date `n` calendar days after (negative: before) `dateStr`. */
export function addLocalDays(dateStr: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Day count must be an integer: ${n}`);
  return new Date(dayIndexMs(dateStr) + n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The first day of the month `n` months after (negative: before; 0: the same) the month of `dateStr`. */
export function addLocalMonths(dateStr: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Month count must be an integer: ${n}`);
  const month = Number(dateStr.slice(0, 4)) * 12 + Number(dateStr.slice(5, 7)) - 1 + n;
  const year = Math.floor(month / 12);
  return `${String(year).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}-01`;
}

/** The month ('YYYY-MM') `n` months after (negative: before) the month of `value` (a month or a date). */
export function addMonthKey(value: string, n: number): string {
  return addLocalMonths(value, n).slice(0, 7);
}

/** Whole months from the month of `from` to the month of `to` (months or dates; negative when earlier). */
export function diffMonthKeys(from: string, to: string): number {
  const index = (v: string) => Number(v.slice(0, 4)) * 12 + Number(v.slice(5, 7));
  return index(to) - index(from);
}

/** Whole calendar days from local date `from` to local date `to` (negative when `to` is earlier). */
export function diffLocalDays(from: string, to: string): number {
  return Math.round((dayIndexMs(to) - dayIndexMs(from)) / MS_PER_DAY);
}

/** Day of week of a local date: 0 = Sunday … 6 = Saturday. */
export function localDayOfWeek(dateStr: string): number {
  return new Date(dayIndexMs(dateStr)).getUTCDay();
}

/**
 * A year's official non-working days and the weekend days turned into working days (调休).
 * Both are local dates 'YYYY-MM-DD'.
 */
export interface HolidayCalendar {
  readonly holidays: readonly string[];
  readonly workdays: readonly string[];
}

interface CalendarIndex {
  readonly holidays: ReadonlySet<string>;
  readonly workdays: ReadonlySet<string>;
}

// Working-day counting walks day by day; without an index each step would scan the arrays.
const calendarIndexes = new WeakMap<HolidayCalendar, CalendarIndex>();

function indexOf(calendar: HolidayCalendar): CalendarIndex {
  let index = calendarIndexes.get(calendar);
  if (!index) {
    index = { holidays: new Set(calendar.holidays), workdays: new Set(calendar.workdays) };
    calendarIndexes.set(calendar, index);
  }
  return index;
}

/**
 * Whether government offices work on the local date: a 调休 workday always works, an official
 * holiday never does, otherwise Monday to Friday.
 */
export function isWorkingDay(dateStr: string, calendar: HolidayCalendar): boolean {
  const { holidays, workdays } = indexOf(calendar);
  if (workdays.has(dateStr)) return true;
  if (holidays.has(dateStr)) return false;
  const dow = localDayOfWeek(dateStr);
  return dow !== 0 && dow !== 6;
}

/**
 * The local date on which the `n`-th working day after `dateStr` falls; `dateStr` itself is not
 * counted. `n` = 0 returns `dateStr` unchanged.
 */
export function addWorkingDays(dateStr: string, n: number, calendar: HolidayCalendar): string {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`Working-day count must be a non-negative integer: ${n}`);
  let day = dateStr;
  dayIndexMs(day);
  for (let left = n; left > 0;) {
    day = addLocalDays(day, 1);
    if (isWorkingDay(day, calendar)) left -= 1;
  }
  return day;
}

/** Joins calendars (e.g. one per year) into one. */
export function mergeCalendars(...calendars: readonly HolidayCalendar[]): HolidayCalendar {
  return {
    holidays: [...new Set(calendars.flatMap((c) => c.holidays))].sort(),
    workdays: [...new Set(calendars.flatMap((c) => c.workdays))].sort(),
  };
}
