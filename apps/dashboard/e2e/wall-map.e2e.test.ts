// The wall's map page: every village of the district (or of the link's township) drawn in its township's
// square and counted from the village page's own answer, as the wall's DISPLAY account is told it — the
// same counts, withheld villages "—", no accusation (检举控告) in any count — kept current by the wall's
// live updates in the same ECharts instance. axe on the township's map (wall-layout runs it on the
// district's).
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '@lianxin/e2e/browser';
import {
  gql,
  knownRegistration,
  login,
  openWall,
  type Places,
  places,
  registerCase,
  wallSuite,
} from './wall-support.js';

interface VillageCell {
  villageCode: string;
  count: number | null;
  suppressed: boolean;
}

/** The year to date as the wall asks it (Asia/Shanghai), of one township or the district. */
function yearToDate(townshipCode: string | null) {
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  return {
    from: `${today.slice(0, 4)}-01-01`,
    to: today,
    ...(townshipCode ? { townshipCodes: [townshipCode] } : {}),
  };
}

/** caseStats by village for the year to date, as `token` is answered. */
async function villageCells(url: string, token: string, filter: Record<string, unknown>) {
  return (
    await gql<{ caseStats: VillageCell[] }>(
      url,
      token,
      'query($f: CaseFilter!) { caseStats(filter: $f, groupBy: [VILLAGE]) { villageCode count suppressed } }',
      { f: filter },
    )
  ).caseStats;
}

/** What the map page lists for screen readers, one entry per village. */
function mapRows(page: Page) {
  return page.getByTestId('wall-map-village').evaluateAll((els) =>
    els.map((el) => ({
      code: (el as HTMLElement).dataset.code,
      count: (el as HTMLElement).dataset.count,
      text: el.textContent!.trim(),
    })),
  );
}

/** The rows the map must show: the reference's villages with the API's answer (none: no cases). */
function expectedRows(known: Places, townshipCode: string | null, cells: readonly VillageCell[]) {
  const byCode = new Map(cells.map((c) => [c.villageCode, c]));
  return known.villages
    .filter((v) => !townshipCode || v.townshipCode === townshipCode)
    .map((v) => {
      const c = byCode.get(v.villageCode);
      const count = c?.suppressed ? 'withheld' : String(c?.count ?? 0);
      return {
        code: v.villageCode,
        count,
        text: `${v.villageName} ${c?.suppressed ? '—' : (c?.count ?? 0).toLocaleString('zh-CN')}`,
      };
    });
}

/** The map's canvas: share of it painted, and whether it holds each colour asked about. */
function canvasColours(page: Page, colours: [number, number, number][]) {
  return page.evaluate((wanted) => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="wall-chart-map"] canvas')!;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    const found = wanted.map(() => false);
    let painted = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3]! === 0) continue;
      painted++;
      wanted.forEach(([r, g, b], w) => {
        if (data[i] === r && data[i + 1] === g && data[i + 2] === b) found[w] = true;
      });
    }
    return { painted: painted / (canvas.width * canvas.height), found };
  }, colours);
}

const BUSIEST_ON_DARK: [number, number, number] = [0xfd, 0xe7, 0x25]; // viridis' lightest step
const WITHHELD_GREY: [number, number, number] = [0xb0, 0xb0, 0xb0]; // charts/palette.ts SUPPRESSED_COLOR

describe.skipIf(!browserAvailable)('wall map page', { timeout: 180_000 }, () => {
  const s = wallSuite();

  it("draws every village of the district with the wall's own counts, withheld ones as —, and stays live", async () => {
    const admin = await login(s.api.url, 'admin', s.api.adminPassword);
    const known = await places(s.api.url, s.token);
    const { context, page, consoleErrors } = await openWall(s.browser, s.api.url, s.token, 'pages=map');
    try {
      await page.getByTestId('wall-map-village').first().waitFor({ state: 'attached' });
      await page.waitForTimeout(800); // the chart's 400 ms entry animation
      expect(await page.getByTestId('wall-map-schematic').textContent()).toContain('示意图');

      const cells = await villageCells(s.api.url, s.token, yearToDate(null));
      const rows = await mapRows(page);
      expect(rows).toHaveLength(known.villages.length);
      expect(rows).toEqual(expectedRows(known, null, cells));
      // Withheld villages (many early in the year; the seed may have none by December) are in the rows as
      // "—" and grey on the canvas.
      const withheld = cells.filter((c) => c.suppressed).length;
      expect(rows.filter((r) => r.count === 'withheld')).toHaveLength(withheld);

      // The wall's counts leave accusations out, as every DISPLAY answer does: each shown village holds
      // exactly what an administrator counts of suggestions and appeals there.
      const others = await villageCells(s.api.url, admin, {
        ...yearToDate(null),
        matterTypes: ['SUGGESTION', 'APPEAL'],
      });
      const othersByCode = new Map(others.map((c) => [c.villageCode, c.count ?? 0]));
      for (const row of rows.filter((r) => r.count !== 'withheld'))
        expect(Number(row.count), row.code).toBe(othersByCode.get(row.code!) ?? 0);

      // Drawn: the squares painted (150 of ~36 px: 15 % of the canvas), the busiest village in viridis' lightest step, grey where withheld.
      const drawn = await canvasColours(page, [BUSIEST_ON_DARK, WITHHELD_GREY]);
      expect(drawn.painted).toBeGreaterThan(0.1);
      expect(drawn.found).toEqual([true, withheld > 0]);

      // A registration in the busiest village reaches the map through the wall's live updates, in the
      // same ECharts instance.
      const instance = await page.getByTestId('wall-chart-map').getAttribute('_echarts_instance_');
      const busiest = rows
        .filter((r) => r.count !== 'withheld')
        .sort((a, b) => Number(b.count) - Number(a.count))[0]!;
      const place = known.villages.find((v) => v.villageCode === busiest.code)!;
      await registerCase(s.api.url, admin, knownRegistration(place, known.categories[0]!.code, 7));
      const after = String(Number(busiest.count) + 1);
      await page.waitForFunction(
        ([code, count]) =>
          document
            .querySelector(`[data-testid="wall-map-village"][data-code="${code}"]`)
            ?.getAttribute('data-count') === count,
        [busiest.code!, after],
        { timeout: 20_000 },
      );
      const cellsAfter = await villageCells(s.api.url, s.token, yearToDate(null));
      expect(await mapRows(page)).toEqual(expectedRows(known, null, cellsAfter));
      expect(await page.getByTestId('wall-chart-map').getAttribute('_echarts_instance_')).toBe(instance);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("shows only the link's township's villages, larger, with nothing serious for axe", async () => {
    const known = await places(s.api.url, s.token);
    // The township with the most villages: the smallest squares a township's wall draws.
    const sizes = new Map<string, number>();
    for (const v of known.villages) sizes.set(v.townshipCode, (sizes.get(v.townshipCode) ?? 0) + 1);
    const [township] = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]!;
    const { context, page, consoleErrors } = await openWall(
      s.browser,
      s.api.url,
      s.token,
      `pages=map&township=${township}`,
    );
    try {
      await page.getByTestId('wall-map-village').first().waitFor({ state: 'attached' });
      await page.waitForTimeout(800);
      const cells = await villageCells(s.api.url, s.token, yearToDate(township));
      const rows = await mapRows(page);
      expect(rows).toHaveLength(sizes.get(township)!);
      expect(rows).toEqual(expectedRows(known, township, cells));
      expect((await canvasColours(page, [])).painted).toBeGreaterThan(0.2);

      const { violations } = await new AxeBuilder({ page }).include('[data-wall-page="map"]').analyze();
      expect(
        violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
