// How many cases arrive on each local day: a yearly quota spread over the days by a seasonal weight
// (irrigation in the growing season, wages before Spring Festival …), weekends quieter.

import { CategoryCode as C } from '@lianxin/domain';
import { dayEnd, dayFromYmd, dayOf, dayStart, parseLocalDay, ymdOf } from './days.js';
import { DEFAULT_SEED } from './district.js';
import { cumulate, Prng } from './prng.js';

export interface SeedOptions {
  /** PRNG seed; default 20231120 (the day of the article's home visits). */
  seed?: number;
  /** Last local day ('YYYY-MM-DD', inclusive) of generated activity; statuses are as of its end. */
  until: string;
  /** Cases received per full year; default 3,500. The last, partial year gets its share by days. */
  casesPerYear?: number;
  /** Exact total number of cases over the whole range; overrides casesPerYear. */
  cases?: number;
  /**
   * The instant after which nothing exists yet (default: the end of local day `until`): cases
   * received later are not yielded and every timeline is cut there, so a seed loaded at noon holds
   * no event dated in the afternoon. The quotas still come from `until`, so the stream up to `now`
   * is the same as without it.
   */
  now?: Date;
}

const FIRST_DAY = dayFromYmd(2021, 1, 1);
const DEFAULT_CASES_PER_YEAR = 3500;

export const CATEGORY_ORDER: readonly C[] = Object.values(C);

// Share of a year's cases per category (relative weights).
const BASE: Readonly<Record<C, number>> = {
  [C.TREE_SHADING]: 5,
  [C.IRRIGATION]: 10,
  [C.LAND_CONTRACT]: 12,
  [C.HOMESTEAD]: 9,
  [C.LAND_REQUISITION]: 7,
  [C.UNPAID_WAGES]: 9,
  [C.FAMILY]: 8,
  [C.NEIGHBOURS]: 12,
  [C.POLLUTION]: 6,
  [C.LITIGATION]: 6,
  [C.BENEFITS]: 10,
  [C.OTHER]: 6,
};

// Monthly multipliers, January first. Irrigation follows the Yellow River irrigation season
// (April–August) and the winter watering 冬灌 of October–November; shade matters while crops grow; land and
// homestead disputes come with spring ploughing and autumn harvest; wages before Spring Festival.
const SPRING_AUTUMN = [0.6, 0.6, 1.6, 1.6, 1.6, 0.8, 0.7, 0.8, 1.5, 1.5, 1.5, 0.6];
const MONTHLY: Partial<Record<C, readonly number[]>> = {
  [C.IRRIGATION]: [0.2, 0.2, 0.5, 1.8, 2.2, 2.2, 2.4, 1.8, 0.6, 1.3, 1.6, 0.2],
  [C.TREE_SHADING]: [0.2, 0.2, 0.2, 0.7, 2, 2, 2, 2, 2, 0.7, 0.2, 0.2],
  [C.LAND_CONTRACT]: SPRING_AUTUMN,
  [C.HOMESTEAD]: SPRING_AUTUMN,
  [C.UNPAID_WAGES]: [3, 2, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 1, 1.8],
};

/** Category weights of each month (0 = January) as cumulative tables, and their totals. */
export const MONTH_CATEGORY_CUMULATIVE: readonly Float64Array[] = Array.from({ length: 12 }, (_, m) =>
  cumulate(CATEGORY_ORDER.map((c) => BASE[c] * (MONTHLY[c]?.[m] ?? 1))),
);
const MONTH_TOTAL = MONTH_CATEGORY_CUMULATIVE.map((t) => t[t.length - 1] as number);

interface YearSpan {
  year: number;
  firstDay: number;
  lastDay: number;
  /** Global index (0-based) of the year's first case. */
  firstIndex: number;
  count: number;
}

export interface Schedule {
  seed: number;
  firstDay: number;
  lastDay: number;
  /** Last instant that may carry an event or a receipt: the earlier of `now` and the end of `until`. */
  endMs: number;
  /** Cases per day, index 0 = firstDay. */
  counts: Int32Array;
  /** Global index of each day's first case. */
  starts: Int32Array;
  /** Month 0–11 of each day. */
  months: Uint8Array;
  total: number;
  years: YearSpan[];
}

function checkCount(value: number | undefined, name: string): void {
  if (value !== undefined && (!Number.isInteger(value) || value < 0)) {
    throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
}

export function buildSchedule(options: SeedOptions): Schedule {
  checkCount(options.cases, 'cases');
  checkCount(options.casesPerYear, 'casesPerYear');
  const seed = options.seed ?? DEFAULT_SEED;
  const lastDay = parseLocalDay(options.until);
  const now = options.now;
  if (now !== undefined && !(now instanceof Date && Number.isFinite(now.getTime())))
    throw new RangeError(`now must be a valid Date, got ${String(now)}`);
  if (lastDay < FIRST_DAY) throw new RangeError(`until must be 2021-01-01 or later, got ${options.until}`);
  const perYear = options.casesPerYear ?? DEFAULT_CASES_PER_YEAR;
  const nDays = lastDay - FIRST_DAY + 1;

  // Day weights with ±15 % noise so no two weeks look alike.
  const rng = new Prng(seed, 2);
  const weights = new Float64Array(nDays);
  const months = new Uint8Array(nDays);
  for (let i = 0; i < nDays; i++) {
    const { month, weekday } = ymdOf(FIRST_DAY + i);
    months[i] = month - 1;
    const weekend = weekday === 0 || weekday === 6 ? 0.45 : 1;
    weights[i] = (MONTH_TOTAL[month - 1] as number) * weekend * (0.85 + 0.3 * rng.next());
  }

  const years: YearSpan[] = [];
  for (let year = 2021; ; year++) {
    const first = Math.max(FIRST_DAY, dayFromYmd(year, 1, 1));
    if (first > lastDay) break;
    const last = Math.min(lastDay, dayFromYmd(year, 12, 31));
    years.push({ year, firstDay: first, lastDay: last, firstIndex: 0, count: 0 });
  }
  // Quotas: `cases` spread evenly by days over the range; otherwise casesPerYear, pro-rated by days.
  let daysSoFar = 0;
  for (const y of years) {
    const days = y.lastDay - y.firstDay + 1;
    if (options.cases !== undefined) {
      y.count =
        Math.round((options.cases * (daysSoFar + days)) / nDays) -
        Math.round((options.cases * daysSoFar) / nDays);
    } else {
      const daysInYear = dayFromYmd(y.year + 1, 1, 1) - dayFromYmd(y.year, 1, 1);
      y.count = Math.round((perYear * days) / daysInYear);
    }
    daysSoFar += days;
  }

  const counts = new Int32Array(nDays);
  const starts = new Int32Array(nDays);
  let index = 0;
  for (const y of years) {
    y.firstIndex = index;
    const from = y.firstDay - FIRST_DAY;
    const to = y.lastDay - FIRST_DAY;
    let total = 0;
    for (let i = from; i <= to; i++) total += weights[i] as number;
    // Cumulative rounding hands out exactly y.count cases, never a fraction.
    let cum = 0;
    let given = 0;
    for (let i = from; i <= to; i++) {
      cum += weights[i] as number;
      const upTo = i === to ? y.count : Math.round((y.count * cum) / total);
      counts[i] = upTo - given;
      starts[i] = index + given;
      given = upTo;
    }
    index += y.count;
  }
  return {
    seed,
    firstDay: FIRST_DAY,
    lastDay,
    endMs: now === undefined ? dayEnd(lastDay) : Math.min(dayEnd(lastDay), now.getTime()),
    counts,
    starts,
    months,
    total: index,
    years,
  };
}

// PRNG streams of the arrival times: one per day, so the times of any day can be drawn on their own
// (plannedCaseCount needs only the day of `now`) and do not depend on how many draws earlier cases took.
const ARRIVAL_STREAM = 1000;

/**
 * Seconds after local midnight at which the `n` cases of `day` arrive, ascending. Most come in
 * office hours; online and phone petitions come at any hour.
 */
export function arrivalSeconds(seed: number, day: number, n: number): Float64Array {
  const rng = new Prng(seed, ARRIVAL_STREAM + day - FIRST_DAY);
  const times = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const minute = rng.chance(0.85) ? 510 + rng.int(570) : rng.int(1440);
    times[j] = minute * 60 + rng.int(60);
  }
  return times.sort();
}

/**
 * Exactly how many cases generateCases will yield for these options (for a progress bar): the
 * schedule's total, or with `now` before the end of `until` the cases received by `now`.
 */
export function plannedCaseCount(options: SeedOptions): number {
  const s = buildSchedule(options);
  if (s.endMs === dayEnd(s.lastDay)) return s.total;
  const cutDay = dayOf(s.endMs);
  if (cutDay < s.firstDay) return 0;
  const i = cutDay - s.firstDay;
  let count = s.starts[i] as number;
  for (const second of arrivalSeconds(s.seed, cutDay, s.counts[i] as number)) {
    if (dayStart(cutDay) + second * 1000 <= s.endMs) count++;
  }
  return count;
}
