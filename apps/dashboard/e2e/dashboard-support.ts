// What the dashboard's browser suites share: signing in through the login page, asking the API the
// same question the page asked (as the same session), waiting until a page has drawn its data, and
// catching console errors. The suites compare the page with the API, never with numbers copied from
// a run: the seed runs up to today, so the numbers move with the calendar.
import { expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { RunningApi } from '@lianxin/e2e/harness';

export const VIEWPORT = { width: 1440, height: 900 };
/** A phone held upright (an iPhone 12–15's CSS viewport): the narrowest width the dashboard is laid out for. */
export const PHONE = { width: 390, height: 844 };

/** Today in Asia/Shanghai (UTC+08:00, no daylight saving), the day the dashboard and the API count in. */
export function todayInShanghai(now = Date.now()): string {
  return new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The overview's default period (src/format/period.ts): the first day of the month 11 months back to today. */
export function defaultPeriod(today = todayInShanghai()): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1 - 11;
  const y = year + Math.floor(month / 12);
  const m = ((month % 12) + 12) % 12;
  return { from: `${y}-${String(m + 1).padStart(2, '0')}-01`, to: today };
}

/** Signs in through the login page, as a person would, and waits for the overview. */
export async function signIn(page: Page, api: RunningApi, username = 'admin', password = api.adminPassword) {
  await page.goto(`${api.url}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('page-overview').waitFor();
}

/** The browser's session cookie, to ask the API as the very same signed-in user. */
export async function sessionCookie(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((c) => c.name === 'lianxin_session');
  if (!cookie) throw new Error('no lianxin_session cookie: not signed in');
  return `${cookie.name}=${cookie.value}`;
}

/** POST /graphql with a session cookie; fails the test on any GraphQL error. */
export async function graphql<T>(
  api: RunningApi,
  cookie: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

/**
 * Waits until the page has drawn what it fetched: its test id present, no loading placeholder and no
 * busy table left, every chart host holding its canvas. (Not Playwright's `networkidle`: a 401 from
 * /auth/me never counts as finished in Chromium, so a signed-out page never becomes "idle".)
 */
export async function settle(page: Page, testid: string): Promise<void> {
  await page.getByTestId(testid).first().waitFor();
  await page.waitForFunction(
    () => !document.querySelector('[data-testid="state-loading"], [aria-busy="true"]'),
  );
  // Charts draw once they are on screen (ChartPanel.vue): once the data is in (the page has its
  // height), one pass over the page and back, so every chart is there to wait for.
  await page.evaluate(async () => {
    const start = window.scrollY;
    const frame = () => new Promise((resolve) => setTimeout(resolve, 50));
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await frame();
    }
    window.scrollTo(0, start);
    await frame();
  });
  await page.waitForFunction(
    () =>
      !document.querySelector('[data-testid="state-loading"], [aria-busy="true"]') &&
      [...document.querySelectorAll('[data-testid$="-chart"]')].every((el) => el.querySelector('canvas')),
  );
  // ECharts animates its first draw (300 ms); screenshots and pixel positions want the final frame.
  await page.waitForTimeout(600);
}

/**
 * Chooses light or dark with the theme switch; on a phone the switch sits in the folded menu, which is
 * opened for it and closed again.
 */
export async function chooseTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  const select = page.getByTestId('theme-switch');
  if ((await select.inputValue()) === theme) return;
  const menu = page.getByTestId('nav-toggle');
  const folded = !(await select.isVisible());
  if (folded) await menu.click();
  await select.selectOption(theme);
  if (folded) await menu.click();
}

export interface ConsoleProblem {
  url: string;
  text: string;
}

/**
 * The one console error that is the product working as designed: a signed-out visitor's page asks
 * GET /auth/me, the API answers 401, and Chromium logs every non-2xx response as an error.
 */
function expectedSignedOut(text: string, resource: string): boolean {
  return (
    new URL(resource || 'about:blank', 'http://x').pathname === '/auth/me' && text.includes('status of 401')
  );
}

/** Collects console errors and uncaught exceptions of a context's pages (those opened later too). */
export function watchConsole(context: BrowserContext): ConsoleProblem[] {
  const problems: ConsoleProblem[] = [];
  const watch = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() !== 'error' || expectedSignedOut(msg.text(), msg.location().url)) return;
      problems.push({ url: page.url(), text: `${msg.text()} (${msg.location().url})` });
    });
    page.on('pageerror', (error) => problems.push({ url: page.url(), text: `uncaught: ${error.message}` }));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return problems;
}

/** Digits of a formatted count ("1,234" → 1234); NaN when there are none. */
export function countIn(text: string | null): number {
  const digits = (text ?? '').replace(/[^\d]/g, '');
  return digits ? Number(digits) : Number.NaN;
}
