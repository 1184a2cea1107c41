// `pnpm bench:api`: the dashboard's three heaviest reads through GraphQL against a 1,000,000-case
// PostgreSQL database, each next to a hand-written SQL baseline served by the same process
// (src/bench/baseline.ts), so the ratio isolates what the GraphQL layer costs. Prints a table and
// writes results/latest.json. It reports numbers; a MISS does not fail the command, a wrong answer does.
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

const Y2023 = '{ from: "2023-01-01", to: "2023-12-31" }';
const KPI = '{ numerator denominator rate }';
const QUERIES = {
  a: `query Overview {
  kpis(filter: ${Y2023}) {
    timelyAcceptance ${KPI} onTimeClosure ${KPI} satisfaction ${KPI}
    ratingParticipation ${KPI} leaderResolution ${KPI} repeatRate ${KPI}
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
    name: 'overview (6 KPIs, by category, by township, 12-month trend)',
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
    log(`seeding ${CASES.toLocaleString('en')} cases into ${dbName} (about 2 minutes) …`);
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
  return cases;
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

async function startApi() {
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
      LOG_SQL: process.env.LOG_SQL ?? '0',
      AUTH_SECRET,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk).slice(-20_000);
    if (process.env.LOG_SQL === '1') process.stderr.write(chunk);
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
  if (res.status !== 200) throw new BenchError(`${label}: HTTP ${res.status}: ${text.slice(0, 500)}`);
  const json = JSON.parse(text);
  if (json.errors)
    throw new BenchError(`${label}: GraphQL errors: ${JSON.stringify(json.errors).slice(0, 800)}`);
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

// ---------------------------------------------------------------- load

function load(request, duration) {
  return new Promise((resolve, reject) => {
    autocannon({ ...request, connections: CONNECTIONS, duration, timeout: 30 }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

async function measure(label, request) {
  log(`${label}: ${WARMUP_S} s warm-up, ${DURATION_S} s measured`);
  await load(request, WARMUP_S);
  const r = await load(request, DURATION_S);
  if (r.requests.total === 0) throw new BenchError(`${label}: no request completed in ${DURATION_S} s`);
  const failures = r.errors + r.timeouts + r.non2xx;
  if (failures > 0) {
    throw new BenchError(
      `${label}: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx of ${r.requests.total}`,
    );
  }
  return {
    rps: r.requests.total / DURATION_S,
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
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
  const body = rows.map((s) => [
    s.id,
    s.graphql.rps.toFixed(1),
    `${s.graphql.p50} ms`,
    `${s.graphql.p99} ms`,
    s.baseline.rps.toFixed(1),
    `${s.baseline.p50} ms`,
    `${s.baseline.p99} ms`,
    s.ratio.toFixed(2),
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
  for (const s of rows) console.log(`${s.id}: ${s.name}`);
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
  const busy = await cpuBusy(2000);
  if (busy > 0.25)
    log(`warning: the CPUs are ${Math.round(busy * 100)} % busy before starting; numbers will be noisy`);
  const cases = await prepareDatabase();
  const pgVersion = await withClient(
    DATABASE_URL,
    async (c) => (await c.query('SHOW server_version')).rows[0],
  );
  const api = await startApi();
  signIn();
  const results = [];
  try {
    for (const scenario of SCENARIOS) {
      const gqlRequest = graphqlRequest(api.url, QUERIES[scenario.id]);
      const baseRequest = { url: `${api.url}${scenario.baseline}`, method: 'GET' };
      const gql = await fetchJson(`GraphQL (${scenario.id})`, gqlRequest);
      const base = await fetchJson(`baseline ${scenario.baseline}`, baseRequest);
      checkAnswers(scenario.id, gql.json, base.json);
      log(`${scenario.id}: answers agree (GraphQL ${gql.bytes} B, baseline ${base.bytes} B)`);
      const graphql = await measure(`GraphQL (${scenario.id})`, gqlRequest);
      const baseline = await measure(`baseline ${scenario.baseline}`, baseRequest);
      const s = {
        id: scenario.id,
        name: scenario.name,
        goal: scenario.goal,
        graphql: { ...graphql, responseBytes: gql.bytes },
        baseline: { ...baseline, responseBytes: base.bytes },
        ratio: graphql.rps / baseline.rps,
      };
      s.verdict = verdict(s);
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
    machine: { cpus: os.cpus().length, cpuBusyBefore: Number(busy.toFixed(2)), node: process.version },
    postgres: pgVersion.server_version,
    cases,
    settings: { connections: CONNECTIONS, warmupSeconds: WARMUP_S, durationSeconds: DURATION_S },
    results: results.map((s) => ({
      id: s.id,
      name: s.name,
      graphql: { ...s.graphql, rps: Number(s.graphql.rps.toFixed(1)) },
      baseline: { ...s.baseline, rps: Number(s.baseline.rps.toFixed(1)) },
      ratio: Number(s.ratio.toFixed(3)),
      goal: s.goal,
      verdict: s.verdict,
    })),
  };
  fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(repoRoot, out)}`);
}

main().catch((error) => {
  console.error(error instanceof BenchError ? `bench:api aborted: ${error.message}` : error);
  process.exit(1);
});
