// Funnel plots for comparing units on a rate (Spiegelhalter 2005, "Funnel plots for comparing
// institutional performance", Stat Med 24:1185): each township's or village's rate against its
// denominator, with control limits around the district's rate that narrow as the denominator grows.
// A unit is marked only when it lies outside them — a ranking alone shows chance as differences.
import betainc from '@stdlib/math-base-special-betainc';

/** P(X <= k) for X ~ Bin(n, p), as R's pbinom: the upper regularised incomplete beta I_p(k + 1, n - k). */
function binomialCdf(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  return betainc(p, k + 1, n - k, true, true);
}

/** R's qbinom(p, n, target): the smallest r with P(X <= r) >= p. */
function binomialQuantile(p: number, n: number, target: number): number {
  let [low, high] = [0, n];
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (binomialCdf(mid, n, target) >= p) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * The exact binomial control limit for a unit of denominator `n` around `target`, at probability
 * `p` (0.025 and 0.975 for 95 %, 0.001 and 0.999 for 99.8 %): the p-quantile r of Bin(n, target),
 * interpolated so that the limit is smooth in n (Spiegelhalter 2005, appendix A.1.1):
 * (r − α) / n with α = (P(X ≤ r) − p) / P(X = r). It may lie outside [0, 1] for a small n; a chart
 * clips it, a comparison need not.
 */
export function funnelLimit(target: number, n: number, p: number): number {
  if (!(n > 0 && Number.isInteger(n))) throw new RangeError(`denominator must be a positive integer: ${n}`);
  if (!(target >= 0 && target <= 1)) throw new RangeError(`target must be a rate in [0, 1]: ${target}`);
  if (!(p > 0 && p < 1)) throw new RangeError(`p must lie strictly between 0 and 1: ${p}`);
  // A target of 0 or 1 leaves no room for chance: every unit should sit on it.
  if (target === 0 || target === 1) return target;
  const r = binomialQuantile(p, n, target);
  const at = binomialCdf(r, n, target);
  const below = binomialCdf(r - 1, n, target);
  return (r - (at - p) / (at - below)) / n;
}

/** Where a unit lies against the 95 % and 99.8 % limits; only the outer four are marked. */
export type FunnelPosition = 'ABOVE_998' | 'ABOVE_95' | 'WITHIN' | 'BELOW_95' | 'BELOW_998';

export interface FunnelPoint {
  rate: number;
  limits: { lower998: number; lower95: number; upper95: number; upper998: number };
  position: FunnelPosition;
}

/**
 * A unit's rate, its limits around `target` (the district's rate over all units) and where it lies.
 * Null without a denominator: no rate, nothing to compare. A rate on a limit counts as within.
 */
export function funnelPoint(numerator: number, denominator: number, target: number): FunnelPoint | null {
  if (denominator === 0) return null;
  if (!(Number.isInteger(numerator) && numerator >= 0 && numerator <= denominator))
    throw new RangeError(`numerator must be a whole number in [0, ${denominator}]: ${numerator}`);
  const rate = numerator / denominator;
  const limits = {
    lower998: funnelLimit(target, denominator, 0.001),
    lower95: funnelLimit(target, denominator, 0.025),
    upper95: funnelLimit(target, denominator, 0.975),
    upper998: funnelLimit(target, denominator, 0.999),
  };
  const position: FunnelPosition =
    rate > limits.upper998
      ? 'ABOVE_998'
      : rate > limits.upper95
        ? 'ABOVE_95'
        : rate < limits.lower998
          ? 'BELOW_998'
          : rate < limits.lower95
            ? 'BELOW_95'
            : 'WITHIN';
  return { rate, limits, position };
}
