import { describe, expect, it } from 'vitest';
import { townshipTree, villageHeatmap, villageLines } from './villages';

const months = ['2026-01-01', '2026-02-01'];
const villages = [
  { code: 'V1', name: '陈木闸村', townshipCode: 'T1' },
  { code: 'V2', name: '蔡桥村', townshipCode: 'T1' },
  { code: 'V3', name: '吴家沟村', townshipCode: 'T2' },
];
const buckets = [
  { villageCode: 'V1', period: '2026-01-01', count: 5 },
  { villageCode: 'V1', period: '2026-02-01', count: 4 },
  { villageCode: 'V2', period: '2026-02-01', count: null, suppressed: true },
  { villageCode: 'V3', period: '2026-01-01', count: 12 },
];

describe('villageHeatmap', () => {
  it('keeps the busiest villages, one cell per month, suppressed cells flagged', () => {
    const h = villageHeatmap(buckets, months, villages, 2);
    expect(h.villages.map((v) => v.code)).toEqual(['V3', 'V1']);
    expect(h.hidden).toBe(1);
    expect(h.cells).toEqual([
      { x: 0, y: 0, value: 12, suppressed: false },
      { x: 1, y: 0, value: 0, suppressed: false },
      { x: 0, y: 1, value: 5, suppressed: false },
      { x: 1, y: 1, value: 4, suppressed: false },
    ]);
    const all = villageHeatmap(buckets, months, villages, 10);
    expect(all.cells.find((c) => c.y === 2 && c.x === 1)).toEqual({
      x: 1,
      y: 2,
      value: null,
      suppressed: true,
    });
  });
  it('names an unknown village by its code', () => {
    expect(
      villageHeatmap([{ villageCode: 'V9', period: '2026-01-01', count: 1 }], months, villages, 5)
        .villages[0]!.name,
    ).toBe('V9');
  });
});

describe('villageLines', () => {
  it('draws at most five chosen villages, zeros for one without cases', () => {
    const lines = villageLines(buckets, months, ['V1', 'V9', 'V2', 'V3', 'V1', 'V2'], villages);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toEqual({ key: 'V1', name: '陈木闸村', values: [5, 4] });
    expect(lines[1]).toEqual({ key: 'V9', name: 'V9', values: [0, 0] });
    expect(lines[2]!.values).toEqual([0, null]);
  });
});

describe('townshipTree', () => {
  it('groups villages under their township, largest first, empty ones left out', () => {
    const tree = townshipTree(buckets, [
      { code: 'T1', name: '马莲渠乡', villages: villages.slice(0, 2) },
      { code: 'T2', name: '扁担沟镇', villages: villages.slice(2) },
      { code: 'T3', name: '金积镇', villages: [] },
    ]);
    expect(tree).toEqual([
      { key: 'T2', name: '扁担沟镇', value: 12, children: [{ key: 'V3', name: '吴家沟村', value: 12 }] },
      { key: 'T1', name: '马莲渠乡', value: 9, children: [{ key: 'V1', name: '陈木闸村', value: 9 }] },
    ]);
  });
});
