// `pnpm bench:api`: the dashboard's three heaviest reads through GraphQL against a 1,000,000-case
// PostgreSQL database, each next to a hand-written SQL baseline served by the same process
// (src/bench/baseline.ts), so the ratio isolates what the GraphQL layer costs. Prints a table and
// writes results/latest.json. It reports numbers; a MISS does not fail the command, a wrong answer
// aborts it, and a query GraphQL answers with an error is reported as such and fails it at the end.
// Before loading, an API instance logging its SQL answers each query once: the answers are compared
// and the statements each side ran (and the tables they read) are reported, so a ratio between a
// rollup read and a scan is visible as such.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(apiDir, '../..');
const DATABASE_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/lianxin_bench';
const ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/test';
const CASES = 1_000_000;
const SEED_UNTIL = '2026-11-27';
// Shortened only to try the script itself; reported numbers use the defaults.
const WARMUP_S = Number(process.env.BENCH_WARMUP_S || 5);
const DURATION_S = Number(process.env.BENCH_DURATION_S || 20);
const CONNECTIONS = 10;
// The bench signs in as a district-wide ANALYST (the dashboard's heaviest readers), with a token the
// users CLI issues under this secret, which the API is started with too.
const AUTH_SECRET = 'lianxin-bench-secret-not-for-production-000000';
const BENCH_USER = 'bench-analyst';
let bearer = '';

class BenchError extends Error {}

/** The API answered with an error instead of data: reported for that query, the others still run. */
class FailedAnswer extends BenchError {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

const Y2023 = '{ from: "2023-01-01", to: "2023-12-31" }';
const KPI = '{ numerator denominator rate }';
const QUERIES = {
  a: `query Overview {
  kpis(filter: ${Y2023}) {
    timelyAcceptance ${KPI} onTimeClosure ${KPI} satisfaction ${KPI}
    ratingParticipation ${KPI} leaderResolution ${KPI} repeatRate ${KPI}
    reopenRate ${KPI} reviewChangeRate ${KPI}
  }
  categories: caseStats(filter: ${Y2023}, groupBy: [CATEGORY]) { category { code nameZh } count }
  townships: caseStats(filter: ${Y2023}, groupBy: [TOWNSHIP]) {
    township { code name } count kpis { timelyAcceptance { rate } }
  }
  trend: caseStats(filter: { from: "2025-12-01", to: "2026-11-30" }, groupBy: [MONTH]) { period count }
}`,
  b: `query TownshipCases {
  cases(
    filter: { townshipCodes: ["640302202000"], from: "2024-01-01", to: "2026-11-30" }
    orderBy: { field: RECEIVED_AT, direction: DESC }
    first: 50
  ) {
    edges { node { code title status receivedAt dueAt category { nameZh } village { name } leader { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`,
  c: `query VillageMonths {
  caseStats(filter: ${Y2023}, groupBy: [VILLAGE, MONTH]) { villageCode period count }
}`,
};

const SCENARIOS = [
  {
    id: 'a',
    name: 'overview (8 KPIs, by category, by township, 12-month trend)',
    baseline: '/bench/overview',
    goal: { p99: 50, ratio: 1.0 },
  },
  { id: 'b', name: 'township case list, 50 newest', baseline: '/bench/cases', goal: { p99: 100 } },
  { id: 'c', name: 'village × month counts, 2023', baseline: '/bench/village-months', goal: { p99: 80 } },
];

function log(message) {
  process.stderr.write(`[bench] ${message}\n`);
}

// ---------------------------------------------------------------- database

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function prepareDatabase() {
  const dbName = decodeURIComponent(new URL(DATABASE_URL).pathname.slice(1));
  if (!dbName) throw new BenchError(`BENCH_DATABASE_URL names no database: ${DATABASE_URL}`);
  const exists = await withClient(ADMIN_URL, async (admin) => {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName]);
    if (rowCount === 0) {
      log(`creating database ${dbName}`);
      await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(dbName)}`);
    }
    return rowCount > 0;
  });
  let cases = exists ? await countCases() : 0;
  if (cases === 0) {
    log(`seeding ${CASES.toLocaleString('en')} cases into ${dbName} (about 9 minutes on 2 cores) …`);
    await run(process.execPath, [
      path.join(apiDir, 'dist/db/seed-cli.js'),
      '--cases',
      String(CASES),
      '--until',
      SEED_UNTIL,
      '--database',
      DATABASE_URL,
    ]);
    cases = await countCases();
  }
  if (cases < CASES) {
    throw new BenchError(
      `${dbName} holds ${cases} cases, not ${CASES}: drop it (DROP DATABASE ${dbName}) and run again to reseed`,
    );
  }
  // A database seeded before a migration would be migrated by the API at start-up (migration 10
  // refolds every case's timeline, which takes long at 1M) and would not be what a seed writes now.
  const missing = await missingMigrations();
  if (missing.length > 0) {
    throw new BenchError(
      `${dbName} predates migration ${missing.join(', ')}: drop it (DROP DATABASE ${dbName}) and run again to reseed`,
    );
  }
  return cases;
}

/** The built API's PostgreSQL migrations (by file name) that the bench database has not run. */
async function missingMigrations() {
  const dir = path.join(apiDir, 'dist/db/migrations/postgres');
  const built = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => file.slice(0, -3));
  const ran = await withClient(DATABASE_URL, async (client) => {
    const { rows } = await client.query('SELECT timestamp::text AS t FROM migrations');
    return new Set(rows.map((r) => r.t));
  });
  return built.filter((name) => !ran.has(name.split('-')[0]));
}

async function countCases() {
  return withClient(DATABASE_URL, async (client) => {
    const { rows } = await client.query(`SELECT to_regclass('petition_case') IS NOT NULL AS present`);
    if (!rows[0].present) return 0;
    const count = await client.query('SELECT COUNT(*)::int AS n FROM petition_case');
    return count.rows[0].n;
  });
}

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new BenchError(`${path.basename(args[0])} exited with ${code}`)),
    );
  });
}

// ---------------------------------------------------------------- API process

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The built API in a child process; with `logSql`, `record(fn)` returns the statements fn caused. */
async function startApi({ logSql = false } = {}) {
  const main = path.join(apiDir, 'dist/main.js');
  if (!fs.existsSync(main)) throw new BenchError(`${main} is missing: build first (pnpm bench:api does)`);
  const port = await freePort();
  const child = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      DATABASE_URL,
      SEED_IF_EMPTY: '0',
      LIANXIN_BENCH: '1',
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_SQL: logSql ? '1' : '0',
      AUTH_SECRET,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let recording = null;
  const keep = (chunk) => {
    output = (output + chunk).slice(-20_000);
    if (recording !== null) recording += chunk;
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  child.once('exit', (code) => (exited = code));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
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
      throw new BenchError(`the API did not answer /health within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    pid: child.pid,
    /** Runs fn and returns its result or error with the SQL the API logged meanwhile (LOG_SQL). */
    async record(fn) {
      recording = '';
      try {
        let result = null;
        let error = null;
        try {
          result = await fn();
        } catch (e) {
          error = e;
        }
        // The log lines of the last statements may still be in the pipe.
        await new Promise((r) => setTimeout(r, 300));
        return { result, error, log: recording };
      } finally {
        recording = null;
      }
    },
    async stop() {
      if (exited !== null) return;
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([gone, new Promise((r) => setTimeout(r, 5000))]);
      if (exited === null) child.kill('SIGKILL');
    },
  };
}

// ---------------------------------------------------------------- requests and checks

/** A bearer token for BENCH_USER (created once in the bench database). */
function signIn() {
  const cli = path.join(apiDir, 'dist/modules/auth/users-cli.js');
  const env = { ...process.env, AUTH_SECRET };
  const users = execFileSync(process.execPath, [cli, 'list', '--database', DATABASE_URL], { env }).toString();
  if (!users.split('\n').some((line) => line.startsWith(`${BENCH_USER}\t`))) {
    execFileSync(
      process.execPath,
      [cli, 'create', '--username', BENCH_USER, '--role', 'ANALYST', '--database', DATABASE_URL],
      { env },
    );
  }
  const token = execFileSync(
    process.execPath,
    [cli, 'token', '--username', BENCH_USER, '--hours', '2', '--database', DATABASE_URL],
    { env },
  );
  bearer = token.toString().trim().split('\n').at(-1);
}

function graphqlRequest(url, query) {
  return {
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query }),
  };
}

async function fetchJson(label, request) {
  const res = await fetch(request.url, request);
  const text = await res.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Reported below with the status.
  }
  if (res.status !== 200 || !json || json.errors) {
    // The first error's code (and which budget, if one ran out) names the failure in the table.
    const ext = json?.errors?.[0]?.extensions ?? {};
    const code = [ext.code ?? `HTTP ${res.status}`, ext.budget, ext.limit].filter((x) => x != null).join(' ');
    throw new FailedAnswer(`${label}: HTTP ${res.status}: ${text.slice(0, 800).trim()}`, code);
  }
  return { json, bytes: Buffer.byteLength(text) };
}

function expect(condition, message) {
  if (!condition) throw new BenchError(`wrong answer: ${message}`);
}

const sameRate = (x, y) => (x === null ? y === null : y !== null && Math.abs(x - y) < 1e-9);
const byKey = (rows, key) => JSON.stringify(rows.map(key).sort());

/** Each response once: sensible, and the GraphQL and baseline answers agree. */
function checkAnswers(id, gql, base) {
  if (id === 'a') {
    const g = gql.data;
    for (const [name, value] of Object.entries(base.kpis)) {
      expect(value.denominator > 0, `baseline KPI ${name} has an empty denominator`);
      const gv = g.kpis[name];
      expect(
        gv.numerator === value.numerator && gv.denominator === value.denominator,
        `KPI ${name}: GraphQL ${gv.numerator}/${gv.denominator}, baseline ${value.numerator}/${value.denominator}`,
      );
    }
    expect(g.categories.length >= 5, `only ${g.categories.length} categories in 2023`);
    expect(
      byKey(g.categories, (b) => `${b.category.code}:${b.count}`) ===
        byKey(base.categories, (b) => `${b.code}:${b.count}`),
      'cases by category differ',
    );
    expect(g.townships.length >= 5, `only ${g.townships.length} townships in 2023`);
    expect(
      byKey(g.townships, (b) => `${b.township.code}:${b.count}`) ===
        byKey(base.townships, (b) => `${b.code}:${b.count}`),
      'cases by township differ',
    );
    for (const t of base.townships) {
      const gt = g.townships.find((b) => b.township.code === t.code);
      expect(sameRate(gt.kpis.timelyAcceptance.rate, t.timelyAcceptance.rate), `township ${t.code} rate`);
    }
    expect(g.trend.length === 12 && base.trend.length === 12, `trend has ${g.trend.length} months, not 12`);
    // Today's cases still arriving may move the last month between the two requests; compare months only.
    expect(byKey(g.trend, (b) => b.period) === byKey(base.trend, (b) => b.period), 'trend months differ');
  } else if (id === 'b') {
    const edges = gql.data.cases.edges;
    expect(edges.length === 50, `the case list returned ${edges.length} cases, not 50`);
    expect(gql.data.cases.pageInfo.hasNextPage === base.hasNextPage, 'hasNextPage differs');
    const g = edges.map((e) => e.node.code).join();
    const b = base.cases.map((c) => c.code).join();
    expect(g === b, 'the case list differs from the baseline');
  } else {
    const g = gql.data.caseStats;
    expect(g.length >= 100, `only ${g.length} village × month buckets`);
    expect(
      byKey(g, (r) => `${r.villageCode}:${r.period}:${r.count}`) ===
        byKey(base.buckets, (r) => `${r.villageCode}:${r.period}:${r.count}`),
      'village × month buckets differ',
    );
  }
}

/** The tables of the bench database, to tell them from aliases and CTEs in logged SQL. */
async function tableNames() {
  return withClient(DATABASE_URL, async (client) => {
    const { rows } = await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
    return new Set(rows.map((r) => r.tablename));
  });
}

/** Statements (transaction control and SET aside) in a TypeORM query log, and the tables they read. */
function statementsOf(logText, tables) {
  // eslint-disable-next-line no-control-regex -- ANSI colour codes, in case the logger adds them
  const text = logText.replace(/\x1b\[[0-9;]*m/g, '');
  const statements = text
    .split(/^query: /m)
    .slice(1)
    .map((sql) => sql.replace(/ -- PARAMETERS: [\s\S]*$/, ''))
    .filter((sql) => !/^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SET)\b/i.test(sql));
  const read = new Set();
  for (const sql of statements) {
    for (const [, table] of sql.matchAll(/\b(?:FROM|JOIN)\s+"?([a-z_][a-z0-9_]*)"?/gi)) {
      if (tables.has(table)) read.add(table);
    }
  }
  return { statements: statements.length, tables: [...read].sort() };
}

function describeReads(reads) {
  return `${reads.statements} statement${reads.statements === 1 ? '' : 's'} reading ${reads.tables.join(', ') || 'no table'}`;
}

// ---------------------------------------------------------------- load

/** Loads for `duration` seconds, or until `amount` requests have been answered. */
function load(request, { duration, amount }) {
  const until = amount === undefined ? { duration } : { amount };
  return new Promise((resolve, reject) => {
    // The timeout is long: a scan baseline 10 at a time on 2 cores takes tens of seconds per request.
    autocannon({ ...request, connections: CONNECTIONS, ...until, timeout: 120 }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

/**
 * Waits until no statement runs in the bench database: a request the load generator gave up on at the
 * end of a window keeps its SQL running and would slow the next measurement down.
 */
async function settle() {
  const dbName = decodeURIComponent(new URL(DATABASE_URL).pathname.slice(1));
  const deadline = Date.now() + 180_000;
  await withClient(ADMIN_URL, async (client) => {
    for (;;) {
      const { rows } = await client.query(
        `SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND state = 'active'`,
        [dbName],
      );
      if (rows[0].n === 0 || Date.now() > deadline) return;
      await new Promise((r) => setTimeout(r, 500));
    }
  });
}

/** The 1-minute load average (its 10 connections alone put the bench near 10 while a scan runs). */
const loadAverage = () => Number(os.loadavg()[0].toFixed(2));

const CLOCK_TICKS = 100; // USER_HZ: /proc reports CPU time in 1/100 s on Linux

/** Every process's CPU ticks and start tick, and what it runs (its title, for PostgreSQL backends). */
function processes() {
  const seen = new Map();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the parenthesised command: state is field 3; utime 14, stime 15, starttime 22.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const title = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ');
      seen.set(Number(name), {
        ticks: Number(fields[11]) + Number(fields[12]),
        start: Number(fields[19]),
        title,
      });
    } catch {
      // Gone meanwhile.
    }
  }
  return seen;
}

/**
 * Watches, once a second, how much CPU processes other than the bench's take: the bench itself, the
 * API, and PostgreSQL backends (and their parallel workers) of the bench database are ours; the rest
 * is another agent's load. Returns stop(), which answers the CPUs others used on average.
 */
function watchOthers(apiPid) {
  const dbName = decodeURIComponent(new URL(DATABASE_URL).pathname.slice(1));
  const uptimeTicks = () =>
    Math.round(Number(fs.readFileSync('/proc/uptime', 'utf8').split(' ')[0]) * CLOCK_TICKS);
  const ours = (pid, p, snapshot) => {
    if (pid === process.pid || pid === apiPid) return true;
    if (p.title.includes(` ${dbName} `)) return true;
    const worker = /parallel worker for PID (\d+)/.exec(p.title);
    return worker !== null && (snapshot.get(Number(worker[1]))?.title ?? '').includes(` ${dbName} `);
  };
  const started = Date.now();
  let previous = processes();
  let previousAt = uptimeTicks();
  let others = 0;
  const sample = () => {
    const current = processes();
    for (const [pid, p] of current) {
      if (ours(pid, p, current)) continue;
      const before = previous.get(pid);
      if (before && before.start === p.start) others += p.ticks - before.ticks;
      else if (p.start >= previousAt) others += p.ticks; // started since the last sample
    }
    previous = current;
    previousAt = uptimeTicks();
  };
  const timer = setInterval(sample, 1000);
  return () => {
    clearInterval(timer);
    sample();
    const seconds = (Date.now() - started) / 1000;
    return Number((others / CLOCK_TICKS / seconds).toFixed(2));
  };
}

/** Fewer answers than this in the window say too little: the query is measured over this many instead. */
const MIN_REQUESTS = 2 * CONNECTIONS;

async function measure(label, request, apiPid) {
  await settle();
  log(`${label}: ${WARMUP_S} s warm-up, ${DURATION_S} s measured (load average ${loadAverage()})`);
  await load(request, { duration: WARMUP_S });
  const loadBefore = loadAverage();
  const othersCpus = watchOthers(apiPid);
  let r = await load(request, { duration: DURATION_S });
  let seconds = DURATION_S;
  if (r.requests.total < MIN_REQUESTS) {
    log(
      `${label}: ${r.requests.total} answers in ${DURATION_S} s; measuring ${MIN_REQUESTS} requests instead`,
    );
    await settle();
    r = await load(request, { amount: MIN_REQUESTS });
    seconds = r.duration;
  }
  const loadAfter = loadAverage();
  const others = othersCpus();
  const failures = r.errors + r.timeouts + r.non2xx;
  if (failures > 0) {
    throw new BenchError(
      `${label}: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx of ${r.requests.total}`,
    );
  }
  return {
    rps: r.requests.total / seconds,
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    seconds,
    loadAverage: { start: loadBefore, end: loadAfter },
    otherCpus: others,
  };
}

// ---------------------------------------------------------------- report

function verdict(s) {
  const misses = [];
  if (s.graphql.p99 > s.goal.p99) misses.push(`p99 ${s.graphql.p99} > ${s.goal.p99} ms`);
  if (s.goal.ratio !== undefined && s.ratio < s.goal.ratio) misses.push(`ratio < ${s.goal.ratio}`);
  return misses.length ? `MISS (${misses.join(', ')})` : 'PASS';
}

function printTable(rows) {
  const header = ['query', 'GQL req/s', 'p50', 'p99', 'SQL req/s', 'p50', 'p99', 'GQL/SQL', 'goal', 'result'];
  const failed = (s) => s.graphql.error !== undefined;
  const body = rows.map((s) => [
    s.id,
    failed(s) ? '—' : s.graphql.rps.toFixed(1),
    failed(s) ? '—' : `${s.graphql.p50} ms`,
    failed(s) ? '—' : `${s.graphql.p99} ms`,
    s.baseline.rps.toFixed(1),
    `${s.baseline.p50} ms`,
    `${s.baseline.p99} ms`,
    failed(s) ? '—' : s.ratio.toFixed(2),
    `p99 ≤ ${s.goal.p99} ms${s.goal.ratio === undefined ? '' : `, ratio ≥ ${s.goal.ratio.toFixed(1)}`}`,
    s.verdict,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of body) console.log(line(r));
  console.log();
  for (const s of rows) {
    console.log(`${s.id}: ${s.name}`);
    console.log(`   GraphQL ran ${describeReads(s.graphql.reads)}`);
    console.log(`   baseline ran ${describeReads(s.baseline.reads)}`);
    const rollup = (reads) => reads.tables.includes('case_month_rollup');
    if (rollup(s.graphql.reads) && !rollup(s.baseline.reads)) {
      console.log(
        '   → GraphQL answers from the monthly rollup, the baseline counts the cases: not the same',
      );
      console.log('     work; the ratio is what the rollup buys, not what the GraphQL layer costs');
    }
    if (s.graphql.error !== undefined) console.log(`   GraphQL failed: ${s.graphql.message}`);
    const window = (m) =>
      m.loadAverage
        ? `load average ${m.loadAverage.start} → ${m.loadAverage.end}, others used ${m.otherCpus} CPUs`
        : '—';
    console.log(`   measured windows: GraphQL ${window(s.graphql)}; baseline ${window(s.baseline)}`);
  }
}

function gitRevision() {
  try {
    const rev = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'apps/api/src'], { cwd: repoRoot })
      .toString()
      .trim();
    return dirty ? `${rev}+dirty` : rev;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- main

/**
 * Share of CPU time in use by anything over `ms`. The load average would do, but its minute-long
 * memory still counts the build `pnpm bench:api` ran just before.
 */
async function cpuBusy(ms) {
  const sample = () =>
    os.cpus().reduce(
      (acc, { times }) => {
        const total = times.user + times.nice + times.sys + times.idle + times.irq;
        return { total: acc.total + total, idle: acc.idle + times.idle };
      },
      { total: 0, idle: 0 },
    );
  const before = sample();
  await new Promise((r) => setTimeout(r, ms));
  const after = sample();
  const total = after.total - before.total;
  return total > 0 ? 1 - (after.idle - before.idle) / total : 0;
}

async function main() {
  const loadAtStart = loadAverage();
  const busy = await cpuBusy(2000);
  if (busy > 0.25)
    log(`warning: the CPUs are ${Math.round(busy * 100)} % busy before starting; numbers will be noisy`);
  const cases = await prepareDatabase();
  const pgVersion = await withClient(
    DATABASE_URL,
    async (c) => (await c.query('SHOW server_version')).rows[0],
  );
  // Each query once on an instance that logs its SQL (logging would slow the measured one down): the
  // answers must agree, and what each side ran is reported beside its numbers.
  const checked = {};
  const checker = await startApi({ logSql: true });
  try {
    signIn();
    const tables = await tableNames();
    for (const scenario of SCENARIOS) {
      const gql = await checker.record(() =>
        fetchJson(`GraphQL (${scenario.id})`, graphqlRequest(checker.url, QUERIES[scenario.id])),
      );
      const base = await checker.record(() =>
        fetchJson(`baseline ${scenario.baseline}`, {
          url: `${checker.url}${scenario.baseline}`,
          method: 'GET',
        }),
      );
      // The yardstick must answer; GraphQL failing one query is a result to report.
      if (base.error) throw base.error;
      if (gql.error && !(gql.error instanceof FailedAnswer)) throw gql.error;
      const reads = { graphql: statementsOf(gql.log, tables), baseline: statementsOf(base.log, tables) };
      if (gql.error) {
        log(`${scenario.id}: GraphQL FAILED after ${describeReads(reads.graphql)}: ${gql.error.message}`);
        checked[scenario.id] = { failure: gql.error, baselineBytes: base.result.bytes, reads };
        continue;
      }
      checkAnswers(scenario.id, gql.result.json, base.result.json);
      checked[scenario.id] = { graphqlBytes: gql.result.bytes, baselineBytes: base.result.bytes, reads };
      log(
        `${scenario.id}: answers agree (GraphQL ${gql.result.bytes} B, baseline ${base.result.bytes} B); ` +
          `GraphQL ran ${describeReads(reads.graphql)}, the baseline ${describeReads(reads.baseline)}`,
      );
    }
  } finally {
    await checker.stop();
  }

  const api = await startApi();
  const results = [];
  try {
    for (const scenario of SCENARIOS) {
      const gqlRequest = graphqlRequest(api.url, QUERIES[scenario.id]);
      const baseRequest = { url: `${api.url}${scenario.baseline}`, method: 'GET' };
      const { failure, graphqlBytes, baselineBytes, reads } = checked[scenario.id];
      // A query GraphQL could not answer once is not loaded; its baseline still is.
      const graphql = failure ? null : await measure(`GraphQL (${scenario.id})`, gqlRequest, api.pid);
      const baseline = await measure(`baseline ${scenario.baseline}`, baseRequest, api.pid);
      const s = {
        id: scenario.id,
        name: scenario.name,
        goal: scenario.goal,
        graphql: failure
          ? { error: failure.code, message: failure.message, reads: reads.graphql }
          : { ...graphql, responseBytes: graphqlBytes, reads: reads.graphql },
        baseline: { ...baseline, responseBytes: baselineBytes, reads: reads.baseline },
        ratio: failure ? null : graphql.rps / baseline.rps,
      };
      s.verdict = failure ? `ERROR (${failure.code})` : verdict(s);
      results.push(s);
    }
  } finally {
    await api.stop();
  }

  console.log();
  printTable(results);
  const out = path.join(
    apiDir,
    process.env.RESPONSE_CACHE_ENTRIES === '0'
      ? 'bench/results/latest-no-cache.json'
      : 'bench/results/latest.json',
  );
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const report = {
    at: new Date().toISOString(),
    revision: gitRevision(),
    machine: {
      cpus: os.cpus().length,
      cpuBusyBefore: Number(busy.toFixed(2)),
      loadAverageBefore: loadAtStart,
      node: process.version,
    },
    postgres: pgVersion.server_version,
    cases,
    settings: { connections: CONNECTIONS, warmupSeconds: WARMUP_S, durationSeconds: DURATION_S },
    results: results.map((s) => ({
      id: s.id,
      name: s.name,
      graphql: s.graphql.error ? s.graphql : { ...s.graphql, rps: Number(s.graphql.rps.toFixed(1)) },
      baseline: { ...s.baseline, rps: Number(s.baseline.rps.toFixed(1)) },
      ratio: s.ratio === null ? null : Number(s.ratio.toFixed(3)),
      goal: s.goal,
      verdict: s.verdict,
    })),
  };
  fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(repoRoot, out)}`);
  const failures = results.filter((s) => s.graphql.error !== undefined);
  if (failures.length > 0) {
    console.error(`bench:api: GraphQL could not answer ${failures.map((s) => s.id).join(', ')} (see above)`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error instanceof BenchError ? `bench:api aborted: ${error.message}` : error);
  process.exit(1);
});
