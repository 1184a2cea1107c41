import {
  type ChartOption,
  baseOption,
  categoryAxisLabel,
  percentOrGap,
  suffixFormatter,
  valueOrGap,
} from './common';
import type { ChartItem, ValueText } from './items';

export interface LineSeries {
  key: string;
  name: string;
  values: readonly (number | null)[];
  /** Its own colour (a category's, everywhere the same); else the palette's next. */
  color?: string;
}

export interface LineInput {
  /** X axis keys (months 'YYYY-MM-01') and their labels. */
  x: readonly { key: string; label: string }[];
  series: readonly LineSeries[];
  /** Values are rates 0..1 shown as percentages on a 0–100 axis. */
  percent: boolean;
  /** Stack the series as bars (categories over time) instead of lines. */
  stackedBars?: boolean;
  /**
   * The month still running (partialMonth): its numbers are up to today only, so its bars are paler,
   * its points hollow and its axis label starred (the panel says what the star means below the chart).
   */
  partial?: string | null;
}

/** How a running month's bar or point is drawn apart from whole months. */
const PARTIAL_BAR = { itemStyle: { opacity: 0.45 } };
/** Starred on the axis; the panel's note says "* 本月数据截至今日". */
export const PARTIAL_MARK = '*';
const PARTIAL_POINT = { symbol: 'emptyCircle', symbolSize: 10, itemStyle: { opacity: 0.75 } };

/** Lines over months (KPI trends, villages compared) or stacked monthly bars (categories over time). */
/**
 * Lower end of a percentage axis: rates near 95 % drawn from 0 look flat, so start at the lowest value
 * rounded down to 10 (minus a step of room), never below 0.
 */
export function percentAxisMin(series: readonly LineSeries[]): number {
  const values = series.flatMap((s) => s.values).filter((v): v is number => v !== null && Number.isFinite(v));
  if (!values.length) return 0;
  const lowest = Math.min(...values) * 100;
  return Math.max(0, Math.floor(lowest / 10) * 10 - 10);
}

export function lineChart(input: LineInput): ChartOption {
  const bars = input.stackedBars === true;
  const single = input.x.length === 1;
  const partial = input.partial ?? null;
  const partialIndex = partial ? input.x.findIndex((x) => x.key === partial) : -1;
  return {
    ...baseOption(),
    grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true },
    legend: { type: 'scroll', top: 0, left: 0, right: 40 },
    tooltip: {
      trigger: 'axis',
      confine: true,
      ...(input.percent ? { valueFormatter: suffixFormatter('%') } : {}),
    },
    xAxis: {
      type: 'category',
      data: input.x.map((x, i) => (i === partialIndex ? `${x.label}${PARTIAL_MARK}` : x.label)),
      boundaryGap: bars || single,
      axisLabel: categoryAxisLabel(),
    },
    yAxis: input.percent
      ? { type: 'value', min: percentAxisMin(input.series), max: 100, axisLabel: { formatter: '{value}%' } }
      : { type: 'value', minInterval: 1, splitLine: { lineStyle: { type: 'dashed' } } },
    series: input.series.map((s) => ({
      type: bars ? 'bar' : 'line',
      name: s.name,
      ...(bars ? { stack: 'total', barMaxWidth: 32 } : { smooth: false, connectNulls: false }),
      // A single month has no line to draw: show its point.
      ...(!bars ? { showSymbol: true, symbolSize: single ? 10 : 6 } : {}),
      emphasis: { focus: 'series' },
      cursor: 'pointer',
      ...(s.color
        ? { itemStyle: { color: s.color }, ...(bars ? {} : { lineStyle: { color: s.color } }) }
        : {}),
      data: input.x.map((_, i) => lineDatum(input, s, i)),
    })),
  };
}

function lineDatum(input: LineInput, s: LineSeries, i: number) {
  const partial = input.partial ?? null;
  const x = input.x[i]!;
  return {
    value: input.percent ? percentOrGap(s.values[i]) : valueOrGap(s.values[i]),
    key: x.key,
    series: s.key,
    ...(partial !== null && x.key === partial ? (input.stackedBars ? PARTIAL_BAR : PARTIAL_POINT) : {}),
  };
}

/**
 * One item per series and month, a row per series ("及时受理率 2026年3月"); `month` names an x key in
 * full, as the short axis labels do not. The value passed to `value` is the input's (a rate 0..1).
 */
export function lineItems(input: LineInput, value: ValueText, month: (key: string) => string): ChartItem[] {
  return input.series.flatMap((s, seriesIndex) =>
    input.x.map((x, dataIndex) => {
      const data = lineDatum(input, s, dataIndex);
      return {
        label: `${s.name} ${month(x.key)}`,
        value: value(s.values[dataIndex] ?? null, data),
        data,
        group: s.key,
        at: { seriesIndex, dataIndex },
      };
    }),
  );
}
