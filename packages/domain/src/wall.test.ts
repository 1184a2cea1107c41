import { describe, expect, it } from 'vitest';
import { addLocalMonths } from './time.js';
import { samePeriodLastYear, wallPeriods } from './wall.js';

describe('wallPeriods', () => {
  it('compares the year to date with the same days of last year', () => {
    expect(wallPeriods('2026-11-27')).toEqual({
      ytd: { from: '2026-01-01', to: '2026-11-27' },
      lastYear: { from: '2025-01-01', to: '2025-11-27' },
      today: { from: '2026-11-27', to: '2026-11-27' },
      month: { from: '2026-11-01', to: '2026-11-27' },
      trend: { from: '2025-12-01', to: '2026-11-27' },
    });
  });
  it('ends last year on 28 February when today is the 29th', () => {
    expect(wallPeriods('2028-02-29').lastYear).toEqual({ from: '2027-01-01', to: '2027-02-28' });
  });
  it('starts the twelve months in the same year in December', () => {
    expect(wallPeriods('2026-12-06').trend).toEqual({ from: '2026-01-01', to: '2026-12-06' });
  });
});

describe('samePeriodLastYear', () => {
  it('moves both ends back one year, 29 February to the 28th', () => {
    expect(samePeriodLastYear({ from: '2025-12-10', to: '2026-11-27' })).toEqual({
      from: '2024-12-10',
      to: '2025-11-27',
    });
    expect(samePeriodLastYear({ from: '2024-02-29', to: '2024-03-31' })).toEqual({
      from: '2023-02-28',
      to: '2023-03-31',
    });
    expect(samePeriodLastYear({ from: '2024-02-01', to: '2024-02-29' })).toEqual({
      from: '2023-02-01',
      to: '2023-02-28',
    });
  });
  it('is the wall’s last-year window for its year to date', () => {
    const p = wallPeriods('2026-06-15');
    expect(samePeriodLastYear(p.ytd)).toEqual(p.lastYear);
  });
});

describe('addLocalMonths', () => {
  it('gives the first day of the month n months away, across years both ways', () => {
    expect(addLocalMonths('2026-11-27', -11)).toBe('2025-12-01');
    expect(addLocalMonths('2026-01-15', -1)).toBe('2025-12-01');
    expect(addLocalMonths('2026-12-31', 1)).toBe('2027-01-01');
    expect(addLocalMonths('2026-03-09', 0)).toBe('2026-03-01');
    expect(addLocalMonths('2026-03-09', -27)).toBe('2023-12-01');
  });
});
