// The two threshold functions of surveillance 1.20.3: algo.farrington.threshold.farrington (the
// "delta" method: a normal interval on a power-transformed scale) and
// algo.farrington.threshold.noufaily ("nbPlugin" and "muan": negative binomial quantiles).
import { pnbinomUpper, pnormUpper, ppoisUpper, qnbinom, qnorm, qpois } from './distributions.js';

export type PowerTransform = 'none' | '1/2' | '2/3';
export type ThresholdMethod = 'delta' | 'nbPlugin' | 'muan';

export interface ThresholdInput {
  /** Prediction for the current point: the mean for "delta", log of the mean for the others. */
  predFit: number;
  /** Its standard error on the same scale. */
  predSeFit: number;
  /** Overdispersion, at least 1. */
  phi: number;
  skewnessTransform: PowerTransform;
  alpha: number;
  /** The observed count. */
  y: number;
  method: ThresholdMethod;
}

export interface Threshold {
  lower: number;
  /** NaN where R gives NA. */
  upper: number;
  /** Probability of a count at least y under the fitted model. */
  prob: number;
  /** (y - predFit) / (upper - predFit); above 1 is an alarm. */
  score: number;
}

const EXPONENTS: Record<PowerTransform, number> = { none: 1, '1/2': 1 / 2, '2/3': 2 / 3 };

/** algo.farrington.threshold.farrington. */
export function thresholdDelta(input: ThresholdInput): Threshold {
  const { predFit: mu0, predSeFit, phi, alpha, y } = input;
  const tau = phi + predSeFit ** 2 / mu0;
  const exponent = EXPONENTS[input.skewnessTransform];
  const se =
    input.skewnessTransform === 'none'
      ? Math.sqrt(mu0 * tau)
      : input.skewnessTransform === '1/2'
        ? Math.sqrt((1 / 4) * tau)
        : Math.sqrt((4 / 9) * mu0 ** (1 / 3) * tau);
  const z = qnorm(1 - alpha);
  const ends = [-1, 1].map((sign) => (mu0 ** exponent + sign * z * se) ** (1 / exponent));
  // sort(…, na.last = FALSE): a NaN end (a negative base to the power 3/2) comes first.
  ends.sort((x, y) => (Number.isNaN(x) ? -1 : Number.isNaN(y) ? 1 : x - y));
  const upper = ends[1]!;
  const lower = Math.max(0, ...ends.slice(0, 1).filter((end) => !Number.isNaN(end)));
  const prob = pnormUpper(y ** exponent, mu0 ** exponent, se);
  return { lower, upper, prob, score: Number.isNaN(upper) ? NaN : (y - mu0) / (upper - mu0) };
}

/** algo.farrington.threshold.noufaily. */
export function thresholdNoufaily(input: ThresholdInput): Threshold {
  const { predFit: eta0, predSeFit: seEta0, phi, alpha, y } = input;
  const mu0Quantile = input.method === 'nbPlugin' ? Math.exp(eta0) : Math.exp(qnorm(1 - alpha, eta0, seEta0));
  let lower = NaN;
  let upper = NaN;
  let prob = NaN;
  if (mu0Quantile !== Infinity) {
    // size = mu / (phi - 1), prob = 1 / phi: mean mu and variance phi mu.
    const size = mu0Quantile / (phi - 1);
    if (phi > 1) {
      lower = qnbinom(alpha, size, 1 / phi);
      upper = qnbinom(1 - alpha, size, 1 / phi);
    } else {
      lower = qpois(alpha, mu0Quantile);
      upper = qpois(1 - alpha, mu0Quantile);
    }
    lower = Math.max(0, lower);
    prob = phi !== 1 ? pnbinomUpper(y - 1, size, 1 / phi) : ppoisUpper(y - 1, mu0Quantile);
  }
  // As in R, the score compares the count with the log-scale prediction.
  return { lower, upper, prob, score: Number.isNaN(upper) ? NaN : (y - eta0) / (upper - eta0) };
}

export function threshold(input: ThresholdInput): Threshold {
  return input.method === 'delta' ? thresholdDelta(input) : thresholdNoufaily(input);
}
