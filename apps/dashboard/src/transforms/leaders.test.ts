import { describe, expect, it } from 'vitest';
import { parseWorkloadSort, sortWorkloads, visitsByKind, workloadRows, workloadSortParam } from './leaders';

const w = (id: string, name: string, owned: number, visits: number[]) => ({
  leader: { id, name, title: '副区长' },
  owned,
  open: 1,
  closed: owned - 1,
  closedInTime: Math.max(0, owned - 2),
  overdue: 0,
  instructions: 2,
  visits: [
    { kind: 'RECEPTION', count: visits[0] ?? 0 },
    { kind: 'DOWN_VISIT', count: visits[1] ?? 0 },
  ],
});

describe('workloadRows', () => {
  it('orders by owned cases, then visits, and sums visits', () => {
    const rows = workloadRows(
      [w('1', '甲', 3, [1, 1]), w('2', '乙', 5, [0, 0]), w('3', '丙', 3, [4, 0])],
      'zh-CN',
    );
    expect(rows.map((r) => r.id)).toEqual(['2', '3', '1']);
    expect(rows[1]).toMatchObject({ visits: 4, closed: 2, closedInTime: 1, inTimeRate: 1 / 2 });
  });
  it('leaves out leaders with nothing in the period', () => {
    const idle = { ...w('4', '丁', 0, [0, 0]), instructions: 0 };
    expect(workloadRows([idle], 'zh-CN')).toEqual([]);
  });
});

describe('sortWorkloads', () => {
  const rows = workloadRows(
    [w('1', '甲', 3, [1, 1]), w('2', '乙', 5, [0, 0]), w('3', '丙', 1, [4, 0])],
    'zh-CN',
  );
  it('sorts by a column either way, rates without a value last', () => {
    expect(sortWorkloads(rows, { key: 'owned', desc: false }, 'zh-CN').map((r) => r.id)).toEqual([
      '3',
      '1',
      '2',
    ]);
    // 丙 closed nothing: no rate, last in both directions.
    expect(sortWorkloads(rows, { key: 'inTimeRate', desc: true }, 'zh-CN').map((r) => r.id)).toEqual([
      '2',
      '1',
      '3',
    ]);
    expect(sortWorkloads(rows, { key: 'inTimeRate', desc: false }, 'zh-CN').map((r) => r.id)).toEqual([
      '1',
      '2',
      '3',
    ]);
    expect(sortWorkloads(rows, null, 'zh-CN')).toEqual(rows);
  });
  it('reads and writes the URL form, ignoring what it does not know', () => {
    expect(parseWorkloadSort('overdue:desc')).toEqual({ key: 'overdue', desc: true });
    expect(workloadSortParam({ key: 'closed', desc: false })).toBe('closed:asc');
    for (const bad of ['owned', 'owned:up', 'leader:desc', 1, null])
      expect(parseWorkloadSort(bad)).toBeNull();
  });
});

describe('visitsByKind', () => {
  it('sums every leader per kind, in the API order', () => {
    expect(visitsByKind([w('1', '甲', 1, [1, 2]), w('2', '乙', 1, [3, 0])])).toEqual([
      { kind: 'RECEPTION', count: 4 },
      { kind: 'DOWN_VISIT', count: 2 },
    ]);
  });
});
