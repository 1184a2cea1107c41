// The charts' items (keyboard and screen-reader list): labels in words, values formatted with their
// units by the page's formatters, and the very data object the chart's click emits for the same point.
import { describe, expect, it } from 'vitest';
import { formatCount, formatMonth, formatPercent } from '../format/format';
import { barChart, barItems, donutChart, donutItems, groupedBarChart, groupedBarItems } from './bar';
import { calendarChart, calendarItems } from './calendar';
import { type FunnelChartInput, funnelChart, funnelItems } from './funnel';
import { type HeatmapInput, heatmapChart, heatmapItems } from './heatmap';
import { moveFocus } from './items';
import { type LineInput, lineChart, lineItems } from './line';
import { treemapChart, treemapItems } from './treemap';
import { warningChart, warningItems } from './warning';

type Opt = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- reading an option tree

/** What a click on series s, point i hands the view (ChartPanel.onClick passes params.data on). */
const clicked = (o: Opt, at: { seriesIndex: number; dataIndex: number } | undefined) =>
  o.series[at!.seriesIndex].data[at!.dataIndex];
const cases = (n: number | null) => (n === null ? '无数据' : `${formatCount(n, 'zh-CN')} 件`);
const month = (m: string) => formatMonth(m, 'zh-CN');

describe('barItems', () => {
  const input = {
    items: [
      { key: '640302100', name: '扁担沟镇', value: 1312 },
      { key: '640302101', name: '金积镇', value: null },
    ],
    seriesName: '受理案件数',
    horizontal: true,
  };
  it('names each bar and reads its value with its unit, a gap as "no data"', () => {
    expect(barItems(input, cases).map((i) => [i.label, i.value])).toEqual([
      ['扁担沟镇', '1,312 件'],
      ['金积镇', '无数据'],
    ]);
  });
  it('carries what a click on the same bar emits', () => {
    const o = barChart(input) as Opt;
    for (const item of barItems(input, cases)) expect(item.data).toEqual(clicked(o, item.at));
    expect(barItems(input, cases)[0]!.data).toEqual({ value: 1312, name: '扁担沟镇', key: '640302100' });
  });
});

describe('groupedBarItems and donutItems', () => {
  it('reads each leader by series, a row per leader', () => {
    const input = {
      categories: [
        { key: '7', name: '张三' },
        { key: '9', name: '李四' },
      ],
      series: [
        { key: 'owned', name: '包案', values: [5, 3] },
        { key: 'overdue', name: '超期', values: [1, null] },
      ],
      horizontal: true,
      stacked: false,
    };
    const items = groupedBarItems(input, cases);
    expect(items.map((i) => `${i.label}:${i.value}`)).toEqual([
      '张三 包案:5 件',
      '张三 超期:1 件',
      '李四 包案:3 件',
      '李四 超期:无数据',
    ]);
    const o = groupedBarChart(input) as Opt;
    for (const item of items) expect(item.data).toEqual(clicked(o, item.at));
    expect(items[3]!.data).toMatchObject({ key: '9', series: 'overdue' });
  });
  it('lists only the slices drawn', () => {
    const input = {
      items: [
        { key: 'HOME', name: '入户走访', value: 4 },
        { key: 'PHONE', name: '电话回访', value: 0 },
      ],
      seriesName: '接访',
    };
    const items = donutItems(input, (n) => `${n} 次`);
    expect(items.map((i) => i.label)).toEqual(['入户走访']);
    expect(items[0]!.data).toEqual(clicked(donutChart(input) as Opt, items[0]!.at));
  });
});

describe('lineItems', () => {
  const input: LineInput = {
    x: [
      { key: '2026-02-01', label: '2月' },
      { key: '2026-03-01', label: '3月' },
    ],
    series: [{ key: 'TIMELY_ACCEPTANCE', name: '及时受理率', values: [270 / 280, null] }],
    percent: true,
    partial: '2026-03-01',
  };
  it('names series and month in full and reads the rate, not the float or the gap', () => {
    const items = lineItems(input, (rate) => formatPercent(rate, 'zh-CN'), month);
    expect(items.map((i) => `${i.label}:${i.value}`)).toEqual([
      '及时受理率 2026年2月:96.4%',
      '及时受理率 2026年3月:—',
    ]);
  });
  it('hands the value function the input rate and the click data (the view reads its KPI parts from it)', () => {
    const seen: unknown[] = [];
    const items = lineItems(
      input,
      (rate, d) => {
        seen.push([rate, d.key, d.series]);
        return '';
      },
      month,
    );
    expect(seen[0]).toEqual([270 / 280, '2026-02-01', 'TIMELY_ACCEPTANCE']);
    const o = lineChart(input) as Opt;
    for (const item of items) expect(item.data).toEqual(clicked(o, item.at));
    // The running month's point carries its hollow style, in the chart and in the item alike.
    expect(items[1]!.data).toMatchObject({ key: '2026-03-01', value: '-', symbol: 'emptyCircle' });
  });
});

describe('heatmapItems', () => {
  const input: HeatmapInput = {
    x: [
      { key: '2026-02-01', label: '2月' },
      { key: '2026-03-01', label: '3月*' },
    ],
    y: [
      { key: '640302100201', label: '扁担沟村' },
      { key: '640302100202', label: '陈木闸村' },
    ],
    cells: [
      { x: 0, y: 1, value: 12, suppressed: false },
      { x: 0, y: 0, value: null, suppressed: true },
      { x: 1, y: 0, value: 312, suppressed: false },
      { x: 1, y: 1, value: 0, suppressed: false },
    ],
    suppressedLabel: '—',
  };
  const items = heatmapItems(input, cases, month, '不显示具体数字');
  it('reads the cells row by row, withheld cells in words instead of their drawn 0', () => {
    expect(items.map((i) => `${i.label}:${i.value}`)).toEqual([
      '扁担沟村 2026年2月:不显示具体数字',
      '扁担沟村 2026年3月:312 件',
      '陈木闸村 2026年2月:12 件',
      '陈木闸村 2026年3月:0 件',
    ]);
    expect(items.map((i) => i.group)).toEqual([
      '640302100201',
      '640302100201',
      '640302100202',
      '640302100202',
    ]);
  });
  it('carries the data of the cell clicked, in the coloured or the withheld series', () => {
    const o = heatmapChart(input) as Opt;
    for (const item of items) expect(item.data).toEqual(clicked(o, item.at));
    expect(items[0]!.at).toEqual({ seriesIndex: 1, dataIndex: 0 });
    expect(items[2]!.data).toEqual({ value: [0, 1, 12], xKey: '2026-02-01', yKey: '640302100202' });
  });
});

describe('treemapItems', () => {
  it('lists the villages under their townships with the data a click on the village emits', () => {
    const nodes = [
      {
        key: 'T1',
        name: '马莲渠乡',
        value: 9,
        children: [
          { key: 'V1', name: '陈木闸村', value: 7 },
          { key: 'V2', name: '蔡桥村', value: 2 },
        ],
      },
    ];
    const items = treemapItems({ nodes }, cases);
    expect(items.map((i) => `${i.label}:${i.value}`)).toEqual([
      '马莲渠乡 陈木闸村:7 件',
      '马莲渠乡 蔡桥村:2 件',
    ]);
    const o = treemapChart({ rootName: 'r', nodes }) as Opt;
    expect(items.map((i) => i.data)).toEqual(o.series[0].data[0].children);
  });
});

describe('calendarItems, warningItems and funnelItems', () => {
  it('reads the days with visits', () => {
    const input = {
      from: '2026-01-01',
      to: '2026-03-31',
      days: [
        { day: '2026-01-05', count: 1 },
        { day: '2026-01-06', count: 0 },
      ],
      seriesName: '接访',
      nameMap: 'ZH' as const,
    };
    const items = calendarItems(input, (n) => (n === 1 ? '1 次' : `${n} 次`));
    expect(items.map((i) => `${i.label}:${i.value}`)).toEqual(['2026-01-05:1 次']);
    expect(items[0]!.data).toEqual(clicked(calendarChart(input) as Opt, items[0]!.at));
  });

  it("reads a warning's months by the view's words, with the observed point's data", () => {
    const input = {
      points: [
        { label: '2026年2月', observed: 3, expected: 2.5, upperYellow: 6, upperRed: 8, level: null },
        { label: '2026年3月', observed: 9, expected: 2, upperYellow: 5, upperRed: 7, level: 'RED' as const },
      ],
      names: { observed: '受理数', expected: '期望值', yellowBand: '黄', redBand: '红' },
    };
    const items = warningItems(input, (p) => `受理 ${p.observed} 件${p.level ? ',红色预警' : ''}`);
    expect(items.map((i) => `${i.label}:${i.value}`)).toEqual([
      '2026年2月:受理 3 件',
      '2026年3月:受理 9 件,红色预警',
    ]);
    const o = warningChart(input) as Opt;
    for (const item of items) expect(item.data).toEqual(clicked(o, item.at));
  });

  it('reads each unit of a funnel plot with its rate and parts, the data of its point', () => {
    const input: FunnelChartInput = {
      points: [
        { key: 'T1', name: '金积镇', numerator: 302, denominator: 308, rate: 302 / 308, position: 'WITHIN' },
        { key: 'T2', name: '古城镇', numerator: 180, denominator: 200, rate: 0.9, position: 'BELOW_998' },
      ],
      curves: {
        n: [1, 308],
        lower998: [0, 0.93],
        lower95: [0, 0.94],
        upper95: [1, 0.98],
        upper998: [1, 0.99],
      },
      target: 0.96,
      scale: 100,
      unit: '%',
      higherIsBetter: true,
      labels: {
        x: 'x',
        y: 'y',
        target: 't',
        limit95: '95',
        limit998: '99.8',
        positions: { ABOVE_998: 'a', ABOVE_95: 'b', WITHIN: 'c', BELOW_95: 'd', BELOW_998: 'e' },
      },
    };
    const items = funnelItems(
      input,
      (rate, d) => `${formatPercent(rate, 'zh-CN')}(${String(d.numerator)}/${String(d.denominator)})`,
    );
    expect(items.map((i) => `${i.label}:${i.value}`)).toEqual([
      '金积镇:98.1%(302/308)',
      '古城镇:90.0%(180/200)',
    ]);
    const o = funnelChart(input) as Opt;
    for (const item of items) expect(item.data).toEqual(clicked(o, item.at));
  });
});

describe('moveFocus', () => {
  const flat = [{}, {}, {}];
  it('moves along a list with the arrows, to its ends with Home and End, and stops there', () => {
    expect(moveFocus(flat, 0, 'ArrowDown')).toBe(1);
    expect(moveFocus(flat, 0, 'ArrowRight')).toBe(1);
    expect(moveFocus(flat, 0, 'ArrowUp')).toBe(0);
    expect(moveFocus(flat, 2, 'ArrowDown')).toBe(2);
    expect(moveFocus(flat, 1, 'Home')).toBe(0);
    expect(moveFocus(flat, 0, 'End')).toBe(2);
    expect(moveFocus(flat, 0, 'Tab')).toBeNull();
    expect(moveFocus([], 0, 'ArrowDown')).toBeNull();
  });
  it('moves between rows at the same place with ↑/↓, along a row with ←/→', () => {
    // Rows a (3 items), b (2), c (3).
    const grid = ['a', 'a', 'a', 'b', 'b', 'c', 'c', 'c'].map((group) => ({ group }));
    expect(moveFocus(grid, 1, 'ArrowDown')).toBe(4);
    expect(moveFocus(grid, 2, 'ArrowDown')).toBe(4); // the shorter row's last
    expect(moveFocus(grid, 4, 'ArrowDown')).toBe(6);
    expect(moveFocus(grid, 6, 'ArrowUp')).toBe(4);
    expect(moveFocus(grid, 3, 'ArrowUp')).toBe(0);
    expect(moveFocus(grid, 1, 'ArrowUp')).toBe(1);
    expect(moveFocus(grid, 7, 'ArrowDown')).toBe(7);
    expect(moveFocus(grid, 2, 'ArrowRight')).toBe(3);
  });
});
