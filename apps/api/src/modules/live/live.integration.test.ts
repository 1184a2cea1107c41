// Live updates: subscriptions over WebSocket reach a DISPLAY account within moments of a commit,
// carry no personal data, refuse anonymous sockets, close revoked ones, and cross API instances
// through Redis. The socket carries subscriptions only, under the HTTP path's limits (finding 7). The
// setup and the clients: test/live.fixtures.ts.
import type { GraphQLFormattedError } from 'graphql';
import { createClient } from 'graphql-ws';
import { expect, it } from 'vitest';
import WebSocket from 'ws';
import { idCheckDigit, Role } from '@lianxin/domain';
import { operationDocument } from '@lianxin/operations';
import { loadConfig } from '../../config.js';
import { GRAPHQL_LIMITS } from '../../security.js';
import { startServer, type RunningServer } from '../../server.js';
import { describeEachDatabase } from '../../test/databases.js';
import {
  codes,
  liveSuite,
  outcomeErrors,
  overSocket,
  rawSocket,
  redis,
  REDIS_URL,
  SECRET,
  subscribe,
  SUBSCRIPTION,
  waitFor,
  WALL_SUBSCRIPTION,
  wsUrl,
} from '../../test/live.fixtures.js';
import { LIVE_LIMITS } from './live-socket.js';

describeEachDatabase('live updates', (dialect) => {
  const suite = liveSuite(dialect);
  const { sockets, register, countRows, clerkToken } = suite;

  it('pushes a registration to a DISPLAY wall within 2 s, with no case detail', async () => {
    const wall = subscribe(suite.api.url, suite.wallToken);
    sockets.push(wall.client);
    await wall.ready;
    // The subscription is registered right after `connected`; give the server a moment to start it.
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    const title = `直播测试 ${dialect}`;
    expect((await register(suite.api, title)).errors).toBeUndefined();
    const notice = await waitFor('the notice', () =>
      wall.notices.find((n) => n.event === 'REGISTERED' && n.township.code === suite.village.township_code),
    );
    expect(Date.now() - started).toBeLessThan(2000);
    expect(Object.keys(notice).sort()).toEqual(['at', 'event', 'township']);
    expect(wall.failed()).toBeNull();
    const json = JSON.stringify(wall.notices);
    for (const secret of [title, '王立新', '13909530001', '640302198001011'])
      expect(json).not.toContain(secret);

    // The ticker shows it: category, village (when the wall may see it), time only.
    const ticker = await suite.api.graphqlAs<{ caseTicker: Record<string, unknown>[] }>(
      { authorization: `Bearer ${suite.wallToken}` },
      `{ caseTicker(first: 1) { receivedAt category { nameZh } village { name } township { name } } }`,
    );
    expect(ticker.errors).toBeUndefined();
    expect(JSON.stringify(ticker.data)).not.toContain(title);
  });

  it('names the village and category of a change to those who may read them', async () => {
    const analyst = subscribe(suite.api.url, suite.analystToken, SUBSCRIPTION);
    sockets.push(analyst.client);
    await analyst.ready;
    await new Promise((r) => setTimeout(r, 100));
    expect((await register(suite.api, `村名测试 ${dialect}`)).errors).toBeUndefined();
    // A repeat of the first test's petitioner: one notice, for its last step (MARKED_REPEAT).
    const notice = await waitFor('the notice', () => analyst.notices[0]);
    expect([notice.village, notice.category]).toEqual([
      { code: suite.village.code, name: suite.village.name },
      { code: 'IRRIGATION' },
    ]);
  });

  it('tells the change of an accusation only to those cleared for it, and not where or what', async () => {
    await suite.api.auth.createUser({ username: 'live-admin', role: Role.ADMIN });
    const admin = subscribe(
      suite.api.url,
      (await suite.api.auth.tokenFor('live-admin', 3600)).token,
      SUBSCRIPTION,
    );
    const analyst = subscribe(suite.api.url, suite.analystToken, SUBSCRIPTION);
    const wall = subscribe(suite.api.url, suite.wallToken);
    sockets.push(admin.client, analyst.client, wall.client);
    await Promise.all([admin.ready, analyst.ready, wall.ready]);
    await new Promise((r) => setTimeout(r, 100));
    expect((await register(suite.api, '检举测试', 'ACCUSATION')).errors).toBeUndefined();
    // The same petitioner again: registered, then marked as a repeat — one notice, its last step.
    const notice = await waitFor('the notice', () => admin.notices[0]);
    expect([notice.village, notice.category]).toEqual([null, null]);
    // Not cleared (an analyst, the wall): not even the township and minute of the change.
    await new Promise((r) => setTimeout(r, 300));
    expect(analyst.notices).toEqual([]);
    expect(wall.notices).toEqual([]);
  });

  it('sends a user only the notices of their area', async () => {
    const [other] = await suite.api.dataSource.query(
      `SELECT code FROM township WHERE code <> (SELECT township_code FROM village WHERE code = '${suite.village.code}') LIMIT 1`,
    );
    await suite.api.auth.createUser({ username: 'elsewhere', role: Role.ANALYST, townshipCode: other.code });
    const away = subscribe(
      suite.api.url,
      (await suite.api.auth.tokenFor('elsewhere', 3600)).token,
      SUBSCRIPTION,
    );
    const here = subscribe(suite.api.url, suite.wallToken);
    sockets.push(away.client, here.client);
    await Promise.all([away.ready, here.ready]);
    await new Promise((r) => setTimeout(r, 100));
    expect((await register(suite.api, `区域测试 ${dialect}`)).errors).toBeUndefined();
    await waitFor('the district wall', () => here.notices[0]);
    await new Promise((r) => setTimeout(r, 300));
    expect(away.notices).toEqual([]);
  });

  it('refuses an anonymous socket (4403) and closes a revoked one (4401)', async () => {
    const anonymous = subscribe(suite.api.url, null);
    sockets.push(anonymous.client);
    expect(await anonymous.closed).toBe(4403);

    await suite.api.auth.createUser({ username: 'wall-2', role: Role.DISPLAY });
    const issued = await suite.api.auth.tokenFor('wall-2', 3600);
    const wall = subscribe(suite.api.url, issued.token);
    sockets.push(wall.client);
    await wall.ready;
    await suite.api.auth.setDisabled('wall-2', true);
    expect(
      await Promise.race([wall.closed, new Promise((r) => setTimeout(() => r('still open'), 3000))]),
    ).toBe(4401);
  });

  // ---- the socket carries subscriptions only (finding 7) ----

  it('refuses a query over the socket: no data, no access-log row', async () => {
    const before = await countRows('access_log');
    const outcome = await overSocket(
      suite.api.url,
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
      suite.api.url,
      await clerkToken(),
      `mutation { registerCase(input: { title: "经由套接字", summary: "不应写入", matterType: APPEAL,
         categoryCode: "IRRIGATION", channel: VISIT, villageCode: "${suite.village.code}", headcount: 1,
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
      expect(codes(await overSocket(suite.api.url, suite.wallToken, query, sockets))).toEqual(['FORBIDDEN']);
    }
  });

  it('keeps case rows and personal data off the socket, even inside a subscription', async () => {
    const before = await countRows('access_log');
    const outcome = await overSocket(
      suite.api.url,
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
      suite.api.url,
      suite.wallToken,
      `subscription { caseChanged { township { ${nested} } } }`,
      sockets,
    );
    expect(codes(deep)).toContain('QUERY_TOO_COMPLEX');
    // Within the HTTP limits, but a list of lists re-run on every change: over the socket's depth.
    const lists = await overSocket(
      suite.api.url,
      suite.wallToken,
      `subscription { caseChanged { township { villages { township { villages { code } } } } } }`,
      sockets,
    );
    expect(outcomeErrors(lists)).toEqual([
      { code: 'QUERY_TOO_COMPLEX', message: 'A subscription is at most 4 fields deep (this one: 6).' },
    ]);
    // Fragments count as if written out.
    const spread = await overSocket(
      suite.api.url,
      suite.wallToken,
      `subscription { caseChanged { ...N } } fragment N on ChangeNotice { township { villages { township { code } } } }`,
      sockets,
    );
    expect(codes(spread)).toEqual(['QUERY_TOO_COMPLEX']);

    const typo = await overSocket(
      suite.api.url,
      suite.wallToken,
      `subscription { caseChanged { townshp { code } } }`,
      sockets,
    );
    expect(codes(typo)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(JSON.stringify(typo)).not.toContain('Did you mean');
  });

  it("still serves the wall's own subscription (WallCaseChanged.graphql)", async () => {
    const document = operationDocument('WallCaseChanged');
    const client = createClient({
      url: wsUrl(suite.api.url),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${suite.wallToken}` },
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
    expect((await register(suite.api, `墙面订阅 ${dialect}`)).errors).toBeUndefined();
    const notice = await waitFor('the notice', () => notices[0]);
    expect(Object.keys(notice.caseChanged).sort()).toEqual(['at', 'event', 'township']);
    expect(failed).toBeNull();
  });

  it("serves both the wall's subscriptions on one socket (WallCaseChanged and WallEarlyWarningRaised.graphql)", async () => {
    const client = createClient({
      url: wsUrl(suite.api.url),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${suite.wallToken}` },
      retryAttempts: 0,
    });
    sockets.push(client);
    const notices: Record<string, unknown>[] = [];
    const failures: unknown[] = [];
    const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
    for (const name of ['WallCaseChanged', 'WallEarlyWarningRaised'])
      client.subscribe<Record<string, unknown>>(
        { query: operationDocument(name) },
        {
          next: (v) => v.data && notices.push(v.data),
          error: (e) => failures.push(e),
          complete: () => {},
        },
      );
    await connected;
    await new Promise((r) => setTimeout(r, 100));
    expect((await register(suite.api, `墙面预警订阅 ${dialect}`)).errors).toBeUndefined();
    await waitFor('the notice', () => notices.find((n) => 'caseChanged' in n));
    // The DISPLAY account may subscribe to early warnings (field rules: township, category, month, level).
    expect(failures).toEqual([]);
  });

  it(`allows ${LIVE_LIMITS.maxSubscriptionsPerSocket} subscriptions per socket and refuses one more`, async () => {
    const client = createClient({
      url: wsUrl(suite.api.url),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${suite.wallToken}` },
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
    await suite.api.auth.createUser({ username: 'wall-many', role: Role.DISPLAY });
    const token = (await suite.api.auth.tokenFor('wall-many', 3600)).token;
    const walls = Array.from({ length: LIVE_LIMITS.maxSocketsPerUser }, () =>
      subscribe(suite.api.url, token),
    );
    sockets.push(...walls.map((w) => w.client));
    await Promise.all(walls.map((w) => w.ready));
    const extra = subscribe(suite.api.url, token);
    sockets.push(extra.client);
    expect(await extra.closed).toBe(1013);
    // Once a socket closes, its place is free again.
    await walls[0]!.client.dispose();
    await new Promise((r) => setTimeout(r, 100));
    const again = subscribe(suite.api.url, token);
    sockets.push(again.client);
    await again.ready;
  });

  it('closes a socket that sends an oversized message, and keeps serving', async () => {
    const { socket, closed } = await rawSocket(suite.api.url);
    socket.send(
      JSON.stringify({ type: 'connection_init', payload: { pad: 'x'.repeat(LIVE_LIMITS.maxPayloadBytes) } }),
    );
    expect(await closed).toBe(1009);
    const health = await fetch(`${suite.api.url}/health`);
    expect(health.status).toBe(200);
  });

  it('closes a socket that never sends connection_init', async () => {
    const { closed } = await rawSocket(suite.api.url);
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
      suite.api.dataSource,
      suite.api.idNumbers,
    );
    try {
      const wall = subscribe(b.url, suite.wallToken);
      sockets.push(wall.client);
      await wall.ready;
      await new Promise((r) => setTimeout(r, 200));
      const title = `跨实例 ${dialect} ${Date.now()}`;
      expect((await register(suite.api, title)).errors).toBeUndefined();
      await waitFor('the notice through Redis', () =>
        wall.notices.find((n) => n.township.code === suite.village.township_code),
      );
    } finally {
      await b.stop();
    }
  });
});
