// `node bench/sizing.mjs [--postgres]`: the numbers of the deployment guide (README, "Deploying it").
// A new district's instance — the built API on an empty database, which it migrates and seeds with
// the default seed (2021 to today, ≈ 3,500 cases a year) — measured for: the time to migrate and seed,
// the database's size and bytes per case, the API's memory idle and under load, and how many writes a
// second one instance takes (registrations and acceptances through GraphQL, SIZING_WRITERS writers
// back to back), alone and while 10 connections read the overview and the case list with changing
// filters (response cache on, as deployed). SQLite by default; --postgres on a new database on
// 127.0.0.1:5432 (dropped afterwards). SIZING_SECONDS (20) per window. Needs a build (pnpm build).
import fs from 'node:fs';
import path from 'node:path';
import { startApi } from '@lianxin/e2e/built-api';
import { cpuBusy, sleep } from './lib.mjs';
import { withClient } from './api-bench/database.mjs';
import { buildPools } from './api-bench/pools.mjs';
import { load, requestsFor } from './api-bench/modes.mjs';
import { loadReference } from './api-bench/requests.mjs';
import { apiDir } from './api-bench/settings.mjs';
import { createWriter } from './api-bench/writer.mjs';

const DIALECT = process.argv.includes('--postgres') ? 'postgres' : 'sqlite';
const SECONDS = Number(process.env.SIZING_SECONDS || 20);
const WRITERS = Number(process.env.SIZING_WRITERS || 4);
const ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/test';
const METRICS_TOKEN = 'sizing-metrics-token-0000';
const log = (message) => console.log(`[sizing ${new Date().toISOString().slice(11, 19)}] ${message}`);
const mb = (bytes) => Math.round(bytes / 1024 / 1024);

/** The API's resident memory and V8 heap, from its own /metrics. */
async function memory(api) {
  const text = await (
    await fetch(`${api.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
  ).text();
  const value = (name) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
  return { rss: value('process_resident_memory_bytes'), heap: value('nodejs_heap_size_used_bytes') };
}

/** Cases and the database's size on disk (SQLite: the file, and its WAL apart). */
async function database(api, url) {
  if (DIALECT === 'postgres')
    return withClient(url, async (client) => {
      const { rows } = await client.query(
        'SELECT (SELECT COUNT(*) FROM petition_case)::int AS cases, pg_database_size(current_database())::bigint AS bytes',
      );
      return { cases: rows[0].cases, bytes: Number(rows[0].bytes) };
    });
  const { default: Database } = await import('better-sqlite3');
  const file = path.join(api.dataDir, 'lianxin.sqlite');
  const db = new Database(file, { readonly: true });
  try {
    const cases = db.prepare('SELECT COUNT(*) AS n FROM petition_case').get().n;
    // The database file alone: its WAL is reused, not shrunk, after a checkpoint (the seed's is large).
    const bytes = fs.statSync(file).size;
    const walBytes = fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0;
    return { cases, bytes, walBytes };
  } finally {
    db.close();
  }
}

/** Reads for `seconds` with 10 connections, each request the next body of the pool (bench:api's load). */
async function read(api, bearer, bodies, seconds) {
  const errors = new Map();
  const result = await load(api, requestsFor({ bearer, bodies }, errors), seconds);
  return { result, errors: Object.fromEntries(errors) };
}

/** Runs the writers for `seconds`, sampling the API's memory; answers writes a second and peak RSS. */
async function window(api, writers, seconds, alsoReading) {
  const before = writers.reduce((sum, w) => sum + w.stats.done, 0);
  const failedBefore = writers.reduce((sum, w) => sum + w.stats.failed, 0);
  let peak = 0;
  const sampler = setInterval(() => {
    memory(api).then(
      (m) => (peak = Math.max(peak, m.rss)),
      () => undefined,
    );
  }, 500);
  for (const w of writers) w.start(api);
  const started = Date.now();
  const reads = alsoReading ? await alsoReading() : await sleep(seconds * 1000);
  await Promise.all(writers.map((w) => w.stop()));
  const elapsed = (Date.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, (await memory(api)).rss);
  const done = writers.reduce((sum, w) => sum + w.stats.done, 0) - before;
  const failed = writers.reduce((sum, w) => sum + w.stats.failed, 0) - failedBefore;
  return {
    writesPerSecond: Number((done / elapsed).toFixed(1)),
    failedWrites: failed,
    peakRssMb: mb(peak),
    reads,
  };
}

async function main() {
  if (!fs.existsSync(path.join(apiDir, 'dist/main.js'))) throw new Error('build first: pnpm build');
  const dbName = `lianxin_sizing_${process.pid}`;
  const env = { METRICS_TOKEN, LOG_LEVEL: 'warn' };
  let url = null;
  if (DIALECT === 'postgres') {
    await withClient(ADMIN_URL, (c) => c.query(`CREATE DATABASE ${dbName}`));
    url = `postgres://postgres@127.0.0.1:5432/${dbName}`;
    env.DATABASE_URL = url;
  }
  log(`${DIALECT}: starting the API on an empty database (it migrates and seeds)`);
  const started = Date.now();
  const api = await startApi({ env, builds: [] });
  const seedSeconds = (Date.now() - started) / 1000;
  try {
    const seeded = await database(api, url);
    const afterSeed = await memory(api);
    // As it usually runs: restarted on a database it did not seed itself.
    await api.stop();
    await api.restart();
    const idle = await memory(api);
    log(
      `seeded ${seeded.cases} cases in ${seedSeconds.toFixed(1)} s; database ${mb(seeded.bytes)} MB; ` +
        `RSS ${mb(afterSeed.rss)} MB after seeding, ${mb(idle.rss)} MB idle after a restart (heap ${mb(idle.heap)} MB)`,
    );
    const busyBefore = await cpuBusy(3000);
    api.createUser('sizing-analyst', 'ANALYST', 'sizing-password-analyst-0');
    api.createUser('sizing-clerk', 'CLERK', 'sizing-password-clerk-000');
    const reader = api.tokenFor('sizing-analyst');
    const clerk = api.tokenFor('sizing-clerk');
    const reference = await loadReference(api, reader);
    const pools = buildPools(reference);
    const bodies = pools.overview.flatMap((o, i) => [o.body, pools.list[i].body]);
    const writers = () =>
      Array.from({ length: WRITERS }, (_, i) =>
        createWriter(reference, clerk, { everyMs: 0, name: `w${i}` }),
      );

    log(`writes alone: ${WRITERS} writers for ${SECONDS} s`);
    const alone = await window(api, writers(), SECONDS);
    log(`reads (overview + list, changing filters, 10 connections) with ${WRITERS} writers for ${SECONDS} s`);
    const mixed = await window(api, writers(), SECONDS, () => read(api, reader, bodies, SECONDS));
    const after = await database(api, url);
    const report = {
      dialect: DIALECT,
      at: new Date().toISOString(),
      seed: {
        cases: seeded.cases,
        seconds: Number(seedSeconds.toFixed(1)),
        databaseMb: mb(seeded.bytes),
        ...(seeded.walBytes === undefined ? {} : { walMb: mb(seeded.walBytes) }),
      },
      bytesPerCase: Math.round(seeded.bytes / seeded.cases),
      rssAfterSeedMb: mb(afterSeed.rss),
      idleRssMb: mb(idle.rss),
      // Share of the machine's CPU time in use just before loading (other processes: this machine is shared).
      busyShareBefore: busyBefore,
      writesAlone: {
        writers: WRITERS,
        writesPerSecond: alone.writesPerSecond,
        failed: alone.failedWrites,
        peakRssMb: alone.peakRssMb,
      },
      mixed: {
        writesPerSecond: mixed.writesPerSecond,
        failedWrites: mixed.failedWrites,
        readsPerSecond: Number((mixed.reads.result.requests.total / SECONDS).toFixed(1)),
        readP50Ms: mixed.reads.result.latency.p50,
        readP99Ms: mixed.reads.result.latency.p99,
        readErrors: mixed.reads.errors,
        peakRssMb: mixed.peakRssMb,
      },
      after: { cases: after.cases, databaseMb: mb(after.bytes) },
    };
    console.log(JSON.stringify(report, null, 2));
    const out = path.join(apiDir, 'bench/results', `sizing-${DIALECT}.json`);
    fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
    log(`written to ${path.relative(process.cwd(), out)}`);
  } finally {
    await api.stop();
    fs.rmSync(api.dataDir, { recursive: true, force: true });
    if (url) await withClient(ADMIN_URL, (c) => c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
