// The leaders page as a district leader uses it: one cohort whose columns reconcile, a table sorted by
// any column (kept in the URL), and a leader's page that opens with their own KPIs, each a way to the cases.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '@lianxin/e2e/browser';
import { countIn, dashboardSuite, settle } from './dashboard-support.js';

/** The table's numbers, row by row, in the columns' order (leader name first). */
async function tableRows(page: Page): Promise<{ name: string; cells: string[] }[]> {
  return page.getByTestId('leader-row').evaluateAll((rows) =>
    rows.map((row) => {
      const cells = [...row.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '');
      return { name: cells[0] ?? '', cells: cells.slice(2) };
    }),
  );
}
const [OWNED, OPEN, CLOSED, IN_TIME, , OVERDUE] = [0, 1, 2, 3, 4, 5];

describe.skipIf(!browserAvailable)('leaders page', () => {
  const s = dashboardSuite({ checkConsole: false });

  it('counts one cohort: in time ≤ closed, open + closed ≤ owned, and says so', async () => {
    await s.page.goto(`${s.api.url}/leaders`);
    await settle(s.page, 'leader-table');
    const rows = await tableRows(s.page);
    expect(rows.length).toBeGreaterThan(5);
    for (const { name, cells } of rows) {
      const n = cells.map(countIn);
      expect(n[IN_TIME], name).toBeLessThanOrEqual(n[CLOSED]!);
      expect(n[OPEN]! + n[CLOSED]!, name).toBeLessThanOrEqual(n[OWNED]!);
    }
    await expect(s.page.getByTestId('leader-cohort').textContent()).resolves.toContain('统计口径');
  });

  it('sorts by a column header, largest first, again for the other way, and keeps it in the URL', async () => {
    await s.page.getByTestId('leader-sort-overdue').click();
    await s.page.waitForURL(/sort=overdue%3Adesc|sort=overdue:desc/);
    const down = (await tableRows(s.page)).map((r) => countIn(r.cells[OVERDUE]!));
    expect(down).toEqual([...down].sort((a, b) => b - a));
    expect(down[0]).toBeGreaterThan(down.at(-1)!);
    const header = s.page.locator('th', { has: s.page.getByTestId('leader-sort-overdue') });
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');

    await s.page.getByTestId('leader-sort-overdue').click();
    await s.page.waitForURL(/sort=overdue%3Aasc|sort=overdue:asc/);
    const up = (await tableRows(s.page)).map((r) => countIn(r.cells[OVERDUE]!));
    expect(up).toEqual([...down].sort((a, b) => a - b));

    await s.page.reload();
    await settle(s.page, 'leader-table');
    expect((await tableRows(s.page)).map((r) => countIn(r.cells[OVERDUE]!))).toEqual(up);
  });

  it("opens a leader's page with their KPIs, each leading to the cases behind it", async () => {
    await s.page.getByTestId('leader-sort-owned').click();
    await s.page.waitForURL(/sort=owned/);
    await s.page.getByTestId('leader-row').first().locator('a').first().click();
    await settle(s.page, 'leader-kpis');
    const card = s.page.getByTestId('leader-kpi-ON_TIME_CLOSURE');
    const parts = ((await card.locator('.small').textContent()) ?? '').split('/').map(countIn);
    expect(parts).toHaveLength(2);
    expect(parts[1]).toBeGreaterThan(0);
    expect(await s.page.getByTestId('leader-kpis').locator('button').count()).toBe(4);
    await card.click();
    await settle(s.page, 'page-cases');
    await expect(s.page.getByTestId('cases-total').textContent().then(countIn)).resolves.toBe(parts[1]);
    expect(new URL(s.page.url()).searchParams.get('kpi')).toBe('ON_TIME_CLOSURE');
    expect(new URL(s.page.url()).searchParams.get('leader')).toBeTruthy();
  });

  it('saves a chart as a PNG captioned with its title, the filter and the source', async () => {
    await s.page.goto(`${s.api.url}/leaders?township=640302104000`);
    await settle(s.page, 'chart-leader-workload');
    const chartHeight = await s.page
      .getByTestId('chart-leader-workload')
      .locator('canvas')
      .first()
      .evaluate((c) => c.clientHeight);
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByTestId('chart-leader-workload-save').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^chart-leader-workload-\d{4}-\d{2}-\d{2}\.png$/);
    const png = fs.readFileSync((await download.path())!);
    // The caption sits over the chart: the image is taller than the chart's canvas, and its top band,
    // on the chart's background, holds text (pixels far from the background colour).
    const measured = await s.page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [img.width, img.height];
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const band = ctx.getImageData(0, 0, img.width, 80).data;
      const [r0, g0, b0] = [band[0]!, band[1]!, band[2]!];
      let ink = 0;
      for (let i = 0; i < band.length; i += 4)
        if (Math.abs(band[i]! - r0) + Math.abs(band[i + 1]! - g0) + Math.abs(band[i + 2]! - b0) > 200) ink++;
      return { height: img.height, ink };
    }, png.toString('base64'));
    // getDataURL draws at twice the CSS size; the caption adds its lines above.
    expect(measured.height).toBeGreaterThan(2 * chartHeight + 100);
    expect(measured.ink).toBeGreaterThan(200);
  });
});
