import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Role } from '@lianxin/domain';
import { loadConfig } from '../../config.js';
import { startServer } from '../../server.js';
import { describeEachDatabase } from '../../test/databases.js';
import { startTestApi, type TestApi } from '../../test/api.js';
import { INVALID_CREDENTIALS_MESSAGE, SESSION_COOKIE } from './auth.service.js';
import { TokenSigner } from './token.js';
import { runUsersCommand } from './users-cli.js';

const SECRET = 'test-secret-of-at-least-thirty-two-bytes!!';
const PASSWORD = 'correct horse battery';

describeEachDatabase('sign-in', (dialect) => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(
      dialect,
      { until: '2021-03-31', casesPerYear: 100 },
      { authSecret: SECRET, loginRateLimitPerMinute: 1000 },
    );
  });
  afterAll(async () => {
    await api?.stop();
  });

  const login = (username: string, password: string) =>
    fetch(`${api.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
  const me = (headers: Record<string, string>) => fetch(`${api.url}/auth/me`, { headers });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  async function errorOf(response: Response) {
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    return {
      status: response.status,
      code: body.errors[0]!.extensions.code,
      message: body.errors[0]!.message,
    };
  }

  it('signs in with a session cookie (HttpOnly, SameSite=Strict, Path=/) and the token in the body', async () => {
    await api.auth.createUser({ username: 'chen', role: Role.ANALYST, password: PASSWORD });
    const response = await login('chen', PASSWORD);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      token: string;
      expiresAt: string;
      user: { username: string; role: string };
    };
    expect(body.user).toMatchObject({ username: 'chen', role: 'ANALYST', scope: {} });
    const hours = (Date.parse(body.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(7.9);
    expect(hours).toBeLessThanOrEqual(8);
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie.startsWith(`${SESSION_COOKIE}=${body.token};`)).toBe(true);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    // Plain HTTP here: Secure would make the browser drop the cookie.
    expect(cookie).not.toContain('Secure');

    const byCookie = await me({ cookie: `${SESSION_COOKIE}=${body.token}` });
    expect(byCookie.status).toBe(200);
    expect(((await byCookie.json()) as { user: { username: string } }).user.username).toBe('chen');
    const byBearer = await me(bearer(body.token));
    expect(byBearer.status).toBe(200);
  });

  it('records the signed-in user as the actor of a workflow step', async () => {
    // A clerk: analysts read, case workers write.
    await api.auth.createUser({ username: 'sun', role: Role.CLERK, password: PASSWORD });
    const { token } = (await (await login('sun', PASSWORD)).json()) as { token: string };
    const [row] = (await api.dataSource.query(
      `SELECT id, version FROM petition_case WHERE status = 'REGISTERED' ORDER BY id LIMIT 1`,
    )) as { id: number; version: number }[];
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(token) },
      body: JSON.stringify({
        query: `mutation { acceptCase(id: "${row!.id}", version: ${row!.version}) { status } }`,
      }),
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    const [event] = (await api.dataSource.query(
      `SELECT actor FROM case_event WHERE case_id = ${row!.id} ORDER BY id DESC LIMIT 1`,
    )) as { actor: string }[];
    expect(event!.actor).toBe('sun');
  });

  it('treats a tampered, an expired or a signed-out token as no session (401 UNAUTHENTICATED)', async () => {
    const { token } = (await (await login('chen', PASSWORD)).json()) as { token: string };
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, role: 'ADMIN' })).toString('base64url');
    expect(await errorOf(await me(bearer(`${header}.${forged}.${signature}`)))).toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    expect((await me(bearer(unsigned))).status).toBe(401);

    const user = (await api.auth.listUsers()).find((u) => u.username === 'chen')!;
    const expired = await new TokenSigner(SECRET).sign(
      { userId: user.id, role: user.role, scope: {}, version: 0 },
      60,
      new Date(Date.now() - 2 * 3_600_000),
    );
    expect((await me(bearer(expired.token))).status).toBe(401);

    expect((await me(bearer(token))).status).toBe(200);
    const logout = await fetch(`${api.url}/auth/logout`, { method: 'POST', headers: bearer(token) });
    expect(logout.status).toBe(204);
    expect(logout.headers.get('set-cookie')).toMatch(
      new RegExp(`^${SESSION_COOKIE}=;.*Expires=Thu, 01 Jan 1970`),
    );
    expect(await errorOf(await me(bearer(token)))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect((await me({ cookie: `${SESSION_COOKIE}=${token}` })).status).toBe(401);
  });

  it('answers an unknown user and a wrong password with the same 401 and message', async () => {
    const unknown = await errorOf(await login('nobody-here', PASSWORD));
    const wrong = await errorOf(await login('chen', 'wrong password!'));
    expect(unknown).toEqual({
      status: 401,
      code: 'INVALID_CREDENTIALS',
      message: INVALID_CREDENTIALS_MESSAGE,
    });
    expect(wrong).toEqual(unknown);
    // Throttling (per address and username, never a lock) is login-throttle.integration.test.ts.
    expect((await login('chen', PASSWORD)).status).toBe(200);
  });

  it('ends every session of a user when they are disabled', async () => {
    await api.auth.createUser({ username: 'li', role: Role.DISPLAY, password: PASSWORD });
    const { token } = (await (await login('li', PASSWORD)).json()) as { token: string };
    expect((await me(bearer(token))).status).toBe(200);
    await api.auth.setDisabled('li', true);
    expect((await me(bearer(token))).status).toBe(401);
    expect((await login('li', PASSWORD)).status).toBe(401);
  });

  it('refuses a login that is not JSON (no cross-site form can sign anyone in)', async () => {
    const response = await fetch(`${api.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `username=chen&password=${encodeURIComponent(PASSWORD)}`,
    });
    expect(await errorOf(response)).toMatchObject({ status: 415, code: 'BAD_REQUEST' });
  });

  it('answers 429 RATE_LIMITED once an address has failed too often in a minute', async () => {
    const strict = await startServer(
      {
        ...loadConfig({}),
        port: 0,
        host: '127.0.0.1',
        nodeEnv: 'test',
        authSecret: SECRET,
        loginRateLimitPerMinute: 3,
      },
      api.dataSource,
      api.idNumbers,
    );
    try {
      const attempt = () =>
        fetch(`${strict.url}/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'ghost', password: 'not a password' }),
        });
      for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(401);
      const limited = await attempt();
      expect(limited.headers.get('ratelimit-policy')).toContain('q=3; w=60');
      expect(await errorOf(limited)).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    } finally {
      await strict.stop();
    }
  });

  it('creates a user from the CLI with a generated password that signs in, and prints a bearer token', async () => {
    const [{ code }] = (await api.dataSource.query(`SELECT code FROM township ORDER BY code LIMIT 1`)) as [
      { code: string },
    ];
    const lines: string[] = [];
    const deps = {
      dataSource: api.dataSource,
      config: { authSecret: SECRET, dataDir: os.tmpdir(), tokenTtlHours: 8 },
      io: { out: (l: string) => lines.push(l), readPassword: async () => '' },
    };
    await runUsersCommand(['create', '--username', 'zhao', '--role', 'ANALYST', '--township', code!], deps);
    expect(lines[0]).toBe('created zhao (ANALYST)');
    const password = /^password \(shown once\): (\S{20})$/.exec(lines[1]!)![1]!;
    const body = (await (await login('zhao', password)).json()) as { user: { scope: unknown } };
    expect(body.user.scope).toEqual({ townshipCode: code });

    await runUsersCommand(['token', '--username', 'zhao', '--hours', '24'], deps);
    const token = lines[2]!;
    const response = await me(bearer(token));
    const session = (await response.json()) as { expiresAt: string };
    expect(Math.round((Date.parse(session.expiresAt) - Date.now()) / 3_600_000)).toBe(24);

    await expect(
      runUsersCommand(['create', '--username', 'short', '--role', 'CLERK', '--password-stdin'], {
        ...deps,
        io: { ...deps.io, readPassword: async () => 'elevenchars\n' },
      }),
    ).rejects.toThrow('a password needs at least 12 characters');
    await expect(runUsersCommand(['create', '--username', 'lead', '--role', 'LEADER'], deps)).rejects.toThrow(
      'a LEADER user is linked to a leader',
    );
  });

  it('creates the first administrator once, with its password in a 0600 file that is never overwritten', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-admin-'));
    // The suites' own user is an administrator; for this test the database must have none.
    await api.dataSource.query(`UPDATE app_user SET role = 'CLERK' WHERE role = 'ADMIN'`);
    try {
      const created = await api.auth.ensureInitialAdmin(dataDir);
      expect(created?.username).toBe('admin');
      const file = path.join(dataDir, 'admin-password.txt');
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      const password = fs.readFileSync(file, 'utf8').trim();
      expect(password).toBe(created!.password);
      expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
      const response = await login('admin', password);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { user: { role: string } }).user.role).toBe('ADMIN');
      // A second start finds the admin and touches nothing.
      expect(await api.auth.ensureInitialAdmin(dataDir)).toBeNull();
      expect(fs.readFileSync(file, 'utf8').trim()).toBe(password);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
