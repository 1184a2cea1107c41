// The first paint states nothing it does not know yet. With the names held back (Reference; on the wall
// WallReference, and WallTicker and WallLeaders, whose answers carry names) for 2 s while the numbers go
// through — and then the other way round — no text the page ever shows holds a division code, a
// category / status / channel code, and until the first held-back answer is let through none holds an
// empty state (暂无…, 本月无预警 …) or a lone "—": skeletons stand in meanwhile (and must be seen, so the
// test cannot pass on a page that was simply fast). Every text is recorded by a MutationObserver
// installed before the page's own scripts run.
import { CaseStatus, CategoryCode, Channel } from '@lianxin/domain';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '@lianxin/e2e/browser';
import { zhCN } from '../src/i18n/zh-CN.js';
import {
  type ConsoleProblem,
  VIEWPORT,
  dashboardSuite,
  graphql,
  settle,
  watchConsole,
} from './dashboard-support.js';
import { displayToken } from './wall-support.js';

const DELAY_MS = 2_000;
/** Operations whose answers carry the names a panel shows. Everything else is numbers. */
const NAME_OPERATIONS = new Set(['Reference', 'WallReference', 'WallTicker', 'WallLeaders']);

/** The seed's division codes: 12 digits of Wuzhong (640302…), townships and villages alike. */
const DIVISION_CODE = /\b64\d{10}\b/;
const ENUM_CODE = new RegExp(
  `\\b(${[...Object.values(CategoryCode), ...Object.values(CaseStatus), ...Object.values(Channel)].join('|')})\\b`,
);
/** The empty states of the zh-CN locale: true only once the data has answered. */
const EMPTY_PHRASES = [
  zhCN.state.emptyTitle,
  zhCN.state.emptyFiltered,
  zhCN.state.emptyPeriod,
  zhCN.overview.warningsEmpty,
  zhCN.warnings.none,
  zhCN.leaders.noVisits,
  zhCN.leaders.noInstructions,
  zhCN.leaders.noLeader,
  zhCN.wall.noLeaders,
  zhCN.wall.noVillages,
  zhCN.wall.tickerEmpty,
  zhCN.wall.alerts.noneThisMonth,
  zhCN.wall.alerts.noneEarlier,
];

declare global {
  interface Window {
    /** Every text seen, with when it was first seen (performance.now()). */
    __texts: Map<string, number>;
    /** When a loading skeleton was on the page. */
    __skeletons: number[];
    /** When the first held-back answer was let through. */
    __released?: number;
  }
}

/** Installed before any script of the page: records every text node ever added or changed. */
function recordTexts(): void {
  window.__texts = new Map();
  window.__skeletons = [];
  const seen = (text: string | null) => {
    const s = (text ?? '').trim();
    if (s && !window.__texts.has(s)) window.__texts.set(s, performance.now());
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) return seen(node.nodeValue);
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) seen(n.nodeValue);
  };
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') seen(r.target.nodeValue);
      else r.addedNodes.forEach(walk);
    }
    if (document.querySelector('[data-testid="state-loading"]')) window.__skeletons.push(performance.now());
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

type Held = 'names' | 'numbers';

/**
 * Holds back the names or the numbers by DELAY_MS, marking in the page when the first is let through.
 * Answers `idle`, to wait for every held-back request before the next page (else its release would be
 * marked on the next page).
 */
async function holdBack(page: Page, held: Held): Promise<{ idle: () => Promise<void> }> {
  let pending = 0;
  await page.route('**/graphql', async (route) => {
    const request = route.request();
    let operation: string | undefined;
    try {
      operation = (request.postDataJSON() as { operationName?: string } | null)?.operationName;
    } catch {
      operation = undefined; // not JSON (a GET): let it be
    }
    if (request.method() !== 'POST' || !operation || NAME_OPERATIONS.has(operation) !== (held === 'names'))
      return route.continue();
    pending++;
    try {
      await new Promise((resolve) => setTimeout(resolve, DELAY_MS));
      await page
        .evaluate(() => {
          window.__released ??= performance.now();
        })
        .catch(() => undefined); // the page moved on meanwhile
      await route.continue().catch(() => undefined);
    } finally {
      pending--;
    }
  });
  return {
    idle: async () => {
      while (pending > 0) await new Promise((resolve) => setTimeout(resolve, 100));
    },
  };
}

interface Seen {
  texts: [string, number][];
  skeletons: number[];
  released: number | null;
}

/** What the page has shown, and what it showed before the first held-back answer was let through. */
async function seenOn(page: Page): Promise<Seen> {
  return page.evaluate(() => ({
    texts: [...window.__texts.entries()],
    skeletons: window.__skeletons,
    released: window.__released ?? null,
  }));
}

/** Fails with every text that stated what the page could not know yet. */
function expectNoWrongStatements(seen: Seen, where: string): void {
  expect(seen.released, `${where}: nothing was held back`).not.toBeNull();
  const released = seen.released!;
  expect(
    seen.skeletons.filter((t) => t < released).length,
    `${where}: no loading skeleton while the answers were held back`,
  ).toBeGreaterThan(0);
  const codes = seen.texts.map(([s]) => s).filter((s) => DIVISION_CODE.test(s) || ENUM_CODE.test(s));
  expect(codes, `${where}: codes shown instead of names`).toEqual([]);
  const early = seen.texts
    .filter(([, t]) => t < released)
    .map(([s]) => s)
    .filter((s) => s === '—' || EMPTY_PHRASES.some((p) => s.includes(p)));
  expect(early, `${where}: empty states or dashes before the data answered`).toEqual([]);
}

describe.skipIf(!browserAvailable)(
  'first paint: skeletons until numbers and names are in',
  { timeout: 240_000 },
  () => {
    let storage: Awaited<ReturnType<BrowserContext['storageState']>>;
    let township: string;
    let wallToken: string;
    // Signed in once, for the session every test's fresh context starts with; each watches its own console.
    const s = dashboardSuite({
      checkConsole: false,
      setup: async ({ api, context, cookie }) => {
        storage = await context.storageState();
        const data = await graphql<{ townships: { code: string }[] }>(api, cookie, '{ townships { code } }');
        township = data.townships[0]!.code;
        wallToken = displayToken(api);
      },
    });

    it('a signed-in load starts from the session the API wrote into the page, without asking /auth/me', async () => {
      const context = await s.browser.newContext({
        viewport: VIEWPORT,
        locale: 'zh-CN',
        storageState: storage,
      });
      try {
        const page = await context.newPage();
        const asked: string[] = [];
        page.on('request', (r) => asked.push(new URL(r.url()).pathname));
        for (const [path, testid] of [
          ['/', 'page-overview'],
          ['/cases', 'page-cases'],
        ] as const) {
          asked.length = 0;
          await page.goto(`${s.api.url}${path}`);
          await settle(page, testid);
          expect(
            asked.filter((p) => p === '/auth/me'),
            path,
          ).toEqual([]);
          expect(asked.filter((p) => p === '/graphql').length, path).toBeGreaterThan(0);
          // Read once and taken out: the session does not stay in the document.
          expect(await page.locator('meta[name="lianxin-session"]').count(), path).toBe(0);
        }
        // Signed out there is nothing in the page: it asks, and goes to sign-in.
        await context.clearCookies();
        asked.length = 0;
        await page.goto(`${s.api.url}/`);
        await page.waitForURL(/\/login/);
        expect(asked).toContain('/auth/me');
      } finally {
        await context.close();
      }
    });

    for (const held of ['names', 'numbers'] as const) {
      it(`dashboard pages with the ${held} held back`, async () => {
        const context = await s.browser.newContext({
          viewport: VIEWPORT,
          locale: 'zh-CN',
          storageState: storage,
        });
        const problems: ConsoleProblem[] = watchConsole(context);
        context.setDefaultTimeout(30_000);
        try {
          const page = await context.newPage();
          await page.addInitScript(recordTexts);
          const holding = await holdBack(page, held);
          // Each a fresh load, so the names are asked again (urql keeps them for the life of the page).
          // The categories page is narrowed to a township: its chip, select and print line name it.
          for (const [path, testid] of [
            ['/', 'page-overview'],
            [`/categories?township=${township}`, 'page-categories'],
            ['/villages', 'page-villages'],
            ['/cases', 'page-cases'],
          ] as const) {
            await page.goto(`${s.api.url}${path}`);
            await page.waitForFunction(() => window.__released !== undefined, null, { timeout: 20_000 });
            await settle(page, testid);
            expectNoWrongStatements(await seenOn(page), `${path} (${held} held back)`);
            await holding.idle();
          }
          expect(problems, 'console errors or uncaught exceptions').toEqual([]);
        } finally {
          await context.close();
        }
      });

      it(`the wall with the ${held} held back`, async () => {
        const context = await s.browser.newContext({
          viewport: { width: 1920, height: 1080 },
          deviceScaleFactor: 1,
          locale: 'zh-CN',
        });
        try {
          const page = await context.newPage();
          const errors: string[] = [];
          page.on('pageerror', (e) => errors.push(String(e)));
          await page.addInitScript(recordTexts);
          await holdBack(page, held);
          const params = new URLSearchParams({
            pages: 'overview,leaders,villages,alerts',
            dwell: '600',
            token: wallToken,
          });
          await page.goto(`${s.api.url}/wall?${params}`);
          // Every answer in (the time it was read), every skeleton gone.
          await page
            .getByTestId('wall-asof')
            .filter({ hasText: /\d\d:\d\d:\d\d/ })
            .waitFor({ timeout: 30_000 });
          await page.waitForFunction(() => !document.querySelector('[data-testid="state-loading"]'));
          await page.getByTestId('wall-ticker-item').first().waitFor();
          expectNoWrongStatements(await seenOn(page), `/wall (${held} held back)`);
          expect(errors).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  },
);
