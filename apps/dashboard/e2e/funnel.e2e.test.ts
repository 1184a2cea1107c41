// The funnel plots of issue 15 in Chromium against the built API on a fresh seed: townships on the
// overview and villages on the villages page, each metric chosen in the panel. The page draws one point
// per unit with a denominator, and lists as outside the limits exactly the units the API's own numbers
// put outside them — computed here with the domain's funnelPoint, never copied from a run (the seed
// runs up to today, so the numbers move with the calendar).
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { funnelPoint } from '@lianxin/domain/statistics';
import { browserAvailable } from '@lianxin/e2e/browser';
import { dashboardSuite, defaultPeriod, graphql, settle } from './dashboard-support.js';

const METRICS = [
  { metric: 'TIMELY_ACCEPTANCE', field: 'timelyAcceptance' },
  { metric: 'ON_TIME_CLOSURE', field: 'onTimeClosure' },
  { metric: 'SATISFACTION', field: 'satisfaction' },
  { metric: 'CASES_PER_1000', field: null },
] as const;
type Field = 'timelyAcceptance' | 'onTimeClosure' | 'satisfaction';

interface Part {
  numerator: number;
  denominator: number;
}
interface Bucket {
  townshipCode: string | null;
  villageCode: string | null;
  count: number;
  kpis: Record<Field, Part>;
}
interface Townships {
  townships: { code: string; villages: { code: string; population: number }[] }[];
}

const PART = '{ numerator denominator }';
const STATS = `query ($filter: CaseFilter!, $groupBy: [CaseDimension!]!) {
  caseStats(filter: $filter, groupBy: $groupBy) { townshipCode villageCode count
    kpis { timelyAcceptance ${PART} onTimeClosure ${PART} satisfaction ${PART} } } }`;
const TOWNSHIPS = `{ townships { code villages { code population } } }`;

/**
 * What the page should show for one metric, from the API's buckets: the units with a denominator and
 * those outside the 95 % limits around their pooled rate. Units without a bucket had no cases: no
 * KPI denominator, and 0 cases of their population.
 */
function expected(
  units: { code: string; population: number }[],
  buckets: Map<string, Bucket>,
  field: Field | null,
): { points: string[]; outside: string[] } {
  const parts = units
    .map((u) => {
      const b = buckets.get(u.code);
      const part: Part = field
        ? (b?.kpis[field] ?? { numerator: 0, denominator: 0 })
        : { numerator: b?.count ?? 0, denominator: u.population };
      return { code: u.code, ...part };
    })
    .filter((p) => p.denominator > 0);
  const target = parts.reduce((s, p) => s + p.numerator, 0) / parts.reduce((s, p) => s + p.denominator, 0);
  return {
    points: parts.map((p) => p.code).sort(),
    outside: parts
      .filter((p) => funnelPoint(p.numerator, p.denominator, target)!.position !== 'WITHIN')
      .map((p) => p.code)
      .sort(),
  };
}

describe.skipIf(!browserAvailable)('funnel plots in a browser', () => {
  let townships: Townships['townships'];
  const s = dashboardSuite({
    setup: async ({ api, cookie }) => {
      townships = (await graphql<Townships>(api, cookie, TOWNSHIPS)).townships;
    },
  });
  const period = defaultPeriod();

  async function bucketsBy(dimension: 'TOWNSHIP' | 'VILLAGE'): Promise<Map<string, Bucket>> {
    const key = dimension === 'TOWNSHIP' ? 'townshipCode' : 'villageCode';
    const { caseStats } = await graphql<{ caseStats: Bucket[] }>(s.api, s.cookie, STATS, {
      filter: { from: period.from, to: period.to },
      groupBy: [dimension],
    });
    return new Map(caseStats.map((b) => [b[key]!, b]));
  }

  /** The panel's points (from the chart's option), table rows and listed outliers. */
  async function shown(panel: string) {
    const host = s.page.getByTestId(panel);
    const summary = host.getByTestId(`${panel}-summary`);
    const keys = (testid: string) =>
      host.getByTestId(testid).evaluateAll((els) => els.map((el) => el.getAttribute('data-key')!).sort());
    return {
      pointCount: Number(await summary.getAttribute('data-point-count')),
      rows: await keys('funnel-row'),
      outliers: await keys('funnel-outlier'),
      allWithin: await host.getByTestId('funnel-all-within').count(),
    };
  }

  const cases = [
    {
      name: 'townships on the overview',
      path: '/',
      pageId: 'page-overview',
      panel: 'chart-township-funnel',
      dimension: 'TOWNSHIP' as const,
      units: () =>
        townships.map((t) => ({
          code: t.code,
          population: t.villages.reduce((s, v) => s + v.population, 0),
        })),
    },
    {
      name: 'villages on the villages page',
      path: '/villages',
      pageId: 'page-villages',
      panel: 'chart-village-funnel',
      dimension: 'VILLAGE' as const,
      units: () => townships.flatMap((t) => t.villages),
    },
  ];

  for (const c of cases) {
    it(`${c.name}: one point per unit, and exactly the units outside the limits listed, for every metric`, async () => {
      const buckets = await bucketsBy(c.dimension);
      await s.page.goto(`${s.api.url}${c.path}`);
      await settle(s.page, c.pageId);
      const panel = s.page.getByTestId(c.panel);
      await panel.scrollIntoViewIfNeeded();
      await expect(panel.getByTestId(`${c.panel}-chart`).locator('canvas').count()).resolves.toBe(1);
      for (const { metric, field } of METRICS) {
        await panel.getByTestId(`${c.panel}-metric`).selectOption(metric);
        await s.page.waitForURL((url) => url.searchParams.get('funnel') === metric);
        await settle(s.page, c.pageId);
        const want = expected(c.units(), buckets, field);
        const got = await shown(c.panel);
        expect(got.pointCount, `${metric}: points`).toBe(want.points.length);
        expect(got.rows, `${metric}: table`).toEqual(want.points);
        expect(got.outliers, `${metric}: listed outside the limits`).toEqual(want.outside);
        expect(got.allWithin, `${metric}: "all within chance"`).toBe(want.outside.length ? 0 : 1);
      }
    });
  }

  it('the panel with its list and its table open: no serious accessibility violation, light and dark', async () => {
    await s.page.goto(`${s.api.url}/villages?funnel=CASES_PER_1000`);
    await settle(s.page, 'page-villages');
    const panel = '[data-testid="chart-village-funnel"]';
    await s.page.locator(`${panel} details summary`).click();
    for (const theme of ['light', 'dark']) {
      await s.page.getByTestId('theme-switch').selectOption(theme);
      await settle(s.page, 'page-villages');
      const { violations } = await new AxeBuilder({ page: s.page }).include(panel).analyze();
      expect(
        violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        theme,
      ).toEqual([]);
    }
    await s.page.getByTestId('theme-switch').selectOption('light');
  });

  it('a listed outlier opens its cases: the unit, and for a KPI the cases of its denominator', async () => {
    // Cases per 1,000 residents of the villages: the seed's villages differ by more than chance there.
    await s.page.goto(`${s.api.url}/villages?funnel=CASES_PER_1000`);
    await settle(s.page, 'page-villages');
    const first = s.page.getByTestId('chart-village-funnel').getByTestId('funnel-outlier').first();
    const code = await first.getAttribute('data-key');
    await first.getByRole('button').click();
    await s.page.getByTestId('page-cases').waitFor();
    expect(new URL(s.page.url()).searchParams.get('village')).toBe(code);

    await s.page.goto(`${s.api.url}/villages?funnel=SATISFACTION`);
    await settle(s.page, 'page-villages');
    const rows = s.page.getByTestId('chart-village-funnel').getByTestId('funnel-outlier');
    if ((await rows.count()) === 0) return; // nothing outside the limits in this run: nothing to click
    await rows.first().getByRole('button').click();
    await s.page.getByTestId('page-cases').waitFor();
    const params = new URL(s.page.url()).searchParams;
    expect([params.get('kpi'), params.get('part')]).toEqual(['SATISFACTION', 'DENOMINATOR']);
  });
});
