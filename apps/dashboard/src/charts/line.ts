import {
  type ChartOption,
  baseOption,
  categoryAxisLabel,
  percentOrGap,
  suffixFormatter,
  valueOrGap,
} from './common';

export interface LineSeries {
  key: string;
  name: string;
  values: readonly (number | null)[];
}

export interface LineInput {
  /** X axis keys (months 'YYYY-MM-01') and their labels. */
  x: readonly { key: string; label: string }[];
  series: readonly LineSeries[];
  /** Values are rates 0..1 shown as percentages on a 0–100 axis. */
  percent: boolean;
  /** Stack the series as bars (categories over time) instead of lines. */
  stackedBars?: boolean;
}

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
      data: input.x.map((x) => x.label),
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
      data: input.x.map((x, i) => ({
        value: input.percent ? percentOrGap(s.values[i]) : valueOrGap(s.values[i]),
        key: x.key,
        series: s.key,
      })),
    })),
  };
}
