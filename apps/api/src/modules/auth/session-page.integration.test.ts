import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Role } from '@lianxin/domain';
import { describeEachDatabase } from '../../test/databases.js';
import { startTestApi, type TestApi } from '../../test/api.js';

const PASSWORD = 'correct horse battery';
// Quotes, tags and an ampersand: the session's JSON must stay inside its attribute, as data.
const HOSTILE_NAME = `"><script>alert('x')</script> & 张三`;

/** The session the page carries, decoded as a browser reads the attribute; null when there is none. */
function sessionInPage(html: string): unknown {
  const match = /<meta name="lianxin-session" content="([^"]*)" \/>/.exec(html);
  if (!match) return null;
  const decoded = match[1]!.replace(/&(quot|#39|lt|gt|amp);/g, (_, e: string) =>
    e === 'quot' ? '"' : e === '#39' ? "'" : e === 'lt' ? '<' : e === 'gt' ? '>' : '&',
  );
  return JSON.parse(decoded);
}

describeEachDatabase('the dashboard page carries the session', (dialect) => {
  let api: TestApi;
  let dashboardDir: string | undefined;
  let cookie = '';

  beforeAll(async () => {
    // A dashboard build of one page: what the API writes into it is the API's to test.
    dashboardDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-dashboard-'));
    fs.writeFileSync(
      path.join(dashboardDir, 'index.html'),
      '<!doctype html>\n<html><head><title>连心</title></head><body><div id="app"></div></body></html>\n',
    );
    api = await startTestApi(dialect, { until: '2021-03-31', casesPerYear: 100 }, { dashboardDir });
    await api.auth.createUser({
      username: 'hostile-name',
      displayName: HOSTILE_NAME,
      role: Role.ANALYST,
      password: PASSWORD,
    });
    cookie = `lianxin_session=${(await api.auth.login('hostile-name', PASSWORD)).token}`;
  });
  afterAll(async () => {
    await api?.stop();
    if (dashboardDir) fs.rmSync(dashboardDir, { recursive: true, force: true });
  });

  const page = (at: string, headers: Record<string, string> = {}) =>
    fetch(`${api.url}${at}`, { headers: { accept: 'text/html', ...headers } });

  it('writes what GET /auth/me answers into every page of a signed-in request, escaped, never stored', async () => {
    const me = await (await fetch(`${api.url}/auth/me`, { headers: { cookie } })).json();
    for (const at of ['/', '/cases?township=640302100', '/leaders/3']) {
      const res = await page(at, { cookie });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('vary')).toContain('Cookie');
      const html = await res.text();
      expect(sessionInPage(html)).toEqual(me);
      // The name's markup never reaches the page as markup.
      expect(html).not.toContain('<script>');
      expect(html).toContain('<div id="app"></div>');
    }
    expect((me as { user: { displayName: string } }).user.displayName).toBe(HOSTILE_NAME);
  });

  it('writes nothing for a request without a session, or with a revoked or forged one', async () => {
    expect(sessionInPage(await (await page('/')).text())).toBeNull();
    expect(
      sessionInPage(await (await page('/', { cookie: 'lianxin_session=forged.token.value' })).text()),
    ).toBeNull();
    const token = (await api.auth.login('hostile-name', PASSWORD)).token;
    const signedOut = await fetch(`${api.url}/auth/logout`, {
      method: 'POST',
      headers: { cookie: `lianxin_session=${token}`, 'x-requested-with': 'fetch' },
    });
    expect(signedOut.status).toBe(204);
    const after = await page('/', { cookie: `lianxin_session=${token}` });
    expect(after.status).toBe(200);
    expect(sessionInPage(await after.text())).toBeNull();
  });
});
