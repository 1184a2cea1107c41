// Every page of the dashboard, as a signed-in user and (the login page) signed out: it draws without a
// console error or an uncaught exception, and axe-core finds nothing serious or critical on it — in the
// light and in the dark theme, on a desktop screen and on a phone (390×844, where the menu and the
// filter bar fold and tables turn into cards).
import fs from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '@lianxin/e2e/browser';
import {
  type ConsoleProblem,
  PHONE,
  VIEWPORT,
  chooseTheme,
  settle,
  signIn,
  watchConsole,
} from './dashboard-support.js';
import { type RunningApi, startApi } from '@lianxin/e2e/harness';

/** Violations a person using a screen reader or a keyboard cannot get past (axe's two worst levels). */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The pages behind a link on another page (the first leader, the first case). */
async function firstLinkHref(page: Page, rowTestId: string): Promise<string> {
  const href = await page.getByTestId(rowTestId).first().locator('a').first().getAttribute('href');
  expect(href).toBeTruthy();
  return href!;
}

describe.skipIf(!browserAvailable)('every dashboard page', () => {
  let api: RunningApi;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: ConsoleProblem[];
  const visited: string[] = [];

  const PAGES: { name: string; path: () => Promise<string>; testid: string }[] = [
    { name: 'overview', path: async () => '/', testid: 'page-overview' },
    { name: 'categories', path: async () => '/categories', testid: 'page-categories' },
    { name: 'villages', path: async () => '/villages', testid: 'page-villages' },
    { name: 'leaders', path: async () => '/leaders', testid: 'page-leaders' },
    { name: 'leader', path: () => firstLinkHref(page, 'leader-row'), testid: 'page-leader' },
    { name: 'warnings', path: async () => '/warnings', testid: 'page-warnings' },
    { name: 'targets', path: async () => '/targets', testid: 'page-targets' },
    { name: 'cases', path: async () => '/cases', testid: 'page-cases' },
    { name: 'case', path: () => firstLinkHref(page, 'case-row'), testid: 'case-timeline' },
  ];

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi(), launchBrowser()]);
    context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
    problems = watchConsole(context);
    context.setDefaultTimeout(20_000);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await api?.stop();
    if (api) fs.rmSync(api.dataDir, { recursive: true, force: true });
  });

  it('the login page: no console error, no serious accessibility violation', async () => {
    await page.goto(`${api.url}/`);
    await page.waitForURL((url) => url.pathname === '/login');
    await settle(page, 'page-login');
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize(PHONE);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize(VIEWPORT);
    expect(problems).toEqual([]);
    await signIn(page, api);
  });

  for (const viewport of [VIEWPORT, PHONE]) {
    const size = `${viewport.width}×${viewport.height}`;
    for (const theme of ['light', 'dark'] as const) {
      for (const p of PAGES) {
        it(`${p.name} (${theme}, ${size}): draws its data with no console error and no serious accessibility violation`, async () => {
          await page.setViewportSize(viewport);
          await page.goto(`${api.url}${await p.path()}`);
          await settle(page, p.testid);
          if ((await page.getByTestId('theme-switch').inputValue()) !== theme) {
            await chooseTheme(page, theme);
            await settle(page, p.testid);
          }
          visited.push(page.url());
          expect(await page.locator('[data-testid="state-error"]').count()).toBe(0);
          expect(await seriousViolations(page)).toEqual([]);
          expect(problems).toEqual([]);
        });
      }
    }
  }

  it('phone: the open menu and the open filter sheet have no serious accessibility violation', async () => {
    await page.setViewportSize(PHONE);
    await page.goto(`${api.url}/`);
    await settle(page, 'page-overview');
    await page.getByTestId('nav-toggle').click();
    await page.getByTestId('nav-cases').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('nav-toggle').click();
    await page.getByTestId('filter-summary').click();
    await page.getByTestId('filter-category').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('visited every page', () => {
    expect(visited).toHaveLength(PAGES.length * 2 * 2);
    expect(problems).toEqual([]);
  });
});
