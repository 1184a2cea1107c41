// The district's early-warning detector: surveillance::farringtonFlexible (the improved Farrington
// method, Noufaily et al. 2013) on the monthly case counts of one place × category cell, with the
// settings chosen for monthly petition counts and two alphas for the two warning levels. The API's
// warning service and `pnpm backtest` both call `detectWarnings`, so what the backtest measures is
// what leaders see.
import { farringtonAtAlphas, type FarringtonControl } from '../farrington/index.js';
import { referenceData } from '../farrington/reference-window.js';

export type WarningLevel = 'RED' | 'YELLOW';

/** One-sided alphas of the two levels: RED is the stricter bound, YELLOW the earlier hint. */
export const WARNING_ALPHA: Readonly<Record<WarningLevel, number>> = Object.freeze({
  RED: 0.001,
  YELLOW: 0.01,
});

/** Most years of history the baseline looks back; fewer while the history is shorter. */
export const WARNING_MAX_YEARS = 3;
/** Fewest years of history a month needs before it is evaluated at all. */
const WARNING_MIN_YEARS = 2;

/**
 * The farringtonFlexible settings for monthly counts. Noufaily's weekly choices scaled to months:
 * a ±1-month window with the rest of each year in three blocks (noPeriods 4), the last 3 months
 * left out of the fit so an outbreak in progress does not raise its own baseline, past outbreaks
 * down-weighted (Anscombe residuals > 2.58), a trend only when significant, and the negative-binomial
 * plug-in threshold. limit54 [4, 1]: a month with fewer than 4 cases in the cell never warns.
 */
export const WARNING_CONTROL: Readonly<Omit<FarringtonControl, 'range' | 'b' | 'alpha'>> = Object.freeze({
  frequency: 12,
  w: 1,
  reweight: true,
  weightsThreshold: 2.58,
  trend: true,
  pThresholdTrend: 0.05,
  limit54: [4, 1] as [number, number],
  powertrans: '2/3',
  thresholdMethod: 'nbPlugin',
  noPeriods: 4,
  pastWeeksNotIncluded: 3,
});

/** The detector's verdict on one month of one cell. */
export interface WarningPoint {
  /** 0-based index of the month in the series. */
  index: number;
  observed: number;
  /** Baseline expectation; null where no model could be fitted. */
  expected: number | null;
  /** Upper bounds at the YELLOW and RED alphas; null as expected. Given for every month, also those
   * with too few cases to warn (limit54), so that a chart shows the band throughout. */
  upperYellow: number | null;
  upperRed: number | null;
  pValue: number | null;
  level: WarningLevel | null;
  /** Whether a time trend was kept in the baseline model. */
  trend: boolean;
  /** Years of history the baseline used. */
  years: number;
  /** 0-based indices of the months the baseline was fitted on. */
  baseline: number[];
}

/** Years of history month `index` can use, or 0 when it has too few to be evaluated. */
export function warningYears(index: number): number {
  const years = Math.min(
    WARNING_MAX_YEARS,
    Math.floor((index - WARNING_CONTROL.w) / WARNING_CONTROL.frequency),
  );
  return years >= WARNING_MIN_YEARS ? years : 0;
}

/**
 * The baseline months of month `index` with `years` of history (0-based): farringtonFlexible's
 * reference data (±w months each year back, the rest of each year with noPeriods > 1), without
 * the last pastWeeksNotIncluded months.
 */
export function baselineMonths(index: number, years: number, length: number): number[] {
  const { frequency, w, noPeriods, pastWeeksNotIncluded } = WARNING_CONTROL;
  const options = { frequency, w, noPeriods, b: years, pastWeeksNotIncluded: pastWeeksNotIncluded ?? w };
  return referenceData(index + 1, length, options).positions.map((position) => position - 1);
}

/**
 * Runs the detector on `observed` (one count per month, oldest first) at the months in `indices`;
 * months with too little history are left out of the answer.
 */
export function detectWarnings(observed: readonly number[], indices: readonly number[]): WarningPoint[] {
  const byYears = new Map<number, number[]>();
  for (const index of indices) {
    const years = warningYears(index);
    if (years === 0 || index >= observed.length) continue;
    byYears.set(years, [...(byYears.get(years) ?? []), index]);
  }
  const points: WarningPoint[] = [];
  for (const [years, range] of byYears) {
    // Bounds for every month (limit54 off), so a chart can draw the band through quiet months; the
    // limit54 rule is applied to the level below, which then equals R's alarm with it on.
    const control = {
      ...WARNING_CONTROL,
      range,
      b: years,
      alpha: WARNING_ALPHA.RED,
      limit54: [0, 1] as [number, number],
    };
    const [red, yellow] = farringtonAtAlphas(observed, control, [WARNING_ALPHA.RED, WARNING_ALPHA.YELLOW]);
    const [minCases, periods] = WARNING_CONTROL.limit54;
    range.forEach((index, i) => {
      const r = red![i]!;
      const y = yellow![i]!;
      const recent = observed.slice(Math.max(0, index - periods + 1), index + 1).reduce((a, b) => a + b, 0);
      const canWarn = recent >= minCases;
      points.push({
        index,
        observed: observed[index]!,
        expected: y.upperbound === null ? null : y.expected,
        upperYellow: y.upperbound,
        upperRed: r.upperbound,
        pValue: y.pValue,
        level: !canWarn ? null : r.alarm ? 'RED' : y.alarm ? 'YELLOW' : null,
        trend: y.trend,
        years,
        baseline: baselineMonths(index, years, observed.length),
      });
    });
  }
  return points.sort((a, b) => a.index - b.index);
}
