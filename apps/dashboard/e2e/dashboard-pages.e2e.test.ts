// Every page of the dashboard, as a signed-in user and (the login page) signed out: it draws without a
// console error or an uncaught exception, and axe-core finds nothing serious or critical on it — in the
// light and in the dark theme, on a desktop screen and on a phone (390×844, where the menu and the
// filter bar fold and tables turn into cards).
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '@lianxin/e2e/browser';
import { PHONE, VIEWPORT, chooseTheme, dashboardSuite, settle, signIn } from './dashboard-support.js';

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
  // Signing in is the first test, after the login page's own checks; every test checks the console itself.
  const s = dashboardSuite({ signIn: false, checkConsole: false });
  const visited: string[] = [];

  const PAGES: { name: string; path: () => Promise<string>; testid: string }[] = [
    { name: 'overview', path: async () => '/', testid: 'page-overview' },
    { name: 'categories', path: async () => '/categories', testid: 'page-categories' },
    { name: 'villages', path: async () => '/villages', testid: 'page-villages' },
    { name: 'map', path: async () => '/map', testid: 'page-map' },
    { name: 'leaders', path: async () => '/leaders', testid: 'page-leaders' },
    { name: 'leader', path: () => firstLinkHref(s.page, 'leader-row'), testid: 'page-leader' },
    { name: 'warnings', path: async () => '/warnings', testid: 'page-warnings' },
    { name: 'targets', path: async () => '/targets', testid: 'page-targets' },
    { name: 'boundaries', path: async () => '/boundaries', testid: 'page-boundaries' },
    { name: 'cases', path: async () => '/cases', testid: 'page-cases' },
    { name: 'case', path: () => firstLinkHref(s.page, 'case-row'), testid: 'case-timeline' },
  ];

  it('the login page: no console error, no serious accessibility violation', async () => {
    await s.page.goto(`${s.api.url}/`);
    await s.page.waitForURL((url) => url.pathname === '/login');
    await settle(s.page, 'page-login');
    expect(await seriousViolations(s.page)).toEqual([]);
    await s.page.setViewportSize(PHONE);
    expect(await seriousViolations(s.page)).toEqual([]);
    await s.page.setViewportSize(VIEWPORT);
    expect(s.problems).toEqual([]);
    await signIn(s.page, s.api);
  });

  for (const viewport of [VIEWPORT, PHONE]) {
    const size = `${viewport.width}×${viewport.height}`;
    for (const theme of ['light', 'dark'] as const) {
      for (const p of PAGES) {
        it(`${p.name} (${theme}, ${size}): draws its data with no console error and no serious accessibility violation`, async () => {
          await s.page.setViewportSize(viewport);
          await s.page.goto(`${s.api.url}${await p.path()}`);
          await settle(s.page, p.testid);
          if ((await s.page.getByTestId('theme-switch').inputValue()) !== theme) {
            await chooseTheme(s.page, theme);
            await settle(s.page, p.testid);
          }
          visited.push(s.page.url());
          expect(await s.page.locator('[data-testid="state-error"]').count()).toBe(0);
          expect(await seriousViolations(s.page)).toEqual([]);
          expect(s.problems).toEqual([]);
        });
      }
    }
  }

  it('phone: the open menu and the open filter sheet have no serious accessibility violation', async () => {
    await s.page.setViewportSize(PHONE);
    await s.page.goto(`${s.api.url}/`);
    await settle(s.page, 'page-overview');
    await s.page.getByTestId('nav-toggle').click();
    await s.page.getByTestId('nav-cases').waitFor();
    expect(await seriousViolations(s.page)).toEqual([]);
    await s.page.getByTestId('nav-toggle').click();
    await s.page.getByTestId('filter-summary').click();
    await s.page.getByTestId('filter-category').waitFor();
    expect(await seriousViolations(s.page)).toEqual([]);
    expect(s.problems).toEqual([]);
  });

  it('visited every page', () => {
    expect(visited).toHaveLength(PAGES.length * 2 * 2);
    expect(s.problems).toEqual([]);
  });
});
