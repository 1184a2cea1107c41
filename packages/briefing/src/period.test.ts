import { describe, expect, it } from 'vitest';
import { PeriodError, parsePeriod, periodLabel } from './period.js';

describe('parsePeriod', () => {
  it('reads a month with the month before and the same month last year', () => {
    expect(parsePeriod('2023-11')).toEqual({
      kind: 'month',
      from: '2023-11-01',
      to: '2023-11-30',
      previous: { from: '2023-10-01', to: '2023-10-31' },
      lastYear: { from: '2022-11-01', to: '2022-11-30' },
    });
    // January's month before is last December; February's end follows leap years.
    expect(parsePeriod('2024-01').previous).toEqual({ from: '2023-12-01', to: '2023-12-31' });
    expect(parsePeriod('2024-02').to).toBe('2024-02-29');
    expect(parsePeriod('2024-02').lastYear).toEqual({ from: '2023-02-01', to: '2023-02-28' });
  });

  it('reads quarters and years', () => {
    expect(parsePeriod('2023-Q4')).toMatchObject({
      kind: 'quarter',
      from: '2023-10-01',
      to: '2023-12-31',
      previous: { from: '2023-07-01', to: '2023-09-30' },
      lastYear: { from: '2022-10-01', to: '2022-12-31' },
    });
    expect(parsePeriod('2023')).toMatchObject({
      kind: 'year',
      from: '2023-01-01',
      to: '2023-12-31',
      previous: { from: '2022-01-01', to: '2022-12-31' },
    });
  });

  it('reads a range of days, and a range that is a whole month as that month', () => {
    expect(parsePeriod('2023-11-01..2023-11-15')).toEqual({
      kind: 'range',
      from: '2023-11-01',
      to: '2023-11-15',
      previous: { from: '2023-10-17', to: '2023-10-31' },
      lastYear: { from: '2022-11-01', to: '2022-11-15' },
    });
    expect(parsePeriod('2023-11-01..2023-11-30').kind).toBe('month');
    expect(parsePeriod('2023-10-01..2023-12-31').kind).toBe('quarter');
    expect(parsePeriod('2023-01-01..2023-12-31').kind).toBe('year');
    // Two whole months are no calendar unit: a range.
    expect(parsePeriod('2023-10-01..2023-11-30').kind).toBe('range');
    expect(parsePeriod('2024-02-29..2024-02-29').lastYear).toEqual({ from: '2023-02-28', to: '2023-02-28' });
  });

  it('refuses what is not a period, with what is accepted', () => {
    for (const bad of [
      '2023-13',
      '2023-Q5',
      '23',
      '2023-02-30..2023-03-01',
      'x',
      '2023-11-15..2023-11-01',
      '2022-01-01..2023-12-31',
    ])
      expect(() => parsePeriod(bad), bad).toThrow(PeriodError);
  });
});

describe('periodLabel', () => {
  it('names periods as a briefing prints them', () => {
    expect(periodLabel(parsePeriod('2023-11'), 'zh-CN')).toBe('2023年11月');
    expect(periodLabel(parsePeriod('2023-11'), 'en')).toBe('November 2023');
    expect(periodLabel(parsePeriod('2023-Q4'), 'zh-CN')).toBe('2023年第四季度');
    expect(periodLabel(parsePeriod('2023-Q4'), 'en')).toBe('Q4 2023');
    expect(periodLabel(parsePeriod('2023'), 'zh-CN')).toBe('2023年');
    expect(periodLabel(parsePeriod('2023-11-01..2023-11-15'), 'zh-CN')).toBe('2023年11月1日至2023年11月15日');
  });
});
