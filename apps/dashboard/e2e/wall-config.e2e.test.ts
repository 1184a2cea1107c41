// The wall is configured by its link alone: pages rotate with a visible progress bar, a key or a touch
// pauses and resumes, `township=` narrows every panel; a bad token gets the sign-in screen, not a
// redirect to the dashboard's login page.
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '@lianxin/e2e/browser';
import { gql, knownRegistration, login, openWall, places, registerCase, wallSuite } from './wall-support.js';

describe.skipIf(!browserAvailable)('wall screen configured by its link', { timeout: 120_000 }, () => {
  const s = wallSuite();

  it('rotates the pages after the dwell, and a key press pauses and resumes', async () => {
    const { context, page, consoleErrors } = await openWall(
      s.browser,
      s.api.url,
      s.token,
      'pages=leaders,villages&dwell=5',
    );
    try {
      const active = () =>
        page.evaluate(() => document.querySelector('[data-testid="wall"]')!.getAttribute('data-page'));
      expect(await active()).toBe('leaders');
      expect(await page.getByTestId('wall-leader-row').count()).toBeGreaterThan(3);
      await page.waitForFunction(() => document.querySelector('[data-page="villages"]'), null, {
        timeout: 7000,
      });
      expect(await page.getByTestId('wall-village').count()).toBe(30);

      await page.keyboard.press('Space');
      await page.getByTestId('wall-paused').waitFor();
      const progress = await page.getByTestId('wall-progress').getAttribute('aria-valuenow');
      await page.waitForTimeout(6000);
      expect(await active()).toBe('villages');
      expect(await page.getByTestId('wall-progress').getAttribute('aria-valuenow')).toBe(progress);

      await page.keyboard.press('Space');
      await page.getByTestId('wall-paused').waitFor({ state: 'detached' });
      await page.waitForFunction(() => document.querySelector('[data-page="leaders"]'), null, {
        timeout: 7000,
      });
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('narrows every panel to the township of the link', async () => {
    const admin = await login(s.api.url, 'admin', s.api.adminPassword);
    const { townships } = await gql<{ townships: { code: string; name: string }[] }>(
      s.api.url,
      admin,
      '{ townships { code name } }',
    );
    const township = townships[1]!;
    const { context, page } = await openWall(
      s.browser,
      s.api.url,
      s.token,
      `pages=overview,villages&township=${township.code}`,
    );
    try {
      expect(await page.getByTestId('wall-scope').textContent()).toBe(township.name);
      const year = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4);
      const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
      const ytd = { from: `${year}-01-01`, to: today, townshipCodes: [township.code] };
      const totalQuery = 'query($f: CaseFilter!) { caseStats(filter: $f, groupBy: []) { count } }';
      const [total] = (
        await gql<{ caseStats: { count: number }[] }>(s.api.url, s.token, totalQuery, { f: ytd })
      ).caseStats;
      // The wall counts what an administrator counts, less the accusations (检举控告), which it never sees.
      const [others] = (
        await gql<{ caseStats: { count: number }[] }>(s.api.url, admin, totalQuery, {
          f: { ...ytd, matterTypes: ['SUGGESTION', 'APPEAL'] },
        })
      ).caseStats;
      expect(total!.count).toBe(others!.count);
      await page.waitForFunction(() =>
        document.querySelector('[data-testid="wall-category-total"]')!.textContent!.match(/\d/),
      );
      const shown = Number((await page.getByTestId('wall-category-total').textContent())!.replace(/\D/g, ''));
      expect(shown).toBe(total!.count);
      // Village tiles of that township only (no township line under the names), busiest first: every
      // village with cases, and every withheld one ("—"), as the wall's own account is told.
      const villages = await gql<{ caseStats: { count: number | null; suppressed: boolean }[] }>(
        s.api.url,
        s.token,
        'query($f: CaseFilter!) { caseStats(filter: $f, groupBy: [VILLAGE]) { count suppressed } }',
        { f: ytd },
      );
      const withCases = villages.caseStats.filter((v) => v.suppressed || (v.count ?? 0) > 0).length;
      expect(await page.getByTestId('wall-village').count()).toBe(Math.min(30, withCases));
      expect(await page.locator('.tile-township').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('falls back to polling every 15 s when WebSockets are refused, and keeps trying the socket', async () => {
    const admin = await login(s.api.url, 'admin', s.api.adminPassword);
    const known = await places(s.api.url, admin);
    const context = await s.browser.newContext({ viewport: { width: 1920, height: 1080 } });
    let attempts = 0;
    // A proxy that refuses the upgrade's traffic: graphql-ws itself gives up on 1011, the wall does not.
    await context.routeWebSocket(/\/graphql/, (ws) => {
      attempts++;
      void ws.close({ code: 1011, reason: 'blocked by proxy' });
    });
    const page = await context.newPage();
    try {
      await page.goto(`${s.api.url}/wall?pages=overview&token=${s.token}`);
      await page
        .getByTestId('wall-asof')
        .filter({ hasText: /\d\d:\d\d:\d\d/ })
        .waitFor();
      expect(await page.locator('[data-connected="polling"]').count()).toBe(1);
      const place = known.villages[17]!;
      await registerCase(s.api.url, admin, knownRegistration(place, known.categories[4]!.code, 17));
      await page
        .getByTestId('wall-ticker')
        .filter({ hasText: place.villageName })
        .waitFor({ timeout: 17_000 });
      expect(await page.getByTestId('wall-stale').count()).toBe(0);
      // It keeps retrying the socket meanwhile (with backoff, so allow for a slow machine).
      await expect.poll(() => attempts, { timeout: 20_000 }).toBeGreaterThan(2);
    } finally {
      await context.close();
    }
  });

  it('shows the sign-in screen for a token the API refuses, on its own page', async () => {
    const { context, page } = await (async () => {
      const context = await s.browser.newContext({ viewport: { width: 1920, height: 1080 } });
      const page = await context.newPage();
      await page.goto(`${s.api.url}/wall?token=not-a-token`);
      return { context, page };
    })();
    try {
      await page.getByTestId('wall-signin').waitFor({ timeout: 10_000 });
      expect(new URL(page.url()).pathname).toBe('/wall');
      expect(await page.locator('header.top').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
