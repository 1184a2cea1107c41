import { describe, expect, it } from 'vitest';
import { FUNNEL_COLORS, type FunnelChartInput, funnelChart, funnelColor, funnelYRange } from './funnel';

type Opt = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- reading an option tree

const labels = {
  x: '受理件数',
  y: '及时受理率',
  target: '全部合计 96.0%',
  limit95: '95% 控制限',
  limit998: '99.8% 控制限',
  positions: {
    ABOVE_998: '高于 99.8% 控制限',
    ABOVE_95: '高于 95% 控制限',
    WITHIN: '在控制限内',
    BELOW_95: '低于 95% 控制限',
    BELOW_998: '低于 99.8% 控制限',
  },
};

const input: FunnelChartInput = {
  points: [
    { key: 'T1', name: '金积镇', numerator: 302, denominator: 308, rate: 302 / 308, position: 'WITHIN' },
    { key: 'T2', name: '<古城镇>', numerator: 180, denominator: 200, rate: 0.9, position: 'BELOW_998' },
    { key: 'T3', name: '胜利镇', numerator: 205, denominator: 208, rate: 205 / 208, position: 'WITHIN' },
  ],
  curves: {
    n: [1, 100, 308],
    lower998: [0, 0.9, 0.93],
    lower95: [0, 0.92, 0.94],
    upper95: [1, 0.99, 0.98],
    upper998: [1, 1, 0.99],
  },
  target: 0.96,
  scale: 100,
  unit: '%',
  higherIsBetter: true,
  labels,
};

describe('funnelChart', () => {
  const o = funnelChart(input) as Opt;

  it('draws the centre line across the plot and both pairs of limits as lines without points', () => {
    const lines = o.series.filter((s: Opt) => s.type === 'line');
    expect(lines.map((s: Opt) => s.name)).toEqual([
      '全部合计 96.0%',
      '95% 控制限',
      '95% 控制限',
      '99.8% 控制限',
      '99.8% 控制限',
    ]);
    expect(lines[0].data).toEqual([
      [0, 96],
      [308, 96],
    ]);
    expect(lines[1].data).toEqual([
      [1, 0],
      [100, 92],
      [308, 94],
    ]);
    expect(lines[1].lineStyle.type).toBe('dashed');
    expect(lines[3].lineStyle.type).toBe('solid');
    expect(lines.every((s: Opt) => s.silent && !s.showSymbol)).toBe(true);
  });

  it('puts each unit at (denominator, rate), one series per position, only outliers coloured', () => {
    const scatter = o.series.filter((s: Opt) => s.type === 'scatter');
    expect(scatter.map((s: Opt) => [s.name, s.data.length, s.itemStyle.color])).toEqual([
      ['在控制限内', 2, FUNNEL_COLORS.WITHIN],
      ['低于 99.8% 控制限', 1, FUNNEL_COLORS.WORSE_998],
    ]);
    expect(scatter[1].data[0]).toEqual({
      value: [200, 90],
      key: 'T2',
      name: '<古城镇>',
      numerator: 180,
      denominator: 200,
      position: 'BELOW_998',
    });
    // ▼ for below, larger for 99.8 %: the shape and size carry it without colour.
    expect([scatter[1].symbol, scatter[1].symbolRotate, scatter[1].symbolSize]).toEqual([
      'triangle',
      180,
      14,
    ]);
    expect(o.xAxis).toMatchObject({ type: 'value', min: 0, max: 308, name: '受理件数' });
    expect(o.yAxis).toMatchObject({ min: 88, max: 100, interval: 2 });
  });

  it('tooltips name, fraction, rate and position, with the name escaped', () => {
    const scatter = o.series.filter((s: Opt) => s.type === 'scatter');
    expect(o.tooltip.formatter({ data: scatter[1].data[0] })).toBe(
      '<b>&lt;古城镇&gt;</b><br/>180 / 200 = 90%<br/>低于 99.8% 控制限',
    );
    expect(o.tooltip.formatter({})).toBe('');
  });

  it('colours better and worse by the KPI direction', () => {
    expect(funnelColor('ABOVE_998', true)).toBe(FUNNEL_COLORS.BETTER_998);
    expect(funnelColor('ABOVE_95', false)).toBe(FUNNEL_COLORS.WORSE_95);
    expect(funnelColor('BELOW_95', true)).toBe(FUNNEL_COLORS.WORSE_95);
    expect(funnelColor('BELOW_998', false)).toBe(FUNNEL_COLORS.BETTER_998);
    expect(funnelColor('WITHIN', false)).toBe(FUNNEL_COLORS.WITHIN);
  });
});

describe('funnelYRange', () => {
  it('spans the points and the limits where there are points, not the limits at n = 1', () => {
    // Points 90–98.1 %, limits from n = 200 on 93–99 %: rounded out to whole steps of 2.
    expect(funnelYRange(input)).toEqual({ min: 88, max: 100, step: 2 });
  });

  it('stays within 0 and the scale', () => {
    const low = { ...input, scale: 1000, target: 0.002, points: [{ ...input.points[0]!, rate: 0.001 }] };
    expect(funnelYRange(low).min).toBe(0);
  });
});
