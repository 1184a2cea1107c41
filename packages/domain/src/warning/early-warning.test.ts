import { describe, expect, it } from 'vitest';
import { farringtonFlexible } from '../farrington/index.js';
import {
  baselineMonths,
  detectWarnings,
  WARNING_ALPHA,
  WARNING_CONTROL,
  warningYears,
} from './early-warning.js';

/** A seasonal monthly series with a little noise from a fixed LCG, `years` long. */
function seasonal(years: number, level = 6): number[] {
  let state = 12345;
  const noise = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  return Array.from({ length: years * 12 }, (_, i) =>
    Math.round(level * (1 + 0.5 * Math.sin((2 * Math.PI * i) / 12)) + 2 * (noise() - 0.5)),
  );
}

describe('detectWarnings', () => {
  it('evaluates only months with two years of history, and uses at most three', () => {
    expect(warningYears(24)).toBe(0);
    expect(warningYears(25)).toBe(2);
    expect(warningYears(37)).toBe(3);
    expect(warningYears(70)).toBe(3);
    const series = seasonal(4);
    expect(detectWarnings(series, [0, 10, 24, 25, 40]).map((p) => [p.index, p.years])).toEqual([
      [25, 2],
      [40, 3],
    ]);
  });

  it('answers what farringtonFlexible answers at each level: bounds without limit54, alarms with it', () => {
    const series = seasonal(5);
    series[50] = 30;
    series[53] = 2; // too few cases to warn, but still a month with bounds
    const range = [45, 50, 53, 55];
    const points = detectWarnings(series, range);
    for (const level of ['RED', 'YELLOW'] as const) {
      const control = { ...WARNING_CONTROL, range, b: 3, alpha: WARNING_ALPHA[level] };
      const bounds = farringtonFlexible(series, { ...control, limit54: [0, 1] });
      expect(points.map((p) => (level === 'RED' ? p.upperRed : p.upperYellow))).toEqual(
        bounds.map((x) => x.upperbound),
      );
      const alarms = farringtonFlexible(series, control).map((x) => x.alarm);
      expect(points.map((p) => p.level === 'RED' || (level === 'YELLOW' && p.level === 'YELLOW'))).toEqual(
        alarms,
      );
    }
    expect(points.find((p) => p.index === 53)?.upperRed).not.toBeNull();
    expect(points.find((p) => p.index === 50)?.level).toBe('RED');
    expect(points.filter((p) => p.index !== 50).every((p) => p.level === null)).toBe(true);
  });

  it('marks YELLOW between the two bounds, RED above the higher', () => {
    const series = seasonal(5);
    const [quiet] = detectWarnings(series, [50]);
    const yellow = Math.floor(quiet!.upperYellow!) + 1;
    expect(yellow).toBeLessThanOrEqual(quiet!.upperRed!);
    series[50] = yellow;
    expect(detectWarnings(series, [50])[0]?.level).toBe('YELLOW');
  });

  it('names its baseline: the last 3 months left out, three years back with the window', () => {
    expect(baselineMonths(50, 3, 60)).toEqual(Array.from({ length: 50 - 3 - 13 }, (_, i) => 13 + i));
  });

  it('never warns on a month with fewer than 4 cases, however quiet the cell was', () => {
    const series = Array.from({ length: 48 }, () => 0);
    series[40] = 3;
    expect(detectWarnings(series, [40])[0]?.level).toBeNull();
  });
});
