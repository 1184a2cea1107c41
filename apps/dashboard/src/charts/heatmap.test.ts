import { describe, expect, it } from 'vitest';
import { heatmapChart } from './heatmap';
import { SUPPRESSED_COLOR } from './palette';

type Opt = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- reading an option tree

const x = [
  { key: '2026-01-01', label: '1月' },
  { key: '2026-02-01', label: '2月' },
];
const y = [
  { key: '640302203200', label: '陈木闸村' },
  { key: '640302104201', label: '吴家沟村' },
];

describe('heatmapChart', () => {
  it('puts counted cells in the coloured series with their keys', () => {
    const o = heatmapChart({
      x,
      y,
      cells: [
        { x: 0, y: 0, value: 7, suppressed: false },
        { x: 1, y: 0, value: 0, suppressed: false },
        { x: 0, y: 1, value: null, suppressed: true },
        { x: 1, y: 1, value: 12, suppressed: false },
      ],
      suppressedLabel: '<3',
    }) as Opt;
    expect(o.xAxis.data).toEqual(['1月', '2月']);
    expect(o.yAxis).toMatchObject({ data: ['陈木闸村', '吴家沟村'], inverse: true });
    expect(o.visualMap).toMatchObject({ min: 0, max: 12, seriesIndex: 0 });
    expect(o.series[0].data).toEqual([
      { value: [0, 0, 7], xKey: '2026-01-01', yKey: '640302203200' },
      { value: [1, 0, 0], xKey: '2026-02-01', yKey: '640302203200' },
      { value: [1, 1, 12], xKey: '2026-02-01', yKey: '640302104201' },
    ]);
  });

  it('shows suppressed cells as grey "<3", outside the colour scale', () => {
    const o = heatmapChart({
      x,
      y,
      cells: [{ x: 0, y: 1, value: null, suppressed: true }],
      suppressedLabel: '<3',
    }) as Opt;
    expect(o.series[1].itemStyle.color).toBe(SUPPRESSED_COLOR);
    expect(o.series[1].label.formatter).toBe('<3');
    expect(o.series[1].data).toEqual([{ value: [0, 1, 0], xKey: '2026-01-01', yKey: '640302104201' }]);
    // A scale from 0 to at least 1, so an all-suppressed map still draws.
    expect(o.visualMap.max).toBe(1);
  });

  it('draws an empty map without failing', () => {
    const o = heatmapChart({ x: [], y: [], cells: [], suppressedLabel: '<3' }) as Opt;
    expect(o.series[0].data).toEqual([]);
    expect(o.visualMap.max).toBe(1);
  });

  it('writes the value in every cell of the villages page (25 villages × 12 months), not on a crowded map', () => {
    const axis = (n: number) => Array.from({ length: n }, (_, i) => ({ key: String(i), label: String(i) }));
    const shown = heatmapChart({ x: axis(12), y: axis(25), cells: [], suppressedLabel: '<3' }) as Opt;
    expect(shown.series[0].label.show).toBe(true);
    const crowded = heatmapChart({ x: axis(36), y: axis(25), cells: [], suppressedLabel: '<3' }) as Opt;
    expect(crowded.series[0].label.show).toBe(false);
  });

  it('can suffix values (shares in %)', () => {
    const o = heatmapChart({ x, y, cells: [], suppressedLabel: '<3', valueSuffix: '%' }) as Opt;
    expect(o.series[0].label.formatter).toBe('{@[2]}%');
    expect(o.series[0].tooltip.valueFormatter(12.5)).toBe('12.5%');
    const plain = heatmapChart({ x, y, cells: [], suppressedLabel: '<3' }) as Opt;
    expect(plain.series[0].label.formatter).toBeUndefined();
  });

  it('wraps long village names on the axis', () => {
    const o = heatmapChart({ x, y, cells: [], suppressedLabel: '<3' }) as Opt;
    expect(o.yAxis.axisLabel.overflow).toBe('break');
  });
});
