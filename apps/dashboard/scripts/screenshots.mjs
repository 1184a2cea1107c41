// Screenshots of every dashboard page at 1440×900 into docs/screenshots/ (repository root), for the
// README: the pages in Chinese and light, plus the overview in English and in dark, the two funnel
// panels on their own, and the overview, the case list and the map on a phone (390×844). Needs Debian's Chromium and a CJK font (fonts-wqy-microhei), and a build
// (pnpm build).
//
//   pnpm --filter @lianxin/dashboard screenshots              # starts the built API on a fresh seed
//   LIANXIN_URL=http://localhost:4000 pnpm --filter @lianxin/dashboard screenshots   # a running server
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { settle as settleData } from '../e2e/settle.mjs';
import { CHROMIUM, CHROMIUM_FLAGS, builtServer, repoRoot } from './built-server.mjs';

const OUT = path.join(repoRoot, 'docs/screenshots');
const VIEWPORT = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/** Waits until the page has drawn its data (charts further down too) and ECharts' first animation is over. */
const settle = (page, testid) => settleData(page, testid, { animationMs: 800 });

async function shoot(page, name) {
  const file = path.join(OUT, `${name}.png`);
  // The mouse parks in a corner: no hover tooltip or highlighted bar in the picture.
  await page.mouse.move(0, (page.viewportSize() ?? VIEWPORT).height - 1);
  await page.screenshot({ path: file });
  console.log(`wrote ${path.relative(repoRoot, file)}`);
}

/** One panel, scrolled into view, with its list and its table folded: the funnel plots of issue 15. */
async function shootPanel(page, testid, name) {
  const panel = page.getByTestId(testid);
  await panel.scrollIntoViewIfNeeded();
  await page.mouse.move(0, VIEWPORT.height - 1);
  const file = path.join(OUT, `${name}.png`);
  await panel.screenshot({ path: file });
  console.log(`wrote ${path.relative(repoRoot, file)}`);
}

async function signIn(page) {
  await page.getByTestId('login-username').fill(server.username);
  await page.getByTestId('login-password').fill(server.password);
  await page.getByTestId('login-submit').click();
}

async function firstHref(page, rowTestId) {
  const href = await page.getByTestId(rowTestId).first().locator('a').first().getAttribute('href');
  if (!href) throw new Error(`no link in the first ${rowTestId}`);
  return href;
}

const server = await builtServer();
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--lang=zh-CN', ...CHROMIUM_FLAGS],
});
try {
  fs.mkdirSync(OUT, { recursive: true });
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', colorScheme: 'light' });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error on ${page.url()}: ${error.message}`));

  await page.goto(`${server.url}/login`);
  await settle(page, 'page-login');
  await shoot(page, 'login');
  await signIn(page);
  await settle(page, 'page-overview');
  await shoot(page, 'overview');

  for (const [name, testid] of [
    ['categories', 'page-categories'],
    ['villages', 'page-villages'],
    ['map', 'page-map'],
    ['leaders', 'page-leaders'],
  ]) {
    await page.goto(`${server.url}/${name}`);
    await settle(page, testid);
    await shoot(page, name);
  }
  await page.goto(`${server.url}${await firstHref(page, 'leader-row')}`);
  await settle(page, 'page-leader');
  await shoot(page, 'leader');
  // 预警 over the last three years: the default twelve months of a seed may hold no alert at all.
  const thisMonth = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
  const threeYearsAgo = `${Number(thisMonth.slice(0, 4)) - 3}${thisMonth.slice(4)}`;
  await page.goto(`${server.url}/warnings?from=${threeYearsAgo}&to=${thisMonth}`);
  await settle(page, 'page-warnings');
  await shoot(page, 'warnings');
  await page.goto(`${server.url}/targets`);
  await settle(page, 'targets-table');
  await shoot(page, 'targets');
  await page.goto(`${server.url}/boundaries`);
  await settle(page, 'boundaries-current');
  await shoot(page, 'boundaries');

  // The funnel plots: townships on 群众满意率 (within chance in the seed), villages per 1,000 residents.
  await page.goto(`${server.url}/?funnel=SATISFACTION`);
  await settle(page, 'page-overview');
  await shootPanel(page, 'chart-township-funnel', 'funnel-townships');
  await page.goto(`${server.url}/villages?funnel=CASES_PER_1000`);
  await settle(page, 'page-villages');
  await shootPanel(page, 'chart-village-funnel', 'funnel-villages');

  await page.goto(`${server.url}/cases`);
  await settle(page, 'cases-table');
  await shoot(page, 'cases');
  // A closed case: its timeline runs from registration to the rating, the whole life of a case.
  await page.goto(`${server.url}/cases?status=CLOSED`);
  await settle(page, 'cases-table');
  await page.goto(`${server.url}${await firstHref(page, 'case-row')}`);
  await settle(page, 'case-timeline');
  await shoot(page, 'case');

  await page.goto(`${server.url}/`);
  await settle(page, 'page-overview');
  await page.getByTestId('lang-switch').click();
  await settle(page, 'page-overview');
  await shoot(page, 'overview-en');
  await page.getByTestId('lang-switch').click();
  await page.getByTestId('theme-switch').selectOption('dark');
  await settle(page, 'page-overview');
  await shoot(page, 'overview-dark');
  await context.close();

  // A phone held upright, as Chromium emulates one: the overview's first screen (the filter folded into
  // its summary line, the three headline KPIs) and the case list as one card per case.
  const phone = await browser.newContext({
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    colorScheme: 'light',
  });
  phone.setDefaultTimeout(30_000);
  const phonePage = await phone.newPage();
  await phonePage.goto(`${server.url}/login`);
  await settle(phonePage, 'page-login');
  await signIn(phonePage);
  await settle(phonePage, 'page-overview');
  await shoot(phonePage, 'phone-overview');
  await phonePage.goto(`${server.url}/cases`);
  await settle(phonePage, 'cases-table');
  await shoot(phonePage, 'phone-cases');
  await phonePage.goto(`${server.url}/map`);
  await settle(phonePage, 'page-map');
  await shoot(phonePage, 'phone-map');
  await phone.close();
} finally {
  await browser.close();
  await server.stop();
}
