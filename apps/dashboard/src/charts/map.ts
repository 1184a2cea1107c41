// The map page's and the wall's map (ECharts' map series over a registered GeoJSON: the tile map or a
// boundary pack, matched by division code). Colour on the viridis ramp, every shape labelled with its name
// and value (a colour alone is read wrong by many and by no screen reader), withheld shapes grey "<3".
import { type ChartOption, baseOption } from './common';
import { CELL_TEXT } from './heatmap';
import type { ChartItem, ValueText } from './items';
import { SEQUENTIAL, SUPPRESSED_COLOR } from './palette';
import type { MapCell } from '../transforms/map';

export interface MapInput {
  /** The name the shapes were registered under (register-map.ts). */
  mapName: string;
  /** ECharts' aspectScale: the cosine of the shapes' latitude (transforms/map.ts aspectOf). */
  aspect: number;
  cells: readonly MapCell[];
  /** The colour scale's ends (the same for every month the slider plays). */
  range: readonly [number, number];
  /** The value in words, with its unit ("312 件", "96.4%"), for labels and tooltips. */
  valueText: ValueText;
  /** Label of a withheld shape ("<3"). */
  suppressedLabel: string;
  /** Label of a shape without a value (a rate with no cases to rate: "—"). */
  noValueLabel: string;
  /** Smaller labels for many small shapes (villages). */
  compact?: boolean;
  /** Label size on the wall (its own scale); the dashboard's is 12 / 10. */
  fontSize?: number;
  /** Clicks open something: the pointer says so. */
  clickable?: boolean;
}

/** What a shape says: its name and value, or why it has none. */
function cellText(input: MapInput, c: MapCell): string {
  if (c.suppressed) return input.suppressedLabel;
  if (c.value === null) return input.noValueLabel;
  return input.valueText(c.value, { code: c.code });
}

/** A shape as drawn and clicked: `key` is its division code (drill.ts reads it). */
function mapDatum(input: MapInput, c: MapCell) {
  return {
    name: c.code,
    // ECharts leaves NaN out of the visual map: the shape keeps its own (grey) area colour.
    value: c.value === null || c.suppressed ? NaN : c.value,
    key: c.code,
    unitName: c.name,
    text: cellText(input, c),
    ...(c.suppressed || c.value === null ? { itemStyle: { areaColor: SUPPRESSED_COLOR } } : {}),
  };
}

export function mapChart(input: MapInput): ChartOption {
  const fontSize = input.fontSize ?? (input.compact ? 10 : 12);
  return {
    ...baseOption(),
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: { data?: { unitName?: string; text?: string } }) =>
        p.data ? `${p.data.unitName ?? ''}<br/>${p.data.text ?? ''}` : '',
    },
    visualMap: {
      type: 'continuous',
      min: input.range[0],
      max: input.range[1],
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 160,
      inRange: { color: [...SEQUENTIAL] },
      textStyle: { fontSize },
      formatter: (v: number) => input.valueText(Math.round(v * 10) / 10, {}),
      seriesIndex: 0,
    },
    series: [
      {
        type: 'map',
        map: input.mapName,
        nameProperty: 'code',
        aspectScale: input.aspect,
        // Drag and pinch (or wheel) zoom: village shapes are small on a phone.
        roam: true,
        scaleLimit: { min: 1, max: 8 },
        top: 8,
        bottom: 48,
        left: 8,
        right: 8,
        selectedMode: false,
        cursor: input.clickable ? 'pointer' : 'default',
        itemStyle: { borderColor: '#ffffff', borderWidth: 1, areaColor: SUPPRESSED_COLOR },
        label: {
          show: true,
          fontSize,
          lineHeight: Math.round(fontSize * 1.25),
          ...CELL_TEXT,
          formatter: (p: { data?: { unitName?: string; text?: string } }) =>
            p.data ? `${p.data.unitName ?? ''}\n${p.data.text ?? ''}` : '',
          // 宁夏吴忠国家农业科技园区 wraps inside its shape rather than running past it.
          width: input.compact ? 56 : 96,
          overflow: 'break',
        },
        emphasis: {
          label: { show: true, ...CELL_TEXT },
          itemStyle: { borderColor: '#000000', borderWidth: 2, areaColor: 'inherit' },
        },
        data: input.cells.map((c) => mapDatum(input, c)),
      },
    ],
  };
}

/** One item per shape, in the cells' order (townships as the district lists them). */
export function mapItems(input: MapInput, value: ValueText): ChartItem[] {
  return input.cells.map((c, dataIndex) => ({
    label: c.name,
    value: c.suppressed || c.value === null ? cellText(input, c) : value(c.value, { code: c.code }),
    data: mapDatum(input, c),
    at: { seriesIndex: 0, dataIndex },
  }));
}
