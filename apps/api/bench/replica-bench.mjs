// `pnpm bench:replicas`: the dashboard's overview read by two API instances over one PostgreSQL
// primary, with 0 and then 1 streaming replica (DATABASE_REPLICA_URLS), and the replica's lag while a
// writer runs.
//
// 1. Starts a scratch primary on 127.0.0.1:5453 and, once seeded (dist/db/seed-cli.js, REPLICA_BENCH_CASES
//    cases up to bench:api's last day, ~1 minute at the default 40,000), a streaming replica of it on
//    5454 (pg_basebackup; src/test/pg-cluster.ts, transpiled here, which the tests use too). Nothing
//    touches the shared server on 5432.
// 2. Per setup (0 replicas, 1 replica): two built API instances (dist/main.js) on the primary, response
//    cache off (RESPONSE_CACHE_ENTRIES=0), the same ANALYST token; the Overview operation with bench:api's
//    pool of changing filters (api-bench/pools.mjs), REPLICA_BENCH_CONNECTIONS connections per instance,
//    after a warm-up, both instances loaded at once; bench:api's writer (~1 mutation a second through
//    instance A) runs throughout.
// 3. Every 100 ms: the primary's WAL position and the replica's replay position; the lag is the byte
//    distance, and the age of the oldest primary position the replica has not replayed (sampleLag).
// Prints read req/s (sum of both instances), latencies, errors, the share of reads the instances routed
// to the replica (their /metrics), and the lag's p50/max; writes bench/results/replicas.json.
//
// Environment: REPLICA_BENCH_CASES (40000), REPLICA_BENCH_DURATION_S (20), REPLICA_BENCH_WARMUP_S (5),
// REPLICA_BENCH_CONNECTIONS (8 per instance), REPLICA_BENCH_KEEP=1 (leave the clusters in place).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import ts from 'typescript';
import { cpuBusy, freePort, gitRevision, sleep } from './lib.mjs';

const PRIMARY_PORT = 5453;
const REPLICA_PORT = 5454;
const PRIMARY_URL = `postgres://postgres@127.0.0.1:${PRIMARY_PORT}/postgres`;
const REPLICA_URL = `postgres://postgres@127.0.0.1:${REPLICA_PORT}/postgres`;
const CASES = Number(process.env.REPLICA_BENCH_CASES || 40_000);
const DURATION_S = Number(process.env.REPLICA_BENCH_DURATION_S || 20);
const WARMUP_S = Number(process.env.REPLICA_BENCH_WARMUP_S || 5);
const CONNECTIONS = Number(process.env.REPLICA_BENCH_CONNECTIONS || 8);
const METRICS_TOKEN = 'replica-bench-metrics-token';

// One key for the seed, the users CLI and both instances: each refuses a database encrypted with another.
process.env.ID_NUMBER_KEY ||= Buffer.from(
  Array.from({ length: 32 }, (_, i) => (i * 37 + 11) & 0xff),
).toString('base64');
// bench:api's modules read their database from the environment when first imported.
process.env.BENCH_DATABASE_URL = PRIMARY_URL;
process.env.BENCH_CASES = String(CASES);
const { apiDir, AUTH_SECRET, READER, WRITER, SEED_UNTIL, OPERATIONS, log } =
  await import('./api-bench/settings.mjs');
const { tokenFor, loadReference } = await import('./api-bench/requests.mjs');
const { buildPools } = await import('./api-bench/pools.mjs');
const { createWriter } = await import('./api-bench/writer.mjs');
const { load, requestsFor } = await import('./api-bench/modes.mjs');

/** src/test/pg-cluster.ts (not in the build: it is test harness), transpiled to a temporary module. */
async function scratchClusters() {
  const source = fs.readFileSync(path.join(apiDir, 'src/test/pg-cluster.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-replica-bench-')), 'pg-cluster.mjs');
  fs.writeFileSync(file, outputText);
  return import(pathToFileURL(file).href);
}

async function query(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** The built API as a child process; resolves once /health answers. */
async function startApi(name, replicaUrls) {
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: PRIMARY_URL,
    DATABASE_REPLICA_URLS: replicaUrls.join(','),
    SEED_IF_EMPTY: '0',
    RESPONSE_CACHE_ENTRIES: '0',
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    AUTH_SECRET,
    METRICS_TOKEN,
    LOG_LEVEL: 'warn',
    DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-replica-bench-data-')),
  };
  // Only PostgreSQL is shared here: notices through the shared Redis would reach other people's tests.
  delete env.REDIS_URL;
  const child = spawn(process.execPath, [path.join(apiDir, 'dist/main.js')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c) => (output = (output + c).slice(-8000)));
  child.stderr.on('data', (c) => (output = (output + c).slice(-8000)));
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 120_000; ;) {
    if (child.exitCode !== null) throw new Error(`API ${name} exited while starting:\n${output}`);
    if (Date.now() > deadline) throw new Error(`API ${name} did not start:\n${output}`);
    if (
      await fetch(`${url}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await sleep(250);
  }
  return {
    name,
    url,
    output: () => output,
    async routes() {
      const text = await (
        await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
      ).text();
      const count = (server) =>
        Number(
          new RegExp(`^lianxin_db_read_routes_total\\{server="${server}"\\} (\\S+)$`, 'm').exec(text)?.[1] ??
            0,
        );
      return { replica: count('replica'), primary: count('primary') };
    },
    async stop() {
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([gone, sleep(5000)]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

/** `bodies` in turn on one instance for `seconds` (bench:api's load); failed answers counted. */
async function loadOne(api, token, bodies, seconds) {
  const failed = new Map();
  const result = await load(api, requestsFor({ bearer: token, bodies }, failed), seconds, CONNECTIONS);
  return { result, errors: [...failed.values()].reduce((a, b) => a + b, 0) };
}

/**
 * Samples every 100 ms the primary's WAL position and the replica's replay position. The lag of a
 * sample is how long ago the primary stood at the oldest position the replica has not replayed yet
 * (the age of the oldest write it lacks, to the sampling's resolution; 0 when it has everything),
 * which, unlike now() − pg_last_xact_replay_timestamp(), does not grow while nothing is written.
 */
function sampleLag() {
  const samples = [];
  const marks = [];
  let running = true;
  const lsn = (text) => {
    const [hi, lo] = text.split('/');
    return BigInt(`0x${hi}`) * 2n ** 32n + BigInt(`0x${lo}`);
  };
  const loop = (async () => {
    const primary = new pg.Client({ connectionString: PRIMARY_URL });
    const replica = new pg.Client({ connectionString: REPLICA_URL });
    await Promise.all([primary.connect(), replica.connect()]);
    try {
      while (running) {
        const at = Date.now();
        const [{ rows: p }, { rows: r }] = await Promise.all([
          primary.query('SELECT pg_current_wal_lsn()::text AS lsn'),
          replica.query('SELECT pg_last_wal_replay_lsn()::text AS lsn'),
        ]);
        const primaryLsn = lsn(p[0].lsn);
        const replayed = lsn(r[0].lsn);
        if (marks.at(-1)?.lsn !== primaryLsn) marks.push({ lsn: primaryLsn, at });
        while (marks.length > 1 && marks[0].lsn <= replayed) marks.shift();
        const behind = marks[0] && marks[0].lsn > replayed ? marks[0] : null;
        samples.push({ bytes: Math.max(0, Number(primaryLsn - replayed)), ms: behind ? at - behind.at : 0 });
        await sleep(100);
      }
    } finally {
      await Promise.all([primary.end(), replica.end()]);
    }
  })();
  return async () => {
    running = false;
    await loop;
    const stat = (key) => {
      const sorted = samples.map((s) => s[key]).sort((a, b) => a - b);
      return { p50: sorted[Math.floor(sorted.length / 2)] ?? 0, max: sorted.at(-1) ?? 0 };
    };
    return { samples: samples.length, ms: stat('ms'), bytes: stat('bytes') };
  };
}

async function measure(setup, replicaUrls, tokens, bodies, reference) {
  const apis = [await startApi('A', replicaUrls), await startApi('B', replicaUrls)];
  const writer = createWriter(reference, tokens.writer);
  try {
    writer.start(apis[0]);
    log(`${setup}: warm-up ${WARMUP_S} s`);
    await Promise.all(apis.map((api) => loadOne(api, tokens.reader, bodies, WARMUP_S)));
    const routesBefore = await Promise.all(apis.map((api) => api.routes()));
    const busy = await cpuBusy(1000);
    const stopLag = sampleLag();
    log(`${setup}: ${DURATION_S} s, ${CONNECTIONS} connections on each of 2 instances`);
    const runs = await Promise.all(apis.map((api) => loadOne(api, tokens.reader, bodies, DURATION_S)));
    const lag = await stopLag();
    const routesAfter = await Promise.all(apis.map((api) => api.routes()));
    const routed = { replica: 0, primary: 0 };
    apis.forEach((_, i) => {
      routed.replica += routesAfter[i].replica - routesBefore[i].replica;
      routed.primary += routesAfter[i].primary - routesBefore[i].primary;
    });
    return {
      setup,
      cpuBusyBefore: busy,
      reqPerSec: Math.round(runs.reduce((sum, r) => sum + r.result.requests.average, 0)),
      perInstance: runs.map((r) => Math.round(r.result.requests.average)),
      latencyMs: {
        p50: Math.max(...runs.map((r) => r.result.latency.p50)),
        p99: Math.max(...runs.map((r) => r.result.latency.p99)),
      },
      errors: runs.reduce((sum, r) => sum + r.errors + r.result.errors + r.result.timeouts, 0),
      routedToReplica: replicaUrls.length ? routed.replica / Math.max(1, routed.replica + routed.primary) : 0,
      lag,
      writes: { ...writer.stats },
    };
  } finally {
    await writer.stop();
    for (const api of apis) await api.stop();
  }
}

async function main() {
  if (!fs.existsSync(path.join(apiDir, 'dist/main.js'))) throw new Error('build the API first (pnpm build)');
  const { startScratchPrimary, startScratchReplica } = await scratchClusters();
  const primary = await startScratchPrimary(PRIMARY_PORT);
  let replica = null;
  try {
    let started = Date.now();
    log(`seeding ${CASES.toLocaleString('en')} cases into the scratch primary …`);
    execFileSync(
      process.execPath,
      [
        path.join(apiDir, 'dist/db/seed-cli.js'),
        '--database',
        PRIMARY_URL,
        '--until',
        SEED_UNTIL,
        '--cases',
        String(CASES),
      ],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: {
          ...process.env,
          DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-replica-bench-seed-')),
        },
      },
    );
    const seedSeconds = Math.round((Date.now() - started) / 1000);
    await query(PRIMARY_URL, 'VACUUM ANALYZE');
    started = Date.now();
    replica = await startScratchReplica(primary, REPLICA_PORT);
    const basebackupSeconds = Math.round((Date.now() - started) / 1000);
    log(`seeded in ${seedSeconds} s; replica made in ${basebackupSeconds} s`);
    const tokens = { reader: tokenFor(READER), writer: tokenFor(WRITER) };
    const probe = await startApi('probe', []);
    const reference = await loadReference(probe, tokens.reader).finally(() => probe.stop());
    const bodies = buildPools(reference).overview.map((entry) => entry.body);
    const results = [
      await measure('0 replicas', [], tokens, bodies, reference),
      await measure('1 replica', [REPLICA_URL], tokens, bodies, reference),
    ];
    const report = {
      revision: gitRevision(),
      at: new Date().toISOString(),
      machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB`,
      cases: CASES,
      operation: OPERATIONS.overview.operationName,
      durationS: DURATION_S,
      connectionsPerInstance: CONNECTIONS,
      seedSeconds,
      basebackupSeconds,
      results,
    };
    console.log(
      `\n${report.machine}; ${CASES.toLocaleString('en')} cases; Overview, changing filters, response cache off; 2 instances × ${CONNECTIONS} connections; writer ~1/s`,
    );
    console.log(
      'setup        read req/s  (A + B)      p50 ms  p99 ms  errors  to replica  lag p50/max ms  lag p50/max bytes  writes',
    );
    for (const r of results)
      console.log(
        `${r.setup.padEnd(12)} ${String(r.reqPerSec).padStart(10)}  (${r.perInstance.join(' + ')})`.padEnd(
          38,
        ) +
          `${String(r.latencyMs.p50).padStart(6)}  ${String(r.latencyMs.p99).padStart(6)}  ${String(r.errors).padStart(6)}  ` +
          `${`${Math.round(r.routedToReplica * 100)} %`.padStart(10)}  ${`${Math.round(r.lag.ms.p50)}/${Math.round(r.lag.ms.max)}`.padStart(14)}  ` +
          `${`${r.lag.bytes.p50}/${r.lag.bytes.max}`.padStart(17)}  ${r.writes.done}`,
      );
    fs.mkdirSync(path.join(apiDir, 'bench/results'), { recursive: true });
    fs.writeFileSync(
      path.join(apiDir, 'bench/results/replicas.json'),
      `${JSON.stringify(report, null, 2)}\n`,
    );
  } finally {
    if (process.env.REPLICA_BENCH_KEEP !== '1') {
      await replica?.destroy();
      await primary.destroy();
    }
  }
}

await main();
