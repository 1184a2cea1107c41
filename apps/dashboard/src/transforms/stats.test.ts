import { describe, expect, it } from 'vitest';
import { monthlyBy, monthlyTotals, seasonality, totalsBy } from './stats';

const months = ['2026-01-01', '2026-02-01', '2026-03-01'];

describe('totalsBy', () => {
  it('sums buckets per key across the other dimensions', () => {
    const t = totalsBy(
      [
        { categoryCode: 'A', period: '2026-01-01', count: 2 },
        { categoryCode: 'A', period: '2026-02-01', count: 3 },
        { categoryCode: 'B', period: '2026-01-01', count: 1 },
        { categoryCode: null, count: 9 },
      ],
      'categoryCode',
    );
    expect(Object.fromEntries(t)).toEqual({
      A: { value: 5, suppressed: false },
      B: { value: 1, suppressed: false },
    });
  });
  it('keeps a sum that contains a hidden (<3) cell hidden', () => {
    const t = totalsBy(
      [
        { villageCode: 'V', count: 5 },
        { villageCode: 'V', count: null, suppressed: true },
      ],
      'villageCode',
    );
    expect(t.get('V')).toEqual({ value: null, suppressed: true });
  });
  it('treats a null count as suppressed even without the flag (older API)', () => {
    expect(totalsBy([{ villageCode: 'V', count: null }], 'villageCode').get('V')).toEqual({
      value: null,
      suppressed: true,
    });
  });
});

describe('monthlyBy', () => {
  it('fills months without a bucket with 0 and ignores months outside the axis', () => {
    const rows = monthlyBy(
      [
        { villageCode: 'V', period: '2026-02-01', count: 4 },
        { villageCode: 'V', period: '2025-12-01', count: 99 },
        { villageCode: 'W', period: '2026-03-01', count: null, suppressed: true },
      ],
      'villageCode',
      months,
    );
    expect(rows.get('V')!.map((c) => c.value)).toEqual([0, 4, 0]);
    expect(rows.get('W')).toEqual([
      { value: 0, suppressed: false },
      { value: 0, suppressed: false },
      { value: null, suppressed: true },
    ]);
  });
  it('is empty for no data', () => {
    expect(monthlyBy([], 'villageCode', months).size).toBe(0);
  });
});

describe('monthlyTotals', () => {
  it('lines totals up with the months', () => {
    expect(monthlyTotals([{ period: '2026-03-01', count: 8 }], months).map((c) => c.value)).toEqual([
      0, 0, 8,
    ]);
  });
});

describe('seasonality', () => {
  it('gives each calendar month its share of a key, over several years', () => {
    const s = seasonality(
      [
        { categoryCode: 'TREE_SHADING', period: '2024-07-01', count: 6 },
        { categoryCode: 'TREE_SHADING', period: '2025-07-01', count: 2 },
        { categoryCode: 'TREE_SHADING', period: '2025-01-01', count: 2 },
      ],
      'categoryCode',
    );
    const row = s.get('TREE_SHADING')!;
    expect(row).toHaveLength(12);
    expect(row[6]).toBe(0.8);
    expect(row[0]).toBe(0.2);
    expect(row[1]).toBe(0);
  });
  it('has no share for a key with only zero counts', () => {
    expect(
      seasonality([{ categoryCode: 'X', period: '2025-01-01', count: 0 }], 'categoryCode').get('X')![0],
    ).toBeNull();
  });
});
