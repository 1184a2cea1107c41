import { type ChartOption, baseOption, categoryAxisLabel, suffixFormatter } from './common';
import { SEQUENTIAL, SUPPRESSED_COLOR } from './palette';

export interface HeatmapCell {
  x: number;
  y: number;
  /** null: suppressed (fewer than 3 cases, hidden for wall-screen users) or unknown. */
  value: number | null;
  suppressed: boolean;
}

export interface HeatmapInput {
  x: readonly { key: string; label: string }[];
  y: readonly { key: string; label: string }[];
  cells: readonly HeatmapCell[];
  /** Label of withheld cells, e.g. "—". */
  suppressedLabel: string;
  /** Appended to values in labels and tooltips, e.g. "%" for shares. */
  valueSuffix?: string;
}

/** Text over a coloured cell (heat map, treemap): legible whatever the cell's colour. */
export const CELL_TEXT = {
  color: '#fff',
  textBorderColor: 'rgba(0, 0, 0, 0.75)',
  textBorderWidth: 2,
} as const;

/** Village × month (or category × month of year) counts; withheld cells grey with their label ("—"). */
export function heatmapChart(input: HeatmapInput): ChartOption {
  const values = input.cells.map((c) => c.value).filter((v): v is number => v !== null);
  const max = Math.max(1, ...values);
  // Every cell says its number while cells are wide and tall enough to hold one (up to 24 months by
  // 30 rows at the dashboard's width): a colour alone is read wrong by many and by no screen reader.
  const showLabels = input.x.length <= 24 && input.y.length <= 30;
  return {
    ...baseOption(),
    grid: { left: 8, right: 16, top: 32, bottom: 56, containLabel: true },
    tooltip: { trigger: 'item', confine: true },
    xAxis: { type: 'category', data: input.x.map((x) => x.label), splitArea: { show: true } },
    yAxis: {
      type: 'category',
      data: input.y.map((y) => y.label),
      inverse: true,
      axisLabel: categoryAxisLabel(),
      splitArea: { show: true },
    },
    visualMap: {
      type: 'continuous',
      min: 0,
      max,
      calculable: true,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 160,
      inRange: { color: [...SEQUENTIAL] },
      // Suppressed cells are outside the scale and keep their own grey.
      seriesIndex: 0,
    },
    series: [
      {
        type: 'heatmap',
        cursor: 'pointer',
        label: {
          show: showLabels,
          fontSize: 11,
          // White with a dark outline reads on the light and on the dark end of the ramp alike.
          ...CELL_TEXT,
          ...(input.valueSuffix ? { formatter: `{@[2]}${input.valueSuffix}` } : {}),
        },
        ...(input.valueSuffix ? { tooltip: { valueFormatter: suffixFormatter(input.valueSuffix) } } : {}),
        emphasis: { itemStyle: { borderColor: '#000', borderWidth: 1 } },
        data: input.cells
          .filter((c) => !c.suppressed)
          .map((c) => ({
            value: [c.x, c.y, c.value ?? '-'],
            xKey: input.x[c.x]?.key,
            yKey: input.y[c.y]?.key,
          })),
      },
      {
        type: 'heatmap',
        name: input.suppressedLabel,
        cursor: 'pointer',
        itemStyle: { color: SUPPRESSED_COLOR },
        label: { show: showLabels, formatter: input.suppressedLabel, fontSize: 11 },
        tooltip: { formatter: input.suppressedLabel },
        data: input.cells
          .filter((c) => c.suppressed)
          .map((c) => ({
            value: [c.x, c.y, 0],
            xKey: input.x[c.x]?.key,
            yKey: input.y[c.y]?.key,
          })),
      },
    ],
  };
}
