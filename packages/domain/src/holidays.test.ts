import { describe, expect, it } from 'vitest';
import { CN_CALENDAR_YEARS, CN_HOLIDAY_CALENDARS, CN_STATE_COUNCIL_CALENDAR } from './holidays.js';
import { isLocalDate, isWorkingDay, localDayOfWeek } from './time.js';

describe('CN_HOLIDAY_CALENDARS', () => {
  it('covers exactly the years 2021–2026', () => {
    expect(CN_CALENDAR_YEARS).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it('holds the published number of days off and 调休 workdays per year', () => {
    const counts = Object.fromEntries(
      Object.entries(CN_HOLIDAY_CALENDARS).map(([year, c]) => [year, [c.holidays.length, c.workdays.length]]),
    );
    expect(counts).toEqual({
      2021: [31, 7],
      2022: [31, 7],
      2023: [27, 7],
      2024: [28, 8],
      2025: [28, 5],
      2026: [33, 6],
    });
  });

  it.each(CN_CALENDAR_YEARS)(
    '%i: every 调休 workday is a Saturday or Sunday and not also a holiday',
    (year) => {
      const c = CN_HOLIDAY_CALENDARS[year];
      expect(c).toBeDefined();
      for (const day of c?.workdays ?? []) {
        expect(isLocalDate(day)).toBe(true);
        expect([0, 6]).toContain(localDayOfWeek(day));
        expect(c?.holidays).not.toContain(day);
      }
    },
  );

  it.each(CN_CALENDAR_YEARS)('%i: holidays are valid dates without duplicates', (year) => {
    const days = CN_HOLIDAY_CALENDARS[year]?.holidays ?? [];
    expect(days.every(isLocalDate)).toBe(true);
    expect(new Set(days).size).toBe(days.length);
  });

  it('files the 2023 New Year break, which starts on 2022-12-31, under 2023', () => {
    expect(CN_HOLIDAY_CALENDARS[2023]?.holidays.slice(0, 3)).toEqual([
      '2022-12-31',
      '2023-01-01',
      '2023-01-02',
    ]);
  });
});

describe('CN_STATE_COUNCIL_CALENDAR', () => {
  it('knows 2025 New Year’s Eve (a Tuesday) is a holiday and 2025-01-26 (a Sunday) a working day', () => {
    expect(isWorkingDay('2025-01-28', CN_STATE_COUNCIL_CALENDAR)).toBe(false);
    expect(isWorkingDay('2025-01-26', CN_STATE_COUNCIL_CALENDAR)).toBe(true);
  });
  it('knows 2024 New Year’s Eve (02-09, Friday) was only encouraged as a day off, so it is a working day', () => {
    expect(isWorkingDay('2024-02-09', CN_STATE_COUNCIL_CALENDAR)).toBe(true);
  });
  it('knows the 2026 Spring Festival runs 02-15 to 02-23 with 02-14 and 02-28 worked', () => {
    expect(isWorkingDay('2026-02-23', CN_STATE_COUNCIL_CALENDAR)).toBe(false);
    expect(isWorkingDay('2026-02-24', CN_STATE_COUNCIL_CALENDAR)).toBe(true);
    expect(isWorkingDay('2026-02-14', CN_STATE_COUNCIL_CALENDAR)).toBe(true);
    expect(isWorkingDay('2026-02-28', CN_STATE_COUNCIL_CALENDAR)).toBe(true);
  });
  it('holds 178 holidays and 40 workdays across the six years', () => {
    expect([CN_STATE_COUNCIL_CALENDAR.holidays.length, CN_STATE_COUNCIL_CALENDAR.workdays.length]).toEqual([
      178, 40,
    ]);
  });
});
