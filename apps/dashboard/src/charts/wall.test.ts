import { describe, expect, it } from 'vitest';
import { CATEGORICAL, categoryColor } from './palette';
import { WALL_MIN_FONT, wallRanking, wallRing, wallTrend } from './wall';

const style = { scale: 2, text: '#fff', muted: '#bbb', accent: '#56b4e9', background: '#000' };
type Series = {
  data: { value: unknown; key?: string; name?: string; itemStyle?: { color: string } }[];
  label: { fontSize?: number; show?: boolean };
};

describe('wall charts', () => {
  it('draw the ring without empty slices, each category in its own colour whatever its rank', () => {
    const option = wallRing(
      [
        { key: 'IRRIGATION', name: '灌溉', value: 6 },
        { key: 'TREE_SHADING', name: '树木遮阴', value: 2 },
        { key: 'HOMESTEAD', name: '宅基地', value: 0 },
        { key: 'UNPAID_WAGES', name: '劳资', value: null },
      ],
      style,
    ) as { series: Series[] };
    expect(option.series[0]!.data.map((d) => d.name)).toEqual(['灌溉', '树木遮阴']);
    // The domain's second and first categories: their colours, though irrigation is the larger here.
    expect(option.series[0]!.data.map((d) => d.itemStyle!.color)).toEqual([CATEGORICAL[1], CATEGORICAL[0]]);
    expect(categoryColor('IRRIGATION')).toBe(CATEGORICAL[1]);
    expect(option.series[0]!.label.show).toBe(false);
  });
  it('rank townships largest first, a suppressed one as a gap', () => {
    const option = wallRanking(
      [
        { key: 'T1', name: '甲', value: 2 },
        { key: 'T2', name: '乙', value: 9 },
        { key: 'T3', name: '丙', value: null },
      ],
      style,
    ) as { yAxis: { data: string[] }; series: Series[] };
    expect(option.yAxis.data).toEqual(['乙', '甲', '丙']);
    expect(option.series[0]!.data.map((d) => d.value)).toEqual([9, 2, '-']);
  });
  it('show one bar per month with its count', () => {
    const option = wallTrend(
      [
        { key: '2026-10-01', label: '10月', value: 3 },
        { key: '2026-11-01', label: '11月', value: null },
      ],
      { ...style, scale: 1 },
    ) as { xAxis: { data: string[]; axisLabel: { fontSize: number } }; series: Series[] };
    expect(option.xAxis.data).toEqual(['10月', '11月']);
    expect(option.xAxis.axisLabel.fontSize).toBe(WALL_MIN_FONT);
    expect(option.series[0]!.data.map((d) => d.value)).toEqual([3, '-']);
  });
  it('draw the month still running paler, its label starred', () => {
    const option = wallTrend(
      [
        { key: '2026-10-01', label: '10月', value: 3 },
        { key: '2026-11-01', label: '11月', value: 2, partial: true },
      ],
      style,
    ) as { xAxis: { data: string[] }; series: { data: { itemStyle?: { opacity: number } }[] }[] };
    expect(option.xAxis.data).toEqual(['10月', '11月*']);
    expect(option.series[0]!.data.map((d) => d.itemStyle?.opacity ?? 1)).toEqual([1, 0.45]);
  });
});
