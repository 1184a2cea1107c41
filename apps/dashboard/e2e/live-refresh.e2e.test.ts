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

  it('sends the overview’s request once on a fresh load, first, without waiting for a session round trip', async () => {
    // The overview comes with the app's code and the session with the page (auth/session.ts): the
    // router's prefetch (main.ts) sends the request before the page's own queries, and nothing waits
    // for /auth/me.
    const graphqlOperations: string[] = [];
    const sessionChecks: string[] = [];
    s.page.on('request', (req) => {
      const path = new URL(req.url()).pathname;
      if (path === '/auth/me') sessionChecks.push(path);
      if (path === '/graphql' && req.method() === 'POST')
        graphqlOperations.push(/query (\w+)/.exec(req.postData() ?? '')?.[1] ?? '?');
    });
    await s.page.goto(`${s.api.url}/`);
    await settle(s.page, 'page-overview');
    expect(graphqlOperations.filter((name) => name === 'Overview')).toHaveLength(1);
    expect(graphqlOperations[0]).toBe('Overview');
    expect(sessionChecks).toEqual([]);
    s.page.removeAllListeners('request');
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
