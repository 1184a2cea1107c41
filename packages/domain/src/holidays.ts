// Official public-holiday calendars of the State Council (国务院办公厅关于 YYYY 年部分节假日安排的通知).
//
// THIS IS DATA, NOT LOGIC. The State Council publishes next year's arrangement each October–November;
// an administrator must add it here (or supply a HolidayCalendar from configuration) before that year
// starts, otherwise working-day deadlines in the new year silently fall back to "Monday to Friday".
// Years are taken from the published notices; years not listed (before 2021, after 2026) were left
// out on purpose rather than guessed.

import { type HolidayCalendar, mergeCalendars } from './time.js';

/** Every local date from `from` to `to`, both included. */
function span(from: string, to: string): string[] {
  // Plain UTC-midnight steps: this runs at module load (a few hundred days), where addLocalDays'
  // validation of every step cost a dashboard's first load ~7 ms on a desktop.
  const days: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let ms = Date.parse(`${from}T00:00:00Z`); ms <= end; ms += 86_400_000)
    days.push(new Date(ms).toISOString().slice(0, 10));
  return days;
}

/**
 * Calendars keyed by the year of the notice. A notice may reach into the previous year
 * (the 2023 New Year break starts on 2022-12-31).
 */
export const CN_HOLIDAY_CALENDARS: Readonly<Record<number, HolidayCalendar>> = Object.freeze({
  // 国办发明电〔2020〕27号
  2021: {
    holidays: [
      ...span('2021-01-01', '2021-01-03'),
      ...span('2021-02-11', '2021-02-17'),
      ...span('2021-04-03', '2021-04-05'),
      ...span('2021-05-01', '2021-05-05'),
      ...span('2021-06-12', '2021-06-14'),
      ...span('2021-09-19', '2021-09-21'),
      ...span('2021-10-01', '2021-10-07'),
    ],
    workdays: [
      '2021-02-07',
      '2021-02-20',
      '2021-04-25',
      '2021-05-08',
      '2021-09-18',
      '2021-09-26',
      '2021-10-09',
    ],
  },
  // 国办发明电〔2021〕11号
  2022: {
    holidays: [
      ...span('2022-01-01', '2022-01-03'),
      ...span('2022-01-31', '2022-02-06'),
      ...span('2022-04-03', '2022-04-05'),
      ...span('2022-04-30', '2022-05-04'),
      ...span('2022-06-03', '2022-06-05'),
      ...span('2022-09-10', '2022-09-12'),
      ...span('2022-10-01', '2022-10-07'),
    ],
    workdays: [
      '2022-01-29',
      '2022-01-30',
      '2022-04-02',
      '2022-04-24',
      '2022-05-07',
      '2022-10-08',
      '2022-10-09',
    ],
  },
  // 国办发明电〔2022〕16号
  2023: {
    holidays: [
      ...span('2022-12-31', '2023-01-02'),
      ...span('2023-01-21', '2023-01-27'),
      '2023-04-05',
      ...span('2023-04-29', '2023-05-03'),
      ...span('2023-06-22', '2023-06-24'),
      ...span('2023-09-29', '2023-10-06'),
    ],
    workdays: [
      '2023-01-28',
      '2023-01-29',
      '2023-04-23',
      '2023-05-06',
      '2023-06-25',
      '2023-10-07',
      '2023-10-08',
    ],
  },
  // 国办发明电〔2023〕7号. New Year's Day and the Dragon Boat Festival "与周末连休": only the
  // weekday is listed, the adjoining weekend is a weekend anyway. New Year's Eve (02-09) was only
  // "encouraged" as a day off, so it is not an official holiday.
  2024: {
    holidays: [
      '2024-01-01',
      ...span('2024-02-10', '2024-02-17'),
      ...span('2024-04-04', '2024-04-06'),
      ...span('2024-05-01', '2024-05-05'),
      '2024-06-10',
      ...span('2024-09-15', '2024-09-17'),
      ...span('2024-10-01', '2024-10-07'),
    ],
    workdays: [
      '2024-02-04',
      '2024-02-18',
      '2024-04-07',
      '2024-04-28',
      '2024-05-11',
      '2024-09-14',
      '2024-09-29',
      '2024-10-12',
    ],
  },
  // 国办发明电〔2024〕12号 (first year with New Year's Eve and 2 May as statutory holidays)
  2025: {
    holidays: [
      '2025-01-01',
      ...span('2025-01-28', '2025-02-04'),
      ...span('2025-04-04', '2025-04-06'),
      ...span('2025-05-01', '2025-05-05'),
      ...span('2025-05-31', '2025-06-02'),
      ...span('2025-10-01', '2025-10-08'),
    ],
    workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  // 国办发明电〔2025〕7号 (published 2025-11-04)
  2026: {
    holidays: [
      ...span('2026-01-01', '2026-01-03'),
      ...span('2026-02-15', '2026-02-23'),
      ...span('2026-04-04', '2026-04-06'),
      ...span('2026-05-01', '2026-05-05'),
      ...span('2026-06-19', '2026-06-21'),
      ...span('2026-09-25', '2026-09-27'),
      ...span('2026-10-01', '2026-10-07'),
    ],
    workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
});

/** Years for which CN_HOLIDAY_CALENDARS holds the published arrangement. */
export const CN_CALENDAR_YEARS: readonly number[] = Object.freeze(
  Object.keys(CN_HOLIDAY_CALENDARS).map(Number),
);

/** All known years in one calendar, the usual argument for working-day deadlines. */
export const CN_STATE_COUNCIL_CALENDAR: HolidayCalendar = mergeCalendars(
  ...Object.values(CN_HOLIDAY_CALENDARS),
);

/** Last local date the published calendars cover: deadlines after it may move once the next notice is added. */
export const CN_CALENDAR_THROUGH = `${Math.max(...CN_CALENDAR_YEARS)}-12-31`;
