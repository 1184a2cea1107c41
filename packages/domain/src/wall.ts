// The periods the command-center wall shows on a local day (Asia/Shanghai). One home for both sides:
// the wall (apps/dashboard) asks exactly these, and the API lets the wall's account (DISPLAY) ask
// exactly these and nothing else (apps/api display-rules.ts) — two copies that drifted apart would make
// the wall's own questions FORBIDDEN.
import { addLocalMonths } from './time.js';

/** Local days 'YYYY-MM-DD', both ends included, as the API's filter reads them. */
export interface LocalPeriod {
  from: string;
  to: string;
}

export interface WallPeriods {
  /** 1 January to today. */
  ytd: LocalPeriod;
  /** The same days of last year (29 February falls back to the 28th). */
  lastYear: LocalPeriod;
  today: LocalPeriod;
  month: LocalPeriod;
  /** Twelve whole months ending with this one. */
  trend: LocalPeriod;
}

/** The same local day one year earlier ('YYYY-MM-DD'); 29 February falls back to the 28th. */
export function sameDayLastYear(day: string): string {
  const year = String(Number(day.slice(0, 4)) - 1).padStart(4, '0');
  const monthDay = day.slice(4) === '-02-29' ? '-02-28' : day.slice(4);
  return `${year}${monthDay}`;
}

/**
 * The same period last year (同比): both ends one year earlier. The one comparison the dashboard's
 * cards and the wall state ("较去年同期"), so both compare the same days.
 */
export function samePeriodLastYear(period: LocalPeriod): LocalPeriod {
  return { from: sameDayLastYear(period.from), to: sameDayLastYear(period.to) };
}

/** The wall's periods for the local day `today` ('YYYY-MM-DD'). */
export function wallPeriods(today: string): WallPeriods {
  const ytd = { from: `${today.slice(0, 4)}-01-01`, to: today };
  return {
    ytd,
    lastYear: samePeriodLastYear(ytd),
    today: { from: today, to: today },
    month: { from: addLocalMonths(today, 0), to: today },
    trend: { from: addLocalMonths(today, -11), to: today },
  };
}
