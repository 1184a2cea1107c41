import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureLog, withRequestId } from './log.js';
import { describeEachDatabase } from './test/databases.js';
import { startTestApi, type TestApi } from './test/api.js';
import { redis, REDIS_URL } from './test/live.fixtures.js';

const SEED = { until: '2021-06-30', casesPerYear: 100 };
const TOKEN = 'scrape-token-0123456789abcdef';
const TOWNSHIPS = 'query TownshipNames { townships { code } }';

/** Every line the runtime log writes in this file, parsed. */
const logged: Record<string, unknown>[] = [];
const rawLog: string[] = [];
configureLog({
  level: 'info',
  destination: {
    write(line: string) {
      rawLog.push(line);
      logged.push(JSON.parse(line) as Record<string, unknown>);
    },
  },
});

/** The value of one sample of the Prometheus text: its name and (a subset of) its labels, in any order. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]),
    );
    if (Object.entries(labels).every(([k, v]) => found[k] === v)) return Number(match[3]);
  }
  return undefined;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describeEachDatabase('metrics behind a token', (dialect) => {
  let api: TestApi;

  beforeAll(async () => {
    // Every statement of 1 ms or more is "slow", so that a request surely logs one.
    api = await startTestApi(dialect, SEED, { metricsToken: TOKEN, slowQueryMs: 1 });
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('answers /metrics 401 without the token or with a wrong one, as typed JSON', async () => {
    for (const headers of [{}, bearer('scrape-token-0123456789abcdeX'), { authorization: TOKEN }]) {
      const response = await fetch(`${api.url}/metrics`, { headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(await response.json()).toEqual({
        errors: [
          {
            message: 'The metrics need the bearer token (METRICS_TOKEN).',
            extensions: { code: 'UNAUTHENTICATED' },
          },
        ],
      });
    }
  });

  it('counts operations by name and outcome, their latency, the cache, the pool and the event loop', async () => {
    const first = await api.graphql(TOWNSHIPS);
    const second = await api.graphql(TOWNSHIPS);
    expect([first.headers.get('x-lianxin-cache'), second.headers.get('x-lianxin-cache')]).toEqual([
      'miss',
      'hit',
    ]);
    const refused = await api.graphqlAs({}, 'query WhoAmINot { townships { code } }');
    const refusal = refused.errors![0]!.extensions.code;
    await api.graphql('query { townships { code } }');

    const response = await fetch(`${api.url}/metrics`, { headers: bearer(TOKEN) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(
      sample(text, 'lianxin_graphql_requests_total', { operation: 'TownshipNames', outcome: 'ok' }),
    ).toBe(2);
    expect(sample(text, 'lianxin_graphql_requests_total', { operation: 'WhoAmINot', outcome: refusal })).toBe(
      1,
    );
    expect(sample(text, 'lianxin_graphql_requests_total', { operation: 'anonymous', outcome: 'ok' })).toBe(1);
    expect(
      sample(text, 'lianxin_graphql_request_duration_seconds_bucket', {
        operation: 'TownshipNames',
        le: '+Inf',
      }),
    ).toBe(2);
    expect(
      sample(text, 'lianxin_graphql_request_duration_seconds_count', { operation: 'TownshipNames' }),
    ).toBe(2);
    // By route template: the four GraphQL posts so far (and the 401s of /metrics before).
    expect(
      sample(text, 'lianxin_http_request_duration_seconds_count', {
        method: 'POST',
        route: '/graphql',
        status: '2xx',
      }),
    ).toBeGreaterThanOrEqual(3);
    expect(sample(text, 'lianxin_response_cache_lookups_total', { result: 'hit' })).toBe(1);
    expect(sample(text, 'lianxin_response_cache_lookups_total', { result: 'miss' })).toBeGreaterThanOrEqual(
      1,
    );
    expect(sample(text, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'lianxin_live_sockets')).toBe(0);
    const pooled = sample(text, 'lianxin_db_pool_connections', { state: 'total' });
    if (dialect === 'sqlite') expect(pooled).toBe(1);
    else expect(pooled).toBeGreaterThanOrEqual(1);
  });

  it('counts export runs by kind and outcome', async () => {
    const anonymous = await fetch(`${api.url}/export/cases.csv`);
    expect(anonymous.status).toBe(401);
    const exported = await fetch(`${api.url}/export/cases.csv`, { headers: api.authHeaders });
    expect(exported.status).toBe(200);
    await exported.text();
    const text = await (await fetch(`${api.url}/metrics`, { headers: bearer(TOKEN) })).text();
    expect(sample(text, 'lianxin_transfer_runs_total', { kind: 'export_csv', outcome: 'ok' })).toBe(1);
    expect(
      sample(text, 'lianxin_transfer_runs_total', { kind: 'export_csv', outcome: 'UNAUTHENTICATED' }),
    ).toBe(1);
    expect(
      sample(text, 'lianxin_http_request_duration_seconds_count', {
        method: 'GET',
        route: '/export/cases.csv',
        status: '2xx',
      }),
    ).toBe(1);
  });

  it('labels operation names outside the bounded set as other', async () => {
    await api.graphql(`query ${'L'.repeat(65)} { townships { code } }`);
    const text = await (await fetch(`${api.url}/metrics`, { headers: bearer(TOKEN) })).text();
    expect(text).not.toContain('L'.repeat(65));
    expect(sample(text, 'lianxin_graphql_requests_total', { operation: 'other', outcome: 'ok' })).toBe(1);
  });

  it('gives each request an id, echoed in the header and carried by its log lines', async () => {
    const count = logged.length;
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...api.authHeaders },
      body: JSON.stringify({
        query: `query Pivot { caseStats(groupBy: [VILLAGE, MONTH], filter: { from: "2021-01-01", to: "2021-06-30" }) { count } }`,
      }),
    });
    expect(response.status).toBe(200);
    const reqId = response.headers.get('x-request-id')!;
    expect(reqId).toMatch(/^[0-9a-f-]{36}$/);
    const mine = logged.slice(count).filter((line) => line.reqId === reqId);
    expect(mine.find((line) => line.msg === 'request')).toMatchObject({
      level: 'info',
      method: 'POST',
      route: '/graphql',
      status: 200,
      completed: true,
    });
  });

  it('logs a slow statement with its duration and request id, never its parameters', async () => {
    const idNumber = '110101199003070011';
    const p = api.dataSource.dialect.placeholder(1);
    // ~200,000 rows counted: tens of milliseconds on either database, past SLOW_QUERY_MS = 1.
    const sql = `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000) SELECT count(*) AS c FROM n WHERE ${p} <> ''`;
    await withRequestId('slow-1', () => api.dataSource.query(sql, [idNumber]));
    // PostgreSQL may add a statement of its own on the connection (its version), slow at 1 ms too.
    const slow = logged.filter((line) => line.reqId === 'slow-1' && line.sql === sql);
    expect(slow).toHaveLength(1);
    expect(Object.keys(slow[0]!).sort()).toEqual([
      'failed',
      'level',
      'ms',
      'msg',
      'reqId',
      'service',
      'sql',
      'time',
    ]);
    expect(slow[0]).toMatchObject({ level: 'warn', msg: 'slow SQL statement', sql, failed: false });
    expect(slow[0]!.ms).toBeGreaterThanOrEqual(1);
    expect(rawLog.join('')).not.toContain(idNumber);
    const text = await (await fetch(`${api.url}/metrics`, { headers: bearer(TOKEN) })).text();
    expect(sample(text, 'lianxin_db_slow_statements_total')).toBeGreaterThanOrEqual(1);
  });

  it('keeps a sane incoming X-Request-Id and replaces a hostile one', async () => {
    const kept = await fetch(`${api.url}/health`, { headers: { 'x-request-id': 'lb-7f3a.42_x' } });
    expect(kept.headers.get('x-request-id')).toBe('lb-7f3a.42_x');
    expect(logged.some((line) => line.reqId === 'lb-7f3a.42_x' && line.route === '/health')).toBe(true);
    for (const hostile of ['x'.repeat(65), 'id with spaces', '"><script>', 'a/b']) {
      const replaced = await fetch(`${api.url}/health`, { headers: { 'x-request-id': hostile } });
      expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(rawLog.join('')).not.toContain('id with spaces');
  });

  it('never writes a token or a cookie to the log', async () => {
    const session = 'session-cookie-value-4f9c2e';
    await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...api.authHeaders,
        cookie: `lianxin_session=${session}`,
      },
      body: JSON.stringify({ query: '{ nosuchfield }' }),
    });
    await fetch(`${api.url}/metrics`, { headers: bearer(TOKEN) });
    const all = rawLog.join('');
    expect(all).not.toContain(api.authHeaders.authorization!.slice('Bearer '.length));
    expect(all).not.toContain(session);
    expect(all).not.toContain(TOKEN);
  });

  it('says /health/ready to anyone, and its parts only with the token; /health stays as it was', async () => {
    const anonymous = await fetch(`${api.url}/health/ready`);
    expect(anonymous.status).toBe(200);
    expect(await anonymous.json()).toEqual({ status: 'ready' });
    const wrong = await fetch(`${api.url}/health/ready`, { headers: bearer('not-the-token-0123456789') });
    expect(await wrong.json()).toEqual({ status: 'ready' });
    const detailed = await fetch(`${api.url}/health/ready`, { headers: bearer(TOKEN) });
    expect(await detailed.json()).toEqual({ status: 'ready', database: 'ok', redis: 'not configured' });
    const liveness = await fetch(`${api.url}/health`);
    expect(await liveness.json()).toEqual({ status: 'ok', database: dialect });
  });
});

describeEachDatabase('metrics not configured', (dialect) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(dialect, SEED);
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('answers /metrics 404 as if it did not exist, token or not', async () => {
    for (const headers of [{}, bearer(TOKEN)]) {
      const response = await fetch(`${api.url}/metrics`, { headers });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({
        errors: [{ message: 'No such endpoint.', extensions: { code: 'NOT_FOUND' } }],
      });
    }
    // Without a token, readiness has no parts to show anyone.
    const ready = await fetch(`${api.url}/health/ready`, { headers: bearer(TOKEN) });
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});

describeEachDatabase('metrics on their own port', (dialect) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(dialect, SEED, { metricsPort: 0, metricsHost: '127.0.0.1' });
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('serves /metrics on METRICS_PORT only: the API port answers 404, the metrics port nothing else', async () => {
    await api.graphql(TOWNSHIPS);
    expect(api.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    const metrics = await fetch(api.metricsUrl!);
    expect(metrics.status).toBe(200);
    const text = await metrics.text();
    expect(
      sample(text, 'lianxin_graphql_requests_total', { operation: 'TownshipNames', outcome: 'ok' }),
    ).toBe(1);
    expect((await fetch(`${api.url}/metrics`)).status).toBe(404);
    const other = await fetch(api.metricsUrl!.replace('/metrics', '/graphql'));
    expect(other.status).toBe(404);
  });
});

describe.skipIf(!redis)('readiness with Redis', () => {
  let api: TestApi;
  let proxy: net.Server;
  const sockets = new Set<net.Socket>();

  beforeAll(async () => {
    // Redis through a proxy of the test's own, which it closes to make Redis unreachable.
    const upstream = new URL(REDIS_URL);
    proxy = net.createServer((client) => {
      const server = net.connect(Number(upstream.port || 6379), upstream.hostname);
      for (const socket of [client, server]) {
        sockets.add(socket);
        socket.on('error', () => undefined);
        socket.on('close', () => sockets.delete(socket));
      }
      client.pipe(server).pipe(client);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const port = (proxy.address() as net.AddressInfo).port;
    api = await startTestApi('sqlite', SEED, { metricsToken: TOKEN, redisUrl: `redis://127.0.0.1:${port}` });
  });
  afterAll(async () => {
    await api?.stop();
    proxy?.close();
  });

  it('is ready while Redis answers, and unavailable (503, redis down) once its port is closed', async () => {
    const up = await fetch(`${api.url}/health/ready`, { headers: bearer(TOKEN) });
    expect([up.status, await up.json()]).toEqual([200, { status: 'ready', database: 'ok', redis: 'ok' }]);

    proxy.close();
    for (const socket of sockets) socket.destroy();
    await expect
      .poll(async () => (await fetch(`${api.url}/health/ready`, { headers: bearer(TOKEN) })).status)
      .toBe(503);
    const down = await fetch(`${api.url}/health/ready`, { headers: bearer(TOKEN) });
    expect(await down.json()).toEqual({ status: 'unavailable', database: 'ok', redis: 'down' });
    const anonymous = await fetch(`${api.url}/health/ready`);
    expect([anonymous.status, await anonymous.json()]).toEqual([503, { status: 'unavailable' }]);
  });
});
