// Funnel plot (transforms/funnel.ts): units' rates against their denominators, the centre line and the
// 95 % / 99.8 % limits. Units within the limits stay grey; outside, the colour says better or worse
// (Okabe–Ito blue / vermillion, never red against green), the shape says above (▲) or below (▼), the
// size says 95 % or 99.8 % — so nothing rests on colour alone.
import type { FunnelPosition } from '@lianxin/domain/statistics';
import { type ChartOption, baseOption } from './common';
import type { FunnelUnit } from '../transforms/funnelPlot';
import type { ChartItem, ValueText } from './items';

export interface FunnelChartInput {
  points: readonly FunnelUnit[];
  curves: {
    n: readonly number[];
    lower998: readonly number[];
    lower95: readonly number[];
    upper95: readonly number[];
    upper998: readonly number[];
  };
  /** The centre line (the pooled rate), 0..1. */
  target: number;
  /** 100: per cent; 1000: per 1,000. */
  scale: number;
  /** Shown after a scaled rate: '%' or '‰'. */
  unit: string;
  higherIsBetter: boolean;
  /** Translated by the view: the builder has no i18n. */
  labels: {
    x: string;
    y: string;
    target: string;
    limit95: string;
    limit998: string;
    positions: Record<FunnelPosition, string>;
  };
}

export const FUNNEL_COLORS = {
  WITHIN: '#8C8C8C',
  BETTER_998: '#0072B2',
  BETTER_95: '#56B4E9',
  WORSE_998: '#D55E00',
  WORSE_95: '#E69F00',
  LIMIT: '#8C8C8C',
  TARGET: '#CC79A7',
} as const;

/** Drawing order: within first (underneath), then the marked ones. */
const POSITIONS: readonly FunnelPosition[] = ['WITHIN', 'ABOVE_95', 'BELOW_95', 'ABOVE_998', 'BELOW_998'];

export function funnelColor(position: FunnelPosition, higherIsBetter: boolean): string {
  if (position === 'WITHIN') return FUNNEL_COLORS.WITHIN;
  const good = position.startsWith('ABOVE') === higherIsBetter;
  const strong = position.endsWith('998');
  if (good) return strong ? FUNNEL_COLORS.BETTER_998 : FUNNEL_COLORS.BETTER_95;
  return strong ? FUNNEL_COLORS.WORSE_998 : FUNNEL_COLORS.WORSE_95;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A scaled rate with one decimal (97.5, 7.2). */
const scaled = (rate: number, scale: number) => Math.round(rate * scale * 10) / 10;

/** A step of 1, 2 or 5 × 10^k giving about `ticks` intervals over `span`. */
function niceStep(span: number, ticks = 5): number {
  const raw = span / ticks;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const m = raw / pow;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * pow;
}

/**
 * The rate axis: the points and the limits where there are points, with a margin, on round values,
 * within [0, scale]. Not the limits at n = 1, which span everything and would flatten the points.
 */
export function funnelYRange(input: FunnelChartInput): { min: number; max: number; step: number } {
  const { points, curves, scale } = input;
  const minN = Math.min(...points.map((p) => p.denominator));
  const values = [input.target, ...points.map((p) => p.rate)];
  curves.n.forEach((n, i) => {
    if (n >= minN) values.push(curves.lower998[i]!, curves.upper998[i]!);
  });
  const lo = Math.min(...values) * scale;
  const hi = Math.max(...values) * scale;
  const step = niceStep(Math.max(hi - lo, scale / 1000));
  return {
    min: Math.max(0, Math.floor((lo - step / 2) / step) * step),
    max: Math.min(scale, Math.ceil((hi + step / 2) / step) * step),
    step,
  };
}

export function funnelChart(input: FunnelChartInput): ChartOption {
  const { curves, scale, unit, labels } = input;
  const limitLine = (name: string, values: readonly number[], dashed: boolean) => ({
    type: 'line',
    name,
    data: curves.n.map((n, i) => [n, values[i]! * scale]),
    showSymbol: false,
    silent: true,
    lineStyle: { width: 1, color: FUNNEL_COLORS.LIMIT, type: dashed ? 'dashed' : 'solid' },
    itemStyle: { color: FUNNEL_COLORS.LIMIT },
    z: 1,
  });
  const xMax = curves.n.at(-1) ?? 1;
  const y = funnelYRange(input);
  const scatter = scatterGroups(input).map(({ position, points }) => ({
    type: 'scatter',
    name: labels.positions[position],
    symbol: position === 'WITHIN' ? 'circle' : 'triangle',
    symbolRotate: position.startsWith('BELOW') ? 180 : 0,
    symbolSize: position === 'WITHIN' ? 8 : position.endsWith('998') ? 14 : 11,
    itemStyle: {
      color: funnelColor(position, input.higherIsBetter),
      ...(position === 'WITHIN' ? { opacity: 0.7 } : {}),
    },
    cursor: 'pointer',
    z: position === 'WITHIN' ? 3 : 4,
    data: points.map((p) => funnelDatum(p, scale)),
  }));
  return {
    ...baseOption(),
    // The x axis' name sits under its labels, outside what containLabel reserves.
    grid: { left: 8, right: 24, top: 56, bottom: 28, containLabel: true },
    legend: { type: 'scroll', top: 0, left: 0, right: 0 },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: { data?: Record<string, unknown> }) => {
        const d = params.data;
        if (!d || typeof d.name !== 'string') return '';
        const rate = (d.value as number[])[1];
        return [
          `<b>${escapeHtml(d.name)}</b>`,
          `${String(d.numerator)} / ${String(d.denominator)} = ${String(rate)}${unit}`,
          escapeHtml(labels.positions[d.position as FunnelPosition]),
        ].join('<br/>');
      },
    },
    xAxis: {
      type: 'value',
      name: labels.x,
      nameLocation: 'middle',
      nameGap: 28,
      min: 0,
      max: xMax,
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      name: labels.y,
      min: y.min,
      max: y.max,
      // Ticks on the range's own steps: left to itself ECharts adds a tick at a capped maximum (99 %, 100 %).
      interval: y.step,
      axisLabel: { formatter: `{value}${unit}` },
      splitLine: { lineStyle: { type: 'dashed' } },
    },
    series: [
      {
        type: 'line',
        name: labels.target,
        data: [
          [0, scaled(input.target, scale)],
          [xMax, scaled(input.target, scale)],
        ],
        showSymbol: false,
        silent: true,
        lineStyle: { width: 2, color: FUNNEL_COLORS.TARGET },
        itemStyle: { color: FUNNEL_COLORS.TARGET },
        z: 2,
      },
      limitLine(labels.limit95, curves.lower95, true),
      limitLine(labels.limit95, curves.upper95, true),
      limitLine(labels.limit998, curves.lower998, false),
      limitLine(labels.limit998, curves.upper998, false),
      ...scatter,
    ],
  };
}

/** The units' series, one per position drawn (FIRST_SCATTER on): within first, underneath. */
const FIRST_SCATTER = 5;
function scatterGroups(input: FunnelChartInput) {
  return POSITIONS.map((position) => ({
    position,
    points: input.points.filter((p) => p.position === position),
  })).filter((s) => s.points.length > 0);
}

function funnelDatum(p: FunnelUnit, scale: number): Record<string, unknown> {
  return {
    value: [p.denominator, scaled(p.rate, scale)],
    key: p.key,
    name: p.name,
    numerator: p.numerator,
    denominator: p.denominator,
    position: p.position,
  };
}

/** One item per unit, in the input's order; `value` gets the rate (0..1) and reads parts and position. */
export function funnelItems(input: FunnelChartInput, value: ValueText): ChartItem[] {
  const groups = scatterGroups(input);
  return input.points.map((p) => {
    const g = groups.findIndex((s) => s.position === p.position);
    const data = funnelDatum(p, input.scale);
    return {
      label: p.name,
      value: value(p.rate, data),
      data,
      at: { seriesIndex: FIRST_SCATTER + g, dataIndex: groups[g]!.points.indexOf(p) },
    };
  });
}
