import { describe, expect, it } from 'vitest';
import { calendarChart, countPieces } from './calendar';

type Opt = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- reading an option tree

describe('calendarChart', () => {
  it('spans the period and colours the days with visits', () => {
    const o = calendarChart({
      from: '2026-01-01',
      to: '2026-03-31',
      days: [
        { day: '2026-01-05', count: 2 },
        { day: '2026-02-10', count: 0 },
        { day: '2026-03-01', count: 4 },
      ],
      seriesName: '接访次数',
      nameMap: 'ZH',
    }) as Opt;
    expect(o.calendar.range).toEqual(['2026-01-01', '2026-03-31']);
    expect(o.calendar.dayLabel).toEqual({ nameMap: 'ZH', firstDay: 1 });
    expect(o.series[0]).toMatchObject({ type: 'heatmap', coordinateSystem: 'calendar' });
    expect(o.series[0].data).toEqual([{ value: ['2026-01-05', 2] }, { value: ['2026-03-01', 4] }]);
    expect(o.visualMap.pieces).toEqual([
      { min: 1, max: 1, label: '1' },
      { min: 2, max: 2, label: '2' },
      { min: 3, max: 3, label: '3' },
      { min: 4, max: 4, label: '4' },
    ]);
  });
  it('draws an empty calendar with a valid scale', () => {
    const o = calendarChart({
      from: '2026-01-01',
      to: '2026-01-31',
      days: [],
      seriesName: 's',
      nameMap: 'EN',
    }) as Opt;
    expect(o.series[0].data).toEqual([]);
    expect(o.visualMap.pieces).toEqual([{ min: 1, max: 1, label: '1' }]);
  });
});

describe('countPieces', () => {
  it('groups larger counts into five whole-number ranges', () => {
    expect(countPieces(12)).toEqual([
      { min: 1, max: 3, label: '1–3' },
      { min: 4, max: 6, label: '4–6' },
      { min: 7, max: 9, label: '7–9' },
      { min: 10, max: 12, label: '10–12' },
    ]);
  });
});
