// surveillance::farringtonFlexible (R package surveillance 1.20.3) for one series without dates:
// the improved Farrington algorithm of Noufaily et al. (2013, Stat Med 32:1206). Each evaluated point
// gets a quasi-Poisson model of its reference data and a threshold; see README "Early warning".
import { fitPointModel } from './model.js';
import { referenceData } from './reference-window.js';
import { type PowerTransform, threshold, type ThresholdMethod } from './thresholds.js';

export type { PowerTransform, ThresholdMethod } from './thresholds.js';

export interface FarringtonControl {
  /** 0-based indices into the series of the time points to evaluate. */
  range: number[];
  /** Points per year: 12 (months) or 52 (weeks). */
  frequency: number;
  /** Years back. */
  b: number;
  /** Half-width of each year's window. */
  w: number;
  /** Refit with Anscombe-residual weights so that past outbreaks weigh less. */
  reweight: boolean;
  /** Residuals above this are down-weighted. */
  weightsThreshold: number;
  alpha: number;
  /** Try a linear time trend (kept only when significant, b >= 3 and not extrapolating). */
  trend: boolean;
  pThresholdTrend: number;
  /** [cases, periods]: no alarm unless the last `periods` points sum to at least `cases`. */
  limit54: [number, number];
  /** Power transform of the delta threshold. */
  powertrans: PowerTransform;
  thresholdMethod: ThresholdMethod;
  /** Blocks per year: 1 = only the windows; more adds a factor over the rest of each year. */
  noPeriods: number;
  /** Latest points left out of the fit (the current one too); null = w. */
  pastWeeksNotIncluded: number | null;
}

/** One evaluated time point; null where R gives NA. */
export interface FarringtonResult {
  index: number;
  upperbound: number | null;
  expected: number | null;
  /** R's alarm, false where R's is NA (no model converged; then, as in R, expected is 0 and the
   * other numbers null). */
  alarm: boolean;
  pValue: number | null;
  score: number | null;
  /** Whether the time trend was kept. */
  trend: boolean;
  phi: number | null;
}

/** farringtonFlexible's own defaults in surveillance 1.20.3; spread them and add range and frequency. */
export const FARRINGTON_DEFAULTS: Readonly<Omit<FarringtonControl, 'range' | 'frequency'>> = Object.freeze({
  b: 5,
  w: 3,
  reweight: true,
  weightsThreshold: 2.58,
  alpha: 0.05,
  trend: true,
  pThresholdTrend: 0.05,
  limit54: [5, 4] as [number, number],
  powertrans: '2/3',
  thresholdMethod: 'delta',
  noPeriods: 1,
  pastWeeksNotIncluded: null,
});

function orNull(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}

function assertControl(observed: readonly number[], control: FarringtonControl): void {
  if (observed.some((count) => !(Number.isFinite(count) && count >= 0))) {
    throw new RangeError('Observed counts must be finite and non-negative');
  }
  const { b, w, noPeriods, limit54, pastWeeksNotIncluded, frequency } = control;
  for (const [name, value] of Object.entries({ frequency, b, w, noPeriods })) {
    if (!Number.isInteger(value) || value < (name === 'w' ? 0 : 1)) {
      throw new RangeError(`${name} must be a positive integer (w may be 0): ${value}`);
    }
  }
  if (
    pastWeeksNotIncluded !== null &&
    !(Number.isInteger(pastWeeksNotIncluded) && pastWeeksNotIncluded >= 0)
  ) {
    throw new RangeError(
      `pastWeeksNotIncluded must be null or a non-negative integer: ${pastWeeksNotIncluded}`,
    );
  }
  if (!(limit54[0] >= 0 && limit54[1] > 0 && Number.isInteger(limit54[1]))) {
    throw new RangeError('The limit54 arguments are out of bounds: cases >= 0 and period > 0.');
  }
  for (const index of control.range) {
    if (!Number.isInteger(index) || index < 0 || index >= observed.length) {
      throw new RangeError(`range index out of the series: ${index}`);
    }
  }
}

/**
 * surveillance::farringtonFlexible on `observed` (one count per period), evaluated at control.range.
 * Throws where R stops (e.g. reference years before the series).
 */
export function farringtonFlexible(
  observed: readonly number[],
  control: FarringtonControl,
): FarringtonResult[] {
  return farringtonAtAlphas(observed, control, [control.alpha])[0]!;
}

/**
 * farringtonFlexible at several alphas (control.alpha is ignored): one answer per alpha, each what
 * farringtonFlexible gives with that alpha. The models do not depend on alpha, so they are fitted once.
 */
export function farringtonAtAlphas(
  observed: readonly number[],
  control: FarringtonControl,
  alphas: readonly number[],
): FarringtonResult[][] {
  assertControl(observed, control);
  const windowOptions = {
    frequency: control.frequency,
    b: control.b,
    w: control.w,
    noPeriods: control.noPeriods,
    pastWeeksNotIncluded: control.pastWeeksNotIncluded ?? control.w,
  };
  const modelOptions = {
    trend: control.trend,
    reweight: control.reweight,
    weightsThreshold: control.weightsThreshold,
    pThresholdTrend: control.pThresholdTrend,
    b: control.b,
    noPeriods: control.noPeriods,
    predictionScale: control.thresholdMethod === 'delta' ? ('response' as const) : ('link' as const),
  };
  const perPoint = control.range.map((index) => {
    const now = index + 1;
    const reference = referenceData(now, observed.length, windowOptions);
    const response = reference.positions.map((position) => observed[position - 1]!);
    const model = fitPointModel({ ...reference, response }, now, modelOptions);
    if (model === null) {
      // R sets every output of such a point to NA but `expected`, which keeps its initial 0.
      const unfitted: FarringtonResult = {
        index,
        upperbound: null,
        expected: 0,
        alarm: false,
        pValue: null,
        score: null,
        trend: false,
        phi: null,
      };
      return alphas.map(() => unfitted);
    }
    const y = observed[index]!;
    return alphas.map((alpha) => {
      const lu = threshold({
        predFit: model.prediction.fit,
        predSeFit: model.prediction.seFit,
        phi: model.phi,
        skewnessTransform: control.powertrans,
        alpha,
        y,
        method: control.thresholdMethod,
      });
      // limit54: too few recent cases, no upper bound and no alarm (score and p-value stay).
      const [minCases, periods] = control.limit54;
      const recent = observed.slice(Math.max(0, index - periods + 1), index + 1);
      const enoughCases = recent.reduce((sum, count) => sum + count, 0) >= minCases;
      const alarmScore = enoughCases ? lu.score : NaN;
      const expectedMean =
        modelOptions.predictionScale === 'response' ? model.prediction.fit : Math.exp(model.prediction.fit);
      return {
        index,
        upperbound: enoughCases ? orNull(lu.upper) : null,
        expected: enoughCases && !Number.isNaN(lu.upper) ? expectedMean : null,
        alarm: !Number.isNaN(alarmScore) && alarmScore > 1 && y !== 0,
        pValue: orNull(lu.prob),
        score: orNull(lu.score),
        trend: model.trend,
        phi: orNull(model.phi),
      };
    });
  });
  return alphas.map((_, a) => perPoint.map((results) => results[a]!));
}
