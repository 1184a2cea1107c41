// From a bad number to the cases behind it, in Chromium against the built API and dashboard: a KPI
// card's 未达标 link lists denominator − numerator cases and says in words what they are; a case code
// typed into the search box opens that case; the case list's sort, page and filters are history
// entries, so Back walks back through them.
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '@lianxin/e2e/browser';
import { type RunningApi, startApi } from '@lianxin/e2e/harness';
import {
  type ConsoleProblem,
  VIEWPORT,
  countIn,
  defaultPeriod,
  graphql,
  sessionCookie,
  settle,
  signIn,
  watchConsole,
} from './dashboard-support.js';

interface CasePage {
  totalCount: number;
  edges: { node: { id: string; code: string } }[];
}
const CASES_QUERY = `query ($filter: CaseFilter!, $orderBy: CaseOrder, $first: Int!) {
  cases(filter: $filter, orderBy: $orderBy, first: $first) { totalCount edges { node { id code } } } }`;

/** The case table's codes, in the order shown. */
const shownCodes = (page: Page) => page.getByTestId('case-row').locator('td:first-child').allInnerTexts();

describe.skipIf(!browserAvailable)('drilling from a KPI to its cases in a browser', () => {
  let api: RunningApi;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let cookie: string;
  let problems: ConsoleProblem[];
  const period = defaultPeriod();

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi(), launchBrowser()]);
    context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
    problems = watchConsole(context);
    context.setDefaultTimeout(20_000);
    page = await context.newPage();
    await signIn(page, api);
    cookie = await sessionCookie(context);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await api?.stop();
    if (api) fs.rmSync(api.dataDir, { recursive: true, force: true });
  });
  afterEach(() => {
    expect(problems, 'console errors or uncaught exceptions').toEqual([]);
  });

  it("lists a KPI's missed cases from its card: denominator − numerator, said in words", async () => {
    await settle(page, 'page-overview');
    const card = 'kpi-ON_TIME_CLOSURE';
    const numerator = countIn(await page.getByTestId(`${card}-numerator`).innerText());
    const denominator = countIn(await page.getByTestId(`${card}-denominator`).innerText());
    expect(denominator - numerator).toBeGreaterThan(0);
    expect(countIn(await page.getByTestId(`${card}-missed`).innerText())).toBe(denominator - numerator);

    await page.getByTestId(`${card}-missed`).click();
    await page.waitForURL((url) => url.pathname === '/cases');
    await settle(page, 'cases-table');
    const url = new URL(page.url());
    expect([url.searchParams.get('kpi'), url.searchParams.get('part')]).toEqual([
      'ON_TIME_CLOSURE',
      'MISSED',
    ]);
    expect(countIn(await page.getByTestId('cases-total').innerText())).toBe(denominator - numerator);
    expect(await page.getByTestId('drill-kpi').innerText()).toContain(
      '按期办结率 · 未达标(逾期办结或仍超期)',
    );
    // The same list as the API gives for the same question.
    const { cases } = await graphql<{ cases: CasePage }>(api, cookie, CASES_QUERY, {
      filter: { ...period, kpi: 'ON_TIME_CLOSURE', kpiPart: 'MISSED' },
      orderBy: { field: 'RECEIVED_AT', direction: 'DESC' },
      first: 50,
    });
    expect(cases.totalCount).toBe(denominator - numerator);
    expect(await shownCodes(page)).toEqual(cases.edges.map((e) => e.node.code));
  });

  it('opens the case a typed code names, in any case and with spaces around it', async () => {
    const { cases } = await graphql<{ cases: CasePage }>(api, cookie, CASES_QUERY, {
      filter: period,
      orderBy: { field: 'CODE', direction: 'ASC' },
      first: 1,
    });
    const { id, code } = cases.edges[0]!.node;
    await page.goto(`${api.url}/cases`);
    await settle(page, 'cases-table');
    await page.getByTestId('cases-search').fill(`  ${code.toLowerCase()} `);
    await page.getByTestId('cases-search').press('Enter');
    await page.waitForURL((url) => url.pathname === `/cases/${id}`);
    await settle(page, 'page-case');
    expect(await page.locator('h1').innerText()).toContain(code);
  });

  it('keeps sort, page and filters in the history: Back returns to page 2 in the same order', async () => {
    const { cases } = await graphql<{ cases: CasePage }>(api, cookie, CASES_QUERY, {
      filter: period,
      orderBy: { field: 'CODE', direction: 'DESC' },
      first: 100,
    });
    expect(cases.totalCount).toBeGreaterThan(100);
    const secondPage = cases.edges.slice(50, 100).map((e) => e.node.code);

    await page.goto(`${api.url}/cases`);
    await settle(page, 'cases-table');
    await page.getByTestId('sort-code').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('CODE');
    await settle(page, 'cases-table');
    expect(await shownCodes(page)).toEqual(cases.edges.slice(0, 50).map((e) => e.node.code));
    await page.getByTestId('page-next').click();
    await expect.poll(() => shownCodes(page)).toEqual(secondPage);
    const pageTwo = page.url();

    await page.getByTestId('cases-rating').selectOption('DISSATISFIED');
    await expect.poll(() => new URL(page.url()).searchParams.get('sat')).toBe('DISSATISFIED');
    await page.getByTestId('cases-late').selectOption('yes');
    await expect.poll(() => new URL(page.url()).searchParams.get('late')).toBe('1');
    await settle(page, 'page-cases');
    // A filter change starts the list over on page 1, in the same order.
    expect(new URL(page.url()).searchParams.get('after')).toBeNull();
    expect(new URL(page.url()).searchParams.get('sort')).toBe('CODE');

    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('late')).toBeNull();
    await page.goBack();
    await expect.poll(() => page.url()).toBe(pageTwo);
    await expect.poll(() => shownCodes(page)).toEqual(secondPage);
    expect(await page.getByTestId('cases-rating').inputValue()).toBe('');
    expect(await page.locator('th[aria-sort]').innerText()).toContain('编号');

    await page.goBack();
    await expect.poll(() => shownCodes(page)).toEqual(cases.edges.slice(0, 50).map((e) => e.node.code));
    expect(new URL(page.url()).searchParams.get('sort')).toBe('CODE');
  });
});
