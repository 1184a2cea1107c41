import { describe, expect, it } from 'vitest';
import type { WallEarlyWarningsQuery } from '../graphql/generated/graphql';
import { alertConcernsWall, wallAlertMonths, wallAlertVariables, wallAlertsView } from './wallAlerts';

describe('wallAlertVariables', () => {
  it('asks township cells of this month, each of the two closed months before it, and the three together', () => {
    expect(wallAlertVariables('2026-01-15', null)).toEqual({
      thisMonth: { scope: 'TOWNSHIP', from: '2026-01', to: '2026-01' },
      lastMonth: { scope: 'TOWNSHIP', from: '2025-12', to: '2025-12' },
      monthBefore: { scope: 'TOWNSHIP', from: '2025-11', to: '2025-11' },
      recent: { scope: 'TOWNSHIP', from: '2025-11', to: '2026-01' },
      first: 10,
    });
  });
  it('narrows every filter to the wall’s township', () => {
    const v = wallAlertVariables('2026-03-31', '640302100000');
    expect([v.thisMonth, v.lastMonth, v.monthBefore, v.recent].map((f) => f.townshipCode)).toEqual([
      '640302100000',
      '640302100000',
      '640302100000',
      '640302100000',
    ]);
    expect(wallAlertMonths('2026-03-31')).toEqual(['2026-03', '2026-02', '2026-01']);
  });
});

const node = (month: string, level: 'RED' | 'YELLOW', township: string, category: string) => ({
  id: `TOWNSHIP:${township}:${category}:${month}`,
  month,
  provisional: month === '2026-05',
  level,
  township: { code: township },
  category: { code: category },
});

describe('wallAlertsView', () => {
  it('gives each month its counts and splits this month’s alerts from the closed months’', () => {
    const data: WallEarlyWarningsQuery = {
      thisMonth: { red: 1, yellow: 0 },
      lastMonth: { red: 0, yellow: 2 },
      monthBefore: { red: 0, yellow: 0 },
      earlyWarnings: {
        edges: [
          node('2026-05', 'RED', 't1', 'c1'),
          node('2026-04', 'YELLOW', 't2', 'c1'),
          node('2026-04', 'YELLOW', 't1', 'c2'),
        ].map((n) => ({ node: n })),
      },
    };
    const view = wallAlertsView(data, '2026-05-20');
    expect(view.months).toEqual([
      { month: '2026-05', provisional: true, red: 1, yellow: 0 },
      { month: '2026-04', provisional: false, red: 0, yellow: 2 },
      { month: '2026-03', provisional: false, red: 0, yellow: 0 },
    ]);
    expect(view.current.map((r) => [r.townshipCode, r.categoryCode, r.level])).toEqual([['t1', 'c1', 'RED']]);
    expect(view.earlier.map((r) => [r.townshipCode, r.categoryCode, r.level, r.month])).toEqual([
      ['t2', 'c1', 'YELLOW', '2026-04'],
      ['t1', 'c2', 'YELLOW', '2026-04'],
    ]);
    expect(view.more).toBe(0);
  });

  it('counts the alerts of the three months beyond the listed rows', () => {
    const edges = Array.from({ length: 10 }, (_, i) => ({ node: node('2026-05', 'YELLOW', `t${i}`, 'c') }));
    const data: WallEarlyWarningsQuery = {
      thisMonth: { red: 2, yellow: 9 },
      lastMonth: { red: 0, yellow: 1 },
      monthBefore: { red: 1, yellow: 0 },
      earlyWarnings: { edges },
    };
    expect(wallAlertsView(data, '2026-05-20').more).toBe(3);
  });

  it('shows zeros and no rows before the first answer (the calm state)', () => {
    const view = wallAlertsView(null, '2026-05-20');
    expect(view.months.map((m) => m.red + m.yellow)).toEqual([0, 0, 0]);
    expect([view.current, view.earlier, view.more]).toEqual([[], [], 0]);
  });
});

describe('alertConcernsWall', () => {
  it('lets the district’s wall hear every township, a township’s wall only its own', () => {
    const notice = { township: { code: '640302100000' } };
    expect(alertConcernsWall(notice, null)).toBe(true);
    expect(alertConcernsWall(notice, '640302100000')).toBe(true);
    expect(alertConcernsWall(notice, '640302101000')).toBe(false);
  });
});
