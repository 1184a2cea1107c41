// Issue 11, finding 15: wrong passwords throttle the source that typed them, never the account's owner.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Role } from '@lianxin/domain';
import { loadConfig } from '../../config.js';
import { startServer } from '../../server.js';
import { describeEachDatabase } from '../../test/databases.js';
import { startTestApi, type TestApi } from '../../test/api.js';
import { DEVICE_COOKIE, InvalidCredentialsError } from './auth.service.js';
import { delayAfter, FREE_FAILURES, LoginThrottledError, MAX_DELAY_MS } from './login-throttle.js';

const SECRET = 'test-secret-of-at-least-thirty-two-bytes!!';
const PASSWORD = 'correct horse battery';
const ADDRESS_A = '203.0.113.7';
const ADDRESS_B = '198.51.100.20';

describeEachDatabase('sign-in throttling', (dialect) => {
  let api: TestApi;

  beforeAll(async () => {
    // One proxy hop: the client address is X-Forwarded-For's last entry, as behind the usual nginx.
    api = await startTestApi(
      dialect,
      { until: '2021-01-31', casesPerYear: 20 },
      { authSecret: SECRET, loginRateLimitPerMinute: 1000, trustProxy: 1 },
    );
  });
  afterAll(async () => {
    await api?.stop();
  });

  const login = (username: string, password: string, from: string, deviceCookie?: string) =>
    fetch(`${api.url}/auth/login`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': from,
        ...(deviceCookie ? { cookie: `${DEVICE_COOKIE}=${deviceCookie}` } : {}),
      },
      body: JSON.stringify({ username, password }),
    });
  const codeOf = async (response: Response) =>
    ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code;
  /** The device cookie a successful sign-in set (Path=/auth, HttpOnly, SameSite=Strict). */
  const deviceCookieOf = (response: Response): string => {
    const header = response.headers.getSetCookie().find((c) => c.startsWith(`${DEVICE_COOKIE}=`))!;
    expect(header).toContain('Path=/auth');
    expect(header).toContain('HttpOnly');
    expect(header).toContain('SameSite=Strict');
    return decodeURIComponent(header.slice(DEVICE_COOKIE.length + 1, header.indexOf(';')));
  };

  it('keeps the owner signing in while one address sends 50 wrong passwords for admin; that address gets 429 + Retry-After', async () => {
    await api.auth.createUser({ username: 'admin-owner', role: Role.ADMIN, password: PASSWORD });
    // The owner signed in from their own browser yesterday: it holds a device cookie.
    const earlier = await login('admin-owner', PASSWORD, ADDRESS_B);
    expect(earlier.status).toBe(200);
    const device = deviceCookieOf(earlier);

    const statuses: number[] = [];
    let retryAfter = 0;
    for (let i = 0; i < 50; i++) {
      const response = await login('admin-owner', `wrong password ${i}`, ADDRESS_A);
      statuses.push(response.status);
      if (response.status === 429) {
        retryAfter = Number(response.headers.get('retry-after'));
        expect(await codeOf(response)).toBe('RATE_LIMITED');
      } else expect(await codeOf(response)).toBe('INVALID_CREDENTIALS');
    }
    // Five free failures, then the address is held back (1 s, 2 s, 4 s …): no more guesses are checked.
    expect(statuses.slice(0, FREE_FAILURES)).toEqual(Array(FREE_FAILURES).fill(401));
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(FREE_FAILURES + 1);
    expect(statuses.slice(-10)).toEqual(Array(10).fill(429));
    expect(retryAfter).toBeGreaterThanOrEqual(1);

    // The right password from the guessing address is refused too: a 429 tells the guesser nothing.
    const guessed = await login('admin-owner', PASSWORD, ADDRESS_A);
    expect(guessed.status).toBe(429);
    expect(Number(guessed.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);

    // The owner, from their known browser, at once — even behind the guessing address.
    expect((await login('admin-owner', PASSWORD, ADDRESS_A, device)).status).toBe(200);
    expect((await login('admin-owner', PASSWORD, ADDRESS_B, device)).status).toBe(200);
    // And from another address with no device cookie at all.
    expect((await login('admin-owner', PASSWORD, '192.0.2.99')).status).toBe(200);

    // Administrators see that someone is being held back; the account is not locked.
    const summary = (await api.auth.listUsers()).find((u) => u.username === 'admin-owner')!;
    expect(summary.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
  });

  it('grows the hold-back exponentially per address and username, capped at 15 minutes', async () => {
    await api.auth.createUser({ username: 'wall-1', role: Role.DISPLAY, password: PASSWORD });
    const start = new Date('2030-01-01T00:00:00Z');
    let now = start;
    const attempt = (password: string) => api.auth.login('wall-1', password, { ip: ADDRESS_A, now });
    for (let i = 0; i < FREE_FAILURES - 1; i++)
      await expect(attempt('wrong password!')).rejects.toBeInstanceOf(InvalidCredentialsError);
    const waits: number[] = [];
    for (let n = FREE_FAILURES; n < FREE_FAILURES + 14; n++) {
      await expect(attempt('wrong password!')).rejects.toBeInstanceOf(InvalidCredentialsError);
      const held = await attempt(PASSWORD).catch((e: unknown) => e);
      expect(held).toBeInstanceOf(LoginThrottledError);
      waits.push((held as LoginThrottledError).retryAfterSeconds);
      now = new Date(now.getTime() + delayAfter(n));
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900, 900]);
    expect(delayAfter(1000)).toBe(MAX_DELAY_MS);
    // Past the hold-back, the right password works from there too, and clears that address.
    expect((await attempt(PASSWORD)).user.username).toBe('wall-1');
    await expect(attempt('wrong password!')).rejects.toBeInstanceOf(InvalidCredentialsError);
  });

  it('throttles unknown usernames exactly like real ones (a 429 tells no one which exist)', async () => {
    const statuses = async (username: string, from: string) => {
      const out: number[] = [];
      for (let i = 0; i < FREE_FAILURES + 2; i++)
        out.push((await login(username, 'wrong password!', from)).status);
      return out;
    };
    await api.auth.createUser({ username: 'real-user', role: Role.CLERK, password: PASSWORD });
    const real = await statuses('real-user', '192.0.2.10');
    const ghost = await statuses('ghost-user', '192.0.2.11');
    expect(real).toEqual([401, 401, 401, 401, 401, 429, 429]);
    expect(ghost).toEqual(real);
  });

  it('holds back a known browser that fails itself, and ignores a forged or someone else’s device cookie', async () => {
    await api.auth.createUser({ username: 'clerk-dev', role: Role.CLERK, password: PASSWORD });
    await api.auth.createUser({ username: 'clerk-other', role: Role.CLERK, password: PASSWORD });
    const device = deviceCookieOf(await login('clerk-dev', PASSWORD, '192.0.2.20'));
    // A stolen device cookie is no free pass: its own failures count against it.
    for (let i = 0; i < FREE_FAILURES; i++)
      expect((await login('clerk-dev', 'wrong password!', '192.0.2.21', device)).status).toBe(401);
    expect((await login('clerk-dev', PASSWORD, '192.0.2.22', device)).status).toBe(429);
    // Those failures held back the device, not the address it used.
    expect((await login('clerk-dev', PASSWORD, '192.0.2.21')).status).toBe(200);

    // clerk-dev's note does not make that browser known for clerk-other: throttled by address.
    for (let i = 0; i < FREE_FAILURES; i++)
      expect((await login('clerk-other', 'wrong password!', '192.0.2.23')).status).toBe(401);
    expect((await login('clerk-other', PASSWORD, '192.0.2.23', device)).status).toBe(429);
    // Nor does a forged note: a changed username or signature is no note at all.
    const [, ...rest] = device.split(':');
    const forged = ['clerk-other', ...rest].join(':');
    expect(api.auth.isKnownDevice(forged, 'clerk-other')).toBe(false);
    expect(api.auth.isKnownDevice(`${device.slice(0, -2)}AA`, 'clerk-dev')).toBe(false);
    expect((await login('clerk-other', PASSWORD, '192.0.2.23', forged)).status).toBe(429);
    // An administrator's password reset lifts every hold-back of the user.
    await api.auth.resetPassword('clerk-other', PASSWORD);
    expect((await login('clerk-other', PASSWORD, '192.0.2.23')).status).toBe(200);
  });

  it('checks one attempt at a time per address and username: a burst is not checked before it is counted', async () => {
    await api.auth.createUser({ username: 'burst', role: Role.CLERK, password: PASSWORD });
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => login('burst', `wrong password ${i}`, '192.0.2.30')),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(FREE_FAILURES);
    expect(statuses.filter((s) => s !== 401).every((s) => s === 429)).toBe(true);
  });

  it('spends the same argon2 work on an unknown username as on a wrong password', async () => {
    await api.auth.createUser({ username: 'timed', role: Role.CLERK, password: PASSWORD });
    const time = async (username: string, i: number) => {
      const started = performance.now();
      await api.auth
        .login(username, 'wrong password!', { ip: `10.9.${i}.${username.length}` })
        .catch(() => {});
      return performance.now() - started;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 15; i++) {
      known.push(await time('timed', i));
      unknown.push(await time('nobody-at-all', i));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    // Without the dummy hash an unknown name answers in ~1 ms against ~20+ ms: a ratio near 0.05.
    const ratio = median(unknown) / median(known);
    expect(ratio).toBeGreaterThan(0.6);
    expect(ratio).toBeLessThan(1.7);
  });

  it('does not count a known browser against its address’s failure limit', async () => {
    const strict = await startServer(
      {
        ...loadConfig({}),
        port: 0,
        host: '127.0.0.1',
        nodeEnv: 'test',
        authSecret: SECRET,
        loginRateLimitPerMinute: 3,
        trustProxy: 1,
      },
      api.dataSource,
      api.idNumbers,
    );
    try {
      await api.auth.createUser({ username: 'office', role: Role.CLERK, password: PASSWORD });
      const at = (username: string, password: string, cookie?: string) =>
        fetch(`${strict.url}/auth/login`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-forwarded-for': '192.0.2.40',
            ...(cookie ? { cookie: `${DEVICE_COOKIE}=${cookie}` } : {}),
          },
          body: JSON.stringify({ username, password }),
        });
      const device = deviceCookieOf(await at('office', PASSWORD));
      // Someone behind the same office address guesses other names until the address is limited …
      for (let i = 0; i < 3; i++) expect((await at(`guess-${i}`, 'wrong password!')).status).toBe(401);
      const limited = await at('office', PASSWORD);
      expect(limited.status).toBe(429);
      expect(await codeOf(limited)).toBe('RATE_LIMITED');
      // … and the owner's browser still signs in.
      expect((await at('office', PASSWORD, device)).status).toBe(200);
    } finally {
      await strict.stop();
    }
  });
});
