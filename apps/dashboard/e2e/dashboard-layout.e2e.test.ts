// The dashboard at the widths it is read at: a phone (390×844, a district secretary between meetings),
// a tablet (1024×768), a wide screen (1920×1080), and A4 paper. Every page fits the phone's width with
// nothing sticking out, the three headline KPIs are on the first screen, the filter folds into a sheet
// that still filters, tables turn into cards, wide screens use their width, and a printout carries the
// content under a header line but no controls.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '@lianxin/e2e/browser';
import {
  PHONE,
  countIn,
  dashboardSuite,
  defaultPeriod,
  graphql,
  sessionCookie,
  settle,
  signIn,
  todayInShanghai,
} from './dashboard-support.js';

const TABLET = { width: 1024, height: 768 };
const WIDE = { width: 1920, height: 1080 };
/** A4 less the 12 mm margins of styles/print.css, in CSS pixels (96 per inch): 186 mm. */
const A4_CONTENT_WIDTH = Math.floor((186 / 25.4) * 96);
const KPI_CODES = ['TIMELY_ACCEPTANCE', 'ON_TIME_CLOSURE', 'SATISFACTION'] as const;
const TREE_SHADING = 'TREE_SHADING';

interface Overflow {
  scrollWidth: number;
  innerWidth: number;
  /** Visible elements whose box reaches past the left or right edge of the viewport. */
  outside: string[];
}

/**
 * The document's width against the viewport's, and every visible element that sticks out sideways —
 * inside a scrolling box or not: on a phone a table that scrolls within its card hides its columns
 * just the same.
 */
function horizontalOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const innerWidth = window.innerWidth;
    const outside: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden') continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.left < -0.5 || box.right > innerWidth + 0.5) {
        const id = el.getAttribute('data-testid') ?? [...el.classList].join('.');
        outside.push(`${el.tagName.toLowerCase()}[${id}] ${Math.round(box.left)}…${Math.round(box.right)}`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth, outside };
  });
}

/** Boxes of the elements matching a selector, in page coordinates at the top of the page. */
async function boxes(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const b = el.getBoundingClientRect();
      return { top: b.top + window.scrollY, bottom: b.bottom + window.scrollY, left: b.left, right: b.right };
    }),
  );
}

describe.skipIf(!browserAvailable)('dashboard layout: phone, tablet, wide screen and print', () => {
  // A phone as Chromium emulates one: touch, and the page's viewport meta honoured. The first test signs in.
  const s = dashboardSuite({ context: { viewport: PHONE, isMobile: true, hasTouch: true }, signIn: false });
  let cookie: string;
  const hrefs: Record<string, string> = {};
  const period = defaultPeriod();

  const PAGES: { name: string; path: () => string; testid: string }[] = [
    { name: 'overview', path: () => '/', testid: 'page-overview' },
    { name: 'categories', path: () => '/categories', testid: 'page-categories' },
    { name: 'villages', path: () => '/villages', testid: 'page-villages' },
    { name: 'map', path: () => '/map', testid: 'page-map' },
    { name: 'boundaries', path: () => '/boundaries', testid: 'page-boundaries' },
    { name: 'leaders', path: () => '/leaders', testid: 'page-leaders' },
    { name: 'leader', path: () => hrefs.leader!, testid: 'page-leader' },
    { name: 'warnings', path: () => '/warnings', testid: 'page-warnings' },
    { name: 'cases', path: () => '/cases', testid: 'page-cases' },
    { name: 'case', path: () => hrefs.case!, testid: 'case-timeline' },
    { name: 'not-found', path: () => '/no-such-page', testid: 'page-not-found' },
  ];

  it('phone: the login page fits the width', async () => {
    await s.page.goto(`${s.api.url}/login`);
    await settle(s.page, 'page-login');
    const o = await horizontalOverflow(s.page);
    console.log(`390×844 login: scrollWidth ${o.scrollWidth}, innerWidth ${o.innerWidth}`);
    expect(o.scrollWidth).toBeLessThanOrEqual(o.innerWidth);
    expect(o.outside).toEqual([]);
    await signIn(s.page, s.api);
    cookie = await sessionCookie(s.context);
    await s.page.goto(`${s.api.url}/leaders`);
    await settle(s.page, 'page-leaders');
    hrefs.leader = (await s.page
      .getByTestId('leader-row')
      .first()
      .locator('a')
      .first()
      .getAttribute('href'))!;
    await s.page.goto(`${s.api.url}/cases`);
    await settle(s.page, 'cases-table');
    hrefs.case = (await s.page.getByTestId('case-row').first().locator('a').first().getAttribute('href'))!;
    expect(hrefs.leader).toMatch(/^\/leaders\/\d+/);
    expect(hrefs.case).toMatch(/^\/cases\/\d+/);
  });

  for (const viewport of [PHONE, TABLET]) {
    for (const p of PAGES) {
      it(`${viewport.width}×${viewport.height}: ${p.name} has no horizontal scrolling and nothing outside the viewport`, async () => {
        await s.page.setViewportSize(viewport);
        await s.page.goto(`${s.api.url}${p.path()}`);
        await settle(s.page, p.testid);
        const o = await horizontalOverflow(s.page);
        console.log(
          `${viewport.width}×${viewport.height} ${p.name}: scrollWidth ${o.scrollWidth}, innerWidth ${o.innerWidth}, outside ${o.outside.length}`,
        );
        expect(o.scrollWidth).toBeLessThanOrEqual(o.innerWidth);
        expect(o.outside).toEqual([]);
      });
    }
  }

  it('phone: the three headline KPI cards are on the first screen, their drill-downs 44 px tall', async () => {
    await s.page.setViewportSize(PHONE);
    await s.page.goto(`${s.api.url}/`);
    await settle(s.page, 'page-overview');
    for (const code of KPI_CODES) {
      const [card] = await boxes(s.page, `[data-testid="kpi-${code}"]`);
      expect(card, code).toBeDefined();
      expect(card!.bottom, `${code} card bottom`).toBeLessThanOrEqual(PHONE.height);
      expect(card!.left).toBeGreaterThanOrEqual(0);
      expect(card!.right).toBeLessThanOrEqual(PHONE.width);
      for (const part of ['rate', 'numerator', 'denominator']) {
        const box = await s.page.getByTestId(`kpi-${code}-${part}`).boundingBox();
        expect(box!.height, `${code} ${part}`).toBeGreaterThanOrEqual(44);
      }
    }
  });

  it('phone: the filter bar is one summary line that opens a full-width sheet and filters', async () => {
    const summary = s.page.getByTestId('filter-summary');
    const summaryText = async () => (await summary.locator('.summary-text').innerText()).trim();
    const from = period.from.slice(0, 7);
    const to = period.to.slice(0, 7);
    expect(await summaryText()).toBe(`筛选 · ${from} 至 ${to}`);
    expect(await s.page.getByTestId('filter-category').isVisible()).toBe(false);
    expect((await summary.boundingBox())!.height).toBeGreaterThanOrEqual(44);

    await summary.click();
    expect(await summary.getAttribute('aria-expanded')).toBe('true');
    const sheet = (await s.page.getByTestId('filter-fields').boundingBox())!;
    expect(sheet.width).toBeGreaterThan(PHONE.width - 40);
    for (const id of [
      'filter-from',
      'filter-township',
      'filter-category',
      'filter-channel',
      'filter-leader',
    ]) {
      const box = (await s.page.getByTestId(id).boundingBox())!;
      expect(box.height, id).toBeGreaterThanOrEqual(44);
      expect(box.x + box.width, id).toBeLessThanOrEqual(PHONE.width);
    }
    expect((await horizontalOverflow(s.page)).outside).toEqual([]);

    await s.page.getByTestId('filter-category').selectOption(TREE_SHADING);
    await s.page.waitForURL((url) => url.searchParams.get('category') === TREE_SHADING);
    await s.page.getByTestId('filter-done').click();
    expect(await s.page.getByTestId('filter-category').isVisible()).toBe(false);
    expect(await summary.getAttribute('aria-expanded')).toBe('false');
    expect(await summaryText()).toBe(`筛选 · ${from} 至 ${to} · 1项`);

    // The page shows the filtered numbers: the KPI parts the API counts for tree shading alone.
    await settle(s.page, 'page-overview');
    const { kpis } = await graphql<{ kpis: Record<string, { numerator: number; denominator: number }> }>(
      s.api,
      cookie,
      `
        query ($filter: CaseFilter!) {
          kpis(filter: $filter) {
            timelyAcceptance {
              numerator
              denominator
            }
          }
        }
      `,
      { filter: { ...period, categoryCodes: [TREE_SHADING] } },
    );
    const all = await graphql<{ kpis: Record<string, { denominator: number }> }>(
      s.api,
      cookie,
      `
        query ($filter: CaseFilter!) {
          kpis(filter: $filter) {
            timelyAcceptance {
              denominator
            }
          }
        }
      `,
      { filter: period },
    );
    expect(kpis.timelyAcceptance!.denominator).toBeLessThan(all.kpis.timelyAcceptance!.denominator);
    await expect
      .poll(async () => countIn(await s.page.getByTestId('kpi-TIMELY_ACCEPTANCE-denominator').innerText()))
      .toBe(kpis.timelyAcceptance!.denominator);
    expect(countIn(await s.page.getByTestId('kpi-TIMELY_ACCEPTANCE-numerator').innerText())).toBe(
      kpis.timelyAcceptance!.numerator,
    );
  });

  it('phone: the menu opens the navigation with 44 px links, and the case list shows one card per case', async () => {
    await s.page.goto(`${s.api.url}/`);
    await settle(s.page, 'page-overview');
    expect(await s.page.getByTestId('nav-cases').isVisible()).toBe(false);
    await s.page.getByTestId('nav-toggle').click();
    expect(await s.page.getByTestId('nav-toggle').getAttribute('aria-expanded')).toBe('true');
    for (const name of ['overview', 'categories', 'villages', 'map', 'leaders', 'warnings', 'cases']) {
      const box = (await s.page.getByTestId(`nav-${name}`).boundingBox())!;
      expect(box.height, name).toBeGreaterThanOrEqual(44);
    }
    expect(await s.page.getByTestId('theme-switch').isVisible()).toBe(true);
    expect((await horizontalOverflow(s.page)).outside).toEqual([]);
    await s.page.getByTestId('nav-cases').click();
    await settle(s.page, 'cases-table');
    expect(await s.page.getByTestId('nav-cases').isVisible()).toBe(false);

    const rows = s.page.getByTestId('case-row');
    expect(await rows.count()).toBeGreaterThan(1);
    const cards = await rows.evaluateAll((els) =>
      els.slice(0, 5).map((tr) => {
        const b = tr.getBoundingClientRect();
        const labelled = [...tr.querySelectorAll('td[data-label]')];
        return {
          display: getComputedStyle(tr).display,
          left: b.left,
          right: b.right,
          height: b.height,
          labels: labelled.map((td) => getComputedStyle(td, '::before').content),
        };
      }),
    );
    for (const card of cards) {
      expect(card.display).toBe('grid');
      expect(card.left).toBeGreaterThanOrEqual(0);
      expect(card.right).toBeLessThanOrEqual(PHONE.width);
      // A column's name stands above each value, as the table's header did.
      expect(card.labels.slice(0, 2)).toEqual(['"类别"', '"乡镇 / 村居"']);
    }
    // The header row is there for screen readers only.
    expect(
      (await s.page.locator('[data-testid="cases-table"] thead').boundingBox())!.height,
    ).toBeLessThanOrEqual(1);
    // The case code opens the case: a full tap target.
    expect((await rows.first().locator('a').first().boundingBox())!.height).toBeGreaterThanOrEqual(44);

    // The hidden headers' orders are one select above the cards: oldest first puts the URL and the cards in that order.
    const received = () =>
      rows.evaluateAll((els) =>
        els.map((tr) => tr.querySelector('td[data-label="登记时间"]')?.textContent?.trim() ?? ''),
      );
    await s.page.getByTestId('cases-phone-sort').selectOption('RECEIVED_AT:asc');
    await s.page.waitForURL(/dir=ASC/);
    await settle(s.page, 'cases-table');
    expect(new URL(s.page.url()).searchParams.get('sort')).toBe('RECEIVED_AT');
    const ascending = await received();
    expect(ascending.length).toBeGreaterThan(1);
    expect([...ascending].sort()).toEqual(ascending);

    await s.page.goto(`${s.api.url}/leaders`);
    await settle(s.page, 'page-leaders');
    const leader = s.page.getByTestId('leader-row').first();
    expect(await leader.evaluate((tr) => getComputedStyle(tr).display)).toBe('grid');
    expect((await leader.locator('button.link').boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await s.page.getByTestId('leader-phone-sort').selectOption('owned:asc');
    await s.page.waitForURL(/sort=owned%3Aasc|sort=owned:asc/);
    const owned = await s.page
      .getByTestId('leader-row')
      .evaluateAll((els) =>
        els.map((tr) => Number(tr.querySelector('td[data-label="包案数"]')?.textContent?.replace(/\D/g, ''))),
      );
    expect(owned.length).toBeGreaterThan(1);
    expect([...owned].sort((a, b) => a - b)).toEqual(owned);
  });

  it('wide screen: the main column is wider than 1440 px and the overview adds a third column', async () => {
    await s.page.setViewportSize(WIDE);
    await s.page.goto(`${s.api.url}/`);
    await settle(s.page, 'page-overview');
    const main = (await s.page.locator('#main').boundingBox())!;
    console.log(`1920×1080 overview: #main ${Math.round(main.width)} px wide`);
    expect(main.width).toBeGreaterThan(1440);
    const o = await horizontalOverflow(s.page);
    expect(o.scrollWidth).toBeLessThanOrEqual(o.innerWidth);
    // The three KPI cards in one row, and the two rankings beside the early warnings in another.
    const kpiTops = new Set(
      await Promise.all(
        KPI_CODES.map(async (code) => Math.round((await s.page.getByTestId(`kpi-${code}`).boundingBox())!.y)),
      ),
    );
    expect(kpiTops.size).toBe(1);
    const row = await Promise.all(
      ['early-warnings-card', 'chart-by-category', 'chart-township-ranking'].map(
        async (id) => (await s.page.getByTestId(id).boundingBox())!,
      ),
    );
    expect(new Set(row.map((b) => Math.round(b.y))).size).toBe(1);
    expect(row[0]!.x).toBeLessThan(row[1]!.x);
    expect(row[1]!.x).toBeLessThan(row[2]!.x);
  });

  it('print: no navigation, filter controls, buttons or form controls; charts, tables and a header line stay', async () => {
    await s.page.setViewportSize({ width: A4_CONTENT_WIDTH, height: 1100 });
    await s.page.emulateMedia({ media: 'print' });
    try {
      await s.page.goto(`${s.api.url}/?category=${TREE_SHADING}`);
      await settle(s.page, 'page-overview');
      const visible = (selector: string) =>
        s.page.locator(selector).evaluateAll(
          (els) =>
            els.filter((el) => {
              const b = el.getBoundingClientRect();
              return b.width > 0 && b.height > 0 && getComputedStyle(el).visibility !== 'hidden';
            }).length,
        );
      expect(await visible('header.top, nav, [data-testid="nav-toggle"], [data-testid="filter-bar"]')).toBe(
        0,
      );
      expect(await visible('input, select, textarea')).toBe(0);
      // Only the buttons that carry a number (a KPI's rate and parts, the warning counts) are left, as text.
      const buttons = await s.page
        .locator('button')
        .evaluateAll((els) =>
          els
            .filter((el) => el.getBoundingClientRect().height > 0)
            .map((el) => `${el.className} ${getComputedStyle(el).borderTopWidth}`),
        );
      expect(buttons.length).toBeGreaterThan(0);
      for (const b of buttons) expect(b).toMatch(/^(rate|link|count) /);
      expect(await visible('[data-testid="chart-kpi-trend-save"]')).toBe(0);

      const header = s.page.getByTestId('print-header');
      expect(await header.isVisible()).toBe(true);
      expect((await header.innerText()).replace(/\s+/g, ' ')).toBe(
        `连心 · 总览 · 时间 ${period.from} 至 ${period.to} · 类别:树木遮阴 · 打印于 ${todayInShanghai()}`,
      );
      expect(await visible('[data-testid="chart-kpi-trend-chart"] canvas')).toBe(1);
      for (const code of KPI_CODES) expect(await visible(`[data-testid="kpi-${code}"]`)).toBe(1);
      const o = await horizontalOverflow(s.page);
      expect(o.scrollWidth).toBeLessThanOrEqual(o.innerWidth);
      expect(o.outside).toEqual([]);

      await s.page.goto(`${s.api.url}/cases?category=${TREE_SHADING}`);
      await settle(s.page, 'cases-table');
      expect(await visible('[data-testid="case-row"]')).toBeGreaterThan(1);
      expect(await visible('input, select, textarea, nav, [data-testid="export-xlsx"]')).toBe(0);
      expect((await s.page.getByTestId('print-header').innerText()).startsWith('连心 · 案件 · ')).toBe(true);

      // The printout is A4: 595 × 842 points (Chromium writes 594.96 × 841.92).
      const pdf = (await s.page.pdf({ preferCSSPageSize: true })).toString('latin1');
      expect(pdf).toMatch(/\/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]/);
    } finally {
      await s.page.emulateMedia({ media: 'screen' });
    }
  });
});
