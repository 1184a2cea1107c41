// bench:pages's scenarios: every query operation of the dashboard, with variables built as its views
// build them and a check that the answer is the page's data.
import { addLocalDays, addLocalMonths, wallPeriods } from '@lianxin/domain';
import { readOperations } from '@lianxin/operations';
import { openNowFilter, samePeriodLastYear, todayFilter, trendPeriod } from '../lib.mjs';
import { BenchError } from './settings.mjs';

// ---------------------------------------------------------------- the dashboard's documents

/** Every query operation's name, and the document the dashboard sends for an operation. */
export function dashboardDocuments() {
  const operations = readOperations();
  const queries = operations.filter((o) => o.kind === 'query').map((o) => o.name);
  const documentOf = (name) => {
    const operation = operations.find((o) => o.name === name);
    if (!operation) throw new BenchError(`no operation ${name} in @lianxin/operations`);
    return operation.document;
  };
  return { queries, documentOf };
}

// ---------------------------------------------------------------- variables as the views build them

// format/period.ts of the dashboard (the rest in lib.mjs).
export const defaultPeriod = (today) => ({ from: addLocalMonths(today, -11), to: today });

/** The filter bar's state (filters/filter.ts DashboardFilter), only the parts the bench sets. */
const emptyFilter = () => ({ townshipCodes: [], categoryCodes: [], kpi: null, kpiPart: null });

/** filters/filter.ts toCaseFilter: only what is set, period first; `period` null is all time. */
function toCaseFilter(filter, period) {
  const out = {};
  if (period) {
    out.from = period.from;
    out.to = period.to;
  }
  if (filter.townshipCodes.length) out.townshipCodes = [...filter.townshipCodes];
  if (filter.categoryCodes.length) out.categoryCodes = [...filter.categoryCodes];
  if (filter.kpi) {
    out.kpi = filter.kpi;
    out.kpiPart = filter.kpiPart ?? 'DENOMINATOR';
  }
  return out;
}

/** transforms/revisions.ts revisionMonths for a period. */
function revisionMonths(period) {
  const to = period.to.slice(0, 7);
  const earliest = `${Number(to.slice(0, 4)) - 10}-01`;
  const from = period.from.slice(0, 7);
  return { from: from < earliest ? earliest : from, to };
}

// Checks that an answer is the page's data, not an empty shell that would be fast for nothing.
const nonEmpty = (what, list) => (Array.isArray(list) && list.length > 0 ? null : `${what} is empty`);
const workloadsOrEmpty = (d) => (Array.isArray(d.leaderWorkloads) ? null : 'leaderWorkloads missing');
const positive = (what, n) => (typeof n === 'number' && n > 0 ? null : `${what} is ${n}`);

/**
 * The scenarios: page, operation, a variant label, the roles that send it, its variables and a check of
 * its answer. `ctx` holds today, the default period and the ids read from the database.
 */
export function scenarios(ctx) {
  const { today, period } = ctx;
  const staff = ['ADMIN', 'ANALYST'];
  const opened = emptyFilter();
  const filtered = { ...emptyFilter(), townshipCodes: [ctx.township], categoryCodes: [ctx.category] };
  const filteredLabel = `filter: township ${ctx.township}, category ${ctx.category}`;
  const list = [];
  const add = (page, operation, variant, roles, variables, check) =>
    list.push({ page, operation, variant, roles, variables, check });

  // OverviewView.vue (readsCases: the warning list is included for every role but DISPLAY).
  const overview = (filter) => ({
    filter: toCaseFilter(filter, period),
    lastYear: toCaseFilter(filter, samePeriodLastYear(period)),
    open: openNowFilter(toCaseFilter(filter, null)),
    today: todayFilter(toCaseFilter(filter, null), today),
    trend: toCaseFilter(filter, trendPeriod(period.to)),
    warningFilter: toCaseFilter(filter, null),
    warningsFirst: 8,
    withWarningList: true,
  });
  const overviewCheck = (d) =>
    positive('current.timelyAcceptance.denominator', d.current?.timelyAcceptance?.denominator) ??
    nonEmpty('trend', d.trend) ??
    nonEmpty('byCategory', d.byCategory);
  add('(every page)', 'Reference', 'as opened', staff, {}, (d) => nonEmpty('townships', d.townships));
  add('overview', 'Overview', 'as opened', staff, overview(opened), overviewCheck);
  add('overview', 'Overview', filteredLabel, staff, overview(filtered), overviewCheck);
  add('overview', 'KpiDefinitions', 'as opened', staff, {}, (d) =>
    nonEmpty('kpiDefinitions', d.kpiDefinitions),
  );
  // The cards' targets (useKpiTargets), asked once; the administrator's page (TargetsView.vue) reads more.
  add('overview', 'KpiTargets', 'as opened', staff, {}, (d) => nonEmpty('kpiTargets', d.kpiTargets));
  add('targets', 'AdminKpiTargets', 'as opened', ['ADMIN'], {}, (d) => nonEmpty('kpiTargets', d.kpiTargets));
  // RevisionNote.vue asks only as an administrator (seesRevisions); an empty list is the usual answer.
  add('overview', 'PeriodRevisions', 'as opened', ['ADMIN'], revisionMonths(period), (d) =>
    Array.isArray(d.periodRevisions) ? null : 'periodRevisions missing',
  );

  // EarlyWarningsCard.vue: recent alerts (the last three months), the top five, no series.
  const monthOf = (n) => addLocalMonths(today, n).slice(0, 7);
  const alertsCheck = (d) => (d.earlyWarningCounts && d.earlyWarnings ? null : 'no counts or alerts');
  add(
    'overview',
    'OverviewEarlyWarnings',
    'as opened',
    staff,
    { filter: { from: monthOf(-2), to: monthOf(0) }, first: 5 },
    alertsCheck,
  );

  // CasesView.vue: the default sort (transforms/cases.ts parseSort), 50 a page, keyset cursors.
  const cases = (filter, after = null) => ({
    filter: toCaseFilter(filter, period),
    orderBy: { field: 'RECEIVED_AT', direction: 'DESC' },
    first: 50,
    after,
  });
  const casesCheck = (d) => nonEmpty('cases.edges', d.cases?.edges);
  add('cases', 'Cases', 'as opened', staff, cases(opened), casesCheck);
  add('cases', 'Cases', 'next page', staff, (role) => cases(opened, ctx.secondPageCursor[role]), casesCheck);
  add('cases', 'Cases', filteredLabel, staff, cases(filtered), casesCheck);
  // A KPI card's click (filters/drill.ts): the cases behind 按期办结率's denominator in the period.
  add(
    'cases',
    'Cases',
    'KPI drill-down ON_TIME_CLOSURE',
    staff,
    cases({ ...opened, kpi: 'ON_TIME_CLOSURE', kpiPart: 'DENOMINATOR' }),
    casesCheck,
  );

  // CasesView.vue's search box: a typed code (lower case, spaces around it) opens its case.
  add('cases', 'CaseByCode', 'typed code', staff, { code: ` ${ctx.newestCaseCode.toLowerCase()} ` }, (d) =>
    d.caseByCode?.id ? null : 'caseByCode is empty',
  );

  // CaseDetailView.vue: the newest case (the list's first row) and the one with the longest timeline.
  const caseCheck = (d) => nonEmpty('case.events', d.case?.events);
  add('case', 'CaseDetail', 'newest case', staff, { id: ctx.newestCaseId }, caseCheck);
  add(
    'case',
    'CaseDetail',
    `longest timeline (${ctx.longestCaseEvents} events)`,
    staff,
    { id: ctx.longestCaseId },
    caseCheck,
  );

  // CategoriesView.vue: categories month by month, seasonality over all time, villages of a clicked category.
  const statsCheck = (d) => nonEmpty('caseStats', d.caseStats);
  add(
    'categories',
    'CaseStats',
    'MONTH×CATEGORY',
    staff,
    { filter: toCaseFilter(opened, period), groupBy: ['MONTH', 'CATEGORY'] },
    statsCheck,
  );
  add(
    'categories',
    'CaseStats',
    `MONTH×CATEGORY, ${filteredLabel}`,
    staff,
    { filter: toCaseFilter(filtered, period), groupBy: ['MONTH', 'CATEGORY'] },
    statsCheck,
  );
  add(
    'categories',
    'CaseStats',
    'MONTH×CATEGORY all time (seasonality)',
    staff,
    { filter: toCaseFilter(opened, null), groupBy: ['MONTH', 'CATEGORY'] },
    statsCheck,
  );
  add(
    'categories',
    'CaseStats',
    `VILLAGE of category ${ctx.category} (focus)`,
    staff,
    { filter: { ...toCaseFilter(opened, period), categoryCodes: [ctx.category] }, groupBy: ['VILLAGE'] },
    statsCheck,
  );

  // VillagesView.vue: village × month heat map, whole-period totals (and KPI parts) per village.
  add(
    'villages',
    'CaseStats',
    'VILLAGE×MONTH',
    staff,
    { filter: toCaseFilter(opened, period), groupBy: ['VILLAGE', 'MONTH'] },
    statsCheck,
  );
  add(
    'villages',
    'CaseStats',
    `VILLAGE×MONTH, ${filteredLabel}`,
    staff,
    { filter: toCaseFilter(filtered, period), groupBy: ['VILLAGE', 'MONTH'] },
    statsCheck,
  );
  add('villages', 'VillageTotals', 'as opened', staff, { filter: toCaseFilter(opened, period) }, statsCheck);
  add(
    'villages',
    'VillageTotals',
    filteredLabel,
    staff,
    { filter: toCaseFilter(filtered, period) },
    statsCheck,
  );

  // MapView.vue: the townships (or one township's villages) for the period and month by month over the
  // slider's 24 months; the alerts of those months when they colour the map; the boundary pack (none here).
  const sliderPeriod = { from: `${addLocalMonths(period.to, -23).slice(0, 7)}-01`, to: period.to };
  const mapStats = (filter) => ({
    filter: toCaseFilter(filter, period),
    monthsFilter: toCaseFilter(filter, sliderPeriod),
  });
  const mapCheck = (d) => nonEmpty('period', d.period) ?? nonEmpty('months', d.months);
  add('map', 'MapTownships', 'as opened', staff, mapStats(opened), mapCheck);
  add(
    'map',
    'MapVillages',
    `township ${ctx.township}`,
    staff,
    mapStats({ ...emptyFilter(), townshipCodes: [ctx.township] }),
    mapCheck,
  );
  add(
    'map',
    'MapAlerts',
    'townships, 24 months',
    staff,
    {
      filter: { from: sliderPeriod.from.slice(0, 7), to: period.to.slice(0, 7), scope: 'TOWNSHIP' },
      after: null,
    },
    (d) => (d.earlyWarnings ? null : 'no alerts connection'),
  );
  add('boundaries', 'AdminBoundaryPack', 'as opened', ['ADMIN'], {}, (d) =>
    'boundaryPack' in d ? null : 'boundaryPack missing',
  );
  add('map', 'MapBoundaries', 'as opened', staff, {}, (d) =>
    'boundaryPack' in d ? null : 'boundaryPack missing',
  );

  // The briefing (生成简报, GET /briefing: modules/briefing/briefing-data.ts): last month's, read as "now".
  const briefedMonth = addLocalMonths(`${today.slice(0, 7)}-01`, -1);
  const monthRange = (first) => ({ from: first, to: addLocalDays(addLocalMonths(first, 1), -1) });
  const briefed = monthRange(briefedMonth);
  add(
    'briefing',
    'Briefing',
    'last month',
    staff,
    {
      filter: briefed,
      previous: monthRange(addLocalMonths(briefedMonth, -1)),
      lastYear: monthRange(addLocalMonths(briefedMonth, -12)),
    },
    (d) => nonEmpty('townships', d.townships),
  );
  add('briefing', 'BriefingLeaders', 'last month', staff, { filter: briefed }, workloadsOrEmpty);
  add('briefing', 'BriefingOverdue', 'last month', staff, { overdue: { overdue: true }, first: 20 }, (d) =>
    d.cases ? null : 'no cases connection',
  );
  add(
    'briefing',
    'BriefingWarnings',
    'last month',
    staff,
    {
      filter: { from: briefedMonth.slice(0, 7), to: briefedMonth.slice(0, 7), scope: 'TOWNSHIP' },
      after: null,
    },
    (d) => (d.earlyWarnings ? null : 'no alerts connection'),
  );

  // LeadersView.vue and LeaderView.vue (the leader's id out of the filter; the calendar's range).
  const workloadsCheck = (d) => nonEmpty('leaderWorkloads', d.leaderWorkloads);
  add(
    'leaders',
    'LeaderWorkloads',
    'as opened',
    staff,
    { filter: toCaseFilter(opened, period) },
    workloadsCheck,
  );
  add(
    'leaders',
    'LeaderWorkloads',
    filteredLabel,
    staff,
    { filter: toCaseFilter(filtered, period) },
    workloadsCheck,
  );
  const leaderCheck = (d) => nonEmpty('leader.cases.edges', d.leader?.cases?.edges);
  const leader = (filter) => ({
    id: String(ctx.leaderId),
    filter: toCaseFilter(filter, period),
    kpiFilter: { ...toCaseFilter(filter, period), leaderIds: [ctx.leaderId] },
    from: period.from,
    to: period.to,
  });
  add('leader', 'LeaderDetail', `busiest leader ${ctx.leaderId}`, staff, leader(opened), leaderCheck);
  add(
    'leader',
    'LeaderDetail',
    `busiest leader ${ctx.leaderId}, township ${ctx.leaderTownship}`,
    staff,
    leader({ ...emptyFilter(), townshipCodes: [ctx.leaderTownship] }),
    leaderCheck,
  );

  // WallView.vue as DISPLAY, district-wide (no township in the wall's link), its periods for today.
  const wall = wallPeriods(today);
  const display = ['DISPLAY'];
  add('wall', 'WallReference', 'as shown', display, {}, (d) => nonEmpty('townships', d.townships));
  add(
    'wall',
    'WallOverview',
    'as shown',
    display,
    {
      ytd: wall.ytd,
      lastYear: wall.lastYear,
      today: wall.today,
      month: wall.month,
      trend: wall.trend,
      open: {},
    },
    (d) => nonEmpty('trend', d.trend) ?? nonEmpty('byTownship', d.byTownship),
  );
  add('wall', 'WallTicker', 'as shown', display, { first: 20, filter: {} }, (d) =>
    nonEmpty('caseTicker', d.caseTicker),
  );
  add('wall', 'WallLeaders', 'as shown', display, { filter: wall.ytd }, workloadsCheck);
  add('wall', 'WallVillages', 'as shown', display, { filter: wall.ytd }, statsCheck);
  add('wall', 'WallBoundaries', 'as shown', display, {}, (d) =>
    'boundaryPack' in d ? null : 'boundaryPack missing',
  );
  // WarningsView.vue (transforms/warnings.ts toWarningFilter): the last 12 months, 24 alerts with 37 months
  // of series each.
  add(
    'warnings',
    'EarlyWarnings',
    'as opened',
    staff,
    { filter: { from: monthOf(-11), to: monthOf(0) }, first: 24, after: null, months: 37 },
    alertsCheck,
  );
  // The 预警 page (transforms/wallAlerts.ts wallAlertVariables): township cells of the last three months.
  const [thisMonth, lastMonth, monthBefore] = [0, -1, -2].map((n) => addLocalMonths(today, n).slice(0, 7));
  const cells = (from, to) => ({ scope: 'TOWNSHIP', from, to });
  add(
    'wall',
    'WallEarlyWarnings',
    'as shown',
    display,
    {
      thisMonth: cells(thisMonth, thisMonth),
      lastMonth: cells(lastMonth, lastMonth),
      monthBefore: cells(monthBefore, monthBefore),
      recent: cells(monthBefore, thisMonth),
      first: 10,
    },
    (d) => (d.thisMonth && d.earlyWarnings ? null : 'no counts or alerts'),
  );
  return list;
}
