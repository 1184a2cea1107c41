import { describe, expect, it } from 'vitest';
import { revisionLines, revisionMonths } from './revisions';

const value = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  rate: denominator ? numerator / denominator : null,
});

const revision = {
  id: 5,
  month: '2023-05',
  revisedAt: '2026-12-06T01:30:00.000Z',
  revisedBy: 'admin',
  reason: '补录纸质台账',
  kpis: [
    { code: 'SATISFACTION' as const, before: value(971, 1000), after: value(973, 1000) },
    { code: 'TIMELY_ACCEPTANCE' as const, before: value(500, 510), after: value(500, 510) },
    // Same rounded rate, other counts: the counts say what moved.
    { code: 'REPEAT_RATE' as const, before: value(10, 1000), after: value(10, 1001) },
  ],
};

describe('revisionMonths', () => {
  it('asks for the months the period touches', () => {
    expect(revisionMonths({ from: '2023-01-15', to: '2023-12-31' }, '2026-12-06')).toEqual({
      from: '2023-01',
      to: '2023-12',
    });
  });
  it('reads all time, and longer periods, as the last ten years the API answers at once', () => {
    expect(revisionMonths(null, '2026-12-06')).toEqual({ from: '2016-01', to: '2026-12' });
    expect(revisionMonths({ from: '2001-03-01', to: '2026-06-30' }, '2026-12-06')).toEqual({
      from: '2016-01',
      to: '2026-06',
    });
  });
});

describe('revisionLines', () => {
  it('lists who revised which month when and why, and only the KPIs that moved', () => {
    expect(revisionLines([revision], 'zh-CN')).toEqual([
      {
        id: 5,
        month: '2023-05',
        date: '2026-12-06',
        by: 'admin',
        reason: '补录纸质台账',
        changes: ['群众满意率 97.1% → 97.3%', '重复访率 1.0% → 1.0% (10/1,000 → 10/1,001)'],
      },
    ]);
  });
  it('names the KPIs in English too', () => {
    expect(revisionLines([revision], 'en')[0]!.changes[0]).toBe('Satisfaction rate 97.1% → 97.3%');
  });
  it('keeps a revision that moved no KPI, with no changes', () => {
    expect(revisionLines([{ ...revision, kpis: [revision.kpis[1]!] }], 'zh-CN')[0]!.changes).toEqual([]);
  });
});
