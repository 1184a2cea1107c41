// A new early warning reaches the people watching, live: a burst of registrations in one village and
// category raises an alert after the API's background recompute, the signed-in dashboard shows it as a
// notice that opens the 预警 page narrowed to it, and the wall's ticker shows the township's alert.
// What counts as raised comes from the API's own answers, never from fixed numbers.
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '@lianxin/e2e/browser';
import { dashboardSuite, todayInShanghai } from './dashboard-support.js';
import {
  type Places,
  type WallPage,
  displayToken,
  gql,
  knownRegistration,
  login,
  openWall,
  places,
  registerCase,
} from './wall-support.js';

const CATEGORY = 'TREE_SHADING'; // quiet in most months: a burst of a dozen cases stands out anywhere
const BURST = 12;

interface Alert {
  level: 'RED' | 'YELLOW';
  month: string;
  provisional: boolean;
}

describe.skipIf(!browserAvailable)('new early-warning notices', { timeout: 180_000 }, () => {
  let wall: WallPage;
  let adminToken: string;
  let known: Places;
  // The dashboard signed in, and beside it a wall on its alerts page (closed with the browser).
  const s = dashboardSuite({
    checkConsole: false,
    setup: async ({ api, browser }) => {
      adminToken = await login(api.url, 'admin', api.adminPassword);
      known = await places(api.url, adminToken);
      wall = await openWall(browser, api.url, displayToken(api), 'pages=alerts&dwell=60');
    },
  });

  it('shows the alert a burst of registrations raises, on the dashboard and on the wall', async () => {
    const month = todayInShanghai().slice(0, 7);
    // The village with the most tree-shading cases so far: a cell with a history to compare with.
    const stats = await gql<{ caseStats: { villageCode: string; count: number }[] }>(
      s.api.url,
      adminToken,
      `query ($filter: CaseFilter) { caseStats(filter: $filter, groupBy: [VILLAGE]) { villageCode count } }`,
      { filter: { categoryCodes: [CATEGORY], from: '2021-01-01', to: todayInShanghai() } },
    );
    const busiest = [...stats.caseStats].sort((a, b) => b.count - a.count)[0]!;
    const place = known.villages.find((v) => v.villageCode === busiest.villageCode)!;
    for (let n = 1; n <= BURST; n++)
      await registerCase(s.api.url, adminToken, knownRegistration(place, CATEGORY, n));

    // The dashboard's notice names the village; its level is the one the API stored for the cell.
    const notice = s.page.getByTestId('warning-notice').filter({ hasText: place.villageName });
    await notice.waitFor({ timeout: 30_000 });
    const cell = (scope: 'VILLAGE' | 'TOWNSHIP') =>
      gql<{ earlyWarnings: { edges: { node: Alert }[] } }>(
        s.api.url,
        adminToken,
        `query ($filter: EarlyWarningFilter) { earlyWarnings(filter: $filter, first: 5) { edges { node { level month provisional } } } }`,
        {
          filter: {
            scope,
            categoryCode: CATEGORY,
            from: month,
            to: month,
            ...(scope === 'VILLAGE'
              ? { villageCode: place.villageCode }
              : { townshipCode: place.townshipCode }),
          },
        },
      ).then((d) => d.earlyWarnings.edges.map((e) => e.node));
    const [village] = await cell('VILLAGE');
    expect(village).toMatchObject({ month, provisional: true });
    await expect
      .poll(async () => notice.textContent(), { timeout: 5000 })
      .toContain(village!.level === 'RED' ? '红色预警' : '黄色预警');

    // It opens the 预警 page narrowed to the alert.
    await notice.getByTestId('warning-notice-open').click();
    await s.page.waitForURL(/\/warnings\?/);
    const query = new URL(s.page.url()).searchParams;
    expect(Object.fromEntries(query)).toMatchObject({
      category: CATEGORY,
      from: month,
      to: month,
      township: place.townshipCode,
      scope: 'VILLAGE',
    });
    expect(await s.page.getByTestId('warning-notice').filter({ hasText: place.villageName }).count()).toBe(0);

    // The wall hears township cells only: it shows the township's alert, if the burst raised one.
    const [township] = await cell('TOWNSHIP');
    expect(township, 'a dozen quiet-month cases raise the township cell too').toBeDefined();
    const townshipName = known.townshipNames.get(place.townshipCode)!;
    await wall.page
      .getByTestId('wall-alert-notice')
      .filter({ hasText: townshipName })
      .waitFor({ timeout: 30_000 });
    expect(await wall.page.getByTestId('wall-alert-notice').textContent()).toContain(
      township!.level === 'RED' ? '红色预警' : '黄色预警',
    );
    expect(await wall.page.getByTestId('wall-alert-notice').textContent()).not.toContain(place.villageName);
  });
});
