// The map page's and the wall's map (ECharts' map series over a registered GeoJSON: the tile map or a
// boundary pack, matched by division code). Colour on the viridis ramp, every shape labelled with its name
// and value (a colour alone is read wrong by many and by no screen reader), withheld shapes grey "—".
import { type ChartOption, baseOption } from './common';
import { CELL_TEXT } from './heatmap';
import type { ChartItem, ValueText } from './items';
import { SEQUENTIAL, SUPPRESSED_COLOR } from './palette';
import type { MapCell } from '../transforms/map';
import type { WallChartStyle } from './wall';

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
  /** Label of a withheld shape ("—"). */
  suppressedLabel: string;
  /** Label of a shape without a value (a rate with no cases to rate: "—"). */
  noValueLabel: string;
  /** Smaller labels for many small shapes (villages). */
  compact?: boolean;
  /** Where a label wraps, in pixels (default 96, compact 56): less on a phone, whose squares are narrow. */
  labelWidth?: number;
  /** Label size on the wall (its own scale); the dashboard's is 12 / 10. */
  fontSize?: number;
  /** Clicks open something: the pointer says so. */
  clickable?: boolean;
  /** The tooltip's value, when it says more than the label (a KPI's numerator/denominator). */
  tooltipText?: (c: MapCell) => string;
  /** Labels say the value alone: squares too small for a name (the wall's villages; its list names them). */
  valueOnly?: boolean;
  /**
   * Shapes drawn as outlines under the cells, each named at its label point (townships around their
   * villages: transforms/map.ts nestedShapes puts the name above the township, clear of the villages).
   */
  outlines?: readonly { code: string; name: string }[];
  /** The colour ramp, low to high (default viridis light to dark; the dark wall reverses it). */
  ramp?: readonly string[];
  /** On the wall: its scale and colours, and nothing to hover, drag or click (nobody stands at it). */
  wall?: WallChartStyle;
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
    text: (!c.suppressed && c.value !== null && input.tooltipText?.(c)) || cellText(input, c),
    caption: input.valueOnly ? cellText(input, c) : `${c.name}\n${cellText(input, c)}`,
    ...(c.suppressed || c.value === null ? { itemStyle: { areaColor: SUPPRESSED_COLOR } } : {}),
  };
}

/**
 * An outline: not on the colour scale, its name in the surface's text colour on the surface's own colour,
 * which hides the lines a long name crosses (宁夏吴忠国家农业科技园区 is wider than its square).
 */
function outlineDatum(
  o: { code: string; name: string },
  wall: WallChartStyle | undefined,
  width: number,
  fontSize: number,
) {
  const surface = wall?.background ?? '#ffffff';
  return {
    name: o.code,
    value: NaN,
    key: o.code,
    unitName: o.name,
    caption: o.name,
    itemStyle: { areaColor: 'transparent', borderColor: wall?.muted ?? '#5c6370', borderWidth: width },
    label: {
      color: wall?.text ?? '#1f2328',
      textBorderWidth: 0,
      fontWeight: 'bold',
      // As tall as the name (the cells' lines are taller): the background hides the lines under it,
      // never a village.
      lineHeight: fontSize,
      backgroundColor: surface,
      padding: [0, width * 2],
    },
  };
}

export function mapChart(input: MapInput): ChartOption {
  const fontSize = input.fontSize ?? (input.compact ? 10 : 12);
  const wall = input.wall;
  // The wall's sizes are design pixels times its scale (2 at 4K); the dashboard's are pixels.
  const px = (design: number) => Math.round(design * (wall?.scale ?? 1));
  return {
    ...baseOption(),
    tooltip: wall
      ? { show: false }
      : {
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
      // The scale's ends in words: without handles (calculable) a continuous visual map shows no numbers.
      text: [input.valueText(input.range[1], {}), input.valueText(input.range[0], {})],
      // The wall's map is as tall as its panel allows: the scale stands at its side, not under it.
      ...(wall
        ? { orient: 'vertical', right: 0, bottom: 0, itemWidth: px(24), itemHeight: px(240) }
        : { orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 160 }),
      inRange: { color: [...(input.ramp ?? SEQUENTIAL)] },
      textStyle: { fontSize, ...(wall ? { color: wall.text } : {}) },
      formatter: (v: number) => input.valueText(Math.round(v * 10) / 10, {}),
      seriesIndex: 0,
    },
    series: [
      {
        type: 'map',
        map: input.mapName,
        nameProperty: 'code',
        aspectScale: input.aspect,
        // Inside the box below, at that aspect: with all four sides given ECharts would stretch the shapes
        // to the box (a tile 2.5 times as wide as tall on the wall).
        preserveAspect: 'contain',
        // Drag and pinch (or wheel) zoom: village shapes are small on a phone.
        roam: !wall,
        silent: !!wall,
        scaleLimit: { min: 1, max: 8 },
        // Room above the top row for the outlines' names.
        top: input.outlines?.length ? Math.round(fontSize * 1.25) : px(8),
        bottom: wall ? px(8) : 48,
        left: px(8),
        right: wall ? px(160) : 8,
        selectedMode: false,
        cursor: input.clickable ? 'pointer' : 'default',
        // Shapes are parted by the colour of what they are drawn on (the wall's dark panel).
        itemStyle: {
          borderColor: wall?.background ?? '#ffffff',
          borderWidth: px(1),
          areaColor: SUPPRESSED_COLOR,
        },
        label: {
          show: true,
          fontSize,
          lineHeight: Math.round(fontSize * 1.25),
          ...CELL_TEXT,
          formatter: (p: { data?: { caption?: string } }) => p.data?.caption ?? '',
          // 宁夏吴忠国家农业科技园区 wraps inside its shape rather than running past it. Not on the wall:
          // its villages' names are short, and a box that wide would put an outline's background over the
          // villages beside its name.
          ...(wall ? {} : { width: input.labelWidth ?? (input.compact ? 56 : 96), overflow: 'break' }),
        },
        emphasis: {
          label: { show: true, ...CELL_TEXT },
          itemStyle: { borderColor: '#000000', borderWidth: 2, areaColor: 'inherit' },
        },
        // Outlines after the cells: a cell's index is its place in `cells` (mapItems).
        data: [
          ...input.cells.map((c) => mapDatum(input, c)),
          ...(input.outlines ?? []).map((o) => outlineDatum(o, wall, px(2), fontSize)),
        ],
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
