// The 预警 page in Chromium against the built API on a freshly seeded database: it shows the alerts the
// API stores (counts by level, one chart per alert, with its canvas), and a click on an alert lists
// exactly its cases — the alert's place, category and month, accusations left out — as many as it
// counted. Expectations come from the API's answers, never from fixed numbers (the seed changes).
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '@lianxin/e2e/browser';
import { countIn, dashboardSuite, graphql, settle, todayInShanghai } from './dashboard-support.js';

interface Alert {
  id: string;
  scope: 'TOWNSHIP' | 'VILLAGE';
  month: string;
  level: 'RED' | 'YELLOW';
  observed: number;
  township: { code: string };
  village: { code: string } | null;
  category: { code: string };
}

const ALERTS = `query ($filter: EarlyWarningFilter) {
  earlyWarningCounts(filter: $filter) { red yellow }
  earlyWarnings(filter: $filter, first: 24) { edges { node {
    id scope month level observed township { code } village { code } category { code } } } } }`;
const COUNT = `query ($filter: CaseFilter!) { cases(filter: $filter, first: 1) { totalCount } }`;

describe.skipIf(!browserAvailable)('the early-warning page (预警)', () => {
  // The first and the last test check the console themselves; the level filter's never did.
  const s = dashboardSuite({ checkConsole: false });
  /** Every month of the seed, so the page shows alerts whatever the seed plants and when. */
  const months = { from: '2000-01', to: todayInShanghai().slice(0, 7) };

  it('shows the stored alerts: counts by level and one chart per alert, newest first', async () => {
    const data = await graphql<{
      earlyWarningCounts: { red: number; yellow: number };
      earlyWarnings: { edges: { node: Alert }[] };
    }>(s.api, s.cookie, ALERTS, { filter: months });
    const alerts = data.earlyWarnings.edges.map((e) => e.node);
    expect(alerts.length).toBeGreaterThan(0);
    await s.page.goto(`${s.api.url}/warnings?from=${months.from}&to=${months.to}`);
    await settle(s.page, 'page-warnings');
    expect(countIn(await s.page.getByTestId('warnings-red').innerText())).toBe(data.earlyWarningCounts.red);
    expect(countIn(await s.page.getByTestId('warnings-yellow').innerText())).toBe(
      data.earlyWarningCounts.yellow,
    );
    const cards = s.page.getByTestId('early-warning');
    expect(await cards.count()).toBe(alerts.length);
    // Every card holds its drawn chart.
    expect(await s.page.locator('[data-testid="early-warning"] [data-testid$="-chart"] canvas').count()).toBe(
      alerts.length,
    );
    const firstMonth = await cards.first().locator('.alert-head .small').innerText();
    expect(firstMonth).toContain(alerts[0]!.month);
    expect(s.problems).toEqual([]);
  });

  it('filters by level through the URL', async () => {
    await s.page.getByTestId('warnings-filter-level').selectOption('RED');
    await s.page.waitForURL((url) => url.searchParams.get('level') === 'RED');
    await settle(s.page, 'page-warnings');
    const data = await graphql<{ earlyWarnings: { edges: { node: Alert }[] } }>(s.api, s.cookie, ALERTS, {
      filter: { ...months, level: 'RED' },
    });
    expect(await s.page.getByTestId('early-warning').count()).toBe(data.earlyWarnings.edges.length);
    expect(new Set(await s.page.locator('[data-testid="early-warning"] .badge').allInnerTexts())).toEqual(
      data.earlyWarnings.edges.length ? new Set(['红色预警']) : new Set(),
    );
  });

  it('opens an alert’s cases: its place, category and month, as many as it counted', async () => {
    await s.page.goto(`${s.api.url}/warnings?from=${months.from}&to=${months.to}`);
    await settle(s.page, 'page-warnings');
    const data = await graphql<{ earlyWarnings: { edges: { node: Alert }[] } }>(s.api, s.cookie, ALERTS, {
      filter: months,
    });
    const alert = data.earlyWarnings.edges[0]!.node;
    await s.page.getByTestId('early-warning-open').first().click();
    await s.page.waitForURL((url) => url.pathname === '/cases');
    await settle(s.page, 'cases-table');
    const params = new URL(s.page.url()).searchParams;
    expect(params.get('category')).toBe(alert.category.code);
    expect(params.get(alert.scope === 'VILLAGE' ? 'village' : 'township')).toBe(
      alert.scope === 'VILLAGE' ? alert.village!.code : alert.township.code,
    );
    expect(params.get('from')).toBe(`${alert.month}-01`);
    expect(params.get('matter')?.split(',')).not.toContain('ACCUSATION');
    // The administrator reads every case: the list holds exactly the cases the alert counted.
    expect(countIn(await s.page.getByTestId('cases-total').innerText())).toBe(alert.observed);
    const { cases } = await graphql<{ cases: { totalCount: number } }>(s.api, s.cookie, COUNT, {
      filter: {
        ...(alert.scope === 'VILLAGE'
          ? { villageCodes: [alert.village!.code] }
          : { townshipCodes: [alert.township.code] }),
        categoryCodes: [alert.category.code],
        matterTypes: ['SUGGESTION', 'APPEAL'],
        from: params.get('from'),
        to: params.get('to'),
      },
    });
    expect(cases.totalCount).toBe(alert.observed);
    expect(s.problems).toEqual([]);
  });
});
