import { describe, expect, it } from 'vitest';

import { referenceBlocks, referenceData } from './reference-window.js';

// 30 monthly points, evaluated at the last (1-based 30), b = 2 years, w = 1: reference points 30, 18, 6.
describe('referenceBlocks and referenceData (surveillance:::blocks, algo.farrington.data.glm)', () => {
  const options = { frequency: 12, b: 2, w: 1, noPeriods: 3, pastWeeksNotIncluded: 1 };

  it('windows get block noPeriods, the gaps blocks 1 … noPeriods - 1, the first ones one longer', () => {
    const blocks = referenceBlocks(30, 30, options);
    const asR = Array.from({ length: 30 }, (_, i) => blocks.get(i + 1) ?? null);
    // R: NA NA NA NA 3 3 3 1 1 1 1 1 2 2 2 2 3 3 3 1 1 1 1 1 2 2 2 2 3 3
    expect(asR).toEqual([
      null,
      null,
      null,
      null,
      3,
      3,
      3,
      1,
      1,
      1,
      1,
      1,
      2,
      2,
      2,
      2,
      3,
      3,
      3,
      1,
      1,
      1,
      1,
      1,
      2,
      2,
      2,
      2,
      3,
      3,
    ]);
  });

  it('leaves out the current point and the pastWeeksNotIncluded before it', () => {
    const data = referenceData(30, 30, options);
    expect(data.positions).toEqual([
      5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28,
    ]);
    expect(data.blocks).toEqual([3, 3, 3, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 1, 1, 1, 1, 1, 2, 2, 2, 2]);
  });

  it('one period: only the windows; pastWeeksNotIncluded 0 keeps the current window but the point', () => {
    const data = referenceData(30, 30, { ...options, noPeriods: 1, pastWeeksNotIncluded: 0 });
    expect(data.positions).toEqual([5, 6, 7, 17, 18, 19, 29]);
    expect(data.blocks).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });

  it('a window starting at position 0 loses it; one starting before that is refused, as in R', () => {
    expect(referenceData(13, 13, { ...options, b: 1, noPeriods: 1 }).positions).toEqual([1, 2]);
    expect(() => referenceData(12, 12, { ...options, b: 1, w: 2, noPeriods: 1 })).toThrow(
      'Some reference time points did not exist',
    );
    expect(() => referenceData(14, 14, { ...options, b: 1, w: 3, noPeriods: 1 })).toThrow(RangeError);
  });
});
