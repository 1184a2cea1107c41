import { describe, expect, it } from 'vitest';
import {
  COUNTED_MATTER_TYPES,
  alertCasesQuery,
  countsView,
  excessRatio,
  parseWarningQuery,
  toWarningFilter,
  warningQuery,
} from './warnings';

const TODAY = '2026-12-06';

describe('early-warning page filters', () => {
  it('reads level, scope, category and a month range from the URL and writes them back the same', () => {
    const query = { level: 'RED', scope: 'VILLAGE', category: 'IRRIGATION', from: '2026-01', to: '2026-06' };
    const f = parseWarningQuery(query);
    expect(f).toEqual({
      level: 'RED',
      scope: 'VILLAGE',
      categoryCode: 'IRRIGATION',
      from: '2026-01',
      to: '2026-06',
    });
    expect(warningQuery(f)).toEqual(query);
  });

  it('drops what it cannot read: unknown levels, a reversed or malformed range', () => {
    expect(
      parseWarningQuery({ level: 'GREEN', scope: 'x', from: '2026-06', to: '2026-01', category: 'a b' }),
    ).toEqual({
      level: null,
      scope: null,
      categoryCode: null,
      from: null,
      to: null,
    });
    expect(parseWarningQuery({ from: '2026-13', to: '2026-14' }).from).toBeNull();
  });

  it('asks the API for the last 12 months by default, with the filter bar’s township', () => {
    expect(toWarningFilter(parseWarningQuery({}), TODAY, '640302100000')).toEqual({
      from: '2026-01',
      to: '2026-12',
      townshipCode: '640302100000',
    });
    expect(
      toWarningFilter(parseWarningQuery({ level: 'YELLOW', from: '2024-03', to: '2024-05' }), TODAY),
    ).toEqual({
      from: '2024-03',
      to: '2024-05',
      level: 'YELLOW',
    });
  });
});

describe('an alert’s cases', () => {
  const alert = {
    scope: 'VILLAGE' as const,
    month: '2024-02',
    township: { code: '640302100000' },
    village: { code: '640302100201' },
    category: { code: 'IRRIGATION' },
  };

  it('opens the village’s cases of the category in that month, accusations left out as the warning counts', () => {
    expect(alertCasesQuery(alert, TODAY)).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
      village: '640302100201',
      category: 'IRRIGATION',
      matter: 'APPEAL,SUGGESTION',
    });
    expect(COUNTED_MATTER_TYPES).not.toContain('ACCUSATION');
  });

  it('opens a township cell by its township, and the current month up to today', () => {
    const q = alertCasesQuery({ ...alert, scope: 'TOWNSHIP', village: null, month: '2026-12' }, TODAY);
    expect(q).toMatchObject({ from: '2026-12-01', to: TODAY, township: '640302100000' });
    expect(q.village).toBeUndefined();
  });
});

describe('counts and ratios', () => {
  it('adds the levels up and reads a missing answer as none', () => {
    expect(countsView({ red: 2, yellow: 5 })).toEqual({ red: 2, yellow: 5, total: 7 });
    expect(countsView(null)).toEqual({ red: 0, yellow: 0, total: 0 });
  });

  it('says how many times the expectation a count is, and nothing for an expectation of 0', () => {
    expect(excessRatio({ observed: 9, expected: 3 })).toBe(3);
    expect(excessRatio({ observed: 9, expected: 0 })).toBeNull();
  });
});
