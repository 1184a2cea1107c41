// The wall moves when cases move, shows when it cannot, recovers by itself and stops at a revoked token:
// a registration reaches the ticker and the counts within 2 s; an API outage shows the stale banner and
// an API restart (new process, same port) clears it without reloading the page; a signed-out token puts
// up the sign-in screen instead of old numbers.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '@lianxin/e2e/browser';
import type { RunningApi } from '@lianxin/e2e/harness';
import {
  type Places,
  type WallPage,
  knownRegistration,
  login,
  openWall,
  places,
  registerCase,
  tickerPlace,
  wallSuite,
} from './wall-support.js';

/** "HH:mm" now in Asia/Shanghai, as the ticker prints a case of today. */
function shanghaiMinute(ms = Date.now()): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(11, 16);
}

async function tickerLines(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="wall-ticker-item"]:not([aria-hidden="true"])')].map((el) =>
      (el.textContent ?? '').replace(/\s+/g, ''),
    ),
  );
}

async function newToday(page: Page): Promise<number> {
  return Number(((await page.getByTestId('wall-new-today').textContent()) ?? '').replace(/\D/g, ''));
}

/** Registers a case and checks that the wall shows it (ticker line, +1 today) within `withinMs`. */
async function expectRegistrationShown(
  page: Page,
  api: RunningApi,
  adminToken: string,
  wallToken: string,
  known: Places,
  n: number,
  withinMs: number,
): Promise<number> {
  const place = known.villages[(n * 7) % known.villages.length]!;
  const category = known.categories[n % known.categories.length]!;
  const before = await newToday(page);
  const linesBefore = await tickerLines(page);
  await registerCase(api.url, adminToken, knownRegistration(place, category.code, n));
  const registeredAt = Date.now();
  const minute = shanghaiMinute(registeredAt);
  const shown = await tickerPlace(api.url, wallToken, known);
  const line = (minute: string) => `${minute}${category.nameZh}·${shown}`;
  const countOf = (lines: string[], minute: string) => lines.filter((l) => l === line(minute)).length;
  await page.waitForFunction(
    ([expected, total]) => {
      const today = Number(
        document.querySelector('[data-testid="wall-new-today"]')?.textContent?.replace(/\D/g, ''),
      );
      const lines = [
        ...document.querySelectorAll('[data-testid="wall-ticker-item"]:not([aria-hidden="true"])'),
      ].map((el) => (el.textContent ?? '').replace(/\s+/g, ''));
      return today === total && lines.filter((l) => l === expected.line).length > expected.count;
    },
    [{ line: line(minute), count: countOf(linesBefore, minute) }, before + 1] as const,
    { timeout: withinMs },
  );
  return Date.now() - registeredAt;
}

describe.skipIf(!browserAvailable)('wall screen live updates', { timeout: 180_000 }, () => {
  let wall: WallPage;
  let adminToken: string;
  let known: Places;
  const navigations: string[] = [];
  const s = wallSuite({
    // Revoked sockets are closed within a second instead of the production 30 s.
    api: { env: { LIVE_RECHECK_MS: '1000' } },
    // The wall, open on its overview (closed with the browser), and whether it ever navigates.
    setup: async ({ api, browser, token }) => {
      adminToken = await login(api.url, 'admin', api.adminPassword);
      known = await places(api.url, adminToken);
      wall = await openWall(browser, api.url, token, 'pages=overview&dwell=30');
      wall.page.on('framenavigated', (f) => {
        if (f === wall.page.mainFrame()) navigations.push(f.url());
      });
      await wall.page.evaluate(
        () => ((window as unknown as { wallMarker: string }).wallMarker = 'same page'),
      );
    },
  });

  it('takes the token out of the address bar and keeps it in localStorage', async () => {
    expect(new URL(wall.page.url()).search).toBe('?pages=overview&dwell=30');
    expect(await wall.page.evaluate(() => localStorage.getItem('lianxin.wall.token'))).toMatch(/^ey/);
    expect(
      await wall.page.evaluate(() =>
        document.querySelector('[data-connected]')?.getAttribute('data-connected'),
      ),
    ).toBe('socket');
  });

  it('shows a registered case in the ticker and the counts within 2 seconds', async () => {
    const ms = await expectRegistrationShown(wall.page, s.api, adminToken, s.token, known, 1, 2000);
    expect(ms).toBeLessThan(2000);
  });

  it('shows the stale banner when the API stops and clears it by itself when it is back', async () => {
    // The refreshes the registration above set off may still be landing: take the time of the last
    // data once it has stood still for a second.
    let asOfBefore = await wall.page.getByTestId('wall-asof').textContent();
    for (;;) {
      await wall.page.waitForTimeout(1000);
      const now = await wall.page.getByTestId('wall-asof').textContent();
      if (now === asOfBefore) break;
      asOfBefore = now;
    }
    await s.api.stop();
    const banner = wall.page.getByTestId('wall-stale');
    await banner.waitFor({ timeout: 10_000 });
    expect(await banner.textContent()).toMatch(/数据更新中断 · 最后更新 \d\d:\d\d/);
    // The last data stays on screen, dimmed: it may be out of date.
    expect(Number(await newToday(wall.page))).toBeGreaterThan(0);
    const opacity = () =>
      wall.page.getByTestId('wall-new-today').evaluate((el) => {
        let o = 1;
        for (let e: Element | null = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
        return o;
      });
    await wall.page.waitForTimeout(400);
    expect(await opacity()).toBeLessThan(0.6);
    expect(await wall.page.getByTestId('wall-asof').textContent()).toContain(
      asOfBefore!.match(/\d\d:\d\d:\d\d/)![0],
    );

    await s.api.restart();
    await banner.waitFor({ state: 'detached', timeout: 20_000 });
    await wall.page.waitForTimeout(400);
    expect(await opacity()).toBe(1);
    await wall.page.waitForFunction(() => document.querySelector('[data-connected="socket"]'), null, {
      timeout: 20_000,
    });
    await expectRegistrationShown(wall.page, s.api, adminToken, s.token, known, 2, 2000);
    expect(await wall.page.evaluate(() => (window as unknown as { wallMarker?: string }).wallMarker)).toBe(
      'same page',
    );
    expect(navigations).toEqual([]);
    expect(
      // A request in flight when the API stops is reset, later ones are refused: both are the outage itself.
      wall.consoleErrors.filter(
        (e) => !/ERR_CONNECTION_REFUSED|ERR_CONNECTION_RESET|WebSocket|Failed to fetch/.test(e),
      ),
    ).toEqual([]);
  });

  it('puts up the sign-in screen when its token is revoked, not old numbers', async () => {
    const token = await wall.page.evaluate(() => localStorage.getItem('lianxin.wall.token'));
    const res = await fetch(`${s.api.url}/auth/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(204);
    await registerCase(
      s.api.url,
      adminToken,
      knownRegistration(known.villages[3]!, known.categories[0]!.code, 3),
    );
    const screen = wall.page.getByTestId('wall-signin');
    await screen.waitFor({ timeout: 10_000 });
    expect(await screen.textContent()).toContain('需要重新登录');
    expect(wall.page.url()).toContain('/wall');
  });
});
