import { describe, expect, it } from 'vitest';

import { coefficientPValue, fitQuasiPoissonGlm, predictLink, predictResponse } from './glm.js';
import { assignWeights } from './model.js';

// R: summary(glm(c(1, 3, 8) ~ 1, family = quasipoisson))$dispersion and predict(…, se.fit = TRUE)$se.fit
const R_DISPERSION = 3.2500003760077081;
const R_SE = 0.5204164998665296;

describe('fitQuasiPoissonGlm', () => {
  it('intercept only: the mean, and about the Pearson dispersion', () => {
    // mean 4; Pearson X^2 = (9 + 1 + 16) / 4 = 6.5 on 2 df, so 3.25 — up to the working weights of the
    // last IRLS step, which R uses too (summary.glm: 3.2500003760077…).
    const fit = fitQuasiPoissonGlm([[1], [1], [1]], [1, 3, 8]);
    expect(fit.converged).toBe(true);
    expect(fit.coefficients[0]).toBeCloseTo(Math.log(4), 12);
    expect(fit.dispersion).toBeCloseTo(3.25, 6);
    expect(fit.dispersion).toBeCloseTo(R_DISPERSION, 12);
    expect(fit.hat).toEqual([1, 2, 3].map(() => expect.closeTo(1 / 3, 12)));
    // se of log(mean) = sqrt(dispersion / (n mean))
    const link = predictLink(fit, [1]);
    expect(link.seFit).toBeCloseTo(Math.sqrt(3.25 / 12), 6);
    expect(link.seFit).toBeCloseTo(R_SE, 12);
  });

  it('two groups: each group its mean', () => {
    const fit = fitQuasiPoissonGlm(
      [
        [1, 0],
        [1, 0],
        [1, 1],
        [1, 1],
      ],
      [2, 4, 10, 14],
    );
    expect(fit.coefficients[0]).toBeCloseTo(Math.log(3), 12);
    expect(fit.coefficients[1]).toBeCloseTo(Math.log(4), 12);
    expect(fit.mu).toEqual([
      expect.closeTo(3, 10),
      expect.closeTo(3, 10),
      expect.closeTo(12, 10),
      expect.closeTo(12, 10),
    ]);
  });

  it('a trend fit equals R glm(y ~ x, family = quasipoisson)', () => {
    const x = [1, 2, 3, 4, 5, 6];
    const fit = fitQuasiPoissonGlm(
      x.map((xi) => [1, xi]),
      [1, 3, 2, 5, 4, 7],
    );
    expect(fit.iterations).toBe(4);
    expect(fit.coefficients[0]).toBeCloseTo(0.1418330745162048, 10);
    expect(fit.coefficients[1]).toBeCloseTo(0.29529730854644931, 10);
    expect(fit.dispersion).toBeCloseTo(0.36587736067038223, 10);
    expect(coefficientPValue(fit, 1)).toBeCloseTo(0.022361448980700877, 10);
    const expectedHat = [0.38044722322461566, 0.29788165743442818, 0.21536094490778374, 0.17758485466405935];
    expect(fit.hat.slice(0, 4)).toEqual(expectedHat.map((h) => expect.closeTo(h, 10)));
    const prediction = predictResponse(fit, [1, 7]);
    expect(prediction.fit).toBeCloseTo(9.1058242324826733, 9);
    expect(prediction.seFit).toBeCloseTo(2.3125056415837464, 9);
  });

  it('refuses negative counts and a rank-deficient design', () => {
    expect(() => fitQuasiPoissonGlm([[1], [1]], [1, -1])).toThrow(RangeError);
    expect(() =>
      fitQuasiPoissonGlm(
        [
          [1, 2],
          [1, 2],
          [1, 2],
        ],
        [1, 2, 3],
      ),
    ).toThrow('rank deficient');
  });
});

describe('assignWeights (algo.farrington.assign.weights)', () => {
  it('residuals above the threshold weigh s^-2, and the weights sum to n', () => {
    const gamma = 4 / (1 + 1 / 9 + 1 + 1 / 16);
    const weights = assignWeights([1, 3, -2, 4], 2.58);
    expect(weights).toEqual([gamma, gamma / 9, gamma, gamma / 16].map((w) => expect.closeTo(w, 14)));
    expect(weights.reduce((sum, w) => sum + w, 0)).toBeCloseTo(
      4 - 4 + 2 * gamma + gamma / 9 + gamma / 16,
      14,
    );
  });
});
