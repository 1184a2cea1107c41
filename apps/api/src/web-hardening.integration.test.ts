// Issue 11, findings 10, 11 and 14 performed against a running server: same-site request forgery, the
// open redirect after sign-in, and stack traces or paths in error answers.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Role } from '@lianxin/domain';
import { loadConfig } from './config.js';
import { openDatabase } from './db/data-source.js';
import { SESSION_COOKIE } from './modules/auth/auth.service.js';
import { IdNumberCipher } from './modules/petitioner/id-number-cipher.js';
import { recentTemplateRows } from './modules/transfer/sheet-fixtures.js';
import { writeSheet } from './modules/transfer/sheet-io.js';
import { createApp, startServer } from './server.js';
import { configureLog } from './log.js';
import { createTestDatabase, describeEachDatabase } from './test/databases.js';
import { startTestApi, type TestApi } from './test/api.js';

const PASSWORD = 'correct horse battery';
// The template's two rows dated in the last few days: a clerk may import them (its own 2023 dates lie in
// closed months, refused to a clerk with PERIOD_CLOSED — not what these requests are about).
const recent = recentTemplateRows();
const TEMPLATE = await writeSheet('csv', recent.headers, recent.rows);

interface ErrorBody {
  errors: { message: string; extensions: { code: string; requestId?: string } }[];
}

/** Status, code and raw text of an error answer, after checking it is JSON with no stack and no path. */
async function jsonError(response: Response): Promise<{ status: number; code: string; text: string }> {
  const text = await response.text();
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(text).not.toMatch(/\bat .*\(|\n\s+at /);
  expect(text).not.toContain('/work/');
  expect(text).not.toContain('node_modules');
  expect(text).not.toContain('<');
  return { status: response.status, code: (JSON.parse(text) as ErrorBody).errors[0]!.extensions.code, text };
}

describeEachDatabase('web hardening', (dialect) => {
  let api: TestApi;
  /** The clerk's session cookie, as the browser holds it after signing in. */
  let clerkCookie: string;
  let clerkBearer: string;
  /** A page on another port of the same host: same-site, not same-origin. */
  let otherOrigin: string;

  beforeAll(async () => {
    api = await startTestApi(dialect, { until: '2021-03-31', casesPerYear: 100 });
    await api.auth.createUser({ username: 'clerk-csrf', role: Role.CLERK, password: PASSWORD });
    const { token } = await api.auth.login('clerk-csrf', PASSWORD);
    clerkCookie = `${SESSION_COOKIE}=${token}`;
    clerkBearer = `Bearer ${(await api.auth.tokenFor('clerk-csrf', 600)).token}`;
    const port = Number(new URL(api.url).port);
    otherOrigin = `http://localhost:${port + 1}`;
  });
  afterAll(async () => {
    await api?.stop();
  });

  const cases = async () =>
    Number(
      ((await api.dataSource.query('SELECT count(*) AS n FROM petition_case')) as { n: unknown }[])[0]!.n,
    );
  const upload = (headers: Record<string, string>) => {
    const form = new FormData();
    form.append('file', new Blob([TEMPLATE]), 'cases.csv');
    return fetch(`${api.url}/import/cases`, { method: 'POST', body: form, headers });
  };
  const me = (cookie: string) => fetch(`${api.url}/auth/me`, { headers: { cookie } });

  it('refuses a multipart import posted by a page on another port with the clerk cookie (403 CROSS_SITE_REQUEST), creating no case', async () => {
    const before = await cases();
    const forged = await upload({ cookie: clerkCookie, origin: otherOrigin });
    expect(await jsonError(forged)).toMatchObject({ status: 403, code: 'CROSS_SITE_REQUEST' });
    // Browsers that send Sec-Fetch-Site but no Origin are judged by it.
    const bySite = await upload({ cookie: clerkCookie, 'sec-fetch-site': 'same-site' });
    expect(await jsonError(bySite)).toMatchObject({ status: 403, code: 'CROSS_SITE_REQUEST' });
    // Even with the header a page of another origin could only add after a preflight.
    const withHeader = await upload({ cookie: clerkCookie, origin: otherOrigin, 'x-requested-with': 'x' });
    expect(await jsonError(withHeader)).toMatchObject({ status: 403, code: 'CROSS_SITE_REQUEST' });
    expect(await cases()).toBe(before);
  });

  it('refuses a form post riding on the cookie without Origin and without X-Requested-With', async () => {
    const before = await cases();
    expect(await jsonError(await upload({ cookie: clerkCookie }))).toMatchObject({
      status: 403,
      code: 'CROSS_SITE_REQUEST',
    });
    const urlencoded = await fetch(`${api.url}/import/cases`, {
      method: 'POST',
      headers: { cookie: clerkCookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'file=x',
    });
    expect(await jsonError(urlencoded)).toMatchObject({ status: 403, code: 'CROSS_SITE_REQUEST' });
    expect(await cases()).toBe(before);
  });

  it('imports for the dashboard (same origin, X-Requested-With) and for a tool (bearer, no Origin)', async () => {
    const before = await cases();
    const page = await upload({ cookie: clerkCookie, origin: api.url, 'x-requested-with': 'fetch' });
    expect(page.status).toBe(200);
    expect(((await page.json()) as { imported: number }).imported).toBe(2);
    // Behind a proxy that rewrites Host the browser's Sec-Fetch-Site still says same-origin.
    const proxied = await upload({
      cookie: clerkCookie,
      origin: 'https://lianxin.example',
      'sec-fetch-site': 'same-origin',
      'x-requested-with': 'fetch',
    });
    expect(proxied.status).toBe(200);
    const tool = await upload({ authorization: clerkBearer });
    expect(tool.status).toBe(200);
    expect(await cases()).toBe(before + 6);
  });

  it('refuses a forged sign-out and sign-in; signs out with the header', async () => {
    const { token } = await api.auth.login('clerk-csrf', PASSWORD);
    const cookie = `${SESSION_COOKIE}=${token}`;
    const logout = (headers: Record<string, string>) =>
      fetch(`${api.url}/auth/logout`, { method: 'POST', headers: { cookie, ...headers } });
    expect(await jsonError(await logout({ origin: otherOrigin }))).toMatchObject({
      status: 403,
      code: 'CROSS_SITE_REQUEST',
    });
    expect(await jsonError(await logout({}))).toMatchObject({ status: 403, code: 'CROSS_SITE_REQUEST' });
    expect((await me(cookie)).status).toBe(200);

    const login = await fetch(`${api.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: otherOrigin },
      body: JSON.stringify({ username: 'clerk-csrf', password: PASSWORD }),
    });
    expect(await jsonError(login)).toMatchObject({ status: 403, code: 'CROSS_SITE_REQUEST' });

    const done = await logout({ origin: api.url, 'x-requested-with': 'fetch' });
    expect(done.status).toBe(204);
    expect((await me(cookie)).status).toBe(401);
  });

  it('lets an origin listed in CORS_ORIGINS post, and no other', async () => {
    const listed = await startServer(
      { ...loadConfig({}), port: 0, host: '127.0.0.1', corsOrigins: [otherOrigin] },
      api.dataSource,
      api.idNumbers,
    );
    try {
      const { token } = await listed.auth.login('clerk-csrf', PASSWORD);
      const allowed = await fetch(`${listed.url}/auth/logout`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, origin: otherOrigin },
      });
      expect(allowed.status).toBe(204);
      const other = await fetch(`${listed.url}/auth/logout`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, origin: 'http://localhost:1' },
      });
      expect(await jsonError(other)).toMatchObject({ status: 403, code: 'CROSS_SITE_REQUEST' });
    } finally {
      await listed.stop();
    }
  });

  it('refuses a GraphQL mutation sent as a form or text/plain with the cookie (Apollo CSRF prevention), running nothing', async () => {
    const [row] = (await api.dataSource.query(
      `SELECT id, version FROM petition_case WHERE status = 'REGISTERED' ORDER BY id LIMIT 1`,
    )) as { id: number; version: number }[];
    const { token } = await api.auth.login('clerk-csrf', PASSWORD);
    const cookie = `${SESSION_COOKIE}=${token}`;
    const query = `mutation { acceptCase(id: "${row!.id}", version: ${row!.version}) { status } }`;
    const form = new FormData();
    form.append('operations', JSON.stringify({ query }));
    const attempts = [
      fetch(`${api.url}/graphql`, { method: 'POST', headers: { cookie, origin: otherOrigin }, body: form }),
      fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'text/plain' },
        body: JSON.stringify({ query }),
      }),
      fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: `query=${encodeURIComponent(query)}`,
      }),
    ];
    for (const response of await Promise.all(attempts)) {
      const { status, text } = await jsonError(response);
      expect(status).toBe(400);
      expect(text).toContain('Cross-Site Request Forgery');
    }
    const [after] = (await api.dataSource.query(
      `SELECT status, version FROM petition_case WHERE id = ${row!.id}`,
    )) as {
      status: string;
      version: number;
    }[];
    expect(after).toMatchObject({ status: 'REGISTERED', version: row!.version });
  });

  it('puts only a checked same-origin path into the sign-in page', async () => {
    const nextOf = async (raw: string) => {
      const html = await (await fetch(`${api.url}/auth/login?next=${raw}`)).text();
      return /data-next="([^"]*)"/.exec(html)![1];
    };
    expect(await nextOf('/%09/example.org/phish')).toBe('/');
    expect(await nextOf('%2F%5Cexample.org')).toBe('/');
    expect(await nextOf('/%0D%0A/example.org')).toBe('/');
    expect(await nextOf('javascript:alert(1)')).toBe('/');
    expect(await nextOf('/graphiql')).toBe('/graphiql');
    expect(await nextOf(encodeURIComponent('/cases?x=1#y'))).toBe('/cases?x=1#y');
    expect(await nextOf(encodeURIComponent('/"><script>'))).toBe('/%22%3E%3Cscript%3E');
    // The script goes where the server said, and never reads ?next= itself.
    const script = await (await fetch(`${api.url}/auth/login.js`)).text();
    expect(script).toContain('form.dataset.next');
    expect(script).not.toContain('location.search');
  });

  it('answers br2, broken JSON, a huge body and a broken URL with typed JSON, never an HTML stack', async () => {
    const post = (headers: Record<string, string>, body: string, url = '/graphql') =>
      fetch(`${api.url}${url}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
    expect(await jsonError(await post({ 'content-encoding': 'br2' }, '{}'))).toMatchObject({
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    });
    expect(await jsonError(await post({ 'content-encoding': 'br2' }, '{}', '/auth/login'))).toMatchObject({
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    });
    expect(await jsonError(await post({}, '{"query": '))).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    expect(await jsonError(await post({}, JSON.stringify({ query: 'x'.repeat(3_000_000) })))).toMatchObject({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    });
    for (const method of ['GET', 'POST']) {
      const broken = await fetch(`${api.url}/%E0%A4%A`, { method, headers: { accept: 'application/json' } });
      expect(await jsonError(broken)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    }
  });
});

describeEachDatabase('errors without detail', (dialect) => {
  it('answers a failing route with a bare 500 and /health with 503 {status} when the database is gone', async () => {
    const db = await createTestDatabase(dialect);
    const idNumbers = IdNumberCipher.ephemeral();
    const dataSource = await openDatabase({ database: db.config, idNumbers });
    // A plain start: production, for Express too.
    const config = { ...loadConfig({}), port: 0, host: '127.0.0.1' };
    expect(config.nodeEnv).toBe('production');
    const { app, stop: stopApp } = await createApp(config, dataSource, idNumbers);
    await stopApp();
    expect(app.get('env')).toBe('production');

    const server = await startServer(config, dataSource, idNumbers);
    const logged: { reqId?: string; msg: string }[] = [];
    configureLog({
      level: 'info',
      destination: { write: (line: string) => void logged.push(JSON.parse(line)) },
    });
    try {
      await server.auth.createUser({ username: 'gone', role: Role.ADMIN, password: PASSWORD });
      const { token } = await server.auth.login('gone', PASSWORD);
      await dataSource.destroy();

      const health = await fetch(`${server.url}/health`);
      expect(health.status).toBe(503);
      expect(await health.json()).toEqual({ status: 'unavailable' });

      // authenticateRequest throws inside the route: the final handler answers.
      const failing = await fetch(`${server.url}/auth/me`, { headers: { authorization: `Bearer ${token}` } });
      const answer = await jsonError(failing);
      expect(answer).toMatchObject({ status: 500, code: 'INTERNAL_SERVER_ERROR' });
      const { errors } = JSON.parse(answer.text) as ErrorBody;
      expect(errors[0]!.message).toBe(
        `Something failed on the server (request ${errors[0]!.extensions.requestId}).`,
      );
      // The detail is in the log, under the id the answer names: the request's own (X-Request-Id).
      const requestId = errors[0]!.extensions.requestId!;
      expect(failing.headers.get('x-request-id')).toBe(requestId);
      expect(logged.some((line) => line.reqId === requestId && line.msg.includes('unhandled error'))).toBe(
        true,
      );

      // GraphQL too: signing the request in fails, and the database's words stay in the log.
      const graphql = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ townships { code } }' }),
      });
      const body = (await graphql.json()) as ErrorBody;
      expect(body.errors[0]!.extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(body.errors[0]!.message).toBe(
        `Something failed on the server (request ${body.errors[0]!.extensions.requestId}).`,
      );
      expect(graphql.headers.get('x-request-id')).toBe(body.errors[0]!.extensions.requestId);
    } finally {
      configureLog({ level: 'silent' });
      await server.stop();
      await db.drop();
    }
  });
});
