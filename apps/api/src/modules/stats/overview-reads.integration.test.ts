// The dashboard's overview, as its page asks it (a period not aligned to months, the same period last
// year, the headline strip's open cases and new today, a 12-month trend, breakdowns, warnings), answers in a fixed handful of statements
// whatever the filter — and the same numbers as counting the cases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addLocalDays, addLocalMonths, localDate, OPEN_STATUSES, samePeriodLastYear } from '@lianxin/domain';
import { operationDocument } from '@lianxin/operations';
import { describeEachDatabase } from '../../test/databases.js';
import { startTestApi, type TestApi } from '../../test/api.js';

const KPI = '{ numerator denominator rate }';
// The dashboard's own document (its Overview page sends it), the warning list shown as on the page.
const OVERVIEW = operationDocument('Overview');
const WARNINGS_SHOWN = { warningsFirst: 8, withWarningList: true };
/** The same numbers with a chosen asOf (now): read by counting the cases, never from a rollup. */
const COUNTED = `query Counted($filter: CaseFilter!, $trend: CaseFilter!) {
  current: kpis(filter: $filter) { timelyAcceptance ${KPI} onTimeClosure ${KPI} satisfaction ${KPI} ratingParticipation ${KPI} }
  trend: caseStats(filter: $trend, groupBy: [MONTH]) { period count suppressed
    kpis { timelyAcceptance ${KPI} onTimeClosure ${KPI} satisfaction ${KPI} } }
  byCategory: caseStats(filter: $filter, groupBy: [CATEGORY]) { categoryCode count suppressed }
}`;
const TODAY = '2024-06-30';
const MAX_STATEMENTS = 6;

/** A small seeded generator (mulberry32): the same filters on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describeEachDatabase('overview reads', (dialect) => {
  let api: TestApi;
  let townships: string[];
  let categories: string[];
  beforeAll(async () => {
    api = await startTestApi(dialect, { until: TODAY, cases: 4000 });
    townships = (await api.dataSource.query('SELECT code FROM township ORDER BY code')).map(
      (r: { code: string }) => r.code,
    );
    categories = (await api.dataSource.query('SELECT code FROM category ORDER BY code')).map(
      (r: { code: string }) => r.code,
    );
  });
  afterAll(() => api?.stop());

  it(`answers any filter in at most ${MAX_STATEMENTS} statements, with the numbers of counting the cases`, async () => {
    const next = random(13);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const today = localDate(new Date());
    // The first request of a process loads the reference tables into its copy (reference-cache.ts).
    await api.graphql(`{ kpis(filter: { townshipCodes: ["${townships[0]}"] }) { satisfaction { rate } } }`);
    for (let i = 0; i < 12; i++) {
      // A period of 1–24 months ending on a random day, as the dashboard's period picker makes them.
      const to = addLocalDays(today, -Math.floor(next() * 900));
      const from = addLocalDays(addLocalMonths(to, -(1 + Math.floor(next() * 24))), Math.floor(next() * 28));
      const place = {
        ...(next() < 0.5 ? { townshipCodes: [pick(townships)] } : {}),
        ...(next() < 0.5 ? { categoryCodes: [pick(categories)] } : {}),
      };
      const filter = { ...place, from, to };
      const lastYear = { ...place, ...samePeriodLastYear({ from, to }) };
      const trend = { ...place, from: addLocalMonths(to, -11), to };
      const before = api.counter.count;
      const res = await api.graphql<Record<string, unknown>>(OVERVIEW, {
        filter,
        lastYear,
        open: { ...place, statuses: OPEN_STATUSES },
        today: { ...place, from: today, to: today },
        trend,
        warningFilter: place,
        ...WARNINGS_SHOWN,
      });
      const statements = api.counter.statements
        .slice(before)
        .map((s) => s.replace(/\s+/g, ' ').slice(0, 120));
      expect(res.errors, JSON.stringify(filter)).toBeUndefined();
      expect(statements.length, `${JSON.stringify(filter)}\n${statements.join('\n')}`).toBeLessThanOrEqual(
        MAX_STATEMENTS,
      );
      // asOf chosen: the same question answered by counting the cases as they were at that instant.
      const asOf = new Date().toISOString();
      const counted = await api.graphql<Record<string, unknown>>(COUNTED, {
        filter: { ...filter, asOf },
        trend: { ...trend, asOf },
      });
      expect(counted.errors).toBeUndefined();
      const d = res.data!;
      expect(
        { current: d.current, trend: d.trend, byCategory: d.byCategory },
        JSON.stringify(filter),
      ).toEqual(counted.data);
      // The headline strip's cases in the period are the categories' buckets added up.
      const byCategory = d.byCategory as { count: number }[];
      expect((d.total as { count: number }[])[0]!.count).toBe(byCategory.reduce((n, b) => n + b.count, 0));
    }
  });
});

describe('overview reads fixtures', () => {
  it('uses a today inside the seed', () => expect(TODAY <= localDate(new Date())).toBe(true));
});
