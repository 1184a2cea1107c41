import { describe, expect, it } from 'vitest';
import { lineChart, percentAxisMin } from './line';

type Opt = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- reading an option tree

const x = [
  { key: '2026-01-01', label: '2026年1月' },
  { key: '2026-02-01', label: '2月' },
  { key: '2026-03-01', label: '3月' },
];

describe('lineChart', () => {
  it('shows rates as percentages on a 0–100 axis, gaps for months without a denominator', () => {
    const o = lineChart({
      x,
      series: [{ key: 'TIMELY_ACCEPTANCE', name: '及时受理率', values: [0.9753, null, 1] }],
      percent: true,
    }) as Opt;
    // Lowest rate 97.5 %: the axis starts at 80 %, not 0, so changes stay visible.
    expect(o.yAxis).toMatchObject({ type: 'value', min: 80, max: 100 });
    expect(o.yAxis.axisLabel.formatter).toBe('{value}%');
    expect(o.tooltip.valueFormatter(97.5)).toBe('97.5%');
    expect(o.tooltip.valueFormatter('-')).toBe('—');
    expect(o.xAxis.data).toEqual(['2026年1月', '2月', '3月']);
    expect(o.series[0]).toMatchObject({ type: 'line', name: '及时受理率', connectNulls: false });
    expect(o.series[0].data.map((d: Opt) => d.value)).toEqual([97.5, '-', 100]);
    expect(o.series[0].data[0]).toEqual({ value: 97.5, key: '2026-01-01', series: 'TIMELY_ACCEPTANCE' });
  });

  it('draws the running month apart: hollow points, paler bars, a starred axis label', () => {
    const partial = '2026-03-01';
    const lines = lineChart({
      x,
      series: [
        { key: 'a', name: 'a', values: [0.9, 0.8, 0.7] },
        { key: 'b', name: 'b', values: [0.5, 0.6, 0.7] },
      ],
      percent: true,
      partial,
    }) as Opt;
    expect(lines.series[0].data.map((d: Opt) => d.symbol ?? null)).toEqual([null, null, 'emptyCircle']);
    expect(lines.series[1].data[2].symbol).toBe('emptyCircle');
    expect(lines.xAxis.data).toEqual(['2026年1月', '2月', '3月*']);
    const bars = lineChart({
      x,
      series: [{ key: 'c', name: 'c', values: [1, 2, 3] }],
      percent: false,
      stackedBars: true,
      partial,
    }) as Opt;
    expect(bars.series[0].data.map((d: Opt) => d.itemStyle?.opacity ?? 1)).toEqual([1, 1, 0.45]);
    const none = lineChart({
      x,
      series: [{ key: 'c', name: 'c', values: [1, 2, 3] }],
      percent: false,
    }) as Opt;
    expect(none.xAxis.data).toEqual(['2026年1月', '2月', '3月']);
    expect(none.series[0].data[2].symbol).toBeUndefined();
  });

  it('starts a percentage axis at 0 for low rates or no data', () => {
    expect(percentAxisMin([{ key: 'a', name: 'a', values: [0.04, null] }])).toBe(0);
    expect(percentAxisMin([{ key: 'a', name: 'a', values: [0.55, 0.9] }])).toBe(40);
    expect(percentAxisMin([])).toBe(0);
  });

  it('draws counts on an integer axis', () => {
    const o = lineChart({
      x,
      series: [{ key: 'v', name: '陈木闸村', values: [1, 2, 3] }],
      percent: false,
    }) as Opt;
    expect(o.yAxis).toMatchObject({ type: 'value', minInterval: 1 });
    expect(o.yAxis.max).toBeUndefined();
  });

  it('stacks monthly bars for categories over time', () => {
    const o = lineChart({
      x,
      series: [
        { key: 'TREE_SHADING', name: '树木遮阴', values: [1, 2, 3] },
        { key: 'IRRIGATION', name: '灌溉用水', values: [4, 5, 6] },
      ],
      percent: false,
      stackedBars: true,
    }) as Opt;
    expect(o.series.map((s: Opt) => [s.type, s.stack])).toEqual([
      ['bar', 'total'],
      ['bar', 'total'],
    ]);
    expect(o.xAxis.boundaryGap).toBe(true);
    expect(o.legend.type).toBe('scroll');
  });

  it('shows a visible point when there is a single month', () => {
    const o = lineChart({
      x: [x[0]!],
      series: [{ key: 'a', name: 'a', values: [0.5] }],
      percent: true,
    }) as Opt;
    expect(o.series[0].showSymbol).toBe(true);
    expect(o.series[0].symbolSize).toBe(10);
    expect(o.xAxis.boundaryGap).toBe(true);
  });

  it('draws no series for empty data', () => {
    const o = lineChart({ x: [], series: [], percent: true }) as Opt;
    expect(o.series).toEqual([]);
    expect(o.xAxis.data).toEqual([]);
  });
});
