// One small chart per early warning: the cell's monthly counts, the expected count with the band up to
// the YELLOW and the RED bound (where the detector judged the month), and the alarm months marked by
// a larger point in the level's colour.
import { type ChartOption, baseOption, valueOrGap } from './common';
import type { ChartItem } from './items';
import { WARNING_COLORS } from './palette';

export interface WarningChartPoint {
  /** Axis label of the month. */
  label: string;
  observed: number;
  expected: number | null;
  upperYellow: number | null;
  upperRed: number | null;
  level: 'RED' | 'YELLOW' | null;
}

export interface WarningChartInput {
  points: readonly WarningChartPoint[];
  /** Translated series names. */
  names: { observed: string; expected: string; yellowBand: string; redBand: string };
}

const OBSERVED_COLOR = '#0072B2';
const EXPECTED_COLOR = '#8C8C8C';

/** Band layers as stacked areas: an invisible base at the expectation, then up to each bound. */
function bandLayers(points: readonly WarningChartPoint[]) {
  const judged = (p: WarningChartPoint) =>
    p.expected !== null && p.upperYellow !== null && p.upperRed !== null;
  return {
    base: points.map((p) => (judged(p) ? p.expected! : null)),
    toYellow: points.map((p) => (judged(p) ? Math.max(0, p.upperYellow! - p.expected!) : null)),
    toRed: points.map((p) =>
      judged(p) ? Math.max(0, p.upperRed! - Math.max(p.upperYellow!, p.expected!)) : null,
    ),
  };
}

export function warningChart(input: WarningChartInput): ChartOption {
  const { points, names } = input;
  const band = bandLayers(points);
  const area = (name: string, values: readonly (number | null)[], color: string, opacity: number) => ({
    type: 'line',
    name,
    stack: 'band',
    silent: true,
    symbol: 'none',
    connectNulls: false,
    lineStyle: { width: 0 },
    areaStyle: { color, opacity },
    data: values.map(valueOrGap),
  });
  return {
    ...baseOption(),
    animation: false,
    grid: { left: 4, right: 8, top: 8, bottom: 4, containLabel: true },
    tooltip: { trigger: 'axis', confine: true },
    xAxis: {
      type: 'category',
      data: points.map((p) => p.label),
      boundaryGap: false,
      axisLabel: { hideOverlap: true, fontSize: 10 },
    },
    yAxis: { type: 'value', minInterval: 1, splitNumber: 3, axisLabel: { fontSize: 10 } },
    series: [
      {
        type: 'line',
        name: '__base',
        stack: 'band',
        silent: true,
        symbol: 'none',
        lineStyle: { width: 0 },
        tooltip: { show: false },
        data: band.base.map(valueOrGap),
      },
      area(names.yellowBand, band.toYellow, WARNING_COLORS.YELLOW, 0.25),
      area(names.redBand, band.toRed, WARNING_COLORS.RED, 0.2),
      {
        type: 'line',
        name: names.expected,
        symbol: 'none',
        lineStyle: { type: 'dashed', width: 1, color: EXPECTED_COLOR },
        itemStyle: { color: EXPECTED_COLOR },
        data: points.map((p) => valueOrGap(p.expected)),
      },
      {
        type: 'line',
        name: names.observed,
        symbolSize: 4,
        showSymbol: true,
        lineStyle: { width: 2, color: OBSERVED_COLOR },
        itemStyle: { color: OBSERVED_COLOR },
        // Alarm months: a larger point in the level's colour (no extra chart type to load).
        data: points.map(observedDatum),
      },
    ],
  };
}

/** The observed series' point (OBSERVED_SERIES): alarm months larger, in the level's colour. */
const OBSERVED_SERIES = 4;
function observedDatum(p: WarningChartPoint): Record<string, unknown> {
  return p.level
    ? { value: p.observed, level: p.level, symbolSize: 10, itemStyle: { color: WARNING_COLORS[p.level] } }
    : { value: p.observed };
}

/** One item per month; `value` reads a month in words (observed, expected, level: the view's words). */
export function warningItems(input: WarningChartInput, value: (p: WarningChartPoint) => string): ChartItem[] {
  return input.points.map((p, dataIndex) => ({
    label: p.label,
    value: value(p),
    data: observedDatum(p),
    at: { seriesIndex: OBSERVED_SERIES, dataIndex },
  }));
}
