import { afterAll, beforeAll, expect, it } from 'vitest';
import { Role } from '@lianxin/domain';
import { describeEachDatabase } from '../test/databases.js';
import { startTestApi, type TestApi } from '../test/api.js';
import { RECORD_HEADER, statementKind } from './bench-mode.js';

// The list as the dashboard asks for it (Cases.graphql, trimmed to what the checks read).
const CASES = `query Cases($filter: CaseFilter!, $orderBy: CaseOrder, $first: Int!) {
  cases(filter: $filter, orderBy: $orderBy, first: $first) {
    totalCount
    edges { node { id code category { code } village { name } leader { name } } }
  }
}`;
const PERIOD = { from: '2021-02-03', to: '2021-11-17' };

it('tells reads from writes and transaction control', () => {
  expect(statementKind('SELECT 1')).toBe('read');
  expect(statementKind('  WITH x AS (SELECT 1) SELECT * FROM x')).toBe('read');
  expect(statementKind('INSERT INTO t VALUES (1)')).toBe('write');
  expect(statementKind('START TRANSACTION')).toBe('control');
  expect(statementKind('SET LOCAL statement_timeout = 0')).toBe('control');
  expect(statementKind('COMMIT')).toBe('control');
});

describeEachDatabase('bench mode (LIANXIN_BENCH=1)', (dialect) => {
  let api: TestApi;
  let analyst: Record<string, string>;

  beforeAll(async () => {
    api = await startTestApi(
      dialect,
      { until: '2021-12-31', casesPerYear: 400 },
      { benchEndpoints: true, responseCacheEntries: 0 },
    );
    await api.auth.createUser({ username: 'bench-reader', role: Role.ANALYST });
    analyst = await api.headersOf('bench-reader');
  });
  afterAll(async () => {
    await api?.stop();
  });

  async function recordCases(id: string | null) {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...analyst,
        ...(id === null ? {} : { [RECORD_HEADER]: id }),
      },
      body: JSON.stringify({
        query: CASES,
        variables: { filter: PERIOD, orderBy: { field: 'CODE', direction: 'ASC' }, first: 20 },
      }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      data: { cases: { totalCount: number; edges: { node: { code: string } }[] } };
    };
    return body.data.cases;
  }

  const recorded = (id: string) => fetch(`${api.url}/bench/recorded/${id}`);
  const replay = (id: string) => fetch(`${api.url}/bench/replay/${id}`, { method: 'POST' });

  it('records the statements of a request that asks, and replays its reads with the same rows', async () => {
    const page = await recordCases('list-1');
    expect(page.edges).toHaveLength(20);
    const recording = (await (await recorded('list-1')).json()) as {
      status: number;
      statements: { sql: string; kind: string }[];
    };
    expect(recording.status).toBe(200);
    const reads = recording.statements.filter((s) => s.kind === 'read');
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.some((s) => /petition_case/.test(s.sql))).toBe(true);

    const response = await replay('list-1');
    expect(response.status).toBe(200);
    const results = (await response.json()) as unknown[][];
    // One result set per recorded read, holding what the GraphQL answer was built from.
    expect(results).toHaveLength(reads.length);
    const rows = JSON.stringify(results);
    for (const { node } of page.edges) expect(rows).toContain(`"${node.code}"`);
  });

  it('records nothing for a request without the header, and refuses an id that is not plain', async () => {
    await recordCases(null);
    expect((await recorded('never-recorded')).status).toBe(404);
    expect((await replay('never-recorded')).status).toBe(404);
    const bad = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...analyst, [RECORD_HEADER]: '../x y' },
      body: JSON.stringify({ query: '{ categories { code } }' }),
    });
    expect(bad.status).toBe(400);
  });

  it('reports how long the event loop was held, and resets on reading', async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const busy = Date.now() + 120;
    while (Date.now() < busy); // holds this process's loop, which is the server's too
    await new Promise((resolve) => setTimeout(resolve, 50));
    const first = (await (await fetch(`${api.url}/bench/loop`)).json()) as {
      samples: number;
      maxBlockMs: number;
    };
    expect(first.samples).toBeGreaterThan(0);
    expect(first.maxBlockMs).toBeGreaterThanOrEqual(80);
    const second = (await (await fetch(`${api.url}/bench/loop`)).json()) as { maxBlockMs: number };
    expect(second.maxBlockMs).toBeLessThan(80);
  });

  it('answers the hand-written reference on PostgreSQL only, the same KPIs and page as GraphQL', async () => {
    const query = new URLSearchParams({ ...PERIOD, trendFrom: '2021-01-01', trendTo: PERIOD.to });
    const overview = await fetch(`${api.url}/bench/reference/overview?${query}`);
    if (dialect === 'sqlite') {
      expect(overview.status).toBe(501);
      return;
    }
    expect(overview.status).toBe(200);
    const reference = (await overview.json()) as {
      kpis: Record<string, { numerator: number; denominator: number }>;
      byCategory: { code: string; count: number }[];
    };
    const answer = await api.graphqlAs<{
      kpis: Record<string, { numerator: number; denominator: number }>;
      caseStats: { categoryCode: string; count: number }[];
    }>(
      analyst,
      `query ($f: CaseFilter!) {
        kpis(filter: $f) {
          timelyAcceptance { numerator denominator } onTimeClosure { numerator denominator }
          satisfaction { numerator denominator } ratingParticipation { numerator denominator }
        }
        caseStats(filter: $f, groupBy: [CATEGORY]) { categoryCode count }
      }`,
      { f: PERIOD },
    );
    expect(answer.errors).toBeUndefined();
    for (const [name, value] of Object.entries(answer.data!.kpis)) {
      const { numerator, denominator } = reference.kpis[name]!;
      expect({ numerator, denominator }, name).toEqual(value);
    }
    const counts = (rows: { code: string; count: number }[]) =>
      Object.fromEntries(rows.filter((r) => r.count > 0).map((r) => [r.code, r.count]));
    expect(counts(reference.byCategory)).toEqual(
      counts(answer.data!.caseStats.map((r) => ({ code: r.categoryCode, count: r.count }))),
    );

    const list = (await (
      await fetch(`${api.url}/bench/reference/cases?${new URLSearchParams(PERIOD)}`)
    ).json()) as { cases: { code: string }[]; totalCount: number };
    const page = await api.graphqlAs<{ cases: { totalCount: number; edges: { node: { code: string } }[] } }>(
      analyst,
      CASES,
      { filter: PERIOD, orderBy: { field: 'RECEIVED_AT', direction: 'DESC' }, first: 50 },
    );
    expect(page.data!.cases.totalCount).toBe(list.totalCount);
    expect(page.data!.cases.edges.map((e) => e.node.code)).toEqual(list.cases.map((c) => c.code));

    const bad = await fetch(`${api.url}/bench/reference/cases?from=2021-13&to=x`);
    expect(bad.status).toBe(400);
  });
});

describeEachDatabase('without LIANXIN_BENCH', (dialect) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(dialect, { until: '2021-01-31', casesPerYear: 100 });
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('mounts no bench endpoint and records nothing', async () => {
    expect((await fetch(`${api.url}/bench/loop`)).status).toBe(404);
    expect((await fetch(`${api.url}/bench/replay/x`, { method: 'POST' })).status).toBe(404);
    const response = await api.graphqlAs(
      { ...api.authHeaders, [RECORD_HEADER]: 'x' },
      '{ categories { code } }',
    );
    expect(response.status).toBe(200);
  });
});
