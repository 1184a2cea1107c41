import { describe, expect, it } from 'vitest';
import { barChart, donutChart, groupedBarChart } from './bar';
import { LABEL_WIDTH } from './common';

type Opt = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- reading an option tree

const items = [
  { key: 'TREE_SHADING', name: '树木遮阴', value: 120 },
  { key: 'IRRIGATION', name: '灌溉用水', value: 80 },
];

describe('barChart', () => {
  it('puts names on a category axis and values with their keys in one series', () => {
    const o = barChart({ items, seriesName: '受理案件数', horizontal: false }) as Opt;
    expect(o.xAxis.type).toBe('category');
    expect(o.xAxis.data).toEqual(['树木遮阴', '灌溉用水']);
    expect(o.yAxis).toMatchObject({ type: 'value', minInterval: 1 });
    expect(o.series).toHaveLength(1);
    expect(o.series[0]).toMatchObject({ type: 'bar', name: '受理案件数' });
    expect(o.series[0].data).toEqual([
      { value: 120, name: '树木遮阴', key: 'TREE_SHADING' },
      { value: 80, name: '灌溉用水', key: 'IRRIGATION' },
    ]);
  });

  it('reads a horizontal ranking top-down', () => {
    const o = barChart({ items, seriesName: 's', horizontal: true }) as Opt;
    expect(o.yAxis).toMatchObject({ type: 'category', inverse: true, data: ['树木遮阴', '灌溉用水'] });
    expect(o.xAxis.type).toBe('value');
    expect(o.series[0].label.position).toBe('right');
  });

  it('wraps long Chinese names on the axis instead of cutting them, the full name in the data too', () => {
    const long = '宁夏吴忠国家农业科技园区孙家滩管理委员会';
    const o = barChart({
      items: [{ key: 'X', name: long, value: 3 }],
      seriesName: 's',
      horizontal: true,
    }) as Opt;
    expect(o.yAxis.axisLabel).toMatchObject({ width: LABEL_WIDTH, overflow: 'break' });
    expect(o.series[0].data[0].name).toBe(long);
    expect(o.grid.containLabel).toBe(true);
  });

  it('draws nothing for empty data, without failing', () => {
    const o = barChart({ items: [], seriesName: 's', horizontal: true }) as Opt;
    expect(o.yAxis.data).toEqual([]);
    expect(o.series[0].data).toEqual([]);
  });

  it('shows a suppressed (null) value as a gap, not zero', () => {
    const o = barChart({
      items: [{ key: 'A', name: 'A', value: null }],
      seriesName: 's',
      horizontal: false,
    }) as Opt;
    expect(o.series[0].data[0].value).toBe('-');
  });

  it('uses the system CJK font stack and the colour-blind-safe palette', () => {
    const o = barChart({ items, seriesName: 's', horizontal: false }) as Opt;
    expect(o.textStyle.fontFamily).toContain('"PingFang SC"');
    expect(o.color[0]).toBe('#0072B2');
    expect(o.backgroundColor).toBe('transparent');
  });

  it('hides bar labels when there are too many bars to read', () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ key: String(i), name: `村${i}`, value: i }));
    expect((barChart({ items: many, seriesName: 's', horizontal: true }) as Opt).series[0].label.show).toBe(
      false,
    );
  });
});

describe('groupedBarChart', () => {
  it('draws one series per measure with each bar keyed to its category', () => {
    const o = groupedBarChart({
      categories: [
        { key: '1', name: '王某' },
        { key: '2', name: '李某' },
      ],
      series: [
        { key: 'owned', name: '包案数', values: [5, 3] },
        { key: 'overdue', name: '逾期', values: [1, null], color: '#D55E00' },
      ],
      horizontal: true,
      stacked: false,
    }) as Opt;
    expect(o.yAxis.data).toEqual(['王某', '李某']);
    expect(o.series.map((s: Opt) => s.name)).toEqual(['包案数', '逾期']);
    expect(o.series[1].data).toEqual([
      { value: 1, key: '1', series: 'overdue' },
      { value: '-', key: '2', series: 'overdue' },
    ]);
    expect(o.series[1].itemStyle.color).toBe('#D55E00');
    expect(o.series[0].stack).toBeUndefined();
  });
  it('stacks when asked', () => {
    const o = groupedBarChart({
      categories: [],
      series: [{ key: 'a', name: 'a', values: [] }],
      horizontal: false,
      stacked: true,
    }) as Opt;
    expect(o.series[0].stack).toBe('total');
    expect(o.xAxis.data).toEqual([]);
  });
});

describe('donutChart', () => {
  it('leaves out empty slices and keeps keys for drill-down', () => {
    const o = donutChart({
      items: [
        { key: 'RECEPTION', name: '接访', value: 10 },
        { key: 'DOWN_VISIT', name: '下访', value: 0 },
        { key: 'HOME_VISIT', name: '走访', value: null },
      ],
      seriesName: '接访次数',
    }) as Opt;
    expect(o.series[0].type).toBe('pie');
    expect(o.series[0].data).toEqual([{ value: 10, name: '接访', key: 'RECEPTION' }]);
  });
});
