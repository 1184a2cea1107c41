import { type ChartOption, FONT_FAMILY, baseOption } from './common';
import type { ChartItem, ValueText } from './items';
import { SEQUENTIAL } from './palette';

export interface CalendarInput {
  from: string;
  to: string;
  /** Local day → count (visits that day). */
  days: readonly { day: string; count: number }[];
  seriesName: string;
  /** 'ZH' or 'EN': ECharts' own month and weekday names. */
  nameMap: 'ZH' | 'EN';
}

/**
 * Whole-number legend pieces from 1 to max (visits are counted, "1.2–1.4 visits" means nothing):
 * one piece per value up to 5, else at most five ranges.
 */
export function countPieces(max: number): { min: number; max: number; label: string }[] {
  const top = Math.max(1, Math.ceil(max));
  if (top <= 5)
    return Array.from({ length: top }, (_, i) => ({ min: i + 1, max: i + 1, label: String(i + 1) }));
  const step = Math.ceil(top / 5);
  const pieces: { min: number; max: number; label: string }[] = [];
  for (let lo = 1; lo <= top; lo += step) {
    const hi = Math.min(top, lo + step - 1);
    pieces.push({ min: lo, max: hi, label: lo === hi ? String(lo) : `${lo}–${hi}` });
  }
  return pieces;
}

/** A leader's visits per day as a calendar heat map. */
export function calendarChart(input: CalendarInput): ChartOption {
  const max = Math.max(1, ...input.days.map((d) => d.count));
  return {
    ...baseOption(),
    tooltip: { trigger: 'item', confine: true },
    visualMap: {
      type: 'piecewise',
      pieces: countPieces(max),
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      inRange: { color: [SEQUENTIAL[1], SEQUENTIAL[4]] },
      textStyle: { fontFamily: FONT_FAMILY },
    },
    calendar: {
      range: [input.from, input.to],
      top: 40,
      left: 40,
      right: 16,
      cellSize: ['auto', 14],
      dayLabel: { nameMap: input.nameMap, firstDay: 1 },
      monthLabel: { nameMap: input.nameMap },
      yearLabel: { show: false },
      splitLine: { show: false },
      itemStyle: { borderWidth: 1, borderColor: 'rgba(128,128,128,0.25)', color: 'transparent' },
    },
    series: [
      {
        type: 'heatmap',
        coordinateSystem: 'calendar',
        name: input.seriesName,
        data: visitDays(input).map(calendarDatum),
      },
    ],
  };
}

/** Days drawn: a day without visits is an empty cell. */
const visitDays = (input: CalendarInput) => input.days.filter((d) => d.count > 0);
const calendarDatum = (d: { day: string; count: number }) => ({ value: [d.day, d.count] });

/** The days with visits, in date order. */
export function calendarItems(input: CalendarInput, value: ValueText): ChartItem[] {
  return visitDays(input).map((d, dataIndex) => {
    const data = calendarDatum(d);
    return { label: d.day, value: value(d.count, data), data, at: { seriesIndex: 0, dataIndex } };
  });
}
