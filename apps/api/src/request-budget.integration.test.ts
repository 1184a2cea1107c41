// Issue 11, findings 2 and 3, performed against a server seeded like `pnpm start` (≈ 20,600 cases):
// nested reference lists, a pivot whose answer outgrows the request's budget, fifteen aliases of the
// largest pivot, /health while a heavy accepted query runs, the execution and statement timeouts.
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Role } from '@lianxin/domain';
import { loadConfig } from './config.js';
import { limitStatementTime, openDatabase, serveWithoutWorkersOrJit } from './db/data-source.js';
import { startServer, type RunningServer } from './server.js';
import { heldUnits, REQUEST_BUDGET } from './request-budget.js';
import { describeEachDatabase } from './test/databases.js';
import { startTestApi, TEST_USER, type TestApi } from './test/api.js';

/** What `pnpm start` seeds (casesPerYear 3,500 from 2021), up to a fixed day. */
const SEED = { until: '2026-11-27' };

interface Answer {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions: Record<string, unknown> }[];
  };
}

async function post(url: string, headers: Record<string, string>, query: string): Promise<Answer> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

function nestedTownships(levels: number, leaf = 'code'): string {
  let selection = `villages { ${leaf} }`;
  for (let i = 1; i < levels; i++) selection = `villages { township { ${selection} } }`;
  return `{ townships { ${selection} } }`;
}

/** Polls `check` until it holds or `ms` pass; returns its last value. */
async function until<T>(check: () => Promise<T>, holds: (value: T) => boolean, ms = 3_000): Promise<T> {
  const end = Date.now() + ms;
  let value = await check();
  while (!holds(value) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    value = await check();
  }
  return value;
}

/**
 * Statements of `dataSource` that got past the request budget's watcher (which refuses by throwing
 * first): what reached the database, with when it started.
 */
function statementsStarted(dataSource: DataSource): { at: number; query: string }[] {
  const started: { at: number; query: string }[] = [];
  dataSource.subscribers.push({
    beforeQuery: (event) => void started.push({ at: Date.now(), query: event.query }),
  });
  return started;
}

const aliases = (n: number, field: string) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join('\n')} }`;
const KPI = '{ numerator denominator rate }';
const ALL_KPIS = `kpis { timelyAcceptance ${KPI} onTimeClosure ${KPI} satisfaction ${KPI} ratingParticipation ${KPI} leaderResolution ${KPI} repeatRate ${KPI} }`;
const BUCKET_KEYS =
  'period categoryCode townshipCode villageCode channel status leaderId unitId matterType count suppressed';

describeEachDatabase('request budget (issue 11: nested lists, heavy pivots)', (dialect) => {
  let api: TestApi;
  let wall: Record<string, string>;
  const as = (headers: Record<string, string>, query: string) => post(api.url, headers, query);
  const admin = (query: string) => as(api.authHeaders, query);

  beforeAll(async () => {
    api = await startTestApi(dialect, SEED);
    await api.auth.createUser({ username: 'wall', role: Role.DISPLAY });
    wall = await api.headersOf('wall');
  }, 600_000);
  afterAll(async () => {
    await api?.stop();
  });

  it('refuses townships → villages → township → villages at 3 and 4 levels at validation (400 QUERY_TOO_COMPLEX)', async () => {
    for (const levels of [3, 4]) {
      const answer = await as(wall, nestedTownships(levels));
      expect(answer.status, `${levels} levels`).toBe(400);
      expect(answer.body.data).toBeUndefined(); // refused before execution
      expect(answer.body.errors?.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(answer.body.errors?.[0]?.message).toMatch(/^Query cost [\d,]+ is over the limit of 2,000,000/);
    }
    // Two levels are an honest question with a small answer: 13 townships, 150 villages.
    const two = await as(wall, nestedTownships(2));
    expect(two.status).toBe(200);
    expect((two.body.data?.townships as unknown[]).length).toBe(13);
  });

  it('answers a query that passes validation but outgrows the runtime budget with one REQUEST_BUDGET_EXCEEDED, data null', async () => {
    // Every field and all six KPIs of each village × month bucket: ≈ 10,500 buckets × 37 fields. Its
    // static cost (20,000 × 37 ≈ 740,000) is within the limit; what it produces is not.
    const answer = await admin(`{ caseStats(groupBy: [VILLAGE, MONTH]) { ${BUCKET_KEYS} ${ALL_KPIS} } }`);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      data: null,
      errors: [
        {
          message: `The answer would be larger than ${REQUEST_BUDGET.maxUnits.toLocaleString('en')} fields and list items; ask for fewer nested lists or smaller pages.`,
          extensions: { code: 'REQUEST_BUDGET_EXCEEDED', budget: 'units', limit: REQUEST_BUDGET.maxUnits },
        },
      ],
    });
  });

  it('refuses 15 aliases of caseStats(VILLAGE, DAY, CATEGORY) by the bucket cap, in SQL, with data null', async () => {
    const statements = api.counter.statements.length;
    const answer = await admin(
      aliases(15, 'caseStats(groupBy: [VILLAGE, DAY, CATEGORY]) { count villageCode period categoryCode }'),
    );
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeNull();
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors?.[0]?.extensions).toEqual({
      code: 'REQUEST_BUDGET_EXCEEDED',
      budget: 'buckets',
      limit: REQUEST_BUDGET.maxBucketsPerField,
    });
    // The pivots asked the database for one row more than they may build, not for all of them.
    const pivots = api.counter.statements.slice(statements).filter((s) => /GROUP BY/i.test(s));
    expect(pivots.length).toBeGreaterThan(0);
    expect(pivots.every((s) => /LIMIT \d+/i.test(s))).toBe(true);
    expect(pivots.some((s) => s.includes(`LIMIT ${REQUEST_BUDGET.maxBucketsPerField + 1}`))).toBe(true);
  });

  it('keeps the biggest pivot the dashboard asks (village × month over all time) within the budget', async () => {
    const answer = await admin(
      '{ caseStats(groupBy: [VILLAGE, MONTH]) { period categoryCode townshipCode villageCode leaderId channel count suppressed } }',
    );
    expect(answer.status).toBe(200);
    // Every village-month with a case received in it (months with only other activity, e.g. a closing,
    // hold nothing this pivot asks for and are left out).
    expect((answer.body.data?.caseStats as unknown[]).length).toBeGreaterThan(5_000);
  });

  it('gives back the units of every answered request to the process-wide total, stopped and refused ones too', async () => {
    const base = heldUnits();
    const answers = await Promise.all([
      admin('{ caseStats(groupBy: [VILLAGE, MONTH]) { villageCode period count } }'),
      admin(aliases(15, `caseStats(groupBy: [VILLAGE, DAY, CATEGORY]) { count }`)),
      as(wall, nestedTownships(2)),
      admin('{ caseStats(groupBy: [VILLAGE]) { count, nope } }'),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 400, 200, 400]);
    expect(heldUnits()).toBe(base);
  });

  it('answers /health while the heaviest accepted query runs', async () => {
    const order: string[] = [];
    const heavy = admin(`{ caseStats(groupBy: [VILLAGE, WEEK]) { ${BUCKET_KEYS} } }`).then((answer) => {
      order.push('heavy');
      return answer;
    });
    // Asked once the heavy query has started (its SQL, then ≈ 16,000 buckets × 12 fields).
    await new Promise((resolve) => setTimeout(resolve, 150));
    const health = fetch(`${api.url}/health`).then(async (response) => {
      order.push('health');
      return response.status;
    });
    expect(await health).toBe(200);
    const answer = await heavy;
    expect(answer.status).toBe(200);
    expect((answer.body.data?.caseStats as unknown[]).length).toBeGreaterThan(5_000);
    expect(order).toEqual(['health', 'heavy']);
  });

  it('stops a request the execution timeout answered: no statement starts after its 503, its late answer is never cached', async () => {
    const started = statementsStarted(api.dataSource);
    const server: RunningServer = await startServer(
      // No background early-warning recompute: its statements are not the request's.
      {
        ...loadConfig({}),
        port: 0,
        host: '127.0.0.1',
        nodeEnv: 'test',
        graphqlTimeoutMs: 100,
        earlyWarningDebounceMs: 0,
      },
      api.dataSource,
      api.idNumbers,
    );
    try {
      const headers = { authorization: `Bearer ${(await server.auth.tokenFor(TEST_USER, 3600)).token}` };
      const query = `{ caseStats(groupBy: [VILLAGE, WEEK]) { period villageCode count } }`;
      for (let i = 0; i < 2; i++) {
        const answer = await post(server.url, headers, query);
        const answeredAt = Date.now();
        expect(answer.status, `attempt ${i + 1}`).toBe(503);
        expect(answer.body.errors?.[0]?.extensions.code).toBe('TIMEOUT');
        // Long enough for what was left of the execution to end (and, before the fix, to be cached:
        // the second attempt would then be a quick 200 from the cache).
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(started.filter((s) => s.at >= answeredAt).map((s) => s.query)).toEqual([]);
      }
    } finally {
      await server.stop();
    }
  });

  if (dialect === 'postgres') {
    it('cancels a statement over STATEMENT_TIMEOUT_MS on the API pool only (57014), not in the CLIs', async () => {
      const url = (api.dataSource.options as { url: string }).url;
      const apiPool = await openDatabase({ database: { dialect, url }, idNumbers: api.idNumbers });
      const cliPool = await openDatabase({ database: { dialect, url }, idNumbers: api.idNumbers });
      try {
        await limitStatementTime(apiPool, 100);
        await expect(apiPool.query('SELECT pg_sleep(0.5)')).rejects.toMatchObject({
          driverError: { code: '57014' },
        });
        // Every connection of the pool, not only the first.
        const results = await Promise.allSettled(
          Array.from({ length: 4 }, () => apiPool.query('SELECT pg_sleep(0.3)')),
        );
        expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected']);
        await expect(cliPool.query('SELECT pg_sleep(0.3)')).resolves.toBeDefined();
      } finally {
        await apiPool.destroy();
        await cliPool.destroy();
      }
    });

    it('applies statement_timeout to every connection of the pool, those opened later too', async () => {
      const url = (api.dataSource.options as { url: string }).url;
      const dataSource = await openDatabase({ database: { dialect, url }, idNumbers: api.idNumbers });
      try {
        await limitStatementTime(dataSource, 250);
        // Eight at once: the pool (max 10) opens new connections for them after the limit was set.
        const rows = await Promise.all(
          Array.from({ length: 8 }, () =>
            dataSource.query(
              "SELECT pg_backend_pid() AS pid, current_setting('statement_timeout') AS limit, pg_sleep(0.1)",
            ),
          ),
        );
        const seen = rows.map(([row]: { pid: number; limit: string }[]) => row!);
        expect(new Set(seen.map((row) => row.pid)).size).toBe(8);
        expect(seen.map((row) => row.limit)).toEqual(Array(8).fill('250ms'));
      } finally {
        await dataSource.destroy();
      }
    });

    it('serves without parallel workers or JIT on every connection of the pool, those opened later too', async () => {
      const url = (api.dataSource.options as { url: string }).url;
      const dataSource = await openDatabase({ database: { dialect, url }, idNumbers: api.idNumbers });
      try {
        await dataSource.query('SELECT 1');
        await serveWithoutWorkersOrJit(dataSource);
        const rows = await Promise.all(
          Array.from({ length: 6 }, () =>
            dataSource.query(
              `SELECT pg_backend_pid() AS pid, current_setting('jit') AS jit,
                      current_setting('max_parallel_workers_per_gather') AS workers, pg_sleep(0.1)`,
            ),
          ),
        );
        const seen = rows.map(([row]: { pid: number; jit: string; workers: string }[]) => row!);
        expect(new Set(seen.map((row) => row.pid)).size).toBe(6);
        expect(seen.map((row) => [row.jit, row.workers])).toEqual(Array(6).fill(['off', '0']));
      } finally {
        await dataSource.destroy();
      }
    });

    it('cancels the running SQL of a request the execution timeout answered, in the database', async () => {
      const url = (api.dataSource.options as { url: string }).url;
      const dataSource = await openDatabase({ database: { dialect, url }, idNumbers: api.idNumbers });
      // No statement timeout: only the cancel can end a statement waiting for the lock below.
      const server = await startServer(
        {
          ...loadConfig({}),
          port: 0,
          host: '127.0.0.1',
          nodeEnv: 'test',
          graphqlTimeoutMs: 400,
          statementTimeoutMs: 0,
        },
        dataSource,
        api.idNumbers,
      );
      const started = statementsStarted(dataSource);
      const monitor = new pg.Client({ connectionString: url });
      await monitor.connect();
      const locker = new pg.Client({ connectionString: url });
      await locker.connect();
      const pidOf = async (client: pg.Client) =>
        (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
      const ours = [await pidOf(monitor), await pidOf(locker)];
      /** Statements of the API's pool running in this database (the monitor and the locker left out). */
      const apiStatements = async () =>
        (
          await monitor.query<{ query: string; wait_event_type: string | null }>(
            `SELECT query, wait_event_type FROM pg_stat_activity
              WHERE datname = current_database() AND state = 'active' AND pid NOT IN ($1, $2)`,
            ours,
          )
        ).rows;
      try {
        const headers = { authorization: `Bearer ${(await server.auth.tokenFor(TEST_USER, 3600)).token}` };
        // The page of cases reads; its events then wait behind a lock held for as long as the test likes.
        await locker.query('BEGIN');
        await locker.query('LOCK TABLE case_event IN ACCESS EXCLUSIVE MODE');
        const answer = post(
          server.url,
          headers,
          '{ cases(first: 5) { edges { node { id events { type } } } } }',
        );
        const waiting = await until(apiStatements, (rows) => rows.some((r) => r.wait_event_type === 'Lock'));
        expect(waiting.map((r) => r.query).join('\n')).toMatch(/case_event/);
        expect((await answer).status).toBe(503);
        const answeredAt = Date.now();
        // The lock is still held: without the cancel, the request's statement would wait on it for ever.
        expect(await until(apiStatements, (rows) => rows.length === 0)).toEqual([]);
        await locker.query('ROLLBACK');
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(await apiStatements()).toEqual([]);
        expect(started.filter((s) => s.at >= answeredAt).map((s) => s.query)).toEqual([]);
        // The pool is whole: the cancelled statement's connection serves the next request normally.
        const next = await post(server.url, headers, '{ cases(first: 2) { edges { node { id } } } }');
        expect(next.status).toBe(200);
      } finally {
        await locker.query('ROLLBACK').catch(() => undefined);
        await locker.end();
        await monitor.end();
        await server.stop();
        await dataSource.destroy();
      }
    });

    it('answers a pivot cancelled by the statement timeout with TIMEOUT (503) and data null', async () => {
      const url = (api.dataSource.options as { url: string }).url;
      const dataSource = await openDatabase({ database: { dialect, url }, idNumbers: api.idNumbers });
      const server = await startServer(
        { ...loadConfig({}), port: 0, host: '127.0.0.1', nodeEnv: 'test', statementTimeoutMs: 20 },
        dataSource,
        api.idNumbers,
      );
      try {
        const headers = { authorization: `Bearer ${(await server.auth.tokenFor(TEST_USER, 3600)).token}` };
        // Four GROUP BYs over every case (one per KPI anchor date), 35–65 ms each here; a lookup, ~1 ms.
        const answer = await post(
          server.url,
          headers,
          `{ caseStats(groupBy: [VILLAGE, DAY, CATEGORY]) { count ${ALL_KPIS} } }`,
        );
        expect(answer.status).toBe(503);
        expect(answer.body).toEqual({
          data: null,
          errors: [
            {
              message: 'A database statement ran longer than its time limit and was cancelled.',
              extensions: { code: 'TIMEOUT' },
            },
          ],
        });
      } finally {
        await server.stop();
        await dataSource.destroy();
      }
    });
  }
});
