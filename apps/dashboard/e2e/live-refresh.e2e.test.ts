// An open dashboard follows the data: a case registered elsewhere shows in the overview's numbers
// without a reload (the change notice over WebSocket, then a refetch), and the page never blanks on the way.
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '@lianxin/e2e/browser';
import { countIn, dashboardSuite, settle } from './dashboard-support.js';
import { knownRegistration, login, places, registerCase } from './wall-support.js';

describe.skipIf(!browserAvailable)('live refresh of an open dashboard', () => {
  const s = dashboardSuite({ checkConsole: false });

  const strip = async (key: string) =>
    countIn(await s.page.getByTestId(`strip-${key}`).locator('.n').textContent());

  it('sends the overview’s request once on a fresh load, beside the page’s code (the router’s prefetch)', async () => {
    const overviews: number[] = [];
    let viewCode = Number.NaN;
    const started = Date.now();
    s.page.on('request', (req) => {
      if (
        req.url().endsWith('/graphql') &&
        req.method() === 'POST' &&
        /query Overview\b/.test(req.postData() ?? '')
      )
        overviews.push(Date.now() - started);
    });
    s.page.on('requestfinished', (req) => {
      if (/OverviewView-[^/]*\.js$/.test(req.url())) viewCode = Date.now() - started;
    });
    // A slow network for the page's code: the request must not wait for it.
    await s.page.route(/OverviewView-[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await s.page.goto(`${s.api.url}/`);
    await settle(s.page, 'page-overview');
    await s.page.unrouteAll();
    expect(overviews).toHaveLength(1);
    // It leaves before the page's code has arrived (not after it, as a request from the page itself would).
    expect(overviews[0]).toBeLessThanOrEqual(viewCode);
    s.page.removeAllListeners('request');
    s.page.removeAllListeners('requestfinished');
  });

  it('counts a case registered elsewhere in 今日新增 and 本期案件, without a reload', async () => {
    await settle(s.page, 'page-overview');
    const [today, total] = [await strip('newToday'), await strip('total')];
    // Watch the strip: between the notice and the new answer the old numbers must stay on screen.
    await s.page.evaluate(() => {
      const w = window as unknown as { blanked: boolean };
      w.blanked = false;
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="strip-newToday"] .n')?.textContent?.includes('…'))
          w.blanked = true;
      }).observe(document.querySelector('[data-testid="headline-strip"]')!, {
        subtree: true,
        characterData: true,
        childList: true,
      });
    });
    const token = await login(s.api.url, 'admin', s.api.adminPassword);
    const known = await places(s.api.url, token);
    await registerCase(
      s.api.url,
      token,
      knownRegistration(known.villages[3]!, known.categories[2]!.code, 901),
    );
    await s.page.waitForFunction(
      (before) =>
        Number(
          document.querySelector('[data-testid="strip-newToday"] .n')?.textContent?.replace(/\D/g, ''),
        ) ===
        before + 1,
      today,
      { timeout: 15_000, polling: 50 },
    );
    expect(await strip('total')).toBe(total + 1);
    expect(await s.page.evaluate(() => (window as unknown as { blanked: boolean }).blanked)).toBe(false);
    expect(await s.page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
  });
});
