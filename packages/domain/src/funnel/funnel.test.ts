import { describe, expect, it } from 'vitest';
import { funnelLimit, funnelPoint } from './funnel.js';
import fixtures from './fixtures.json' with { type: 'json' };

describe('funnelLimit', () => {
  it('equals the limits R computes with qbinom and pbinom (scripts/funnel-fixtures.R)', () => {
    expect(fixtures.length).toBe(308);
    for (const { target, n, p, limit } of fixtures) {
      const ours = funnelLimit(target, n, p);
      const tolerance = 1e-9 * Math.max(1, Math.abs(limit));
      expect(Math.abs(ours - limit), `target ${target}, n ${n}, p ${p}: ${ours} vs R ${limit}`).toBeLessThan(
        tolerance,
      );
    }
  });

  it('narrows around the target as the denominator grows', () => {
    const widths = [10, 100, 1000].map((n) => funnelLimit(0.9, n, 0.975) - funnelLimit(0.9, n, 0.025));
    expect(widths[0]!).toBeGreaterThan(widths[1]!);
    expect(widths[1]!).toBeGreaterThan(widths[2]!);
    // Close to the normal approximation for a large n: 1.96 · sqrt(θ(1 − θ)/n) either side.
    expect(widths[2]!).toBeCloseTo(2 * 1.96 * Math.sqrt((0.9 * 0.1) / 1000), 2);
  });

  it('sits on a target of 0 or 1, and refuses what is not a rate or a count', () => {
    expect(funnelLimit(1, 40, 0.001)).toBe(1);
    expect(funnelLimit(0, 40, 0.999)).toBe(0);
    expect(() => funnelLimit(0.5, 0, 0.5)).toThrow(RangeError);
    expect(() => funnelLimit(0.5, 2.5, 0.5)).toThrow(RangeError);
    expect(() => funnelLimit(1.2, 10, 0.5)).toThrow(RangeError);
    expect(() => funnelLimit(0.5, 10, 1)).toThrow(RangeError);
  });
});

describe('funnelPoint', () => {
  it('marks only units outside the limits, by how far', () => {
    // District rate 90 %: a township with 200 cases.
    expect(funnelPoint(180, 200, 0.9)!.position).toBe('WITHIN');
    expect(funnelPoint(169, 200, 0.9)!.position).toBe('BELOW_95'); // 84.5 %
    expect(funnelPoint(160, 200, 0.9)!.position).toBe('BELOW_998'); // 80 %
    expect(funnelPoint(200, 200, 0.9)!.position).toBe('ABOVE_998');
    // The same 80 % over 10 cases is chance.
    expect(funnelPoint(8, 10, 0.9)!.position).toBe('WITHIN');
  });

  it('gives the rate and the four limits, in order', () => {
    const point = funnelPoint(45, 60, 0.8)!;
    expect(point.rate).toBe(0.75);
    const { lower998, lower95, upper95, upper998 } = point.limits;
    expect(lower998).toBeLessThan(lower95);
    expect(lower95).toBeLessThan(0.8);
    expect(upper95).toBeGreaterThan(0.8);
    expect(upper998).toBeGreaterThan(upper95);
  });

  it('has nothing to compare without a denominator, and refuses an impossible numerator', () => {
    expect(funnelPoint(0, 0, 0.9)).toBeNull();
    expect(() => funnelPoint(11, 10, 0.9)).toThrow(RangeError);
    expect(() => funnelPoint(-1, 10, 0.9)).toThrow(RangeError);
  });
});
