// The overview's one request, from the dashboard's filter: shared by the page and by the router, which
// sends it while the page's code is still loading (main.ts), so the numbers do not wait for the code.
import { OPEN_STATUSES } from '@lianxin/domain';
import { samePeriodLastYear, trendPeriod } from '../format/period';
import { type DashboardFilter, periodOf, toCaseFilter } from './filter';

export function overviewVariables(filter: DashboardFilter, today: string, readsCases: boolean) {
  const caseFilter = toCaseFilter(filter, today);
  const period = periodOf(filter, today);
  // The one comparison, as on the wall: the same period last year (同比). All time has none.
  const lastYear = period ? samePeriodLastYear(period) : null;
  const warningFilter = toCaseFilter(filter, today, null);
  return {
    filter: caseFilter,
    lastYear: lastYear ? toCaseFilter(filter, today, lastYear) : caseFilter,
    // The headline strip: open now and new today, narrowed by place and category like the page.
    open: { ...warningFilter, statuses: [...OPEN_STATUSES] },
    today: toCaseFilter(filter, today, { from: today, to: today }),
    trend: toCaseFilter(filter, today, trendPeriod(period?.to ?? today)),
    warningFilter,
    warningsFirst: 8,
    withWarningList: readsCases,
  };
}
