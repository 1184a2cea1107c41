// Live updates: subscriptions over WebSocket reach a DISPLAY account within moments of a commit,
// carry no personal data, refuse anonymous sockets, close revoked ones, and cross API instances
// through Redis.
import net from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { idCheckDigit, Role } from '@lianxin/domain';
import { loadConfig } from '../../config.js';
import { startServer, type RunningServer } from '../../server.js';
import { startTestApi, type TestApi } from '../../test/api.js';
import { describeEachDatabase } from '../../test/databases.js';

const SEED = { until: '2021-06-30', casesPerYear: 200 };
const SECRET = 'live-test-secret-0123456789abcdef0123456789';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function redisReachable(): Promise<boolean> {
  const url = new URL(REDIS_URL);
  return new Promise((resolve) => {
    const socket = net.connect(Number(url.port || 6379), url.hostname);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}
const redis = await redisReachable();
if (!redis && process.env.LIANXIN_REQUIRE_REDIS === '1') {
  throw new Error(`LIANXIN_REQUIRE_REDIS=1 but Redis is not reachable at ${REDIS_URL}`);
}
if (!redis) console.warn(`\n!!! Redis not reachable at ${REDIS_URL}: the two-instance test is skipped\n`);

const SUBSCRIPTION = `subscription { caseChanged { at event township { code } village { code name } category { code } } }`;

interface Notice {
  at: string;
  event: string;
  township: { code: string };
  village: { code: string; name: string } | null;
  category: { code: string } | null;
}

function wsUrl(httpUrl: string): string {
  return `${httpUrl.replace(/^http/, 'ws')}/graphql`;
}

/** Subscribes and collects notices; `closed` resolves with the close code when the server ends it. */
function subscribe(url: string, token: string | null) {
  const notices: Notice[] = [];
  let closedWith: (code: number) => void = () => {};
  const closed = new Promise<number>((resolve) => (closedWith = resolve));
  const client: Client = createClient({
    url: wsUrl(url),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    on: { closed: (event) => closedWith((event as { code: number }).code) },
  });
  let failed: unknown = null;
  const ready = new Promise<void>((resolve) => client.on('connected', () => resolve()));
  client.subscribe<{ caseChanged: Notice }>(
    { query: SUBSCRIPTION },
    {
      next: (value) => {
        if (value.data) notices.push(value.data.caseChanged);
      },
      error: (error) => (failed = error),
      complete: () => {},
    },
  );
  return { client, notices, ready, closed, failed: () => failed };
}

async function waitFor<T>(what: string, check: () => T | undefined, ms = 2000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describeEachDatabase('live updates', (dialect) => {
  let api: TestApi;
  let village: { code: string; name: string };
  let wallToken: string;
  const sockets: Client[] = [];

  const register = (into: { graphql: TestApi['graphql'] }, title: string, matterType = 'APPEAL') =>
    into.graphql<{ registerCase: { id: string } }>(
      `mutation($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`,
      {
        input: {
          title,
          summary: '渠道堵塞，下游无法淌水。',
          matterType,
          categoryCode: 'IRRIGATION',
          channel: 'VISIT',
          villageCode: village.code,
          headcount: 1,
          petitioners: [
            {
              name: '王立新',
              phone: '13909530001',
              idNumber: `64030219800101123${idCheckDigit('64030219800101123')}`,
            },
          ],
        },
      },
    );

  beforeAll(async () => {
    api = await startTestApi(dialect, SEED, {
      authSecret: SECRET,
      liveRecheckMs: 200,
      ...(redis ? { redisUrl: REDIS_URL } : {}),
    });
    [village] = await api.dataSource.query(`SELECT code, name FROM village ORDER BY code LIMIT 1`);
    await api.auth.createUser({ username: 'wall', role: Role.DISPLAY });
    wallToken = (await api.auth.tokenFor('wall', 3600)).token;
  }, 120_000);
  afterAll(async () => {
    for (const s of sockets) await s.dispose();
    await api?.stop();
  });

  it('pushes a registration to a DISPLAY wall within 2 s, with no case detail', async () => {
    const wall = subscribe(api.url, wallToken);
    sockets.push(wall.client);
    await wall.ready;
    // The subscription is registered right after `connected`; give the server a moment to start it.
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    const title = `直播测试 ${dialect}`;
    expect((await register(api, title)).errors).toBeUndefined();
    const notice = await waitFor('the notice', () =>
      wall.notices.find((n) => n.event === 'REGISTERED' && n.village?.code === village.code),
    );
    expect(Date.now() - started).toBeLessThan(2000);
    expect(notice.category).toEqual({ code: 'IRRIGATION' });
    expect(wall.failed()).toBeNull();
    const json = JSON.stringify(wall.notices);
    for (const secret of [title, '王立新', '13909530001', '640302198001011'])
      expect(json).not.toContain(secret);

    // The ticker shows it: category, village, time only.
    const ticker = await api.graphqlAs<{ caseTicker: Record<string, unknown>[] }>(
      { authorization: `Bearer ${wallToken}` },
      `{ caseTicker(first: 1) { receivedAt category { nameZh } village { name } township { name } } }`,
    );
    expect(ticker.errors).toBeUndefined();
    expect(ticker.data!.caseTicker[0]!.village).toEqual({ name: village.name });
  });

  it('tells the wall only that an accusation changed something, not where or what', async () => {
    const wall = subscribe(api.url, wallToken);
    sockets.push(wall.client);
    await wall.ready;
    await new Promise((r) => setTimeout(r, 100));
    expect((await register(api, '检举测试', 'ACCUSATION')).errors).toBeUndefined();
    // The same petitioner again: registered, then marked as a repeat — one notice, its last step.
    const notice = await waitFor('the notice', () => wall.notices[0]);
    expect([notice.village, notice.category]).toEqual([null, null]);
  });

  it('sends a user only the notices of their area', async () => {
    const [other] = await api.dataSource.query(
      `SELECT code FROM township WHERE code <> (SELECT township_code FROM village WHERE code = '${village.code}') LIMIT 1`,
    );
    await api.auth.createUser({ username: 'elsewhere', role: Role.ANALYST, townshipCode: other.code });
    const away = subscribe(api.url, (await api.auth.tokenFor('elsewhere', 3600)).token);
    const here = subscribe(api.url, wallToken);
    sockets.push(away.client, here.client);
    await Promise.all([away.ready, here.ready]);
    await new Promise((r) => setTimeout(r, 100));
    expect((await register(api, `区域测试 ${dialect}`)).errors).toBeUndefined();
    await waitFor('the district wall', () => here.notices[0]);
    await new Promise((r) => setTimeout(r, 300));
    expect(away.notices).toEqual([]);
  });

  it('refuses an anonymous socket (4403) and closes a revoked one (4401)', async () => {
    const anonymous = subscribe(api.url, null);
    sockets.push(anonymous.client);
    expect(await anonymous.closed).toBe(4403);

    await api.auth.createUser({ username: 'wall-2', role: Role.DISPLAY });
    const issued = await api.auth.tokenFor('wall-2', 3600);
    const wall = subscribe(api.url, issued.token);
    sockets.push(wall.client);
    await wall.ready;
    await api.auth.setDisabled('wall-2', true);
    expect(
      await Promise.race([wall.closed, new Promise((r) => setTimeout(() => r('still open'), 3000))]),
    ).toBe(4401);
  });

  it.skipIf(!redis)('carries a write on instance A to a wall connected to instance B (Redis)', async () => {
    const b: RunningServer = await startServer(
      {
        ...loadConfig({}),
        port: 0,
        host: '127.0.0.1',
        nodeEnv: 'test',
        authSecret: SECRET,
        redisUrl: REDIS_URL,
      },
      api.dataSource,
      api.idNumbers,
    );
    try {
      const wall = subscribe(b.url, wallToken);
      sockets.push(wall.client);
      await wall.ready;
      await new Promise((r) => setTimeout(r, 200));
      const title = `跨实例 ${dialect} ${Date.now()}`;
      expect((await register(api, title)).errors).toBeUndefined();
      await waitFor('the notice through Redis', () =>
        wall.notices.find((n) => n.village?.code === village.code),
      );
    } finally {
      await b.stop();
    }
  });
});
