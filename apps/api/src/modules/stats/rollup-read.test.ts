import { describe, expect, it } from 'vitest';
import { splitPeriod } from './rollup-read.js';

describe('splitPeriod', () => {
  it('keeps whole months whole', () => {
    expect(splitPeriod('2025-01-01', '2025-12-31')).toEqual({
      months: { first: '2025-01-01', last: '2025-12-01' },
      edges: [],
    });
  });

  it('splits off the days before the first and after the last whole month', () => {
    expect(splitPeriod('2024-12-07', '2025-12-06')).toEqual({
      months: { first: '2025-01-01', last: '2025-11-01' },
      edges: [
        { from: '2024-12-07', to: '2024-12-31' },
        { from: '2025-12-01', to: '2025-12-06' },
      ],
    });
  });

  it('answers a period inside one month, or across two without a whole one, as one edge', () => {
    expect(splitPeriod('2025-03-05', '2025-03-20')).toEqual({
      months: null,
      edges: [{ from: '2025-03-05', to: '2025-03-20' }],
    });
    expect(splitPeriod('2025-02-14', '2025-03-10')).toEqual({
      months: null,
      edges: [{ from: '2025-02-14', to: '2025-03-10' }],
    });
  });

  it('leaves an open end unbounded', () => {
    expect(splitPeriod(null, '2025-02-10')).toEqual({
      months: { first: null, last: '2025-01-01' },
      edges: [{ from: '2025-02-01', to: '2025-02-10' }],
    });
    expect(splitPeriod('2025-02-10', null)).toEqual({
      months: { first: '2025-03-01', last: null },
      edges: [{ from: '2025-02-10', to: '2025-02-28' }],
    });
    expect(splitPeriod(null, null)).toEqual({ months: { first: null, last: null }, edges: [] });
  });

  it('handles February and a leap year', () => {
    expect(splitPeriod('2024-02-01', '2024-02-29')).toEqual({
      months: { first: '2024-02-01', last: '2024-02-01' },
      edges: [],
    });
    expect(splitPeriod('2024-02-01', '2024-02-28').edges).toEqual([{ from: '2024-02-01', to: '2024-02-28' }]);
  });
});
