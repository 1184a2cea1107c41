import { describe, expect, it } from 'vitest';
import { crossFilter, drillFilter } from './drill';
import { EMPTY_FILTER, type DashboardFilter, toCaseFilter } from './filter';

const TODAY = '2026-11-27';
const page: DashboardFilter = { ...EMPTY_FILTER, townshipCodes: ['640302203000'], channels: ['VISIT'] };

describe('drillFilter', () => {
  it('a category slice keeps the page filter and adds the category', () => {
    const f = drillFilter(page, [{ kind: 'category', code: 'TREE_SHADING' }], TODAY);
    expect(toCaseFilter(f, TODAY)).toEqual({
      from: '2025-12-01',
      to: TODAY,
      townshipCodes: ['640302203000'],
      channels: ['VISIT'],
      categoryCodes: ['TREE_SHADING'],
    });
  });

  it('a KPI number lists the cases behind it', () => {
    const f = drillFilter(page, [{ kind: 'kpi', kpi: 'TIMELY_ACCEPTANCE', part: 'NUMERATOR' }], TODAY);
    expect(f.kpi).toBe('TIMELY_ACCEPTANCE');
    expect(f.kpiPart).toBe('NUMERATOR');
    const missed = drillFilter(page, [{ kind: 'kpi', kpi: 'ON_TIME_CLOSURE', part: 'MISSED' }], TODAY);
    expect(toCaseFilter(missed, TODAY)).toMatchObject({ kpi: 'ON_TIME_CLOSURE', kpiPart: 'MISSED' });
  });

  it('a month point narrows the period to that month, within the page period', () => {
    const f = drillFilter(
      { ...page, from: '2026-03-10', to: '2026-06-30' },
      [{ kind: 'month', month: '2026-03-01' }],
      TODAY,
    );
    expect([f.from, f.to]).toEqual(['2026-03-10', '2026-03-31']);
  });

  it('a warning count drops the period (overdue whenever received)', () => {
    const red = drillFilter(page, [{ kind: 'warning', level: 'RED' }], TODAY);
    expect(red.allTime).toBe(true);
    expect(red.overdue).toBe(true);
    expect(red.dueSoon).toBeNull();
    expect(toCaseFilter(red, TODAY)).not.toHaveProperty('from');
    const yellow = drillFilter(page, [{ kind: 'warning', level: 'YELLOW' }], TODAY);
    expect(yellow.dueSoon).toBe(true);
    expect(yellow.overdue).toBeNull();
  });

  it('never widens: a slice outside an existing selection keeps the selection', () => {
    const f = drillFilter(page, [{ kind: 'township', code: '640302100000' }], TODAY);
    expect(f.townshipCodes).toEqual(['640302203000']);
  });

  it('replaces an earlier drill-down rather than stacking on it', () => {
    const earlier = { ...page, kpi: 'SATISFACTION' as const, kpiPart: 'NUMERATOR' as const, overdue: true };
    const f = drillFilter(earlier, [{ kind: 'leader', id: 5 }], TODAY);
    expect(f.kpi).toBeNull();
    expect(f.overdue).toBeNull();
    expect(f.leaderIds).toEqual([5]);
  });
});

describe('crossFilter', () => {
  it('narrows the whole filter to the clicked township or category, keeping the rest', () => {
    const withPeriod: DashboardFilter = { ...page, from: '2026-01-01', to: '2026-06-30' };
    const f = crossFilter(withPeriod, [{ kind: 'category', code: 'IRRIGATION' }]);
    expect(f).toEqual({ ...withPeriod, categoryCodes: ['IRRIGATION'] });
    // A township already chosen stays chosen when another is clicked within a wider choice …
    const two = { ...EMPTY_FILTER, townshipCodes: ['640302203000', '640302104000'] };
    expect(crossFilter(two, [{ kind: 'township', code: '640302104000' }]).townshipCodes).toEqual([
      '640302104000',
    ]);
    // … and a click never widens a filter that already excludes what was clicked.
    expect(crossFilter(page, [{ kind: 'township', code: '640302104000' }]).townshipCodes).toEqual([
      '640302203000',
    ]);
    expect(crossFilter(EMPTY_FILTER, [{ kind: 'village', code: '640302104001' }]).villageCodes).toEqual([
      '640302104001',
    ]);
  });
});
