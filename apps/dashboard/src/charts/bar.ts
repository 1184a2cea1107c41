import { type ChartOption, baseOption, categoryAxisLabel, valueOrGap } from './common';
import type { ChartItem, ValueText } from './items';

interface BarItem {
  /** What a click drills into (category code, township code …). */
  key: string;
  name: string;
  value: number | null;
}

export interface BarInput {
  items: readonly BarItem[];
  seriesName: string;
  /** Horizontal bars (a ranking, long names) or vertical (few short names). */
  horizontal: boolean;
  color?: string;
}

const barDatum = (i: BarItem) => ({ value: valueOrGap(i.value), name: i.name, key: i.key });

/** One series of bars; horizontal bars read top-down in the given order (a ranking). */
export function barChart(input: BarInput): ChartOption {
  const names = input.items.map((i) => i.name);
  const categoryAxis = {
    type: 'category',
    data: names,
    axisLabel: categoryAxisLabel(input.horizontal ? 0 : names.length > 6 ? 30 : 0),
    axisTick: { alignWithLabel: true },
    ...(input.horizontal ? { inverse: true } : {}),
  };
  const valueAxis = { type: 'value', minInterval: 1, splitLine: { lineStyle: { type: 'dashed' } } };
  return {
    ...baseOption(),
    grid: { left: 8, right: 40, top: 32, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
    xAxis: input.horizontal ? valueAxis : categoryAxis,
    yAxis: input.horizontal ? categoryAxis : valueAxis,
    series: [
      {
        type: 'bar',
        name: input.seriesName,
        data: input.items.map(barDatum),
        label: { show: input.items.length <= 20, position: input.horizontal ? 'right' : 'top' },
        barMaxWidth: 28,
        cursor: 'pointer',
        ...(input.color ? { itemStyle: { color: input.color } } : {}),
      },
    ],
  };
}

export interface GroupedBarInput {
  categories: readonly { key: string; name: string }[];
  series: readonly { key: string; name: string; values: readonly (number | null)[]; color?: string }[];
  horizontal: boolean;
  stacked: boolean;
}

/** Several series per category (a leader's owned/open/overdue …), grouped or stacked. */
export function groupedBarChart(input: GroupedBarInput): ChartOption {
  const categoryAxis = {
    type: 'category',
    data: input.categories.map((c) => c.name),
    axisLabel: categoryAxisLabel(),
    ...(input.horizontal ? { inverse: true } : {}),
  };
  const valueAxis = { type: 'value', minInterval: 1, splitLine: { lineStyle: { type: 'dashed' } } };
  return {
    ...baseOption(),
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    legend: { type: 'scroll', top: 0, left: 0, right: 40 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
    xAxis: input.horizontal ? valueAxis : categoryAxis,
    yAxis: input.horizontal ? categoryAxis : valueAxis,
    series: input.series.map((s, si) => ({
      type: 'bar',
      name: s.name,
      ...(input.stacked ? { stack: 'total' } : {}),
      barMaxWidth: 18,
      cursor: 'pointer',
      ...(s.color ? { itemStyle: { color: s.color } } : {}),
      data: input.categories.map((_, i) => groupedDatum(input, si, i)),
    })),
  };
}

function groupedDatum(input: GroupedBarInput, seriesIndex: number, index: number) {
  const s = input.series[seriesIndex]!;
  return { value: valueOrGap(s.values[index]), key: input.categories[index]!.key, series: s.key };
}

export interface DonutInput {
  items: readonly BarItem[];
  seriesName: string;
}

export function donutChart(input: DonutInput): ChartOption {
  return {
    ...baseOption(),
    tooltip: { trigger: 'item', confine: true },
    legend: { type: 'scroll', bottom: 0 },
    series: [
      {
        type: 'pie',
        name: input.seriesName,
        radius: ['42%', '68%'],
        center: ['50%', '45%'],
        avoidLabelOverlap: true,
        label: { formatter: '{b}\n{d}%', width: 88, overflow: 'truncate' },
        cursor: 'pointer',
        data: donutSlices(input).map(donutDatum),
      },
    ],
  };
}

/** Slices drawn: a zero or unknown share has no slice. */
const donutSlices = (input: DonutInput) => input.items.filter((i) => i.value !== null && i.value > 0);
const donutDatum = (i: BarItem) => ({ value: i.value, name: i.name, key: i.key });

/** The bars as items, top-down as a ranking reads. */
export function barItems(input: BarInput, value: ValueText): ChartItem[] {
  return input.items.map((i, index) => {
    const data = barDatum(i);
    return { label: i.name, value: value(i.value, data), data, at: { seriesIndex: 0, dataIndex: index } };
  });
}

/** Each category's bars, one row per category ("张三 在办"). */
export function groupedBarItems(input: GroupedBarInput, value: ValueText): ChartItem[] {
  return input.categories.flatMap((c, index) =>
    input.series.map((s, seriesIndex) => {
      const data = groupedDatum(input, seriesIndex, index);
      return {
        label: `${c.name} ${s.name}`,
        value: value(s.values[index] ?? null, data),
        data,
        group: c.key,
        at: { seriesIndex, dataIndex: index },
      };
    }),
  );
}

export function donutItems(input: DonutInput, value: ValueText): ChartItem[] {
  return donutSlices(input).map((i, index) => {
    const data = donutDatum(i);
    return { label: i.name, value: value(i.value, data), data, at: { seriesIndex: 0, dataIndex: index } };
  });
}
