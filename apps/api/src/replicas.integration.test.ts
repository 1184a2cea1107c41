// Read replicas on a scratch primary and a streaming replica of it (pg_basebackup) on this machine:
// where reads and writes go, read-your-writes under replica lag, the response cache's versions, the
// lag bound, and a replica that stops and comes back. PostgreSQL only: SQLite has no replicas.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticPack } from './test/boundary-pack.fixtures.js';
import { idCheckDigit, Role } from '@lianxin/domain';
import { loadConfig, type Config } from './config.js';
import { openDatabase, type DialectDataSource } from './db/data-source.js';
import { loadSeed } from './db/seed-loader.js';
import { IdNumberCipher } from './modules/petitioner/id-number-cipher.js';
import { WRITE_COOKIE, WRITE_HEADER } from './read-your-writes.js';
import { startServer, type RunningServer } from './server.js';
import {
  scratchClustersAvailable,
  startScratchPrimary,
  startScratchReplica,
  type ScratchCluster,
} from './test/pg-cluster.js';

const SECRET = 'replica-test-secret-0123456789abcdef0123456789';
const METRICS_TOKEN = 'replica-metrics-token-0123';
const TOTAL = '{ cases(first: 1) { totalCount } }';

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string }[] };
  headers: Headers;
}

async function waitFor(what: string, check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

if (!scratchClustersAvailable) {
  const message = 'PostgreSQL server programs (initdb, pg_ctl) are not installed';
  if (process.env.LIANXIN_REQUIRE_PG === '1') throw new Error(`${message} and LIANXIN_REQUIRE_PG=1`);
  console.warn(`\n!!! ${message}: the replica suite is SKIPPED\n`);
}

describe.skipIf(!scratchClustersAvailable)('read replicas [postgres]', () => {
  const idNumbers = IdNumberCipher.ephemeral();
  let primary: ScratchCluster;
  let replica: ScratchCluster;
  const dataSources: DialectDataSource[] = [];
  /** Lag bound of a minute: the paused replica stays in rotation. */
  let server: RunningServer;
  /** Same database, its own data source, a lag bound of 300 ms. */
  let strict: RunningServer;
  let token: string;
  let villageCode: string;

  const instance = async (maxLagMs: number): Promise<RunningServer> => {
    const ds = await openDatabase({ database: { dialect: 'postgres', url: primary.url() }, idNumbers });
    dataSources.push(ds);
    const config: Config = {
      ...loadConfig({}),
      port: 0,
      host: '127.0.0.1',
      nodeEnv: 'test',
      authSecret: SECRET,
      metricsToken: METRICS_TOKEN,
      earlyWarningDebounceMs: 0,
      replicas: { urls: [replica.url()], maxLagMs },
    };
    return startServer(config, ds, idNumbers);
  };

  beforeAll(async () => {
    primary = await startScratchPrimary(5451);
    const seeding = await openDatabase({ database: { dialect: 'postgres', url: primary.url() }, idNumbers });
    await loadSeed(seeding, idNumbers, { until: '2021-06-30', casesPerYear: 200 });
    [{ code: villageCode }] = await seeding.query('SELECT code FROM village ORDER BY code LIMIT 1');
    await seeding.destroy();
    replica = await startScratchReplica(primary, 5452);
    server = await instance(60_000);
    strict = await instance(300);
    await server.auth.createUser({ username: 'clerk', role: Role.ADMIN });
    token = (await server.auth.tokenFor('clerk', 3600)).token;
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await strict?.stop();
    for (const ds of dataSources) await ds.destroy();
    await replica?.destroy();
    await primary?.destroy();
  });

  const graphql = async (
    on: RunningServer,
    query: string,
    variables?: Record<string, unknown>,
    readAfter?: string,
  ): Promise<Answer> => {
    const response = await fetch(`${on.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        ...(readAfter ? { [WRITE_HEADER]: readAfter } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      body: (await response.json()) as Answer['body'],
      headers: response.headers,
    };
  };
  const total = async (on: RunningServer, readAfter?: string) => {
    const answer = await graphql(on, TOTAL, undefined, readAfter);
    expect(answer.body.errors).toBeUndefined();
    return {
      n: (answer.body.data as { cases: { totalCount: number } }).cases.totalCount,
      cache: answer.headers.get('x-lianxin-cache'),
    };
  };
  const register = async (on: RunningServer, title: string) => {
    const answer = await graphql(
      on,
      `
        mutation ($input: RegisterCaseInput!) {
          registerCase(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          title,
          summary: '渠道堵塞，下游无法淌水。',
          matterType: 'APPEAL',
          categoryCode: 'IRRIGATION',
          channel: 'VISIT',
          villageCode,
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
    expect(answer.body.errors).toBeUndefined();
    return answer;
  };
  /** One sample of a metric of `on` (0 when absent). */
  const metric = async (on: RunningServer, sample: string): Promise<number> => {
    const text = await (
      await fetch(`${on.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
    ).text();
    const line = text.split('\n').find((l) => l.startsWith(`${sample} `));
    return line ? Number(line.slice(sample.length + 1)) : 0;
  };
  const replicaLabel = () => `{replica="127.0.0.1:${replica.port}/postgres"}`;
  const onDatabase = async <T>(cluster: ScratchCluster, sql: string): Promise<T[]> => {
    const client = new pg.Client({ connectionString: cluster.url() });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  };
  const casesOn = async (cluster: ScratchCluster) =>
    Number((await onDatabase<{ n: string }>(cluster, 'SELECT count(*) AS n FROM petition_case'))[0]!.n);
  const caughtUp = () =>
    waitFor(
      'the replica to replay everything',
      async () => (await casesOn(replica)) === (await casesOn(primary)),
    );

  it('reads a query from the replica, and writes a mutation on the primary with its LSN for the client', async () => {
    await caughtUp();
    const replicaReads = await metric(server, `lianxin_db_replica_reads${replicaLabel()}`);
    const { n } = await total(server);
    expect(n).toBe(await casesOn(primary));
    expect(await metric(server, `lianxin_db_replica_reads${replicaLabel()}`)).toBeGreaterThan(replicaReads);
    expect(await metric(server, 'lianxin_db_read_routes_total{server="replica"}')).toBeGreaterThan(0);
    // A replica refuses any write ("read-only transaction"): the registration went to the primary.
    const written = await register(server, '复制测试：写主库');
    const lsn = written.headers.get(WRITE_HEADER);
    expect(lsn).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
    expect(written.headers.get('set-cookie')).toContain(`${WRITE_COOKIE}=${encodeURIComponent(lsn!)}`);
    expect(written.headers.get('set-cookie')).toContain('HttpOnly');
  });

  it('exports from the replica, and logs the export on the primary', async () => {
    await caughtUp();
    const replicaReads = await metric(server, `lianxin_db_replica_reads${replicaLabel()}`);
    const logged = async () =>
      Number(
        (
          await onDatabase<{ n: string }>(
            primary,
            `SELECT count(*) AS n FROM access_log WHERE action = 'EXPORT'`,
          )
        )[0]!.n,
      );
    const before = await logged();
    const response = await fetch(`${server.url}/export/cases.csv`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    const rows = (await response.text()).trim().split('\n').length - 1;
    expect(rows).toBe(await casesOn(primary));
    expect(await metric(server, `lianxin_db_replica_reads${replicaLabel()}`)).toBeGreaterThan(replicaReads);
    expect(await logged()).toBe(before + 1);
  });

  it('with replay paused: the writer reads its write, others the replica’s older state, each cached under its own version', async () => {
    await caughtUp();
    await onDatabase(replica, 'SELECT pg_wal_replay_pause()');
    try {
      const before = (await total(server)).n;
      const lsn = (await register(server, '复制测试：暂停回放')).headers.get(WRITE_HEADER)!;
      // The writer's reads go to the primary until a replica has replayed its write.
      expect(await total(server, lsn)).toEqual({ n: before + 1, cache: 'miss' });
      // Another client reads the replica: the state before the write, under the replica's version …
      expect(await total(server)).toEqual({ n: before, cache: 'hit' });
      // … which never answers the writer, whose key holds the primary's newer version.
      expect(await total(server, lsn)).toEqual({ n: before + 1, cache: 'hit' });
      const versionOn = async (cluster: ScratchCluster) =>
        Number(
          (await onDatabase<{ version: string }>(cluster, 'SELECT version FROM data_version'))[0]!.version,
        );
      expect(await versionOn(replica)).toBeLessThan(await versionOn(primary));
      // Past its 300 ms bound the paused replica is skipped: that instance reads the primary.
      await new Promise((r) => setTimeout(r, 800));
      const primaryRoutes = await metric(strict, 'lianxin_db_read_routes_total{server="primary"}');
      expect((await total(strict)).n).toBe(before + 1);
      expect(await metric(strict, 'lianxin_db_read_routes_total{server="primary"}')).toBe(primaryRoutes + 1);
    } finally {
      await onDatabase(replica, 'SELECT pg_wal_replay_resume()');
    }
    // Replayed: everyone reads the write from the replica again.
    await caughtUp();
    const n = await casesOn(primary);
    await waitFor('the replica to be read again', async () => (await total(server)).n === n);
  });

  it('a REST write (a boundary pack) hands out its position like a mutation: its writer reads it while the replica lags', async () => {
    await caughtUp();
    const pack = JSON.stringify(await syntheticPack(dataSources[0]!));
    const packName = async (readAfter?: string) => {
      const answer = await graphql(server, '{ boundaryPack { name } }', undefined, readAfter);
      expect(answer.body.errors).toBeUndefined();
      return (answer.body.data as { boundaryPack: { name: string } | null }).boundaryPack?.name ?? null;
    };
    await onDatabase(replica, 'SELECT pg_wal_replay_pause()');
    try {
      const response = await fetch(`${server.url}/boundaries?name=replica-test`, {
        method: 'PUT',
        headers: { 'content-type': 'application/geo+json', authorization: `Bearer ${token}` },
        body: pack,
      });
      expect(response.status).toBe(200);
      const lsn = response.headers.get(WRITE_HEADER);
      expect(lsn).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
      expect(response.headers.get('set-cookie')).toContain(`${WRITE_COOKIE}=`);
      expect(await packName(lsn!)).toBe('replica-test');
      // Anyone else reads the paused replica, which has no pack yet.
      expect(await packName()).toBeNull();
    } finally {
      await onDatabase(replica, 'SELECT pg_wal_replay_resume()');
    }
    await caughtUp();
    await waitFor('the replica to have the pack', async () => (await packName()) === 'replica-test');
  });

  it('a stopped replica: reads still answer, from the primary; started again, it is read again', async () => {
    await caughtUp();
    const n = await casesOn(primary);
    await replica.stop('fast');
    try {
      // The first read may still pick it (not yet polled): its statement is retried on the primary.
      for (let i = 0; i < 5; i++) expect((await total(server)).n).toBe(n);
      await waitFor(
        'the replica out of rotation',
        async () => (await metric(server, `lianxin_db_replica_up${replicaLabel()}`)) === 0,
      );
      const primaryRoutes = await metric(server, 'lianxin_db_read_routes_total{server="primary"}');
      // Not a cached answer: a new filter each time makes the database answer.
      const answer = await graphql(
        server,
        '{ cases(first: 1, filter: { matterTypes: [APPEAL] }) { totalCount } }',
      );
      expect(answer.body.errors).toBeUndefined();
      expect(await metric(server, 'lianxin_db_read_routes_total{server="primary"}')).toBe(primaryRoutes + 1);
    } finally {
      await replica.start();
    }
    await waitFor(
      'the replica back in rotation',
      async () => (await metric(server, `lianxin_db_replica_up${replicaLabel()}`)) === 1,
    );
    const replicaReads = await metric(server, `lianxin_db_replica_reads${replicaLabel()}`);
    const answer = await graphql(
      server,
      '{ cases(first: 1, filter: { matterTypes: [SUGGESTION] }) { totalCount } }',
    );
    expect(answer.body.errors).toBeUndefined();
    expect(await metric(server, `lianxin_db_replica_reads${replicaLabel()}`)).toBeGreaterThan(replicaReads);
  });
});
