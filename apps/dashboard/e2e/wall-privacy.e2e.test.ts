// The wall is shown in a room full of visitors: nothing personal may reach it. A DISPLAY session runs
// while cases are registered and moved; every WebSocket frame (both ways) and every HTTP response body
// it received is searched for the personal data and case details of a case registered with known values
// and of 200 seeded cases (read in full as admin): petitioners' names, phones and ID numbers, case codes,
// titles and summaries.
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '@lianxin/e2e/browser';
import {
  gql,
  knownRegistration,
  login,
  places,
  registerCase,
  tickerPlace,
  wallSuite,
} from './wall-support.js';

interface SeededCase {
  code: string;
  title: string;
  summary: string;
  petitioners: { name: string; phone: string; idNumber: string }[];
}

describe.skipIf(!browserAvailable)('wall screen privacy', { timeout: 180_000 }, () => {
  const s = wallSuite();

  it('sends a DISPLAY wall no name, phone, ID number, case code, title or summary', async () => {
    const admin = await login(s.api.url, 'admin', s.api.adminPassword);
    const known = await places(s.api.url, admin);

    const context = await s.browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    const received: { where: string; text: string }[] = [];
    const pending: Promise<void>[] = [];
    page.on('websocket', (ws) => {
      ws.on('framereceived', (f) => received.push({ where: `ws← ${ws.url()}`, text: String(f.payload) }));
      ws.on('framesent', (f) => received.push({ where: `ws→ ${ws.url()}`, text: String(f.payload) }));
    });
    context.on('response', (res) => {
      pending.push(
        res
          .text()
          .then((text) => void received.push({ where: `http ${res.url()}`, text }))
          .catch(() => undefined),
      );
    });

    try {
      await page.goto(`${s.api.url}/wall?pages=overview,leaders,villages&dwell=5&token=${s.token}`);
      await page.locator('[data-connected="socket"]').waitFor({ timeout: 20_000 });
      // Changes while the wall watches: a registration with known personal data, then a step on it.
      const registration = knownRegistration(known.villages[5]!, known.categories[1]!.code, 42);
      const created = await registerCase(s.api.url, admin, registration);
      const shown = await tickerPlace(s.api.url, s.token, known);
      await page.getByTestId('wall-ticker').filter({ hasText: shown }).waitFor();
      await gql(
        s.api.url,
        admin,
        'mutation($id: ID!, $v: Int!) { acceptCase(id: $id, version: $v) { id } }',
        {
          id: created.id,
          v: created.version,
        },
      );
      // Rotate through every page (5 s each) so each page's queries ran.
      await page.waitForTimeout(11_000);
      await Promise.all(pending);

      const seeded = await gql<{ cases: { edges: { node: SeededCase }[] } }>(
        s.api.url,
        admin,
        '{ cases(first: 200) { edges { node { code title summary petitioners { name phone idNumber } } } } }',
      );
      const cases: SeededCase[] = [
        ...seeded.cases.edges.map((e) => e.node),
        {
          code: created.code,
          title: registration.title,
          summary: registration.summary,
          petitioners: [
            { name: registration.name, phone: registration.phone, idNumber: registration.idNumber },
          ],
        },
      ];
      // Admin reads them in full: make sure the secrets are real values, not masks.
      expect(cases.at(-1)!.petitioners[0]!.phone).toBe('13900000042');
      expect(cases.filter((c) => /\*/.test(c.petitioners[0]?.idNumber ?? ''))).toEqual([]);

      // Public words a petitioner's name may equal or be part of (张静 in the leader 张静霞, a village):
      // the wall shows those by right, so such a name proves nothing.
      const publicText = await gql<{ leaders: { name: string }[] }>(s.api.url, admin, '{ leaders { name } }');
      const publicNames = new Set([
        ...publicText.leaders.map((l) => l.name),
        ...known.villages.map((v) => v.villageName),
      ]);
      const secrets = new Set<string>();
      for (const c of cases) {
        secrets.add(c.code);
        secrets.add(c.title);
        secrets.add(c.summary);
        for (const p of c.petitioners) {
          secrets.add(p.phone);
          secrets.add(p.idNumber);
          if (![...publicNames].some((name) => name.includes(p.name))) secrets.add(p.name);
        }
      }
      expect(secrets.size).toBeGreaterThan(600);
      expect(received.filter((r) => r.where.startsWith('ws←')).length).toBeGreaterThan(2);
      expect(received.filter((r) => r.where.includes('/graphql')).length).toBeGreaterThan(5);

      const leaks: string[] = [];
      for (const r of received) {
        for (const s of secrets) {
          if (s && r.text.includes(s))
            leaks.push(
              `${r.where}: ${s} in …${r.text.slice(Math.max(0, r.text.indexOf(s) - 80), r.text.indexOf(s) + 40)}…`,
            );
        }
      }
      expect(leaks).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
