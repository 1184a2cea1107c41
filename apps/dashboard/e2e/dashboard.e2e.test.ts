// The leadership dashboard in Chromium against what `pnpm start` runs (the built API serving the built
// dashboard, a freshly seeded database): sign in, the KPIs equal the API's, a click on the tree-shading
// bar lists exactly the tree-shading cases, a case opens with its timeline, English, the briefing and the
// XLSX export read back — and not one console error on the way.
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '@lianxin/e2e/browser';
import {
  countIn,
  dashboardSuite,
  defaultPeriod,
  graphql,
  sessionCookie,
  settle,
  signIn,
} from './dashboard-support.js';

const TREE_SHADING = { code: 'TREE_SHADING', zh: '树木遮阴' };
const KPIS = [
  { code: 'TIMELY_ACCEPTANCE', field: 'timelyAcceptance' },
  { code: 'ON_TIME_CLOSURE', field: 'onTimeClosure' },
  { code: 'SATISFACTION', field: 'satisfaction' },
] as const;

interface Kpi {
  numerator: number;
  denominator: number;
  rate: number | null;
}
type KpiSet = Record<(typeof KPIS)[number]['field'], Kpi>;
interface CasePage {
  totalCount: number;
  edges: { node: { id: string; code: string; category: { code: string } } }[];
}

const KPIS_QUERY = `query ($filter: CaseFilter!) { kpis(filter: $filter) {
  timelyAcceptance { numerator denominator rate }
  onTimeClosure { numerator denominator rate }
  satisfaction { numerator denominator rate } } }`;
const CASES_QUERY = `query ($filter: CaseFilter!) {
  cases(filter: $filter, orderBy: { field: RECEIVED_AT, direction: DESC }, first: 50) {
    totalCount edges { node { id code category { code } } } } }`;
const EVENTS_QUERY = `query ($id: ID!) { case(id: $id) { code events { id type } } }`;

/** The overview's percentages, as the page formats them (src/format/format.ts). */
const percent = (rate: number | null) =>
  rate === null
    ? '—'
    : new Intl.NumberFormat('zh-CN', {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }).format(rate);

/**
 * Clicks the bar named `name` in a horizontal bar chart, the way a person finds it: move down the
 * chart until the axis tooltip names it, then along that row until the pointer turns into a hand
 * (the bar itself; zrender sets the cursor on the canvas' parent), and click there.
 */
async function clickBar(page: Page, chartTestId: string, name: string): Promise<void> {
  const host = page.getByTestId(`${chartTestId}-chart`);
  await host.scrollIntoViewIfNeeded();
  const box = (await host.boundingBox())!;
  const tooltipText = () => host.evaluate((el) => (el as HTMLElement).innerText);
  const rows: number[] = [];
  for (let y = 4; y < box.height - 4; y += 4) {
    await page.mouse.move(box.x + box.width / 2, box.y + y);
    if ((await tooltipText()).includes(name)) rows.push(y);
    else if (rows.length) break;
  }
  expect(rows.length, `no row of ${chartTestId} shows "${name}" in its tooltip`).toBeGreaterThan(0);
  // The axis tooltip also answers below the last bar (the grid's margin), so try the row's middle
  // first, then its neighbours.
  const middle = rows[Math.floor(rows.length / 2)]!;
  const candidates = [...rows].sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle));
  const cursor = () =>
    host.evaluate((el) => getComputedStyle(el.querySelector('canvas')!.parentElement!).cursor);
  for (const y of candidates) {
    for (let x = 4; x < box.width - 4; x += 6) {
      await page.mouse.move(box.x + x, box.y + y);
      if ((await cursor()) === 'pointer') {
        await page.mouse.click(box.x + x + 2, box.y + y);
        return;
      }
    }
  }
  throw new Error(`no bar under the "${name}" row of ${chartTestId}`);
}

describe.skipIf(!browserAvailable)('the dashboard in a browser', () => {
  // Signing in is the first test.
  const s = dashboardSuite({ context: { acceptDownloads: true }, signIn: false });
  let cookie: string;
  const period = defaultPeriod();

  it('signs in through the login page and lands on the overview of the last 12 months', async () => {
    await signIn(s.page, s.api);
    await settle(s.page, 'page-overview');
    cookie = await sessionCookie(s.context);
    expect(await s.page.getByTestId('period-label').innerText()).toBe(`${period.from} – ${period.to}`);
    expect(await s.page.getByTestId('current-user').innerText()).toContain('系统管理员');
  });

  it("shows the KPI numbers the API computes for the overview's filter", async () => {
    const { kpis } = await graphql<{ kpis: KpiSet }>(s.api, cookie, KPIS_QUERY, { filter: period });
    for (const { code, field } of KPIS) {
      const expected = kpis[field];
      expect(expected.denominator, `${code} over a year of seeded cases`).toBeGreaterThan(100);
      expect(countIn(await s.page.getByTestId(`kpi-${code}-numerator`).innerText()), code).toBe(
        expected.numerator,
      );
      expect(countIn(await s.page.getByTestId(`kpi-${code}-denominator`).innerText()), code).toBe(
        expected.denominator,
      );
      expect((await s.page.getByTestId(`kpi-${code}-rate`).innerText()).trim(), code).toBe(
        percent(expected.rate),
      );
    }
  });

  it("downloads the overview's briefing (生成简报) as a PDF of the period on screen, with the API's numbers", async () => {
    const { caseStats } = await graphql<{ caseStats: { count: number }[] }>(
      s.api,
      cookie,
      'query ($filter: CaseFilter!) { caseStats(filter: $filter, groupBy: []) { count } }',
      { filter: period },
    );
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByTestId('briefing-pdf').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`利通区信访工作简报-${period.from}_${period.to}.pdf`);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', (await download.path())!, '-'])
      .toString()
      .replace(/\s+/g, '');
    expect(text).toContain(`利通区共受理信访事项${caseStats[0]!.count}件`);
  });

  it('narrows the whole overview to tree shading on a click on its bar, shown as a removable chip', async () => {
    await clickBar(s.page, 'chart-by-category', TREE_SHADING.zh);
    await s.page.waitForURL((url) => url.searchParams.get('category') === TREE_SHADING.code);
    expect(new URL(s.page.url()).pathname).toBe('/');
    await s.page.getByTestId(`cross-category-${TREE_SHADING.code}`).waitFor();
    await settle(s.page, 'page-overview');
    const { kpis } = await graphql<{ kpis: KpiSet }>(s.api, cookie, KPIS_QUERY, {
      filter: { ...period, categoryCodes: [TREE_SHADING.code] },
    });
    for (const { code, field } of KPIS)
      expect(countIn(await s.page.getByTestId(`kpi-${code}-denominator`).innerText()), code).toBe(
        kpis[field].denominator,
      );
    // Removing the chip widens the page again; Back brings the narrowing back.
    await s.page.getByTestId(`cross-remove-category-${TREE_SHADING.code}`).click();
    await s.page.waitForURL((url) => !url.searchParams.has('category'));
    await s.page.goBack();
    await s.page.waitForURL((url) => url.searchParams.get('category') === TREE_SHADING.code);
  });

  it('lists exactly the tree-shading cases from the chip’s 查看案件', async () => {
    await s.page.getByTestId('cross-open-cases').click();
    await s.page.waitForURL((url) => url.pathname === '/cases');
    await settle(s.page, 'cases-table');
    expect(new URL(s.page.url()).searchParams.get('category')).toBe(TREE_SHADING.code);

    const { cases } = await graphql<{ cases: CasePage }>(s.api, cookie, CASES_QUERY, {
      filter: { ...period, categoryCodes: [TREE_SHADING.code] },
    });
    expect(cases.totalCount).toBeGreaterThan(50);
    expect(countIn(await s.page.getByTestId('cases-total').innerText())).toBe(cases.totalCount);
    const rows = s.page.getByTestId('case-row');
    expect(await rows.locator('td:first-child').allInnerTexts()).toEqual(cases.edges.map((e) => e.node.code));
    expect(new Set(await rows.locator('td:nth-child(3)').allInnerTexts())).toEqual(
      new Set([TREE_SHADING.zh]),
    );
  });

  it('exports the listed cases as XLSX, one row per case', async () => {
    const { cases } = await graphql<{ cases: CasePage }>(s.api, cookie, CASES_QUERY, {
      filter: { ...period, categoryCodes: [TREE_SHADING.code] },
    });
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByTestId('export-xlsx').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    expect(header.slice(0, 2)).toEqual(['案件编号', '标题']);
    expect(header).toEqual(expect.arrayContaining(['纠纷类别', '乡镇', '村居', '状态']));
    const codes: string[] = [];
    const categories = new Set<string>();
    const categoryColumn = header.indexOf('纠纷类别') + 1;
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      codes.push(String(row.getCell(1).value));
      categories.add(String(row.getCell(categoryColumn).value));
    });
    expect(codes).toHaveLength(cases.totalCount);
    expect(new Set(codes).size).toBe(cases.totalCount);
    expect(codes).toEqual(expect.arrayContaining(cases.edges.map((e) => e.node.code)));
    expect(categories).toEqual(new Set([TREE_SHADING.zh]));
  });

  it('opens a case from the table with its whole timeline', async () => {
    const first = s.page.getByTestId('case-row').first().locator('td:first-child a');
    const code = (await first.innerText()).trim();
    await first.click();
    await s.page.waitForURL((url) => url.pathname.startsWith('/cases/'));
    await settle(s.page, 'case-timeline');
    const id = new URL(s.page.url()).pathname.split('/').at(-1)!;
    const { case: detail } = await graphql<{ case: { code: string; events: { id: string }[] } }>(
      s.api,
      cookie,
      EVENTS_QUERY,
      { id },
    );
    expect(detail.code).toBe(code);
    expect(await s.page.locator('h1').innerText()).toContain(code);
    expect(detail.events.length).toBeGreaterThan(0);
    await expect.poll(() => s.page.getByTestId('timeline-event').count()).toBe(detail.events.length);
  });

  it('switches to English and back, and remembers the choice across a reload', async () => {
    await s.page.goto(`${s.api.url}/`);
    await settle(s.page, 'page-overview');
    await s.page.getByTestId('lang-switch').click();
    await expect.poll(() => s.page.locator('h1').innerText()).toBe('Overview');
    expect(await s.page.locator('html').getAttribute('lang')).toBe('en');
    expect(await s.page.getByTestId(`kpi-TIMELY_ACCEPTANCE`).innerText()).toContain('Timely acceptance');
    await s.page.reload();
    await settle(s.page, 'page-overview');
    expect(await s.page.locator('h1').innerText()).toBe('Overview');
    await s.page.getByTestId('lang-switch').click();
    await expect.poll(() => s.page.locator('h1').innerText()).toBe('总览');
    expect(await s.page.locator('html').getAttribute('lang')).toBe('zh-CN');
  });
});
