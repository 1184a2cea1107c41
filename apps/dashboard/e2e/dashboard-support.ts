// What the dashboard's browser suites share: their set-up (dashboardSuite), signing in through the login
// page, asking the API the same question the page asked (as the same session), waiting until a page has
// drawn its data (settle.mjs), and catching console errors. The suites compare the page with the API,
// never with numbers copied from a run: the seed runs up to today, so the numbers move with the calendar.
import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from '@lianxin/e2e/browser';
import { type ApiOptions, type RunningApi, startApi } from '@lianxin/e2e/harness';

export { settle } from './settle.mjs';

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

/** What a suite's tests reach through `dashboardSuite`'s handle, once its beforeAll has run. */
export interface DashboardSuite {
  readonly api: RunningApi;
  readonly browser: Browser;
  /** The suite's context: its console watched, 20 s for every wait. */
  readonly context: BrowserContext;
  readonly page: Page;
  /** The admin's session cookie, to ask the API as the page does (not with `signIn: false`). */
  readonly cookie: string;
  /** The console errors and uncaught exceptions of the context's pages so far. */
  readonly problems: ConsoleProblem[];
}

export interface DashboardSuiteOptions {
  /** Over `{ viewport: VIEWPORT, locale: 'zh-CN' }`: a phone's viewport, isMobile and hasTouch … */
  context?: BrowserContextOptions;
  /** Whether beforeAll signs in as admin (default); false where a test signs in itself. */
  signIn?: boolean;
  /** Whether each test must leave no console error (default); false where the tests read `problems`. */
  checkConsole?: boolean;
  /** How the API is started (startApi). */
  api?: ApiOptions;
  /** The rest of the suite's set-up, at the end of beforeAll: users, reference data, a first page … */
  setup?: (suite: DashboardSuite) => Promise<void>;
}

/**
 * The set-up every dashboard browser suite repeated, registered on the calling describe block: in
 * beforeAll the built API on a fresh seed and Chromium, one context and page, signed in as admin; after
 * each test no console error; in afterAll all closed, the API stopped and its data removed. A suite
 * states only what it does differently; its tests read the handle's `page`, `api` … once beforeAll ran.
 */
export function dashboardSuite(options: DashboardSuiteOptions = {}): DashboardSuite {
  let api: RunningApi | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let cookie: string | undefined;
  let problems: ConsoleProblem[] | undefined;
  const ready = <T>(value: T | undefined, name: string): T => {
    if (value === undefined)
      throw new Error(`dashboardSuite: no ${name} (before beforeAll, or not signed in)`);
    return value;
  };
  const suite: DashboardSuite = {
    get api() {
      return ready(api, 'api');
    },
    get browser() {
      return ready(browser, 'browser');
    },
    get context() {
      return ready(context, 'context');
    },
    get page() {
      return ready(page, 'page');
    },
    get cookie() {
      return ready(cookie, 'cookie');
    },
    get problems() {
      return ready(problems, 'problems');
    },
  };

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi(options.api), launchBrowser()]);
    context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', ...options.context });
    problems = watchConsole(context);
    context.setDefaultTimeout(20_000);
    page = await context.newPage();
    if (options.signIn ?? true) {
      await signIn(page, api);
      cookie = await sessionCookie(context);
    }
    await options.setup?.(suite);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await api?.stop();
    if (api) fs.rmSync(api.dataDir, { recursive: true, force: true });
  });
  if (options.checkConsole ?? true) {
    afterEach(() => {
      expect(problems, 'console errors or uncaught exceptions').toEqual([]);
    });
  }
  return suite;
}
