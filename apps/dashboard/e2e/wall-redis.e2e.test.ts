// Two API instances behind one database, notices through Redis: a case registered through instance A
// reaches a wall whose socket is on instance B, as fast as a local one (not only by the slow poll).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '@lianxin/e2e/browser';
import { type RunningApi, startApi } from '@lianxin/e2e/harness';
import {
  displayToken,
  knownRegistration,
  login,
  openWall,
  places,
  registerCase,
  tickerPlace,
} from './wall-support.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

async function redisUp(): Promise<boolean> {
  const { port, hostname } = new URL(REDIS_URL);
  const net = await import('node:net');
  return new Promise((resolve) => {
    const socket = net.connect(Number(port || 6379), hostname, () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
const redisAvailable = await redisUp();
if (!redisAvailable && process.env.LIANXIN_REQUIRE_REDIS === '1') {
  throw new Error(`LIANXIN_REQUIRE_REDIS=1 but Redis is not answering at ${REDIS_URL}`);
}
if (!redisAvailable)
  console.warn(`\n!!! Redis is not answering at ${REDIS_URL}: the two-instance wall test is SKIPPED.\n`);

describe.skipIf(!browserAvailable || !redisAvailable)(
  'wall screen across API instances',
  { timeout: 180_000 },
  () => {
    let a: RunningApi;
    let b: RunningApi;
    let browser: Browser;

    beforeAll(async () => {
      [a, browser] = await Promise.all([startApi({ redisUrl: REDIS_URL }), launchBrowser()]);
      // Same data directory: the same SQLite file and the same AUTH secret (DATA_DIR/auth-secret).
      b = await startApi({ redisUrl: REDIS_URL, dataDir: a.dataDir });
    }, 150_000);
    afterAll(async () => {
      await browser?.close();
      await b?.stop();
      await a?.stop();
    });

    it('shows on a wall connected to B a case registered through A within 2 seconds', async () => {
      const adminA = await login(a.url, 'admin', a.adminPassword);
      const known = await places(a.url, adminA);
      const wallToken = displayToken(b);
      const wall = await openWall(browser, b.url, wallToken, 'pages=overview');
      try {
        await wall.page.waitForFunction(() => document.querySelector('[data-connected="socket"]'));
        const before = Number(
          (await wall.page.getByTestId('wall-new-today').textContent())!.replace(/\D/g, ''),
        );
        const place = known.villages[11]!;
        const category = known.categories[2]!;
        await registerCase(a.url, adminA, knownRegistration(place, category.code, 11));
        const started = Date.now();
        const shown = await tickerPlace(b.url, wallToken, known);
        await wall.page.waitForFunction(
          ([total, village]) =>
            Number(
              document.querySelector('[data-testid="wall-new-today"]')?.textContent?.replace(/\D/g, ''),
            ) === total &&
            document.querySelector('[data-testid="wall-ticker"]')!.textContent!.includes(village),
          [before + 1, shown] as const,
          { timeout: 2000 },
        );
        expect(Date.now() - started).toBeLessThan(2000);
        // The page never talked to A: its requests went to B (and so did its socket, same origin).
        const requested = await wall.page.evaluate(() =>
          performance.getEntriesByType('resource').map((e) => e.name),
        );
        expect(requested.filter((u) => u.includes('/graphql')).length).toBeGreaterThan(0);
        expect(requested.filter((u) => !u.startsWith(b.url))).toEqual([]);
        expect(wall.consoleErrors).toEqual([]);
      } finally {
        await wall.context.close();
      }
    });
  },
);
