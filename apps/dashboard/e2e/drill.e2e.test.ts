// From a bad number to the cases behind it, in Chromium against the built API and dashboard: a KPI
// card's 未达标 link lists denominator − numerator cases and says in words what they are; a case code
// typed into the search box opens that case; the case list's sort, page and filters are history
// entries, so Back walks back through them.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '@lianxin/e2e/browser';
import { countIn, dashboardSuite, defaultPeriod, graphql, settle } from './dashboard-support.js';

interface CasePage {
  totalCount: number;
  edges: { node: { id: string; code: string } }[];
}
const CASES_QUERY = `query ($filter: CaseFilter!, $orderBy: CaseOrder, $first: Int!) {
  cases(filter: $filter, orderBy: $orderBy, first: $first) { totalCount edges { node { id code } } } }`;

/** The case table's codes, in the order shown. */
const shownCodes = (page: Page) => page.getByTestId('case-row').locator('td:first-child').allInnerTexts();

describe.skipIf(!browserAvailable)('drilling from a KPI to its cases in a browser', () => {
  const s = dashboardSuite();
  const period = defaultPeriod();

  it("lists a KPI's missed cases from its card: denominator − numerator, said in words", async () => {
    await settle(s.page, 'page-overview');
    const card = 'kpi-ON_TIME_CLOSURE';
    const numerator = countIn(await s.page.getByTestId(`${card}-numerator`).innerText());
    const denominator = countIn(await s.page.getByTestId(`${card}-denominator`).innerText());
    expect(denominator - numerator).toBeGreaterThan(0);
    expect(countIn(await s.page.getByTestId(`${card}-missed`).innerText())).toBe(denominator - numerator);

    await s.page.getByTestId(`${card}-missed`).click();
    await s.page.waitForURL((url) => url.pathname === '/cases');
    await settle(s.page, 'cases-table');
    const url = new URL(s.page.url());
    expect([url.searchParams.get('kpi'), url.searchParams.get('part')]).toEqual([
      'ON_TIME_CLOSURE',
      'MISSED',
    ]);
    expect(countIn(await s.page.getByTestId('cases-total').innerText())).toBe(denominator - numerator);
    expect(await s.page.getByTestId('drill-kpi').innerText()).toContain(
      '按期办结率 · 未达标(逾期办结或仍超期)',
    );
    // The same list as the API gives for the same question.
    const { cases } = await graphql<{ cases: CasePage }>(s.api, s.cookie, CASES_QUERY, {
      filter: { ...period, kpi: 'ON_TIME_CLOSURE', kpiPart: 'MISSED' },
      orderBy: { field: 'RECEIVED_AT', direction: 'DESC' },
      first: 50,
    });
    expect(cases.totalCount).toBe(denominator - numerator);
    expect(await shownCodes(s.page)).toEqual(cases.edges.map((e) => e.node.code));
  });

  it('opens the case a typed code names, in any case and with spaces around it', async () => {
    const { cases } = await graphql<{ cases: CasePage }>(s.api, s.cookie, CASES_QUERY, {
      filter: period,
      orderBy: { field: 'CODE', direction: 'ASC' },
      first: 1,
    });
    const { id, code } = cases.edges[0]!.node;
    await s.page.goto(`${s.api.url}/cases`);
    await settle(s.page, 'cases-table');
    await s.page.getByTestId('cases-search').fill(`  ${code.toLowerCase()} `);
    await s.page.getByTestId('cases-search').press('Enter');
    await s.page.waitForURL((url) => url.pathname === `/cases/${id}`);
    await settle(s.page, 'page-case');
    expect(await s.page.locator('h1').innerText()).toContain(code);
  });

  it('keeps sort, page and filters in the history: Back returns to page 2 in the same order', async () => {
    const { cases } = await graphql<{ cases: CasePage }>(s.api, s.cookie, CASES_QUERY, {
      filter: period,
      orderBy: { field: 'CODE', direction: 'DESC' },
      first: 100,
    });
    expect(cases.totalCount).toBeGreaterThan(100);
    const secondPage = cases.edges.slice(50, 100).map((e) => e.node.code);

    await s.page.goto(`${s.api.url}/cases`);
    await settle(s.page, 'cases-table');
    await s.page.getByTestId('sort-code').click();
    await expect.poll(() => new URL(s.page.url()).searchParams.get('sort')).toBe('CODE');
    await settle(s.page, 'cases-table');
    expect(await shownCodes(s.page)).toEqual(cases.edges.slice(0, 50).map((e) => e.node.code));
    await s.page.getByTestId('page-next').click();
    await expect.poll(() => shownCodes(s.page)).toEqual(secondPage);
    const pageTwo = s.page.url();

    await s.page.getByTestId('cases-rating').selectOption('DISSATISFIED');
    await expect.poll(() => new URL(s.page.url()).searchParams.get('sat')).toBe('DISSATISFIED');
    await s.page.getByTestId('cases-late').selectOption('yes');
    await expect.poll(() => new URL(s.page.url()).searchParams.get('late')).toBe('1');
    await settle(s.page, 'page-cases');
    // A filter change starts the list over on page 1, in the same order.
    expect(new URL(s.page.url()).searchParams.get('after')).toBeNull();
    expect(new URL(s.page.url()).searchParams.get('sort')).toBe('CODE');

    await s.page.goBack();
    await expect.poll(() => new URL(s.page.url()).searchParams.get('late')).toBeNull();
    await s.page.goBack();
    await expect.poll(() => s.page.url()).toBe(pageTwo);
    await expect.poll(() => shownCodes(s.page)).toEqual(secondPage);
    expect(await s.page.getByTestId('cases-rating').inputValue()).toBe('');
    expect(await s.page.locator('th[aria-sort]').innerText()).toContain('编号');

    await s.page.goBack();
    await expect.poll(() => shownCodes(s.page)).toEqual(cases.edges.slice(0, 50).map((e) => e.node.code));
    expect(new URL(s.page.url()).searchParams.get('sort')).toBe('CODE');
  });
});
