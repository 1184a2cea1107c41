// Quasi-Poisson GLM with log link, fitted like R's glm.fit (stats, R 4.x): the same start
// (mu = y + 0.1), IRLS steps, step halving, convergence test |dev - devold| / (|dev| + 0.1) < 1e-8
// and at most 25 iterations; then what summary.glm, predict.glm and hatvalues read from the fit.
import { pt } from './distributions.js';
import { leastSquares } from './least-squares.js';

const GLM_EPSILON = 1e-8;
const GLM_MAX_ITERATIONS = 25;

/** The quasipoisson family's inverse link and d mu / d eta: exp, kept at or above .Machine$double.eps. */
function linkInverse(eta: number): number {
  return Math.max(Math.exp(eta), Number.EPSILON);
}

function deviance(y: readonly number[], mu: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < y.length; i += 1) {
    const yi = y[i]!;
    const mi = mu[i]!;
    sum += 2 * weights[i]! * (yi > 0 ? yi * Math.log(yi / mi) - (yi - mi) : mi);
  }
  return sum;
}

function linearPredictor(design: readonly (readonly number[])[], beta: readonly number[]): number[] {
  return design.map((row) => row.reduce((sum, xij, j) => sum + xij * beta[j]!, 0));
}

function validMu(mu: readonly number[]): boolean {
  return mu.every((m) => Number.isFinite(m) && m > 0);
}

export interface GlmFit {
  coefficients: number[];
  /** Fitted means (fitted.values). */
  mu: number[];
  y: number[];
  /** (y - mu) / (d mu / d eta). */
  workingResiduals: number[];
  converged: boolean;
  iterations: number;
  /** n - p. */
  dfResidual: number;
  /** summary.glm's dispersion: sum of working weight x working residual^2 over dfResidual; NaN when
   * dfResidual is 0. */
  dispersion: number;
  /** From the QR of the last IRLS step, as R keeps it: hat values and R^-1. */
  hat: number[];
  rInverse: number[][];
}

/** glm(y ~ design - 1, family = quasipoisson(link = "log"), weights = priorWeights). */
export function fitQuasiPoissonGlm(
  design: readonly (readonly number[])[],
  y: readonly number[],
  priorWeights: readonly number[] = y.map(() => 1),
): GlmFit {
  const n = y.length;
  if (design.length !== n || priorWeights.length !== n) throw new RangeError('GLM: lengths differ');
  if (y.some((yi) => !(yi >= 0))) throw new RangeError('GLM: negative values not allowed for quasipoisson');
  if (priorWeights.some((wi) => !(wi > 0))) throw new RangeError('GLM: prior weights must be positive');

  let eta = y.map((yi) => Math.log(yi + 0.1));
  let mu = eta.map(linkInverse);
  let devOld = deviance(y, mu, priorWeights);
  let coefficientsOld: number[] | null = null;
  let coefficients: number[] = [];
  let converged = false;
  let iterations = 0;
  let workingWeights: number[] = [];
  let step: ReturnType<typeof leastSquares> | null = null;

  for (let iter = 1; iter <= GLM_MAX_ITERATIONS; iter += 1) {
    iterations = iter;
    const muEta = eta.map(linkInverse);
    const z = eta.map((e, i) => e + (y[i]! - mu[i]!) / muEta[i]!);
    const w = muEta.map((d, i) => Math.sqrt((priorWeights[i]! * d * d) / mu[i]!));
    const fit = leastSquares(
      design.map((row, i) => row.map((xij) => xij * w[i]!)),
      z.map((zi, i) => zi * w[i]!),
    );
    if (fit.coefficients.some((c) => !Number.isFinite(c))) break;
    step = fit;
    workingWeights = w.map((wi) => wi * wi);
    let start = fit.coefficients;
    eta = linearPredictor(design, start);
    mu = eta.map(linkInverse);
    let dev = deviance(y, mu, priorWeights);
    // Step halving towards the last coefficients while the deviance or the means are out of bounds.
    for (let halvings = 1; !Number.isFinite(dev) || !validMu(mu); halvings += 1) {
      if (coefficientsOld === null) {
        throw new RangeError('GLM: no valid set of coefficients has been found');
      }
      if (halvings > GLM_MAX_ITERATIONS) throw new RangeError('GLM: cannot correct step size');
      const previous: number[] = coefficientsOld;
      start = start.map((c, j) => (c + previous[j]!) / 2);
      eta = linearPredictor(design, start);
      mu = eta.map(linkInverse);
      dev = deviance(y, mu, priorWeights);
    }
    if (Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < GLM_EPSILON) {
      converged = true;
      coefficients = start;
      break;
    }
    devOld = dev;
    coefficients = coefficientsOld = start;
  }
  if (step === null) throw new RangeError('GLM: non-finite coefficients at the first iteration');

  const residuals = y.map((yi, i) => (yi - mu[i]!) / linkInverse(eta[i]!));
  const dfResidual = n - coefficients.length;
  const dispersion =
    dfResidual > 0
      ? workingWeights.reduce((sum, wt, i) => sum + wt * residuals[i]! ** 2, 0) / dfResidual
      : NaN;
  return {
    coefficients,
    mu,
    y: [...y],
    workingResiduals: residuals,
    converged,
    iterations,
    dfResidual,
    dispersion,
    hat: step.hat,
    rInverse: step.rInverse,
  };
}

/** summary.glm's Pr(>|t|) for coefficient j: the dispersion is estimated, so a t test on dfResidual. */
export function coefficientPValue(fit: GlmFit, j: number, dispersion = fit.dispersion): number {
  if (!(fit.dfResidual > 0)) return NaN;
  const covarianceUnscaled = fit.rInverse[j]!.reduce((sum, rij) => sum + rij * rij, 0);
  const t = fit.coefficients[j]! / Math.sqrt(dispersion * covarianceUnscaled);
  return 2 * pt(-Math.abs(t), fit.dfResidual);
}

export interface GlmPrediction {
  fit: number;
  seFit: number;
}

/** predict.glm(type = "link", se.fit = TRUE) at one design row, by default with summary.glm's
 * dispersion. */
export function predictLink(fit: GlmFit, row: readonly number[], dispersion = fit.dispersion): GlmPrediction {
  const eta = row.reduce((sum, xj, j) => sum + xj * fit.coefficients[j]!, 0);
  // x' R^-1, squared and summed: x' (R'R)^-1 x, as predict.lm computes it.
  const p = fit.coefficients.length;
  let variance = 0;
  for (let col = 0; col < p; col += 1) {
    let xr = 0;
    for (let k = 0; k < p; k += 1) xr += row[k]! * fit.rInverse[k]![col]!;
    variance += xr * xr * dispersion;
  }
  return { fit: eta, seFit: Math.sqrt(variance) };
}

/** predict.glm(type = "response", se.fit = TRUE): the mean and its delta-method standard error. */
export function predictResponse(
  fit: GlmFit,
  row: readonly number[],
  dispersion = fit.dispersion,
): GlmPrediction {
  const link = predictLink(fit, row, dispersion);
  const mu = linkInverse(link.fit);
  return { fit: mu, seFit: link.seFit * mu };
}
