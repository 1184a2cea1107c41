// Wall screen charts: big type for reading from across the room, high contrast, no tooltips or clicks
// (nobody stands at the screen). Sizes are given at 1920×1080 and multiplied by `scale` (2 at 3840×2160),
// so a 4K wall draws the same picture with twice the pixels instead of a small picture in a corner.
import { type ChartOption, FONT_FAMILY, baseOption, valueOrGap } from './common';
import { categoryColor } from './palette';

export interface WallChartStyle {
  /** Pixels per design pixel: 1 at 1920×1080, 2 at 3840×2160. */
  scale: number;
  /** Main text colour (high contrast against the wall's background). */
  text: string;
  /** Secondary text and axis lines. */
  muted: string;
  /** Bars and lines. */
  accent: string;
  /** The panel behind the chart (gaps between ring slices). */
  background: string;
}

/** The wall's smallest type in design pixels (charts and page text alike). */
export const WALL_MIN_FONT = 24;

function px(style: WallChartStyle, design: number): number {
  return Math.round(design * style.scale);
}

function wallBase(style: WallChartStyle): Record<string, unknown> {
  return {
    ...baseOption(),
    // Data refreshes every few seconds on a wall: a long animation would keep the chart moving.
    animationDuration: 400,
    animationDurationUpdate: 400,
    textStyle: { fontFamily: FONT_FAMILY, fontSize: px(style, WALL_MIN_FONT), color: style.text },
  };
}

export interface WallItem {
  key: string;
  name: string;
  value: number | null;
}

/**
 * Categories as a ring, each in its own colour (categoryColor, as in every chart; the page lists the larger ones beside it in the same colours:
 * labels around a ring do not fit at wall size). The page writes the total in the hole, in the DOM:
 * ECharts' title component would weigh on the shared chunk for one number.
 */
export function wallRing(items: readonly WallItem[], style: WallChartStyle): ChartOption {
  const data = items
    .filter((i) => i.value !== null && i.value > 0)
    .map((i) => ({
      value: i.value,
      name: i.name,
      key: i.key,
      itemStyle: { color: categoryColor(i.key) },
    }));
  return {
    ...wallBase(style),
    series: [
      {
        type: 'pie',
        radius: ['62%', '92%'],
        center: ['50%', '50%'],
        silent: true,
        label: { show: false },
        labelLine: { show: false },
        itemStyle: { borderColor: style.background, borderWidth: px(style, 2) },
        data,
      },
    ],
  };
}

/** A ranking as horizontal bars, largest on top, the value at the end of each bar. */
export function wallRanking(items: readonly WallItem[], style: WallChartStyle): ChartOption {
  const sorted = [...items].sort((a, b) => (b.value ?? -1) - (a.value ?? -1) || a.key.localeCompare(b.key));
  return {
    ...wallBase(style),
    grid: {
      left: px(style, 8),
      right: px(style, 72),
      top: px(style, 4),
      bottom: px(style, 4),
      containLabel: true,
    },
    xAxis: { type: 'value', show: false, minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: sorted.map((i) => i.name),
      axisLabel: { color: style.text, fontSize: px(style, WALL_MIN_FONT), margin: px(style, 12) },
      axisLine: { show: false },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        silent: true,
        barMaxWidth: px(style, 26),
        itemStyle: { color: style.accent, borderRadius: [0, px(style, 4), px(style, 4), 0] },
        label: {
          show: true,
          position: 'right',
          color: style.text,
          fontSize: px(style, WALL_MIN_FONT),
          fontWeight: 700,
        },
        data: sorted.map((i) => ({ value: valueOrGap(i.value), key: i.key })),
      },
    ],
  };
}

/**
 * Cases received per month: bars with their counts, month labels underneath. The month still running
 * (`partial`: its count is up to today only) is paler and starred; the panel says what the star means.
 */
export function wallTrend(
  months: readonly { key: string; label: string; value: number | null; partial?: boolean }[],
  style: WallChartStyle,
): ChartOption {
  return {
    ...wallBase(style),
    grid: {
      left: px(style, 8),
      right: px(style, 8),
      top: px(style, 40),
      bottom: px(style, 4),
      containLabel: true,
    },
    xAxis: {
      type: 'category',
      data: months.map((m) => (m.partial ? `${m.label}*` : m.label)),
      axisLabel: {
        color: style.text,
        fontSize: px(style, WALL_MIN_FONT),
        interval: 1,
        margin: px(style, 10),
      },
      axisLine: { lineStyle: { color: style.muted, width: px(style, 2) } },
      axisTick: { show: false },
    },
    yAxis: { type: 'value', show: false, minInterval: 1 },
    series: [
      {
        type: 'bar',
        silent: true,
        barMaxWidth: px(style, 40),
        itemStyle: { color: style.accent, borderRadius: [px(style, 4), px(style, 4), 0, 0] },
        label: {
          show: true,
          position: 'top',
          color: style.text,
          fontSize: px(style, WALL_MIN_FONT),
        },
        data: months.map((m) => ({
          value: valueOrGap(m.value),
          key: m.key,
          ...(m.partial ? { itemStyle: { opacity: 0.45 } } : {}),
        })),
      },
    ],
  };
}
