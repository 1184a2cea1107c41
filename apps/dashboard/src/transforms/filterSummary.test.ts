import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../filters/filter';
import { filterConditionCount, filterParts, periodMonths } from './filterSummary';

const NAMES = {
  townships: [
    { code: 'T1', name: '金积镇', villages: [{ code: 'V1', name: '金积村' }] },
    { code: 'T2', name: '古城镇', villages: [] },
  ],
  categories: [{ code: 'TREE_SHADING', nameZh: '树木遮阴', nameEn: 'Tree shading' }],
  leaders: [{ id: '7', name: '王明' }],
};

describe('filter summary', () => {
  it('counts every chosen value of the filter bar but not the period or a drill-down', () => {
    expect(filterConditionCount({ ...EMPTY_FILTER, from: '2024-01-01', to: '2024-12-31' })).toBe(0);
    expect(
      filterConditionCount({
        ...EMPTY_FILTER,
        townshipCodes: ['T1'],
        categoryCodes: ['TREE_SHADING'],
        kpi: 'SATISFACTION',
        overdue: true,
      }),
    ).toBe(2);
  });

  it('shows the period as months, and no months for all time', () => {
    expect(periodMonths({ from: '2024-01-01', to: '2024-12-15' })).toEqual({
      from: '2024-01',
      to: '2024-12',
    });
    expect(periodMonths(null)).toBeNull();
  });

  it('names each set condition in the filter bar order, in the chosen language', () => {
    const filter = {
      ...EMPTY_FILTER,
      leaderIds: [7],
      channels: ['VISIT' as const],
      categoryCodes: ['TREE_SHADING'],
      villageCodes: ['V1'],
      townshipCodes: ['T1'],
    };
    expect(filterParts(filter, NAMES, 'zh-CN')).toEqual([
      { key: 'township', values: ['金积镇'] },
      { key: 'village', values: ['金积村'] },
      { key: 'category', values: ['树木遮阴'] },
      { key: 'channel', values: ['来访'] },
      { key: 'leader', values: ['王明'] },
    ]);
    expect(filterParts(filter, NAMES, 'en')[2]).toEqual({ key: 'category', values: ['Tree shading'] });
  });

  it('keeps a code the reference list does not know, and leaves out unset conditions', () => {
    expect(filterParts({ ...EMPTY_FILTER, townshipCodes: ['T9'] }, NAMES, 'zh-CN')).toEqual([
      { key: 'township', values: ['T9'] },
    ]);
    expect(filterParts(EMPTY_FILTER, NAMES, 'zh-CN')).toEqual([]);
  });
});
