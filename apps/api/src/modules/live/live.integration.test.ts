// Live updates: subscriptions over WebSocket reach a DISPLAY account within moments of a commit,
// carry no personal data, refuse anonymous sockets, close revoked ones, and cross API instances
// through Redis. The socket carries subscriptions only, under the HTTP path's limits (finding 7).
import net from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import type { GraphQLFormattedError } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { idCheckDigit, Role } from '@lianxin/domain';
import { operationDocument } from '@lianxin/operations';
import { loadConfig } from '../../config.js';
import { GRAPHQL_LIMITS } from '../../security.js';
import { startServer, type RunningServer } from '../../server.js';
import { startTestApi, type TestApi } from '../../test/api.js';
import { describeEachDatabase } from '../../test/databases.js';
import { LIVE_LIMITS } from './live-socket.js';

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

/** What the wall asks for (the wall screen's DISPLAY account may not read a notice's village or category). */
const WALL_SUBSCRIPTION = `subscription { caseChanged { at event township { code } } }`;
/** What a case worker or analyst may ask for. */
const SUBSCRIPTION = `subscription { caseChanged { at event township { code } village { code name } category { code } } }`;

interface Notice {
  at: string;
  event: string;
  township: { code: string };
  village?: { code: string; name: string } | null;
  category?: { code: string } | null;
}

function wsUrl(httpUrl: string): string {
  return `${httpUrl.replace(/^http/, 'ws')}/graphql`;
}

/** Subscribes and collects notices; `closed` resolves with the close code when the server ends it. */
function subscribe(url: string, token: string | null, query = WALL_SUBSCRIPTION) {
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
    { query },
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

/** What one operation sent over a socket got back: errors, the results before completion, or nothing yet. */
type Outcome =
  | { kind: 'error'; errors: GraphQLFormattedError[] }
  | { kind: 'complete'; results: unknown[] }
  | { kind: 'pending'; results: unknown[] };

/** Runs one operation over its own socket and reports how it ended within `ms`. */
function overSocket(url: string, token: string, query: string, sockets: Client[], ms = 1500) {
  const client = createClient({
    url: wsUrl(url),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  sockets.push(client);
  const results: unknown[] = [];
  return new Promise<Outcome>((resolve) => {
    setTimeout(() => resolve({ kind: 'pending', results }), ms);
    client.subscribe(
      { query },
      {
        next: (value) => results.push(value),
        error: (errors) => resolve({ kind: 'error', errors: errors as GraphQLFormattedError[] }),
        complete: () => resolve({ kind: 'complete', results }),
      },
    );
  });
}

/** A raw graphql-ws socket, for what a well-behaved client never sends. */
function rawSocket(url: string): Promise<{ socket: WebSocket; closed: Promise<number> }> {
  const socket = new WebSocket(wsUrl(url), 'graphql-transport-ws');
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  socket.on('error', () => {});
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve({ socket, closed }));
    socket.once('error', reject);
  });
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
  let village: { code: string; name: string; township_code: string };
  let analystToken: string;
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
    [village] = await api.dataSource.query(
      `SELECT code, name, township_code FROM village ORDER BY code LIMIT 1`,
    );
    await api.auth.createUser({ username: 'wall', role: Role.DISPLAY });
    wallToken = (await api.auth.tokenFor('wall', 3600)).token;
    await api.auth.createUser({ username: 'analyst', role: Role.ANALYST });
    analystToken = (await api.auth.tokenFor('analyst', 3600)).token;
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
      wall.notices.find((n) => n.event === 'REGISTERED' && n.township.code === village.township_code),
    );
    expect(Date.now() - started).toBeLessThan(2000);
    expect(Object.keys(notice).sort()).toEqual(['at', 'event', 'township']);
    expect(wall.failed()).toBeNull();
    const json = JSON.stringify(wall.notices);
    for (const secret of [title, '王立新', '13909530001', '640302198001011'])
      expect(json).not.toContain(secret);

    // The ticker shows it: category, village (when the wall may see it), time only.
    const ticker = await api.graphqlAs<{ caseTicker: Record<string, unknown>[] }>(
      { authorization: `Bearer ${wallToken}` },
      `{ caseTicker(first: 1) { receivedAt category { nameZh } village { name } township { name } } }`,
    );
    expect(ticker.errors).toBeUndefined();
    expect(JSON.stringify(ticker.data)).not.toContain(title);
  });

  it('names the village and category of a change to those who may read them', async () => {
    const analyst = subscribe(api.url, analystToken, SUBSCRIPTION);
    sockets.push(analyst.client);
    await analyst.ready;
    await new Promise((r) => setTimeout(r, 100));
    expect((await register(api, `村名测试 ${dialect}`)).errors).toBeUndefined();
    // A repeat of the first test's petitioner: one notice, for its last step (MARKED_REPEAT).
    const notice = await waitFor('the notice', () => analyst.notices[0]);
    expect([notice.village, notice.category]).toEqual([
      { code: village.code, name: village.name },
      { code: 'IRRIGATION' },
    ]);
  });

  it('tells the change of an accusation only to those cleared for it, and not where or what', async () => {
    await api.auth.createUser({ username: 'live-admin', role: Role.ADMIN });
    const admin = subscribe(api.url, (await api.auth.tokenFor('live-admin', 3600)).token, SUBSCRIPTION);
    const analyst = subscribe(api.url, analystToken, SUBSCRIPTION);
    const wall = subscribe(api.url, wallToken);
    sockets.push(admin.client, analyst.client, wall.client);
    await Promise.all([admin.ready, analyst.ready, wall.ready]);
    await new Promise((r) => setTimeout(r, 100));
    expect((await register(api, '检举测试', 'ACCUSATION')).errors).toBeUndefined();
    // The same petitioner again: registered, then marked as a repeat — one notice, its last step.
    const notice = await waitFor('the notice', () => admin.notices[0]);
    expect([notice.village, notice.category]).toEqual([null, null]);
    // Not cleared (an analyst, the wall): not even the township and minute of the change.
    await new Promise((r) => setTimeout(r, 300));
    expect(analyst.notices).toEqual([]);
    expect(wall.notices).toEqual([]);
  });

  it('sends a user only the notices of their area', async () => {
    const [other] = await api.dataSource.query(
      `SELECT code FROM township WHERE code <> (SELECT township_code FROM village WHERE code = '${village.code}') LIMIT 1`,
    );
    await api.auth.createUser({ username: 'elsewhere', role: Role.ANALYST, townshipCode: other.code });
    const away = subscribe(api.url, (await api.auth.tokenFor('elsewhere', 3600)).token, SUBSCRIPTION);
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

  // ---- the socket carries subscriptions only (finding 7) ----

  const countRows = async (table: string) =>
    Number((await api.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  const clerkToken = async () => {
    if (!(await api.dataSource.query(`SELECT 1 FROM app_user WHERE username = 'socket-clerk'`)).length)
      await api.auth.createUser({ username: 'socket-clerk', role: Role.CLERK });
    return (await api.auth.tokenFor('socket-clerk', 3600)).token;
  };
  const outcomeErrors = (outcome: Outcome) =>
    outcome.kind === 'error'
      ? outcome.errors.map((e) => ({ code: e.extensions?.code, message: e.message }))
      : outcome;
  const codes = (outcome: Outcome) =>
    outcome.kind === 'error' ? outcome.errors.map((e) => e.extensions?.code) : outcome;

  it('refuses a query over the socket: no data, no access-log row', async () => {
    const before = await countRows('access_log');
    const outcome = await overSocket(
      api.url,
      await clerkToken(),
      `{ cases(first: 5) { edges { node { code petitioners { name phone idNumber } } } } }`,
      sockets,
    );
    expect(codes(outcome)).toEqual(['BAD_REQUEST']);
    expect(await countRows('access_log')).toBe(before);
  });

  it('refuses a mutation over the socket and writes nothing', async () => {
    const before = await countRows('petition_case');
    const outcome = await overSocket(
      api.url,
      await clerkToken(),
      `mutation { registerCase(input: { title: "经由套接字", summary: "不应写入", matterType: APPEAL,
         categoryCode: "IRRIGATION", channel: VISIT, villageCode: "${village.code}", headcount: 1,
         petitioners: [{ name: "王立新", phone: "13909530001", idNumber: "${`64030219800101124${idCheckDigit('64030219800101124')}`}" }] }) { id } }`,
      sockets,
    );
    expect(codes(outcome)).toEqual(['BAD_REQUEST']);
    expect(await countRows('petition_case')).toBe(before);
  });

  it('refuses introspection to a DISPLAY account, as a query and inside a subscription', async () => {
    for (const query of [
      `{ __schema { types { name } } }`,
      `subscription { caseChanged { event } } query { __type(name: "Case") { fields { name } } }`,
      `subscription { caseChanged { township { __type(name: "Case") { name } } } }`,
    ]) {
      expect(codes(await overSocket(api.url, wallToken, query, sockets))).toEqual(['FORBIDDEN']);
    }
  });

  it('keeps case rows and personal data off the socket, even inside a subscription', async () => {
    const before = await countRows('access_log');
    const outcome = await overSocket(
      api.url,
      await clerkToken(),
      `subscription { caseChanged { township { cases(first: 5) { totalCount edges { node { petitioners { name } } } } } } }`,
      sockets,
    );
    expect(codes(outcome)).toEqual(['FORBIDDEN']);
    expect(outcome.kind === 'error' && outcome.errors[0]!.message).toBe(
      'Township.cases (CaseConnection) is not sent over the socket: ask POST /graphql for it.',
    );
    expect(await countRows('access_log')).toBe(before);
  });

  it('refuses a subscription over the depth or cost limit, and masks field suggestions', async () => {
    let nested = 'code';
    for (let i = 0; i < GRAPHQL_LIMITS.maxDepth; i++) nested = `villages { township { ${nested} } }`;
    const deep = await overSocket(
      api.url,
      wallToken,
      `subscription { caseChanged { township { ${nested} } } }`,
      sockets,
    );
    expect(codes(deep)).toContain('QUERY_TOO_COMPLEX');
    // Within the HTTP limits, but a list of lists re-run on every change: over the socket's depth.
    const lists = await overSocket(
      api.url,
      wallToken,
      `subscription { caseChanged { township { villages { township { villages { code } } } } } }`,
      sockets,
    );
    expect(outcomeErrors(lists)).toEqual([
      { code: 'QUERY_TOO_COMPLEX', message: 'A subscription is at most 4 fields deep (this one: 6).' },
    ]);
    // Fragments count as if written out.
    const spread = await overSocket(
      api.url,
      wallToken,
      `subscription { caseChanged { ...N } } fragment N on ChangeNotice { township { villages { township { code } } } }`,
      sockets,
    );
    expect(codes(spread)).toEqual(['QUERY_TOO_COMPLEX']);

    const typo = await overSocket(
      api.url,
      wallToken,
      `subscription { caseChanged { townshp { code } } }`,
      sockets,
    );
    expect(codes(typo)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(JSON.stringify(typo)).not.toContain('Did you mean');
  });

  it("still serves the wall's own subscription (WallCaseChanged.graphql)", async () => {
    const document = operationDocument('WallCaseChanged');
    const client = createClient({
      url: wsUrl(api.url),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${wallToken}` },
      retryAttempts: 0,
    });
    sockets.push(client);
    const notices: { caseChanged: Record<string, unknown> }[] = [];
    let failed: unknown = null;
    const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
    client.subscribe<{ caseChanged: Record<string, unknown> }>(
      { query: document },
      { next: (v) => v.data && notices.push(v.data), error: (e) => (failed = e), complete: () => {} },
    );
    await connected;
    await new Promise((r) => setTimeout(r, 100));
    expect((await register(api, `墙面订阅 ${dialect}`)).errors).toBeUndefined();
    const notice = await waitFor('the notice', () => notices[0]);
    expect(Object.keys(notice.caseChanged).sort()).toEqual(['at', 'event', 'township']);
    expect(failed).toBeNull();
  });

  it(`allows ${LIVE_LIMITS.maxSubscriptionsPerSocket} subscriptions per socket and refuses one more`, async () => {
    const client = createClient({
      url: wsUrl(api.url),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${wallToken}` },
      retryAttempts: 0,
    });
    sockets.push(client);
    const errors: unknown[][] = [];
    for (let i = 0; i <= LIVE_LIMITS.maxSubscriptionsPerSocket; i++) {
      const mine: unknown[] = [];
      errors.push(mine);
      client.subscribe(
        { query: WALL_SUBSCRIPTION },
        { next: () => {}, error: (e) => mine.push(e), complete: () => {} },
      );
    }
    await waitFor('the refusal', () => (errors.at(-1)!.length ? true : undefined));
    expect(errors.slice(0, -1)).toEqual(errors.slice(0, -1).map(() => []));
    expect((errors.at(-1)![0] as GraphQLFormattedError[]).map((e) => e.extensions?.code)).toEqual([
      'RATE_LIMITED',
    ]);
  });

  it(`allows ${LIVE_LIMITS.maxSocketsPerUser} sockets per account and asks one more to try again later`, async () => {
    await api.auth.createUser({ username: 'wall-many', role: Role.DISPLAY });
    const token = (await api.auth.tokenFor('wall-many', 3600)).token;
    const walls = Array.from({ length: LIVE_LIMITS.maxSocketsPerUser }, () => subscribe(api.url, token));
    sockets.push(...walls.map((w) => w.client));
    await Promise.all(walls.map((w) => w.ready));
    const extra = subscribe(api.url, token);
    sockets.push(extra.client);
    expect(await extra.closed).toBe(1013);
    // Once a socket closes, its place is free again.
    await walls[0]!.client.dispose();
    await new Promise((r) => setTimeout(r, 100));
    const again = subscribe(api.url, token);
    sockets.push(again.client);
    await again.ready;
  });

  it('closes a socket that sends an oversized message, and keeps serving', async () => {
    const { socket, closed } = await rawSocket(api.url);
    socket.send(
      JSON.stringify({ type: 'connection_init', payload: { pad: 'x'.repeat(LIVE_LIMITS.maxPayloadBytes) } }),
    );
    expect(await closed).toBe(1009);
    const health = await fetch(`${api.url}/health`);
    expect(health.status).toBe(200);
  });

  it('closes a socket that never sends connection_init', async () => {
    const { closed } = await rawSocket(api.url);
    const started = Date.now();
    expect(await closed).toBe(4408);
    expect(Date.now() - started).toBeLessThan(LIVE_LIMITS.connectionInitTimeoutMs + 1000);
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
        wall.notices.find((n) => n.township.code === village.township_code),
      );
    } finally {
      await b.stop();
    }
  });
});
