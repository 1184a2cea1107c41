// The model of one time point: surveillance's algo.farrington.fitGLM.flexible (quasi-Poisson fit,
// fallback without trend, Anscombe-residual reweighting) and algo.farrington.glm (keeping the trend
// only when significant, b >= 3 and not extrapolating; the prediction for the current point).
import {
  coefficientPValue,
  fitQuasiPoissonGlm,
  type GlmFit,
  type GlmPrediction,
  predictLink,
  predictResponse,
} from './glm.js';
import type { ReferenceData } from './reference-window.js';

export interface ModelOptions {
  trend: boolean;
  reweight: boolean;
  weightsThreshold: number;
  pThresholdTrend: number;
  b: number;
  noPeriods: number;
  /** "response" for the delta threshold, "link" for nbPlugin and muan. */
  predictionScale: 'response' | 'link';
}

export interface ModelData extends ReferenceData {
  response: number[];
}

interface FlexibleFit {
  glm: GlmFit;
  phi: number;
  /** The dispersion summary.glm and predict.glm see later (dispersionAfterReweighting). */
  inferenceDispersion: number;
  hasTrend: boolean;
  /** Sorted block levels; their dummies (all but the first) follow the intercept and trend. */
  levels: number[] | null;
}

/** A row of the design matrix: intercept, wtime, then one dummy per block level but the first. */
function designRow(wtime: number, block: number, hasTrend: boolean, levels: number[] | null): number[] {
  const row = [1];
  if (hasTrend) row.push(wtime);
  if (levels !== null) for (const level of levels.slice(1)) row.push(block === level ? 1 : 0);
  return row;
}

/** Anscombe residuals of a Poisson fit scaled by phi and the leverage (anscombe.residuals). */
function anscombeResiduals(glm: GlmFit, phi: number): number[] {
  return glm.y.map((y, i) => {
    const mu = glm.mu[i]!;
    const a = (3 / 2) * (y ** (2 / 3) * mu ** (-1 / 6) - mu ** (1 / 2));
    return a / Math.sqrt(phi * (1 - glm.hat[i]!));
  });
}

/** algo.farrington.assign.weights: points with residuals above the threshold weigh s^-2, rescaled so
 * that the weights sum to n. */
export function assignWeights(residuals: readonly number[], weightsThreshold: number): number[] {
  const sum = residuals.reduce((acc, s) => acc + (s > weightsThreshold ? s ** -2 : 1), 0);
  const gamma = residuals.length / sum;
  return residuals.map((s) => (s > weightsThreshold ? gamma * s ** -2 : gamma));
}

/**
 * After reweighting, fitGLM.flexible stores the Anscombe weights in model$weights, where glm keeps
 * the working weights; summary.glm and predict.glm then estimate the dispersion from those:
 * sum(omega (y - mu)^2 / mu^2) / df instead of the Pearson sum(omega (y - mu)^2 / mu) / df. The trend
 * test and the prediction's standard error use it; phi (taken before) does not.
 */
function dispersionAfterReweighting(glm: GlmFit, weights: readonly number[]): number {
  if (!(glm.dfResidual > 0)) return NaN;
  return weights.reduce((sum, omega, i) => sum + omega * glm.workingResiduals[i]! ** 2, 0) / glm.dfResidual;
}

/** algo.farrington.fitGLM.flexible; null when neither the model nor its trend-free fallback converges. */
function fitFlexible(data: ModelData, withTrend: boolean, options: ModelOptions): FlexibleFit | null {
  const levels = options.noPeriods !== 1 ? [...new Set(data.blocks)].sort((x, y) => x - y) : null;
  if (levels !== null && levels.length < 2) {
    throw new RangeError('contrasts can be applied only to factors with 2 or more levels');
  }
  let hasTrend = withTrend;
  const design = (): number[][] =>
    data.positions.map((position, i) => designRow(position, data.blocks[i]!, hasTrend, levels));
  let glm = fitQuasiPoissonGlm(design(), data.response);
  if (!glm.converged) {
    if (hasTrend) {
      hasTrend = false;
      glm = fitQuasiPoissonGlm(design(), data.response);
    }
    if (!glm.converged) return null;
  }
  // Math.max, like R's max, keeps a NaN dispersion (no residual degrees of freedom).
  let phi = Math.max(glm.dispersion, 1);
  if (!options.reweight) return { glm, phi, inferenceDispersion: glm.dispersion, hasTrend, levels };
  const weights = assignWeights(anscombeResiduals(glm, phi), options.weightsThreshold);
  // R does not check this fit's convergence.
  glm = fitQuasiPoissonGlm(design(), data.response, weights);
  phi = Math.max(glm.dispersion, 1);
  return { glm, phi, inferenceDispersion: dispersionAfterReweighting(glm, weights), hasTrend, levels };
}

export interface PointModel {
  prediction: GlmPrediction;
  trend: boolean;
  phi: number;
}

/** algo.farrington.glm for the 1-based time point `now`; null when no model converges. */
export function fitPointModel(data: ModelData, now: number, options: ModelOptions): PointModel | null {
  let model = fitFlexible(data, options.trend, options);
  if (model === null) return null;
  const currentRow = (fit: FlexibleFit): number[] => {
    // predict.glm refuses a block level the fit has not seen.
    if (fit.levels !== null && !fit.levels.includes(options.noPeriods)) {
      throw new RangeError(`Block ${options.noPeriods} has no reference data at time point ${now}`);
    }
    return designRow(now, options.noPeriods, fit.hasTrend, fit.levels);
  };
  let trend = false;
  if (model.hasTrend) {
    const mean = predictResponse(model.glm, currentRow(model), model.inferenceDispersion).fit;
    const pValue = coefficientPValue(model.glm, 1, model.inferenceDispersion);
    const noExtrapolation = mean <= Math.max(...data.response);
    // R: b >= 3 && significant && noExtrapolation, where an NA significance is an error unless
    // another operand is FALSE.
    if (options.b >= 3 && noExtrapolation && Number.isNaN(pValue)) {
      throw new RangeError(`The trend's significance is undefined at time point ${now}`);
    }
    trend = options.b >= 3 && pValue < options.pThresholdTrend && noExtrapolation;
    if (!trend) {
      model = fitFlexible(data, false, options);
      if (model === null) throw new RangeError(`No model without trend converged at time point ${now}`);
    }
  }
  const row = currentRow(model);
  const prediction =
    options.predictionScale === 'response'
      ? predictResponse(model.glm, row, model.inferenceDispersion)
      : predictLink(model.glm, row, model.inferenceDispersion);
  return { prediction, trend, phi: model.phi };
}
