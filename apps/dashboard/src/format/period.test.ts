import { describe, expect, it } from 'vitest';
import {
  addMonths,
  defaultPeriod,
  monthEnd,
  monthPeriod,
  monthsOf,
  partialMonth,
  samePeriodLastYear,
  todayInShanghai,
  trendPeriod,
} from './period';

describe('periods', () => {
  it('takes today in Shanghai, not in the browser zone', () => {
    expect(todayInShanghai(new Date('2026-11-26T16:30:00Z'))).toBe('2026-11-27');
  });
  it('adds months across years', () => {
    expect(addMonths('2026-11-27', -11)).toBe('2025-12-01');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-01');
    expect(addMonths('2025-12-31', 1)).toBe('2026-01-01');
  });
  it('knows month ends, February of a leap year included', () => {
    expect(monthEnd('2024-02-10')).toBe('2024-02-29');
    expect(monthEnd('2026-02-01')).toBe('2026-02-28');
  });
  it('defaults to the last 12 months, this one included', () => {
    expect(defaultPeriod('2026-11-27')).toEqual({ from: '2025-12-01', to: '2026-11-27' });
  });
  it('compares with the same period last year (同比), the default period included', () => {
    expect(samePeriodLastYear(defaultPeriod('2026-11-27'))).toEqual({ from: '2024-12-01', to: '2025-11-27' });
    expect(samePeriodLastYear({ from: '2026-01-01', to: '2026-03-31' })).toEqual({
      from: '2025-01-01',
      to: '2025-03-31',
    });
    expect(samePeriodLastYear({ from: '2026-05-10', to: '2026-05-10' })).toEqual({
      from: '2025-05-10',
      to: '2025-05-10',
    });
  });
  it('ends last year on 28 February when the period ends on the 29th', () => {
    expect(samePeriodLastYear({ from: '2028-02-01', to: '2028-02-29' })).toEqual({
      from: '2027-02-01',
      to: '2027-02-28',
    });
  });
  it('trends over 12 months ending with the period', () => {
    expect(trendPeriod('2026-11-27')).toEqual({ from: '2025-12-01', to: '2026-11-27' });
    expect(monthsOf(trendPeriod('2026-11-27'))).toHaveLength(12);
  });
  it('marks the running month only when a chart shows it', () => {
    const months = monthsOf(trendPeriod('2026-11-27'));
    expect(partialMonth(months, '2026-11-27')).toBe('2026-11-01');
    expect(partialMonth(months, '2026-12-01')).toBeNull();
    expect(partialMonth(monthsOf({ from: '2025-01-01', to: '2025-12-31' }), '2026-11-27')).toBeNull();
  });
  it('lists the months a period touches', () => {
    expect(monthsOf({ from: '2025-11-15', to: '2026-02-01' })).toEqual([
      '2025-11-01',
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
    ]);
  });
  it('clips a clicked month to the page period', () => {
    expect(monthPeriod('2025-12-01', { from: '2025-12-10', to: '2026-11-27' })).toEqual({
      from: '2025-12-10',
      to: '2025-12-31',
    });
    expect(monthPeriod('2026-02-01')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });
});
