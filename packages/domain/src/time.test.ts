import { describe, expect, it } from 'vitest';
import { CN_STATE_COUNCIL_CALENDAR } from './holidays.js';
import {
  addMonthKey,
  diffMonthKeys,
  addLocalDays,
  addWorkingDays,
  diffLocalDays,
  endOfLocalDay,
  type HolidayCalendar,
  isLocalDate,
  isWorkingDay,
  localDate,
  localDayOfWeek,
  localMonth,
  mergeCalendars,
  startOfLocalDay,
} from './time.js';

describe('localDate', () => {
  it('reads the Shanghai date, not the UTC one, just after local midnight', () => {
    expect(localDate(new Date('2023-05-31T16:00:00.000Z'))).toBe('2023-06-01');
  });
  it('keeps the previous local date one millisecond before local midnight', () => {
    expect(localDate(new Date('2023-05-31T15:59:59.999Z'))).toBe('2023-05-31');
  });
  it('reads an instant written with +08:00 as that local date', () => {
    expect(localDate(new Date('2023-06-01T23:30:00+08:00'))).toBe('2023-06-01');
  });
  it('rejects an invalid Date', () => {
    expect(() => localDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('localMonth', () => {
  it('rolls into the next year at Shanghai midnight on New Year', () => {
    expect(localMonth(new Date('2023-12-31T16:30:00.000Z'))).toBe('2024-01');
  });
  it('stays in December until then', () => {
    expect(localMonth(new Date('2023-12-31T15:30:00.000Z'))).toBe('2023-12');
  });
});

describe('startOfLocalDay / endOfLocalDay', () => {
  it('starts a local day at 16:00 UTC the day before', () => {
    expect(startOfLocalDay('2023-06-01').toISOString()).toBe('2023-05-31T16:00:00.000Z');
  });
  it('ends a local day at 23:59:59.999 +08:00', () => {
    expect(endOfLocalDay('2023-06-01').toISOString()).toBe('2023-06-01T15:59:59.999Z');
  });
  it('handles 29 February in a leap year', () => {
    expect(endOfLocalDay('2024-02-29').toISOString()).toBe('2024-02-29T15:59:59.999Z');
  });
  it('refuses dates that do not exist or are malformed', () => {
    expect(() => startOfLocalDay('2023-02-29')).toThrow(RangeError);
    expect(() => endOfLocalDay('2023-6-1')).toThrow(RangeError);
  });
});

describe('isLocalDate', () => {
  it('accepts a real date and rejects impossible ones', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2023-02-29')).toBe(false);
    expect(isLocalDate('2023-13-01')).toBe(false);
    expect(isLocalDate('20230601')).toBe(false);
  });
});

describe('addLocalDays', () => {
  it('crosses a leap day', () => {
    expect(addLocalDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addLocalDays('2024-02-28', 2)).toBe('2024-03-01');
  });
  it('skips 29 February in a common year', () => {
    expect(addLocalDays('2023-02-28', 1)).toBe('2023-03-01');
  });
  it('crosses a year end', () => {
    expect(addLocalDays('2024-12-31', 1)).toBe('2025-01-01');
  });
  it('goes backwards with a negative count', () => {
    expect(addLocalDays('2024-03-01', -1)).toBe('2024-02-29');
  });
  it('refuses fractional counts', () => {
    expect(() => addLocalDays('2024-03-01', 1.5)).toThrow(RangeError);
  });
});

describe('diffLocalDays and localDayOfWeek', () => {
  it('counts whole days between local dates, negative backwards', () => {
    expect(diffLocalDays('2024-02-01', '2024-03-01')).toBe(29);
    expect(diffLocalDays('2023-03-01', '2023-02-01')).toBe(-28);
  });
  it('knows 2023-06-01 was a Thursday and 2023-10-07 a Saturday', () => {
    expect(localDayOfWeek('2023-06-01')).toBe(4);
    expect(localDayOfWeek('2023-10-07')).toBe(6);
  });
});

describe('isWorkingDay', () => {
  const calendar: HolidayCalendar = { holidays: ['2023-10-02'], workdays: ['2023-10-07'] };
  it('treats an official holiday on a Monday as a day off', () => {
    expect(isWorkingDay('2023-10-02', calendar)).toBe(false);
  });
  it('treats a 调休 Saturday as a working day', () => {
    expect(isWorkingDay('2023-10-07', calendar)).toBe(true);
  });
  it('treats an ordinary Saturday and Sunday as days off', () => {
    expect(isWorkingDay('2023-06-03', calendar)).toBe(false);
    expect(isWorkingDay('2023-06-04', calendar)).toBe(false);
  });
  it('treats an ordinary weekday as a working day', () => {
    expect(isWorkingDay('2023-06-05', calendar)).toBe(true);
  });
});

describe('addWorkingDays', () => {
  it('skips the 2023 Mid-Autumn/National Day break and counts the 调休 weekend', () => {
    // 09-28 Thu; 09-29..10-06 off; 10-07 Sat and 10-08 Sun are working days.
    expect(addWorkingDays('2023-09-28', 1, CN_STATE_COUNCIL_CALENDAR)).toBe('2023-10-07');
    expect(addWorkingDays('2023-09-28', 2, CN_STATE_COUNCIL_CALENDAR)).toBe('2023-10-08');
    expect(addWorkingDays('2023-09-28', 3, CN_STATE_COUNCIL_CALENDAR)).toBe('2023-10-09');
  });
  it('does not count the start day, even when it is a working day', () => {
    expect(addWorkingDays('2023-06-05', 1, { holidays: [], workdays: [] })).toBe('2023-06-06');
  });
  it('returns the start day for zero days', () => {
    expect(addWorkingDays('2023-06-03', 0, { holidays: [], workdays: [] })).toBe('2023-06-03');
  });
  it('refuses negative counts', () => {
    expect(() => addWorkingDays('2023-06-03', -1, { holidays: [], workdays: [] })).toThrow(RangeError);
  });
});

describe('mergeCalendars', () => {
  it('unions and sorts both lists without duplicates', () => {
    const merged = mergeCalendars(
      { holidays: ['2024-01-01'], workdays: ['2024-02-04'] },
      { holidays: ['2023-10-02', '2024-01-01'], workdays: [] },
    );
    expect(merged).toEqual({ holidays: ['2023-10-02', '2024-01-01'], workdays: ['2024-02-04'] });
  });
});

describe('month keys', () => {
  it('add and count months across years, from months or dates', () => {
    expect(addMonthKey('2024-11', 3)).toBe('2025-02');
    expect(addMonthKey('2024-03-31', -3)).toBe('2023-12');
    expect(diffMonthKeys('2021-01', '2026-11')).toBe(70);
    expect(diffMonthKeys('2025-02-28', '2024-12')).toBe(-2);
    for (let n = -30; n <= 30; n++) expect(diffMonthKeys('2023-07', addMonthKey('2023-07', n))).toBe(n);
  });
});
