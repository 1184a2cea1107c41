// One copy of how the dashboard's browser suites (dashboard-support.ts) and the screenshot script
// (scripts/screenshots.mjs) wait for a page to have drawn its data. Plain JavaScript with JSDoc types, so
// the Node script imports it as it is; e2e/tsconfig.json checks it.

/**
 * Waits until the page has drawn what it fetched: its test id present, no loading placeholder and no
 * busy table left, every chart host holding its canvas. (Not Playwright's `networkidle`: a 401 from
 * /auth/me never counts as finished in Chromium, so a signed-out page never becomes "idle".)
 * @param {import('playwright-core').Page} page
 * @param {string} testid
 * @param {{ animationMs?: number }} [options] the wait for ECharts' first draw to end (default 600 ms)
 * @returns {Promise<void>}
 */
export async function settle(page, testid, { animationMs = 600 } = {}) {
  await page.getByTestId(testid).first().waitFor();
  await page.waitForFunction(
    () => !document.querySelector('[data-testid="state-loading"], [aria-busy="true"]'),
  );
  // Charts draw once they are on screen (ChartPanel.vue): once the data is in (the page has its
  // height), one pass over the page and back, so every chart is there to wait for (and in the picture,
  // also those a panel shot scrolls to).
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
  await page.waitForTimeout(animationMs);
}
