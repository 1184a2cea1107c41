import { describe, expect, it } from 'vitest';
import { visitsByKind, workloadRows } from './leaders';

const w = (id: string, name: string, owned: number, visits: number[]) => ({
  leader: { id, name, title: '副区长' },
  owned,
  open: 1,
  closed: owned - 1,
  overdue: 0,
  instructions: 2,
  closedOnTime: { numerator: owned - 1, denominator: owned, rate: owned ? (owned - 1) / owned : null },
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
    expect(rows[1]).toMatchObject({ visits: 4, closedOnTime: 2, onTimeRate: 2 / 3 });
  });
  it('leaves out leaders with nothing in the period', () => {
    const idle = { ...w('4', '丁', 0, [0, 0]), instructions: 0 };
    expect(workloadRows([idle], 'zh-CN')).toEqual([]);
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
