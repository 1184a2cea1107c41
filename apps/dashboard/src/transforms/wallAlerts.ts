// The wall's 预警 page and its live notice: the query's variables for the day, and the answer as the page
// shows it (counts per month, the alerted township × category cells). Pure: today and answers in, view
// models out. The wall reads township cells only (DISPLAY's rule; asked as TOWNSHIP for every reader, so a
// wall opened with a staff session shows the same page) and no case counts, so nothing here is withheld.
import { addMonths } from '../format/period';
import type {
  EarlyWarningFilter,
  EarlyWarningLevel,
  WallEarlyWarningRaisedSubscription,
  WallEarlyWarningsQuery,
  WallEarlyWarningsQueryVariables,
} from '../graphql/generated/graphql';

/** Rows the page lists at most (at 1920×1080, 32 px rows fill the panel's height with room to spare). */
const WALL_ALERT_ROWS = 10;

/** This month and the two closed months before it, `YYYY-MM`, newest first. */
export function wallAlertMonths(today: string): [string, string, string] {
  return [today.slice(0, 7), addMonths(today, -1).slice(0, 7), addMonths(today, -2).slice(0, 7)];
}

/** WallEarlyWarnings' variables for `today` (a local day), narrowed to the wall's township if it has one. */
export function wallAlertVariables(today: string, township: string | null): WallEarlyWarningsQueryVariables {
  const [thisMonth, lastMonth, monthBefore] = wallAlertMonths(today);
  const filter = (from: string, to: string): EarlyWarningFilter => ({
    scope: 'TOWNSHIP',
    from,
    to,
    ...(township ? { townshipCode: township } : {}),
  });
  return {
    thisMonth: filter(thisMonth, thisMonth),
    lastMonth: filter(lastMonth, lastMonth),
    monthBefore: filter(monthBefore, monthBefore),
    recent: filter(monthBefore, thisMonth),
    first: WALL_ALERT_ROWS,
  };
}

interface WallAlertMonth {
  month: string;
  /** The current month: its alerts may still change. */
  provisional: boolean;
  red: number;
  yellow: number;
}

interface WallAlertRow {
  id: string;
  month: string;
  provisional: boolean;
  level: EarlyWarningLevel;
  townshipCode: string;
  categoryCode: string;
}

export interface WallAlertsView {
  months: WallAlertMonth[];
  /** This month's alerts (RED first). */
  current: WallAlertRow[];
  /** The closed months' alerts, newest month first, RED first. */
  earlier: WallAlertRow[];
  /** Alerts of the three months not listed (over WALL_ALERT_ROWS). */
  more: number;
}

/** The page's view model; before the first answer, the months with zero counts and no rows. */
export function wallAlertsView(data: WallEarlyWarningsQuery | null, today: string): WallAlertsView {
  const [thisMonth, lastMonth, monthBefore] = wallAlertMonths(today);
  const months = (
    [
      [thisMonth, data?.thisMonth],
      [lastMonth, data?.lastMonth],
      [monthBefore, data?.monthBefore],
    ] as const
  ).map(([month, counts]) => ({
    month,
    provisional: month === thisMonth,
    red: counts?.red ?? 0,
    yellow: counts?.yellow ?? 0,
  }));
  const rows: WallAlertRow[] = (data?.earlyWarnings.edges ?? []).map(({ node }) => ({
    id: node.id,
    month: node.month,
    provisional: node.provisional,
    level: node.level,
    townshipCode: node.township.code,
    categoryCode: node.category.code,
  }));
  const total = months.reduce((n, m) => n + m.red + m.yellow, 0);
  return {
    months,
    current: rows.filter((r) => r.month === thisMonth),
    earlier: rows.filter((r) => r.month !== thisMonth),
    more: Math.max(0, total - rows.length),
  };
}

/** A new alert as the socket announces it. */
export type WallAlertNotice = WallEarlyWarningRaisedSubscription['earlyWarningRaised'];

/** Whether a wall (of `township`, or the district when null) shows this alert. */
export function alertConcernsWall(
  notice: Pick<WallAlertNotice, 'township'>,
  township: string | null,
): boolean {
  return township === null || notice.township.code === township;
}
