import { describe, expect, it } from 'vitest';

import { ppoisUpper, qpois } from './distributions.js';
import { thresholdDelta, thresholdNoufaily, type ThresholdInput } from './thresholds.js';

// Expected values are R's: surveillance:::algo.farrington.threshold.noufaily / .farrington, qpois, ppois.
const base: ThresholdInput = {
  predFit: Math.log(5),
  predSeFit: Math.log(2),
  phi: 1.5,
  skewnessTransform: 'none',
  alpha: 0.05,
  y: 11,
  method: 'muan',
};

describe('thresholdNoufaily', () => {
  it('muan: the upper quantile of the mean, 8 24 0.85977972 0.41939823 in R', () => {
    const lu = thresholdNoufaily(base);
    expect(lu.lower).toBe(8);
    expect(lu.upper).toBe(24);
    expect(lu.prob).toBeCloseTo(0.85977971964396072, 12);
    expect(lu.score).toBeCloseTo(0.41939822907709584, 12);
  });

  it('nbPlugin: the negative binomial around the mean itself', () => {
    const lu = thresholdNoufaily({ ...base, method: 'nbPlugin' });
    expect([lu.lower, lu.upper]).toEqual([1, 10]);
    expect(lu.prob).toBeCloseTo(0.037636571094663458, 12);
    expect(lu.score).toBeCloseTo(1.119181526763494805, 12);
  });

  it('phi = 1: Poisson quantile and tail, exact for a mean in the thousands', () => {
    const lu = thresholdNoufaily({
      ...base,
      predFit: Math.log(1460.21762108997),
      predSeFit: 0.01,
      phi: 1,
      y: 1530,
      method: 'nbPlugin',
    });
    expect([lu.lower, lu.upper]).toEqual([1398, 1523]);
    expect(lu.prob).toBeCloseTo(0.035667841724612973, 12);
    expect(lu.score).toBeCloseTo(1.0046182865459601, 12);
  });
});

describe('thresholdDelta', () => {
  const delta = { ...base, predFit: 5, predSeFit: 1, method: 'delta' as const };
  it.each([
    ['none', 0.204468813592075804, 9.795531186407924196, 0.019795881618345206, 1.251164838007086111],
    ['1/2', 1.354324781582626036, 10.945387154398474649, 0.048709367174162264, 1.009185750933162096],
    ['2/3', 1.082682397310217093, 10.495401395502566899, 0.037622576698796165, 1.091821974080072977],
  ] as const)('powertrans %s', (skewnessTransform, lower, upper, prob, score) => {
    const lu = thresholdDelta({ ...delta, skewnessTransform });
    expect(lu.lower).toBeCloseTo(lower, 12);
    expect(lu.upper).toBeCloseTo(upper, 12);
    expect(lu.prob).toBeCloseTo(prob, 12);
    expect(lu.score).toBeCloseTo(score, 12);
  });

  it('2/3 with a negative lower base: R sorts the NaN first and takes 0', () => {
    const lu = thresholdDelta({
      ...delta,
      predFit: 0.5,
      predSeFit: 0.3,
      phi: 2,
      skewnessTransform: '2/3',
      alpha: 0.01,
      y: 2,
    });
    expect(lu.lower).toBe(0);
    expect(lu.upper).toBeCloseTo(4.36283216828167308, 12);
    expect(lu.prob).toBeCloseTo(0.13745863351324883, 12);
    expect(lu.score).toBeCloseTo(0.38831612005220872, 12);
  });
});

describe('Poisson helpers', () => {
  // @stdlib's own Poisson quantile answers 1397 here (its gammainc is off for large shapes).
  it('qpois(0.05, 1460.2176…) is 1398 and ppois(1397, …) is 0.049589847875437909, as in R', () => {
    expect(qpois(0.05, 1460.21762108997)).toBe(1398);
    expect(qpois(0.95, 1460.21762108997)).toBe(1523);
    expect(1 - ppoisUpper(1397, 1460.21762108997)).toBeCloseTo(0.049589847875437909, 12);
  });

  it('small means and the edges', () => {
    expect(qpois(0.95, 2)).toBe(5);
    expect(qpois(0.5, 0)).toBe(0);
    expect(ppoisUpper(-1, 3)).toBe(1);
    // P(X > 0) = 1 - exp(-2)
    expect(ppoisUpper(0, 2)).toBeCloseTo(1 - Math.exp(-2), 15);
  });
});
