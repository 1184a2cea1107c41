// A signed-in township user and a signed-in leader: the dashboard states the township user's area and
// chooses it in the filter bar, and gives the leader 我的包案 — their cases, whenever received.
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '@lianxin/e2e/browser';
import {
  VIEWPORT,
  countIn,
  dashboardSuite,
  defaultPeriod,
  graphql,
  sessionCookie,
  settle,
  signIn,
} from './dashboard-support.js';

describe.skipIf(!browserAvailable)('a user with an area, a leader with cases', () => {
  // The admin's cookie asks the API; each test signs its own user in, in a context of its own.
  const s = dashboardSuite({ checkConsole: false });

  it('says a township user’s area, chooses it in the filter bar, and shows that area’s numbers', async () => {
    const { townships } = await graphql<{ townships: { code: string; name: string }[] }>(
      s.api,
      s.cookie,
      '{ townships { code name } }',
    );
    const township = townships[2]!;
    s.api.createUser('township-user', 'ANALYST', 'township-password-1', ['--township', township.code]);
    const context = await s.browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      await signIn(page, s.api, 'township-user', 'township-password-1');
      await page.waitForURL((url) => url.searchParams.get('township') === township.code);
      await settle(page, 'page-overview');
      expect(await page.getByTestId('current-scope').innerText()).toBe(`范围:${township.name}`);
      const { kpis } = await graphql<{ kpis: { onTimeClosure: { denominator: number } } }>(
        s.api,
        await sessionCookie(context),
        'query ($f: CaseFilter) { kpis(filter: $f) { onTimeClosure { denominator } } }',
        { f: defaultPeriod() },
      );
      expect(countIn(await page.getByTestId('kpi-ON_TIME_CLOSURE-denominator').innerText())).toBe(
        kpis.onTimeClosure.denominator,
      );
    } finally {
      await context.close();
    }
  });

  it('gives a leader 我的包案: the cases they lead, whenever received', async () => {
    const { leaderWorkloads } = await graphql<{
      leaderWorkloads: { leader: { id: string }; owned: number }[];
    }>(s.api, s.cookie, '{ leaderWorkloads(filter: { from: "2021-01-01" }) { leader { id } owned } }');
    const leaderId = leaderWorkloads.find((w) => w.owned > 0)!.leader.id;
    s.api.createUser('leader-user', 'LEADER', 'leader-password-1', ['--leader', leaderId]);
    const context = await s.browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      await signIn(page, s.api, 'leader-user', 'leader-password-1');
      await page.getByTestId('nav-mine').click();
      await page.waitForURL(
        (url) => url.pathname === '/cases' && url.searchParams.get('leader') === leaderId,
      );
      await settle(page, 'cases-table');
      const { cases } = await graphql<{ cases: { totalCount: number } }>(
        s.api,
        await sessionCookie(context),
        'query ($f: CaseFilter) { cases(filter: $f) { totalCount } }',
        { f: { leaderIds: [Number(leaderId)] } },
      );
      expect(cases.totalCount).toBeGreaterThan(0);
      expect(countIn(await page.getByTestId('cases-total').innerText())).toBe(cases.totalCount);
    } finally {
      await context.close();
    }
  });
});
