import { describe, expect, it } from 'vitest';

import { FARRINGTON_DEFAULTS, farringtonFlexible } from '../statistics.js';
import fixtures from './fixtures.json' with { type: 'json' };

const seasonal = fixtures.cases.find((c) => c.name === 'monthlySeasonal/default/73-108')!;

describe('FARRINGTON_DEFAULTS', () => {
  it("are farringtonFlexible's own defaults, the control R ran the 'default' fixtures with", () => {
    const { range, frequency, ...rest } = seasonal.control;
    expect(frequency).toBe(12);
    expect(range[0]).toBe(72);
    expect(rest).toEqual({ ...FARRINGTON_DEFAULTS });
  });

  it('spread with a range and frequency, they give what R gave', () => {
    const [first] = farringtonFlexible(seasonal.observed, {
      ...FARRINGTON_DEFAULTS,
      range: [72],
      frequency: 12,
    });
    expect(first!.index).toBe(72);
    expect(first!.upperbound).toBeCloseTo(seasonal.points!.upperbound[0] as number, 9);
    expect(first!.expected).toBeCloseTo(seasonal.points!.expected[0] as number, 9);
    expect(first!.trend).toBe(seasonal.points!.trend[0]);
  });
});

describe('farringtonFlexible input checks', () => {
  const control = { ...FARRINGTON_DEFAULTS, range: [72], frequency: 12 };
  it('refuses what R would refuse or cannot mean', () => {
    expect(() => farringtonFlexible(seasonal.observed, { ...control, limit54: [5, 0] })).toThrow('limit54');
    expect(() => farringtonFlexible(seasonal.observed, { ...control, range: [108] })).toThrow('range');
    expect(() => farringtonFlexible([...seasonal.observed.slice(0, 80), -1], control)).toThrow(
      'non-negative',
    );
    expect(() => farringtonFlexible(seasonal.observed, { ...control, b: 0 })).toThrow('b must be');
    expect(() => farringtonFlexible(seasonal.observed, { ...control, range: [50] })).toThrow(
      'Some reference time points did not exist',
    );
  });

  it('an empty range evaluates nothing', () => {
    expect(farringtonFlexible(seasonal.observed, { ...control, range: [] })).toEqual([]);
  });
});
