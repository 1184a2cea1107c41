// `pnpm bench:api [--sqlite]`: the dashboard's own reads at 1,000,000 cases, as a leader uses them.
//
// Requests are the dashboard's operations sent verbatim (@lianxin/operations: Overview.graphql and
// Cases.graphql with their fragments), their variables built as the views build them (OverviewView.vue,
// CasesView.vue, filters/filter.ts toCaseFilter, format/period.ts), for a pool
// of seeded random filters: a township or none, a category or none, a period of 1–24 months that is not
// aligned to months, and for the list a random sort. Modes, per operation, all in one run:
//   changing  a different filter per request, response cache on  (the headline: how leaders use it)
//   same      one filter for every request, response cache on    (cache hits between writes)
//   nocache   a different filter per request, RESPONSE_CACHE_ENTRIES=0
//   baseline  the nocache requests' own SQL replayed in the API process (POST /bench/replay/<id>): each
//             pooled request is recorded once, untimed, with the statements it ran (x-bench-record,
//             src/bench/bench-mode.ts); the replay runs the same statements with the same parameters
//             through the same pool, concurrently, and answers their rows. nocache ÷ baseline is what
//             the GraphQL layer costs.
// A writer applies ~1 mutation a second through the API as a CLERK (registers a case, accepts it, …)
// while every load window runs: each write moves the data version and so empties the response cache.
// Before loading, a few answers are checked against hand-written SQL (src/bench/baseline.ts,
// PostgreSQL only): a wrong answer aborts the run. Read errors and failed writes are reported and fail
// the command at the end; a missed goal does not. Writes bench/results/latest-<dialect>.json.
//
// Environment: BENCH_DIALECT=sqlite (or --sqlite), BENCH_DATABASE_URL (PostgreSQL), BENCH_SQLITE_PATH,
// BENCH_CASES (1,000,000; a PostgreSQL database of another size needs its own BENCH_DATABASE_URL),
// BENCH_DURATION_S / BENCH_WARMUP_S (shorten to try the script; report default runs only),
// BENCH_POOL (variable sets per operation), BENCH_SEED (the filters' PRNG seed), BENCH_RECORD_S (time
// allowed for recording each operation's pool; what is left unrecorded is not loaded uncached),
// BENCH_MIGRATE=1 (migrate a bench database that predates a migration instead of refusing it),
// BENCH_API_NODE_ARGS (extra node flags for the API, e.g. --cpu-prof), BENCH_OPERATIONS (e.g.
// overview: load only those operations), BENCH_MODES (e.g. nocache,baseline: only those windows) and
// BENCH_DUMP_BODIES=/tmp/x (writes each operation's pool of request bodies to /tmp/x-<operation>.json).
//
// The modules beside it, in api-bench/: settings (the environment), pools (the filters), database,
// requests, checks (the answers), baseline (recording), writer, modes (the load windows) and report.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cpuBusy, freePort, gitRevision, sleep } from './lib.mjs';
import { recordPools } from './api-bench/baseline.mjs';
import { checkAnswers } from './api-bench/checks.mjs';
import { prepareDatabase, withClient, withSqlite } from './api-bench/database.mjs';
import { measure } from './api-bench/modes.mjs';
import { buildPools } from './api-bench/pools.mjs';
import { errorText, goalsOf, printTable } from './api-bench/report.mjs';
import { loadReference, tokenFor } from './api-bench/requests.mjs';
import {
  apiDir,
  AUTH_SECRET,
  BenchError,
  CONNECTIONS,
  DATABASE_URL,
  DIALECT,
  DURATION_S,
  log,
  measuredOperations,
  MODES,
  PARTIAL,
  POOL_SIZE,
  PRNG_SEED,
  READER,
  repoRoot,
  WARMUP_S,
  WRITE_EVERY_MS,
  WRITER,
} from './api-bench/settings.mjs';
import { createWriter } from './api-bench/writer.mjs';

// ---------------------------------------------------------------- API process

/** The node flags of the API's start script (`node --flag … dist/main.js`): the bench runs it as deployed. */
function startFlags() {
  const pkg = JSON.parse(fs.readFileSync(path.join(apiDir, 'package.json'), 'utf8'));
  return pkg.scripts.start.split(/\s+/).filter((word) => word.startsWith('--'));
}

/** The built API in a child process, in bench mode; `cache: false` turns its response cache off. */
async function startApi({ cache }) {
  const main = path.join(apiDir, 'dist/main.js');
  if (!fs.existsSync(main)) throw new BenchError(`${main} is missing: build first (pnpm bench:api does)`);
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL,
    SEED_IF_EMPTY: '0',
    LIANXIN_BENCH: '1',
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_SQL: '0',
    AUTH_SECRET,
  };
  // Cache on: the API's own default size, as deployed.
  if (cache) delete env.RESPONSE_CACHE_ENTRIES;
  else env.RESPONSE_CACHE_ENTRIES = '0';
  // Node's flags as `pnpm start` gives them (package.json), and e.g. BENCH_API_NODE_ARGS='--cpu-prof
  // --cpu-prof-dir=/tmp/prof' to profile the API under load.
  const nodeArgs = [...startFlags(), ...(process.env.BENCH_API_NODE_ARGS || '').split(' ').filter(Boolean)];
  const child = spawn(process.execPath, [...nodeArgs, main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  // Everything it says, for the errors a window reports only by their code.
  const logFile = path.join(
    os.tmpdir(),
    `lianxin-bench-api-${DIALECT}-${cache ? 'cache' : 'nocache'}-${process.pid}.log`,
  );
  // Owner-only: a first start prints the new administrator's password.
  const logStream = fs.createWriteStream(logFile, { mode: 0o600 });
  let output = '';
  const keep = (chunk) => {
    logStream.write(chunk);
    output = (output + chunk).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  let stopping = false;
  child.once('exit', (code, signal) => {
    exited = code ?? signal;
    // Said at once: the requests in flight fail with a bare ECONNRESET.
    if (!stopping) log(`the API exited (${exited}) unasked; its last output:\n${output.slice(-4000)}`);
    logStream.end();
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited !== null) throw new BenchError(`the API exited with ${exited} while starting:\n${output}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new BenchError(`the API did not answer /health within 120 s:\n${output}`);
    }
    await sleep(250);
  }
  log(`API (${cache ? 'cache on' : 'cache off'}) at ${url}, pid ${child.pid}, log ${logFile}`);
  return {
    url,
    pid: child.pid,
    cache,
    logFile,
    output: () => output,
    async stop() {
      stopping = true;
      if (exited !== null) return;
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([gone, sleep(5000)]);
      if (exited === null) child.kill('SIGKILL');
    },
  };
}

// ---------------------------------------------------------------- main

async function main() {
  const busy = await cpuBusy(2000);
  if (busy > 0.25)
    log(`warning: the CPUs are ${Math.round(busy * 100)} % busy before starting; numbers will be noisy`);
  const db = await prepareDatabase();
  if (DIALECT === 'postgres') {
    // Every write rewrites rollup rows; where autovacuum is off (this machine's CI settings) their dead
    // rows pile up over runs and slow each run more than the last. Every run starts vacuumed.
    const tables = [
      'petition_case',
      'case_month_rollup',
      'case_township_rollup',
      'case_day_rollup',
      'data_version',
    ];
    await withClient(DATABASE_URL, (c) => c.query(`VACUUM (ANALYZE) ${tables.join(', ')}`));
  }
  const serverVersion =
    DIALECT === 'postgres'
      ? await withClient(
          DATABASE_URL,
          async (c) => (await c.query('SHOW server_version')).rows[0].server_version,
        )
      : await withSqlite((d) => d.prepare('SELECT sqlite_version() AS v').get().v);
  log(
    `${DIALECT} ${serverVersion}: ${db.cases.toLocaleString('en')} cases; filters from seed ${PRNG_SEED}, ${POOL_SIZE} per operation`,
  );

  const reader = tokenFor(READER);
  const writerToken = tokenFor(WRITER);
  const operations = {};
  let answers;
  let writer;

  // 1. Cache off: checks, recording, then uncached GraphQL and its replayed SQL, the writer running.
  const uncached = await startApi({ cache: false });
  let pools;
  try {
    const reference = await loadReference(uncached, reader);
    pools = buildPools(reference);
    if (process.env.BENCH_DUMP_BODIES) {
      for (const [op, pool] of Object.entries(pools))
        fs.writeFileSync(
          `${process.env.BENCH_DUMP_BODIES}-${op}.json`,
          JSON.stringify(pool.map((e) => e.body)),
        );
    }
    answers = await checkAnswers(uncached, reader, pools);
    const recorded = await recordPools(uncached, reader, pools, db.tables);
    writer = createWriter(reference, writerToken);
    writer.start(uncached);
    try {
      for (const op of measuredOperations()) {
        const entries = recorded[op].entries;
        const { entries: _, ...summary } = recorded[op];
        operations[op] = { ...summary, modes: {} };
        if (entries.length === 0)
          throw new BenchError(`no ${op} request could be recorded: ${JSON.stringify(summary.failures)}`);
        if (MODES.includes('nocache'))
          operations[op].modes.nocache = await measure(
            `${op} nocache`,
            uncached,
            { bearer: reader, bodies: entries.map((e) => e.body) },
            writer,
          );
        if (MODES.includes('baseline'))
          operations[op].modes.baseline = await measure(
            `${op} baseline (replay)`,
            uncached,
            { paths: entries.map((e) => `/bench/replay/${e.id}`) },
            writer,
          );
      }
    } finally {
      await writer.stop();
    }
  } finally {
    await uncached.stop();
  }

  // 2. Cache on, as deployed: changing filters (the headline) and one filter, the writer running.
  const cached = MODES.some((m) => m === 'changing' || m === 'same') ? await startApi({ cache: true }) : null;
  try {
    if (cached) writer.start(cached);
    try {
      for (const op of cached ? measuredOperations() : []) {
        const bodies = pools[op].map((e) => e.body);
        if (MODES.includes('changing'))
          operations[op].modes.changing = await measure(
            `${op} changing`,
            cached,
            { bearer: reader, bodies },
            writer,
          );
        if (MODES.includes('same'))
          operations[op].modes.same = await measure(
            `${op} same`,
            cached,
            { bearer: reader, bodies: [bodies[0]] },
            writer,
          );
      }
    } finally {
      if (cached) await writer.stop();
    }
  } finally {
    await cached?.stop();
  }

  for (const r of Object.values(operations)) {
    const { nocache, baseline } = r.modes;
    r.ratioToBaseline = nocache && baseline?.rps > 0 ? Number((nocache.rps / baseline.rps).toFixed(2)) : null;
  }
  const report = {
    at: new Date().toISOString(),
    revision: gitRevision(),
    dialect: DIALECT,
    server: serverVersion,
    cases: db.cases,
    machine: { cpus: os.cpus().length, cpuBusyBefore: Number(busy.toFixed(2)), node: process.version },
    settings: {
      connections: CONNECTIONS,
      warmupSeconds: WARMUP_S,
      durationSeconds: DURATION_S,
      pool: POOL_SIZE,
      seed: PRNG_SEED,
      writeEveryMs: WRITE_EVERY_MS,
      sameFilter: pools.overview[0].filter,
    },
    answers,
    writes: writer.stats,
    operations,
  };
  report.goals = PARTIAL ? [] : goalsOf(DIALECT, operations);
  printTable(report);
  if (PARTIAL)
    console.log(
      `partial run (${[...measuredOperations()].join(', ')}: ${MODES.join(', ')}): goals not judged`,
    );

  const out = path.join(apiDir, `bench/results/latest-${DIALECT}${PARTIAL ? '-partial' : ''}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(repoRoot, out)}`);

  const readErrors = Object.entries(operations).flatMap(([op, r]) =>
    Object.entries(r.modes)
      .filter(([, m]) => Object.keys(m.errors).length > 0)
      .map(([mode, m]) => `${op} ${mode} (${errorText(m.errors)})`),
  );
  for (const [op, r] of Object.entries(operations))
    if (Object.keys(r.failures).length > 0) readErrors.push(`${op} recording (${errorText(r.failures)})`);
  if (answers.unanswered.length > 0) readErrors.push(`checks (${answers.unanswered.join(', ')})`);
  if (readErrors.length > 0) {
    console.error(`bench:api: reads failed under load: ${readErrors.join('; ')}`);
    process.exitCode = 1;
  }
  if (writer.stats.failed > 0) {
    console.error(`bench:api: ${writer.stats.failed} writes failed: ${JSON.stringify(writer.stats.errors)}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error instanceof BenchError ? `bench:api aborted: ${error.message}` : error);
  process.exit(1);
});
