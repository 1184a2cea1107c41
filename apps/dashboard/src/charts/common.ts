// Parts every chart option shares. Builders are pure: view data in, ECharts option out; no DOM, no i18n
// (the view passes translated names in), so vitest checks them without a browser. Charts are transparent;
// ChartPanel paints the page's background into a saved PNG.
import type { EChartsCoreOption } from 'echarts/core';
import { CATEGORICAL } from './palette';

export type ChartOption = EChartsCoreOption;

/** The system CJK stack: no web fonts are shipped. */
export const FONT_FAMILY =
  '"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif';

/** Category axis labels longer than this (px) wrap onto the next line: a name is never cut. */
export const LABEL_WIDTH = 104;

/** ECharts reads '-' as "no value": a gap in a line, no bar, not zero. */
const NO_VALUE = '-';

export function valueOrGap(value: number | null | undefined): number | '-' {
  return value === null || value === undefined || !Number.isFinite(value) ? NO_VALUE : value;
}

/** A rate 0..1 as a percentage with one decimal, or a gap. */
export function percentOrGap(rate: number | null | undefined): number | '-' {
  return rate === null || rate === undefined || !Number.isFinite(rate)
    ? NO_VALUE
    : Math.round(rate * 1000) / 10;
}

export function baseOption(): Record<string, unknown> {
  return {
    color: [...CATEGORICAL],
    backgroundColor: 'transparent',
    textStyle: { fontFamily: FONT_FAMILY },
    aria: { enabled: true },
    animationDuration: 300,
  };
}

export function categoryAxisLabel(rotate = 0): Record<string, unknown> {
  // 宁夏吴忠国家农业科技园区 reads whole on two lines rather than as 宁夏吴忠国家农业… on one.
  return { width: LABEL_WIDTH, overflow: 'break', lineHeight: 13, hideOverlap: true, rotate };
}

/** Tooltip value formatter adding a unit; ECharts passes '-' (or nothing) for a gap. */
export function suffixFormatter(suffix: string): (value: unknown) => string {
  return (value) => (typeof value === 'number' && Number.isFinite(value) ? `${value}${suffix}` : '—');
}
