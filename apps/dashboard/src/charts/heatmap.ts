import { type ChartOption, baseOption, categoryAxisLabel, suffixFormatter } from './common';
import type { ChartItem, ValueText } from './items';
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
        data: input.cells.filter((c) => !c.suppressed).map((c) => heatDatum(input, c)),
      },
      {
        type: 'heatmap',
        name: input.suppressedLabel,
        cursor: 'pointer',
        itemStyle: { color: SUPPRESSED_COLOR },
        label: { show: showLabels, formatter: input.suppressedLabel, fontSize: 11 },
        tooltip: { formatter: input.suppressedLabel },
        data: input.cells.filter((c) => c.suppressed).map((c) => heatDatum(input, c)),
      },
    ],
  };
}

/** A cell as drawn: withheld cells in the second series, drawn at 0 and labelled "—". */
function heatDatum(input: HeatmapInput, c: HeatmapCell) {
  return {
    value: [c.x, c.y, c.suppressed ? 0 : (c.value ?? '-')],
    xKey: input.x[c.x]?.key,
    yKey: input.y[c.y]?.key,
  };
}

/**
 * One item per cell, row by row ("扁担沟村 2026年3月"), ←/→ along a row and ↑/↓ between rows; `xName`
 * names a column key in full (the axis' short labels do not). A withheld cell reads as `withheld`
 * (the view says why), never as its drawn 0.
 */
export function heatmapItems(
  input: HeatmapInput,
  value: ValueText,
  xName: (key: string) => string,
  withheld: string,
): ChartItem[] {
  const indexIn = { open: 0, suppressed: 0 };
  const at = new Map(
    input.cells.map((c) => {
      const seriesIndex = c.suppressed ? 1 : 0;
      const dataIndex = c.suppressed ? indexIn.suppressed++ : indexIn.open++;
      return [c, { seriesIndex, dataIndex }] as const;
    }),
  );
  return [...input.cells]
    .sort((a, b) => a.y - b.y || a.x - b.x)
    .map((c) => {
      const data = heatDatum(input, c);
      const row = input.y[c.y];
      return {
        label: `${row?.label ?? ''} ${xName(input.x[c.x]?.key ?? '')}`,
        value: c.suppressed ? withheld : value(c.value, data),
        data,
        group: row?.key,
        at: at.get(c),
      };
    });
}
