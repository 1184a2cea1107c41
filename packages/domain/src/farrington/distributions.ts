// The distribution functions R's surveillance code calls, each with R's name and parametrisation.
// They come from @stdlib; only the Poisson tail is summed here (see poissonCdf).
import betainc from '@stdlib/math-base-special-betainc';
import negativeBinomialQuantile from '@stdlib/stats-base-dists-negative-binomial-quantile';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import poissonPmf from '@stdlib/stats-base-dists-poisson-pmf';
import poissonQuantile from '@stdlib/stats-base-dists-poisson-quantile';
import tCdf from '@stdlib/stats-base-dists-t-cdf';

/** R's qnorm(p, mean, sd). */
export function qnorm(p: number, mean = 0, sd = 1): number {
  return normalQuantile(p, mean, sd);
}

/** R's pnorm(q, mean, sd, lower.tail = FALSE), taken from the lower tail of the mirrored value so
 * that small upper tails keep their digits. */
export function pnormUpper(q: number, mean: number, sd: number): number {
  // R: a degenerate normal is a step at the mean.
  if (sd === 0) return q < mean ? 1 : 0;
  return normalCdf(-(q - mean) / sd, 0, 1);
}

/** R's pt(q, df) (lower tail). */
export function pt(q: number, df: number): number {
  return tCdf(q, df);
}

/** R's qnbinom(p, size, prob): failures before the size-th success. */
export function qnbinom(p: number, size: number, prob: number): number {
  return negativeBinomialQuantile(p, size, prob);
}

/** R's pnbinom(q, size, prob, lower.tail = FALSE) = P(X > q); like R, through the upper regularised
 * incomplete beta I_{1-prob}(q + 1, size), so small tails keep their digits. */
export function pnbinomUpper(q: number, size: number, prob: number): number {
  if (q < 0) return 1;
  return betainc(prob, size, Math.floor(q) + 1, true, true);
}

/** P(X <= q) and P(X > q) for X ~ Poisson(lambda), each summed from the pmf over the smaller side so
 * that neither loses digits. @stdlib's gammainc (and so its Poisson cdf) is off by up to 1e-2 when
 * both arguments are large and close, which a weekly count of a few thousand reaches. */
function poissonTails(q: number, lambda: number): { lower: number; upper: number } {
  if (q < 0) return { lower: 0, upper: 1 };
  const x = Math.floor(q);
  if (x <= lambda) {
    let lower = 0;
    for (let k = x; k >= 0; k -= 1) {
      const term = poissonPmf(k, lambda);
      lower += term;
      // Terms fall geometrically below the mode; the rest cannot change the sum.
      if (term <= lower * 1e-17) break;
    }
    return { lower, upper: 1 - lower };
  }
  let upper = 0;
  for (let k = x + 1; ; k += 1) {
    const term = poissonPmf(k, lambda);
    upper += term;
    if (term <= upper * 1e-17) break;
  }
  return { lower: 1 - upper, upper };
}

/** R's ppois(q, lambda, lower.tail = FALSE) = P(X > q). */
export function ppoisUpper(q: number, lambda: number): number {
  return poissonTails(q, lambda).upper;
}

/** R's qpois(p, lambda): the smallest x with P(X <= x) >= p. @stdlib's quantile is the first guess;
 * the search on the summed cdf corrects it where @stdlib's own cdf is off. */
export function qpois(p: number, lambda: number): number {
  if (Number.isNaN(p) || Number.isNaN(lambda) || lambda < 0 || p < 0 || p > 1) return NaN;
  if (lambda === 0 || p === 0) return 0;
  if (p === 1) return Infinity;
  let x = poissonQuantile(p, lambda);
  while (poissonTails(x, lambda).lower < p) x += 1;
  while (x > 0 && poissonTails(x - 1, lambda).lower >= p) x -= 1;
  return x;
}
