// `pnpm bench:pages`: every dashboard page's GraphQL reads at the default seed (SQLite, ~20k cases),
// response cache off — issue 13's goal "every dashboard page's operations answer in ≤ 20 ms uncached".
//
// 1. Starts the built API (dist/main.js; `pnpm bench:pages` builds it first) on a fresh temporary data
//    directory the way `pnpm start` does: SEED_IF_EMPTY seeds the default district up to today, SQLite
//    in DATA_DIR. Then RESPONSE_CACHE_ENTRIES=0, NODE_ENV=production, a fixed AUTH_SECRET; the users CLI
//    creates an ADMIN, an ANALYST and a DISPLAY (wall) user and issues their tokens.
// 2. Sends every query operation of @lianxin/operations (with the fragments it spreads)
//    with variables built as the views build them: the default period (last 12 months to today,
//    format/period.ts), filters/filter.ts toCaseFilter, the wall's periods (@lianxin/domain wallPeriods)
//    for the Wall* operations as DISPLAY, the rest as ADMIN and as ANALYST; ids (a case, a leader) are
//    real ones read from the database. Besides the pages as opened, a few clicks the pages offer: the
//    filter bar set to one township and one category, the next page of cases, a KPI drill-down.
// 3. Per operation and role: 3 warm-up requests, then 20 timed, one at a time (a browser sends
//    accept-encoding: gzip, so do we); median, p95 and max ms, answer bytes, MET when median ≤ 20 ms;
//    beside them the API process's CPU time per request and its wait for a CPU (the machine is shared).
// 4. Then, on a second API over the same data (LOG_SQL=1, LIANXIN_BENCH=1; untimed), each request once
//    more: the statements it ran (x-bench-record) and each read statement replayed alone on the same
//    SQLite file in this process, so a MISS says where its time goes (SQL vs the rest).
// Writes bench/results/pages-sqlite.json. A failed answer (GraphQL error, empty where data is expected)
// fails the command; a missed goal does not.
//
// Environment: PAGES_RUNS (20), PAGES_WARMUP (3), PAGES_DATA_DIR (an existing data directory to reuse
// instead of seeding a fresh one, kept afterwards), PAGES_KEEP=1 (keep the fresh one), PAGES_ONLY (a
// regular expression on "page operation variant"), PAGES_SQL=0 (skip step 4), PAGES_QUIET_WAIT_S (120: how
// long to wait for the shared CPUs to calm down before measuring). PAGES_DATABASE_URL: the same pages on a
// PostgreSQL database instead (e.g. bench:api's 1M one; nothing is seeded, step 4 is skipped), with
// PAGES_DATA_DIR the data directory it was seeded with (its ID-number key); writes pages-postgres.json.
//
// The modules beside it, in dashboard-pages/: settings (the environment), scenarios (the operations and
// their variables), requests, context (the ids), measure (the timed runs and the statements) and report.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { cpuBusy, cpuSample, cpuShare, freePort, gitRevision, sleep } from './lib.mjs';
import { context } from './dashboard-pages/context.mjs';
import { measureAll, statementsAll } from './dashboard-pages/measure.mjs';
import { forFile, label, printTable } from './dashboard-pages/report.mjs';
import { dashboardDocuments, scenarios } from './dashboard-pages/scenarios.mjs';
import {
  apiDir,
  AUTH_SECRET,
  BenchError,
  DATABASE_URL,
  DIALECT,
  GOAL_MS,
  log,
  ONLY,
  QUIET_WAIT_S,
  repoRoot,
  RUNS,
  USERS,
  WARMUP,
  WITH_SQL,
} from './dashboard-pages/settings.mjs';

// ---------------------------------------------------------------- the API

/**
 * The environment of `pnpm start` on `dataDir`: SQLite there (or PAGES_DATABASE_URL), whatever the
 * caller's shell has set.
 */
function apiEnv(dataDir, extra = {}) {
  const env = { ...process.env };
  for (const name of [
    'DATABASE_URL',
    'REDIS_URL',
    'ID_NUMBER_KEY',
    'RESPONSE_CACHE_ENTRIES',
    'LIANXIN_BENCH',
  ])
    delete env[name];
  if (DATABASE_URL) env.DATABASE_URL = DATABASE_URL;
  return { ...env, DATA_DIR: dataDir, AUTH_SECRET, NODE_ENV: 'production', ...extra };
}

/** The built API in a child process on `dataDir`; `keepLog` keeps all it prints (for LOG_SQL). */
async function startApi(dataDir, { label, extraEnv = {}, keepLog = false }) {
  const main = path.join(apiDir, 'dist/main.js');
  if (!fs.existsSync(main))
    throw new BenchError(
      `${main} is missing: build first (cd apps/api && pnpm exec tsc -p tsconfig.build.json)`,
    );
  const port = await freePort();
  const env = apiEnv(dataDir, {
    PORT: String(port),
    HOST: '127.0.0.1',
    RESPONSE_CACHE_ENTRIES: '0',
    LOG_SQL: '0',
    ...extraEnv,
  });
  const child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks = [];
  let tail = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  const keep = (chunk) => {
    if (keepLog) chunks.push(chunk);
    tail = (tail + chunk).slice(-8000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  let stopping = false;
  child.once('exit', (code, signal) => {
    exited = code ?? signal;
    if (!stopping) log(`the API (${label}) exited (${exited}) unasked; its last output:\n${tail}`);
  });
  const url = `http://127.0.0.1:${port}`;
  // Seeding the default district comes first: allow it minutes on a busy machine.
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    if (exited !== null) throw new BenchError(`the API exited with ${exited} while starting:\n${tail}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new BenchError(`the API did not answer /health in time:\n${tail}`);
    }
    await sleep(250);
  }
  const seeded = /seeded an empty database: .*/.exec(chunks.join('') || tail);
  log(`API (${label}) at ${url}, pid ${child.pid}${seeded ? `; ${seeded[0]}` : ''}`);
  return {
    url,
    port,
    pid: child.pid,
    /** Everything printed so far (keepLog only). */
    logText: () => chunks.join(''),
    async stop() {
      stopping = true;
      if (exited !== null) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([gone, sleep(10_000)]);
      if (exited === null) child.kill('SIGKILL');
    },
  };
}

/** Creates the bench users (once per data directory) and returns a bearer token per role. */
function signIn(dataDir) {
  const cli = path.join(apiDir, 'dist/modules/auth/users-cli.js');
  const env = apiEnv(dataDir);
  const run = (args) => execFileSync(process.execPath, [cli, ...args], { env }).toString();
  const existing = run(['list'])
    .split('\n')
    .map((line) => line.split('\t')[0]);
  const tokens = {};
  for (const [role, username] of Object.entries(USERS)) {
    if (!existing.includes(username)) run(['create', '--username', username, '--role', role]);
    tokens[role] = run(['token', '--username', username, '--hours', '4']).trim().split('\n').at(-1);
  }
  return tokens;
}

/** Warns when the built API is older than its sources: the numbers would be of older code. */
function checkBuild() {
  const built = fs.statSync(path.join(apiDir, 'dist/main.js')).mtimeMs;
  const newer = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (
        entry.name.endsWith('.ts') &&
        !entry.name.endsWith('.test.ts') &&
        fs.statSync(p).mtimeMs > built
      )
        newer.push(path.relative(apiDir, p));
    }
  };
  walk(path.join(apiDir, 'src'));
  if (newer.length > 0)
    log(
      `warning: dist/ is older than ${newer.slice(0, 3).join(', ')}${newer.length > 3 ? ` and ${newer.length - 3} more` : ''}: rebuild for current numbers`,
    );
}

// ---------------------------------------------------------------- main

async function main() {
  if (!fs.existsSync(path.join(apiDir, 'dist/main.js')))
    throw new BenchError(
      'dist/main.js is missing: build first (cd apps/api && pnpm exec tsc -p tsconfig.build.json)',
    );
  checkBuild();
  const { queries, documentOf } = dashboardDocuments();

  const reuse = process.env.PAGES_DATA_DIR ? path.resolve(process.env.PAGES_DATA_DIR) : null;
  if (DATABASE_URL && !reuse)
    throw new BenchError(
      'PAGES_DATABASE_URL needs PAGES_DATA_DIR: the data directory its database was seeded with (its ID-number key)',
    );
  // A fresh private directory (mkdtemp: owner-only, as the API requires of its data directory).
  const dataDir = reuse ?? fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-pages-'));
  const dbFile = path.join(dataDir, 'lianxin.sqlite');
  log(`${reuse ? 'reusing' : 'fresh'} data directory ${dataDir}`);

  let api = await startApi(dataDir, { label: 'timed: cache off, no SQL log', keepLog: true });
  let report;
  try {
    const tokens = signIn(dataDir);
    const ctx = await context(api, tokens, dbFile);
    log(
      `${ctx.cases.toLocaleString('en')} cases; today ${ctx.today}; township ${ctx.township}, category ${ctx.category}, ` +
        `leader ${ctx.leaderId}, cases ${ctx.newestCaseId} (newest) and ${ctx.longestCaseId} (${ctx.longestCaseEvents} events)`,
    );
    const all = scenarios(ctx);
    // Every query of the dashboard is measured: a new one without a scenario here stops the bench.
    const covered = new Set(all.map((s) => s.operation));
    const uncovered = queries.filter((q) => !covered.has(q));
    if (uncovered.length > 0)
      throw new BenchError(`no scenario for the dashboard's ${uncovered.join(', ')}: add one`);
    const items = all
      .flatMap((s) =>
        s.roles.map((role) => ({
          ...s,
          role,
          variables: typeof s.variables === 'function' ? s.variables(role) : s.variables,
        })),
      )
      .filter((s) => !ONLY || ONLY.test(`${s.page} ${s.operation} ${s.variant}`));

    // A shared machine: give other work up to QUIET_WAIT_S to calm down, then measure anyway and say so.
    let busy = await cpuBusy(2000);
    for (const until = Date.now() + QUIET_WAIT_S * 1000; busy > 0.3 && Date.now() < until;) {
      log(
        `the CPUs are ${Math.round(busy * 100)} % busy; waiting for a quieter moment (PAGES_QUIET_WAIT_S=${QUIET_WAIT_S})`,
      );
      busy = await cpuBusy(5000);
    }
    if (busy > 0.3)
      log(
        `warning: the CPUs are ${Math.round(busy * 100)} % busy before starting; wall-clock numbers will be noisy`,
      );
    const during = cpuSample();
    const rows = await measureAll(api, tokens, items, documentOf);
    const busyDuring = cpuShare(during, cpuSample());
    await api.stop();

    if (WITH_SQL) {
      api = await startApi(dataDir, {
        label: 'statements: LOG_SQL=1, LIANXIN_BENCH=1',
        extraEnv: { LOG_SQL: '1', LIANXIN_BENCH: '1' },
        keepLog: true,
      });
      const db = new Database(dbFile, { readonly: true, fileMustExist: true });
      const tables = new Set(
        db
          .prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`)
          .all()
          .map((r) => r.name),
      );
      db.close();
      const sql = await statementsAll(api, tokens, items, documentOf, dbFile, tables);
      rows.forEach((row, i) => (row.sql = sql[i]));
    }
    report = {
      at: new Date().toISOString(),
      revision: gitRevision(),
      dialect: DIALECT,
      [DIALECT]: ctx.serverVersion,
      cases: ctx.cases,
      today: ctx.today,
      period: ctx.period,
      // Busy shares count this bench and its API too (about one core at most, one request at a time).
      machine: {
        cpus: os.cpus().length,
        cpuBusyBefore: busy,
        cpuBusyDuring: busyDuring,
        node: process.version,
      },
      settings: {
        warmup: WARMUP,
        runs: RUNS,
        goalMedianMs: GOAL_MS,
        responseCache: 0,
        only: ONLY?.source ?? null,
      },
      picked: {
        township: ctx.township,
        category: ctx.category,
        leaderId: ctx.leaderId,
        leaderTownship: ctx.leaderTownship,
        newestCaseId: ctx.newestCaseId,
        longestCaseId: ctx.longestCaseId,
        longestCaseEvents: ctx.longestCaseEvents,
      },
      met: rows.filter((r) => r.met).length,
      measured: rows.length,
      rows,
    };
  } finally {
    await api.stop();
    if (!reuse && process.env.PAGES_KEEP !== '1') fs.rmSync(dataDir, { recursive: true, force: true });
    else log(`kept ${dataDir} (PAGES_DATA_DIR=${dataDir} reuses it)`);
  }

  printTable(report);
  const out = path.join(apiDir, `bench/results/pages-${DIALECT}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(forFile(report), null, 2)}\n`);
  console.log(`\nwrote ${path.relative(repoRoot, out)}`);
  const failed = report.rows.filter((r) => r.failure || r.sql?.failure);
  if (failed.length > 0) {
    console.error(
      `bench:pages: ${failed.length} answers failed: ${failed.map((r) => `${label(r)} as ${r.role}`).join('; ')}`,
    );
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error instanceof BenchError ? `bench:pages aborted: ${error.message}` : error);
  process.exit(1);
});
