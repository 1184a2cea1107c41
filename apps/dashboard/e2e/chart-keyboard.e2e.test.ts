// The charts by keyboard alone, in Chromium against the built API and dashboard: Tab reaches a chart's
// list of points (one tab stop a chart), the arrows move through it, Enter does what a click on the
// point does — the overview narrows to a township, a heat-map cell or a trend point opens its cases —
// and what the item announced is the API's number, formatted as the page formats it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '@lianxin/e2e/browser';
import { countIn, dashboardSuite, defaultPeriod, graphql, settle } from './dashboard-support.js';

const TOWNSHIPS_QUERY = `query ($filter: CaseFilter!) {
  caseStats(filter: $filter, groupBy: [TOWNSHIP]) { townshipCode count }
  townships { code name } }`;

/** The focused element's list of chart items (its test id), else the element's own test id or tag. */
const focusedStop = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const list = el?.closest('[data-testid$="-items"]');
    return list?.getAttribute('data-testid') ?? el?.getAttribute('data-testid') ?? el?.tagName ?? '';
  });

/** Presses Tab from the top of the page until a chart's list has focus; returns every stop on the way. */
async function tabTo(page: Page, chartTestId: string, max = 300): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    stops.push(await focusedStop(page));
    if (stops.at(-1) === `${chartTestId}-items`) return stops;
  }
  throw new Error(`${max} tabs did not reach ${chartTestId}: ${stops.join(' ')}`);
}

const focusedText = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement).innerText);
/** An item reads "label:value"; the value is what follows the last colon. */
const valueOf = (text: string) => text.slice(text.lastIndexOf(':') + 1);

describe.skipIf(!browserAvailable)('charts by keyboard in a browser', () => {
  const s = dashboardSuite();
  const period = defaultPeriod();

  it('reaches the township ranking with Tab, one stop per chart, and narrows the overview with Enter', async () => {
    await s.page.goto(`${s.api.url}/`);
    await settle(s.page, 'page-overview');
    const stops = await tabTo(s.page, 'chart-township-ranking');
    // The category chart before it is one tab stop, however many bars it has.
    expect(stops.filter((s) => s === 'chart-by-category-items')).toHaveLength(1);
    expect(await s.page.getByTestId('chart-by-category-items').getByRole('button').count()).toBeGreaterThan(
      5,
    );

    const list = s.page.getByTestId('chart-township-ranking-items');
    const n = await list.getByRole('button').count();
    const title = await s.page.getByTestId('chart-township-ranking').locator('h2').innerText();
    expect(await list.getAttribute('aria-label')).toBe(
      `${title},共 ${n} 项数据:方向键逐项移动,回车或空格选中`,
    );

    // Hidden until focused, then shown as a button the width of its text.
    const first = await focusedText(s.page);
    await s.page.keyboard.press('ArrowDown');
    const second = await focusedText(s.page);
    expect(second).not.toBe(first);
    const box = (await s.page.locator(':focus').boundingBox())!;
    expect(box.width).toBeGreaterThan(40);
    await s.page.keyboard.press('End');
    await s.page.keyboard.press('Home');
    expect(await focusedText(s.page)).toBe(first);
    await s.page.keyboard.press('ArrowDown');

    // The item says the API's count for its township, formatted as the page formats counts.
    const { caseStats, townships } = await graphql<{
      caseStats: { townshipCode: string; count: number }[];
      townships: { code: string; name: string }[];
    }>(s.api, s.cookie, TOWNSHIPS_QUERY, { filter: period });
    const name = second.slice(0, second.lastIndexOf(':'));
    const code = townships.find((tw) => tw.name === name)?.code;
    expect(code, `a township named ${name}`).toBeDefined();
    const count = caseStats.find((b) => b.townshipCode === code)!.count;
    expect(valueOf(second)).toBe(`${new Intl.NumberFormat('zh-CN').format(count)} 件`);

    // Enter does what the click does: the township as a cross-filter in the URL and as a chip.
    await s.page.keyboard.press('Enter');
    await s.page.waitForURL((url) => url.searchParams.get('township') === code);
    expect(new URL(s.page.url()).pathname).toBe('/');
    await s.page.getByTestId(`cross-township-${code}`).waitFor();
    await settle(s.page, 'page-overview');
    expect(countIn(await s.page.getByTestId('strip-total').locator('.n').innerText())).toBe(count);
    // The list went away while the chart redrew; the focus stayed with the chart, on its title.
    expect(await s.page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('乡镇案件数排名');
  });

  it('opens the cases of a heat-map cell by keyboard, as many as its item announced', async () => {
    await s.page.goto(`${s.api.url}/villages`);
    await settle(s.page, 'page-villages');
    await tabTo(s.page, 'chart-village-heatmap');
    const first = await focusedText(s.page);
    // ↓ goes to the next village in the same month, → along the village's months.
    await s.page.keyboard.press('ArrowDown');
    const below = await focusedText(s.page);
    expect(below.split(':')[0]!.split(' ')[1]).toBe(first.split(':')[0]!.split(' ')[1]);
    expect(below.split(' ')[0]).not.toBe(first.split(' ')[0]);
    let text = below;
    for (let i = 0; i < 12 && !(countIn(valueOf(text)) > 0); i++) {
      await s.page.keyboard.press('ArrowRight');
      text = await focusedText(s.page);
    }
    const announced = countIn(valueOf(text));
    expect(announced, text).toBeGreaterThan(0);
    expect(valueOf(text)).toMatch(/^[\d,]+ 件$/);

    await s.page.keyboard.press('Enter');
    await s.page.waitForURL((url) => url.pathname === '/cases');
    await settle(s.page, 'cases-table');
    expect(countIn(await s.page.getByTestId('cases-total').innerText())).toBe(announced);
  });

  it('opens the cases behind a trend point with Space: as many as the rate’s denominator it read', async () => {
    await s.page.goto(`${s.api.url}/`);
    await settle(s.page, 'page-overview');
    await tabTo(s.page, 'chart-kpi-trend');
    const text = await focusedText(s.page);
    // "及时受理率 2025年6月:96.4%(270/280)": a percentage with one decimal, then its parts.
    const parts = /:(\d+\.\d)%\(([\d,]+)\/([\d,]+)\)$/.exec(text);
    expect(parts, text).not.toBeNull();
    const [numerator, denominator] = [countIn(parts![2]!), countIn(parts![3]!)];
    expect(Number(parts![1])).toBe(Math.round((numerator / denominator) * 1000) / 10);

    await s.page.keyboard.press('Space');
    await s.page.waitForURL((url) => url.pathname === '/cases');
    await settle(s.page, 'cases-table');
    expect(countIn(await s.page.getByTestId('cases-total').innerText())).toBe(denominator);
  });
});
