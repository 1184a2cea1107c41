// bench:api's correctness check: a few answers compared with the hand-written SQL of src/bench/baseline.ts
// (PostgreSQL only) before anything is loaded.
import { overviewVariables, toCaseFilter } from './pools.mjs';
import { getJson, graphql } from './requests.mjs';
import { BenchError, DIALECT, FailedAnswer, log, OPERATIONS, PAGE_SIZE } from './settings.mjs';

// ---------------------------------------------------------------- correctness (independent SQL)

function expect(condition, message) {
  if (!condition) throw new BenchError(`wrong answer: ${message}`);
}

const countsOf = (rows, key) =>
  JSON.stringify(
    rows
      .filter((r) => r.count !== null && r.count > 0)
      .map((r) => `${r[key]}:${r.count}`)
      .sort(),
  );

/** The overview of `filter` from GraphQL and from the hand-written reference must agree. */
async function checkOverview(api, bearer, filter) {
  const variables = overviewVariables(filter);
  const trend = variables.trend;
  const query = new URLSearchParams({
    from: filter.period.from,
    to: filter.period.to,
    trendFrom: trend.from,
    trendTo: trend.to,
    ...(filter.township ? { township: filter.township } : {}),
    ...(filter.category ? { category: filter.category } : {}),
  });
  const [g, ref] = await Promise.all([
    graphql(api, bearer, { query: OPERATIONS.overview.query, variables }),
    getJson(`${api.url}/bench/reference/overview?${query}`),
  ]);
  const label = JSON.stringify(filter);
  for (const [name, value] of Object.entries(g.current)) {
    const r = ref.kpis[name];
    expect(
      value.numerator === r.numerator && value.denominator === r.denominator,
      `${label}: KPI ${name}: GraphQL ${value.numerator}/${value.denominator}, reference ${r.numerator}/${r.denominator}`,
    );
  }
  expect(
    countsOf(g.byCategory, 'categoryCode') === countsOf(ref.byCategory, 'code'),
    `${label}: cases by category differ`,
  );
  expect(
    countsOf(g.byTownship, 'townshipCode') === countsOf(ref.byTownship, 'code'),
    `${label}: cases by township differ`,
  );
  expect(countsOf(g.trend, 'period') === countsOf(ref.trend, 'period'), `${label}: the trend differs`);
}

/** The first page of `filter`'s cases, newest first, from GraphQL and from the reference must agree. */
async function checkList(api, bearer, filter) {
  const variables = {
    filter: toCaseFilter(filter, filter.period),
    orderBy: { field: 'RECEIVED_AT', direction: 'DESC' },
    first: PAGE_SIZE,
    after: null,
  };
  const query = new URLSearchParams({
    from: filter.period.from,
    to: filter.period.to,
    ...(filter.township ? { township: filter.township } : {}),
    ...(filter.category ? { category: filter.category } : {}),
  });
  const [g, ref] = await Promise.all([
    graphql(api, bearer, { query: OPERATIONS.list.query, variables }),
    getJson(`${api.url}/bench/reference/cases?${query}`),
  ]);
  const label = JSON.stringify(filter);
  expect(
    g.cases.totalCount === ref.totalCount,
    `${label}: totalCount ${g.cases.totalCount}, reference ${ref.totalCount}`,
  );
  expect(g.cases.pageInfo.hasNextPage === ref.hasNextPage, `${label}: hasNextPage differs`);
  const row = (c) => [c.code, c.categoryCode, c.villageName, c.leaderName ?? ''].join('|');
  const gRows = g.cases.edges.map((e) =>
    row({
      code: e.node.code,
      categoryCode: e.node.category.code,
      villageName: e.node.village.name,
      leaderName: e.node.leader?.name,
    }),
  );
  expect(JSON.stringify(gRows) === JSON.stringify(ref.cases.map(row)), `${label}: the case page differs`);
}

/** A fixed filter (2023, the whole district) and the first pooled filters of each operation. */
export async function checkAnswers(api, bearer, pools) {
  if (DIALECT !== 'postgres') {
    log('answers: the hand-written reference is PostgreSQL only; not checked on SQLite');
    return { summary: 'not checked (the reference is PostgreSQL only)', unanswered: [] };
  }
  const fixed = { township: null, category: null, period: { from: '2023-01-01', to: '2023-12-31' } };
  const overviews = [fixed, pools.overview[0].filter, pools.overview[1].filter];
  const lists = [fixed, pools.list[0].filter, pools.list[1].filter];
  const started = Date.now();
  // A check GraphQL cannot answer (a timeout, say) is reported and fails the run at the end; a
  // different answer aborts it at once.
  const unanswered = [];
  const attempt = async (what, check, filter) => {
    try {
      await check(api, bearer, filter);
    } catch (error) {
      if (!(error instanceof FailedAnswer)) throw error;
      log(`answers: ${what} ${JSON.stringify(filter)} not compared: GraphQL answered ${error.code}`);
      unanswered.push(`${what} ${error.code}`);
    }
  };
  for (const filter of overviews) await attempt('overview', checkOverview, filter);
  for (const filter of lists) await attempt('case page', checkList, filter);
  const total = overviews.length + lists.length;
  const summary =
    `${total - unanswered.length} of ${total} (${overviews.length} overviews, ${lists.length} case pages) agree ` +
    `with the hand-written reference${unanswered.length ? `; unanswered: ${unanswered.join(', ')}` : ''}`;
  log(`answers: ${summary} (${Math.round((Date.now() - started) / 1000)} s)`);
  return { summary, unanswered };
}
