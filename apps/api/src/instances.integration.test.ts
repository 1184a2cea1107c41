// Two API instances behind one address share nothing but the database and Redis: each here has its own
// data source, and what one decides about sign-ins and sessions the other must decide the same way.
import net from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Role } from '@lianxin/domain';
import { loadConfig } from './config.js';
import { openDatabase, type DialectDataSource } from './db/data-source.js';
import { IdNumberCipher } from './modules/petitioner/id-number-cipher.js';
import { startServer, type RunningServer } from './server.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from './test/databases.js';
import { redis, REDIS_URL } from './test/live.fixtures.js';

const SECRET = 'instances-test-secret-0123456789abcdef012345';
const PASSWORD = 'correct horse battery staple 7';
/** Failed sign-ins a minute per address, over both instances when they share Redis. */
const RATE_LIMIT = 8;

describeEachDatabase('two API instances', (dialect) => {
  const idNumbers = IdNumberCipher.ephemeral();
  // A prefix of this run's own: the shared Redis is never flushed, only these keys are removed.
  const redisKeyPrefix = `lianxin-test:${process.pid}-${Date.now().toString(36)}-${dialect}:`;
  let db: TestDatabase;
  const dataSources: DialectDataSource[] = [];
  let a: RunningServer;
  let b: RunningServer;

  const instance = async (redisUrl = REDIS_URL): Promise<RunningServer> => {
    const ds = await openDatabase({ database: db.config, idNumbers });
    dataSources.push(ds);
    return startServer(
      {
        ...loadConfig({}),
        port: 0,
        host: '127.0.0.1',
        nodeEnv: 'test',
        authSecret: SECRET,
        earlyWarningDebounceMs: 0,
        loginRateLimitPerMinute: RATE_LIMIT,
        trustProxy: 1,
        redisKeyPrefix,
        ...(redis ? { redisUrl } : {}),
      },
      ds,
      idNumbers,
    );
  };

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    a = await instance();
    b = await instance();
    await a.auth.createUser({ username: 'office', role: Role.CLERK, password: PASSWORD });
  }, 60_000);

  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    for (const ds of dataSources) await ds.destroy();
    await db?.drop();
    if (redis) {
      const client = new Redis(REDIS_URL);
      const keys = await client.keys(`${redisKeyPrefix}*`);
      if (keys.length > 0) await client.del(...keys);
      client.disconnect();
    }
  });

  const signIn = (on: RunningServer, from: string, username: string, password: string) =>
    fetch(`${on.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify({ username, password }),
    });
  const failure = async (response: Response) => ({
    status: response.status,
    ...((await response.json()) as { errors: { message: string; extensions: { code: string } }[] })
      .errors[0]!,
  });

  it.skipIf(!redis)('counts an address’s failed sign-ins over both instances (Redis)', async () => {
    const from = '192.0.2.11';
    // Other usernames each time: only the per-address limit is at work, not the per-username throttle.
    for (let i = 0; i < RATE_LIMIT; i++) {
      const on = i % 2 === 0 ? a : b;
      expect((await signIn(on, from, `guess-${i}`, 'wrong password!')).status).toBe(401);
    }
    for (const on of [a, b]) {
      const limited = await failure(await signIn(on, from, 'office', PASSWORD));
      expect(limited.status).toBe(429);
      expect(limited.extensions.code).toBe('RATE_LIMITED');
      expect(limited.message).toBe('Too many failed sign-ins from this address; wait a minute.');
    }
    // Another address is not held back.
    expect((await signIn(b, '192.0.2.12', 'office', PASSWORD)).status).toBe(200);
  });

  it('refuses on one instance a session signed out on the other', async () => {
    const signedIn = await signIn(a, '192.0.2.21', 'office', PASSWORD);
    expect(signedIn.status).toBe(200);
    const { token } = (await signedIn.json()) as { token: string };
    const me = (on: RunningServer) =>
      fetch(`${on.url}/auth/me`, { headers: { authorization: `Bearer ${token}` } });
    expect((await me(b)).status).toBe(200);
    const out = await fetch(`${a.url}/auth/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(out.status).toBe(204);
    expect((await me(b)).status).toBe(401);
    expect((await me(a)).status).toBe(401);
  });

  it('holds back on one instance a username the other throttled for that address', async () => {
    const from = '192.0.2.31';
    // The throttle's free failures (login-throttle.ts FREE_FAILURES), all on instance A.
    for (let i = 0; i < 5; i++) expect((await signIn(a, from, 'office', 'wrong password!')).status).toBe(401);
    const held = await signIn(b, from, 'office', PASSWORD);
    expect(held.headers.get('retry-after')).toBe('1');
    const body = await failure(held);
    expect(body.status).toBe(429);
    expect(body.message).toBe(
      'Too many failed sign-ins for this username from this address or browser: try again in 1 s.',
    );
  });

  it.skipIf(!redis)('lets sign-ins through, uncounted, while Redis is away', async () => {
    // Redis through a relay this test can cut: the shared server itself is never stopped.
    const target = new URL(REDIS_URL);
    const links = new Set<net.Socket>();
    const relay = net.createServer((client) => {
      const upstream = net.connect(Number(target.port || 6379), target.hostname);
      for (const socket of [client, upstream]) {
        links.add(socket);
        socket.on('error', () => socket.destroy());
        socket.on('close', () => links.delete(socket));
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    const port = (relay.address() as net.AddressInfo).port;
    const c = await instance(`redis://127.0.0.1:${port}`);
    try {
      // No new connections, and the open ones cut: Redis is gone for this instance.
      const closed = new Promise<void>((resolve) => relay.close(() => resolve()));
      for (const socket of links) socket.destroy();
      await closed;
      const from = '192.0.2.41';
      // More failures than the limit: each is answered (401), none locks the address out …
      for (let i = 0; i <= RATE_LIMIT; i++)
        expect((await signIn(c, from, `away-${i}`, 'wrong password!')).status).toBe(401);
      // … and the right password signs in.
      expect((await signIn(c, from, 'office', PASSWORD)).status).toBe(200);
    } finally {
      await c.stop();
    }
  });
});
