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
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { addLocalDays, addLocalMonths, diffLocalDays, idCheckDigit } from '@lianxin/domain';
import { operationDocument } from '@lianxin/operations';
import {
  cpuBusy,
  freePort,
  gitRevision,
  pick,
  previousPeriod,
  prng,
  randomInt,
  sleep,
  trendPeriod,
} from './lib.mjs';

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(apiDir, '../..');

const DIALECT =
  process.argv.includes('--sqlite') || process.env.BENCH_DIALECT === 'sqlite' ? 'sqlite' : 'postgres';
/** 1M by default (the issue's size); smaller to try the script, or for the default seed's 20k. */
const CASES = Number(process.env.BENCH_CASES || 1_000_000);
const SQLITE_PATH = path.resolve(
  process.env.BENCH_SQLITE_PATH || path.join(apiDir, `bench/.data/lianxin-bench-${CASES}.sqlite`),
);
const DATABASE_URL =
  DIALECT === 'sqlite'
    ? `sqlite:${SQLITE_PATH}`
    : process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/lianxin_bench';
const ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/test';
/**
 * The folders of built migrations a dialect runs (src/db/migrations/index.ts): its own, and common/ with
 * the migrations whose code both dialects share and the schema helpers they use.
 */
const MIGRATION_DIRS = [DIALECT, 'common'];
/** A migration's file, named by its timestamp. */
const MIGRATION_FILE = /^\d+-.+\.js$/;
/** The seed's last day ("today" of the data): every period ends on or before it. */
const SEED_UNTIL = '2026-11-27';
const SEED_FIRST_DAY = '2021-01-01';
// Shortened only to try the script itself; reported numbers use the defaults.
const WARMUP_S = Number(process.env.BENCH_WARMUP_S || 5);
const DURATION_S = Number(process.env.BENCH_DURATION_S || 20);
const POOL_SIZE = Number(process.env.BENCH_POOL || 2000);
const PRNG_SEED = Number(process.env.BENCH_SEED || 20_261_127);
const RECORD_S = Number(process.env.BENCH_RECORD_S || 900);
const CONNECTIONS = 10;
const ALL_MODES = ['changing', 'same', 'nocache', 'baseline'];
/** A partial run (to profile or try one thing) is printed and written apart, its goals not judged. */
const ONLY_OPERATIONS = process.env.BENCH_OPERATIONS?.split(',').filter(Boolean) ?? null;
const MODES = process.env.BENCH_MODES?.split(',').filter(Boolean) ?? ALL_MODES;
const PARTIAL = ONLY_OPERATIONS !== null || MODES.length < ALL_MODES.length;
const WRITE_EVERY_MS = 1000;
const PAGE_SIZE = 50;
// The readers sign in as a district-wide ANALYST, the writer as a district-wide CLERK, with tokens the
// users CLI issues under this secret, which the API is started with too.
const AUTH_SECRET = 'lianxin-bench-secret-not-for-production-000000';
const READER = { username: 'bench-analyst', role: 'ANALYST' };
const WRITER = { username: 'bench-clerk', role: 'CLERK' };

const GOALS = {
  overviewP99Ms: 50,
  listP99Ms: 100,
  ratioToBaseline: 0.8,
  statementsPerOverview: 6,
  loopBlockMs: 50,
};

class BenchError extends Error {}

/** The API answered with an error (its code) instead of data. */
class FailedAnswer extends BenchError {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

function log(message) {
  process.stderr.write(`[bench] ${message}\n`);
}

// ---------------------------------------------------------------- the dashboard's operations

// Each with the fragments it spreads, as the dashboard's generated document holds them.
const OPERATIONS = {
  overview: { operationName: 'Overview', query: operationDocument('Overview') },
  list: { operationName: 'Cases', query: operationDocument('Cases') },
};
const ORDER_FIELDS = ['RECEIVED_AT', 'DUE_AT', 'CURRENT_DUE_AT', 'CODE', 'ID'];

// ---------------------------------------------------------------- filters as the views build them

const monthAligned = (p) => p.from.endsWith('-01') && addLocalDays(p.to, 1).endsWith('-01');

/**
 * A period of 1–24 months, not aligned to months: it ends on the seed's last day ("to today", the
 * dashboard's usual end) or on a random day, and starts that many months earlier give or take ten days.
 */
function randomPeriod(rng) {
  for (;;) {
    const to =
      rng() < 0.4
        ? SEED_UNTIL
        : addLocalDays('2022-01-01', randomInt(rng, 0, diffLocalDays('2022-01-01', SEED_UNTIL)));
    const months = randomInt(rng, 1, 24);
    const sameDay = addLocalDays(addLocalMonths(to, -months), Number(to.slice(8)) - 1);
    let from = addLocalDays(sameDay, 1 + randomInt(rng, -10, 10));
    if (from < SEED_FIRST_DAY) from = SEED_FIRST_DAY;
    if (from > to) from = to;
    const period = { from, to };
    if (!monthAligned(period)) return period;
  }
}

/** The filter bar's state: one township or none, one category or none, a period. */
function randomFilter(rng, reference) {
  return {
    township: rng() < 0.3 ? null : pick(rng, reference.townships).code,
    category: rng() < 0.3 ? null : pick(rng, reference.categories),
    period: randomPeriod(rng),
  };
}

/** filters/filter.ts toCaseFilter: only what is set, period first. */
function toCaseFilter(filter, period) {
  const out = {};
  if (period) {
    out.from = period.from;
    out.to = period.to;
  }
  if (filter.township) out.townshipCodes = [filter.township];
  if (filter.category) out.categoryCodes = [filter.category];
  return out;
}

/** OverviewView.vue's variables (an ANALYST reads cases: the warning list is included). */
function overviewVariables(filter) {
  return {
    filter: toCaseFilter(filter, filter.period),
    previous: toCaseFilter(filter, previousPeriod(filter.period)),
    trend: toCaseFilter(filter, trendPeriod(filter.period.to)),
    warningFilter: toCaseFilter(filter, null),
    warningsFirst: 8,
    withWarningList: true,
  };
}

/** CasesView.vue's variables for the first page. */
function listVariables(filter, rng) {
  return {
    filter: toCaseFilter(filter, filter.period),
    orderBy: { field: pick(rng, ORDER_FIELDS), direction: rng() < 0.5 ? 'ASC' : 'DESC' },
    first: PAGE_SIZE,
    after: null,
  };
}

function buildPools(reference) {
  const rng = prng(PRNG_SEED);
  const pools = { overview: [], list: [] };
  for (let i = 0; i < POOL_SIZE; i++) {
    const filter = randomFilter(rng, reference);
    pools.overview.push({ id: `overview-${i}`, filter, variables: overviewVariables(filter) });
  }
  for (let i = 0; i < POOL_SIZE; i++) {
    const filter = randomFilter(rng, reference);
    pools.list.push({ id: `list-${i}`, filter, variables: listVariables(filter, rng) });
  }
  for (const [op, pool] of Object.entries(pools)) {
    for (const entry of pool) {
      entry.body = JSON.stringify({
        operationName: OPERATIONS[op].operationName,
        query: OPERATIONS[op].query,
        variables: entry.variables,
      });
    }
  }
  return pools;
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

/** Runs `fn` on the SQLite bench file, read-only (better-sqlite3, the API's own driver). */
async function withSqlite(fn) {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(SQLITE_PATH, { readonly: true, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** The bench database's tables, case count and migrations run, whichever dialect. */
async function inspectDatabase() {
  if (DIALECT === 'sqlite') {
    if (!fs.existsSync(SQLITE_PATH)) return { cases: 0 };
    return withSqlite((db) => {
      const tables = new Set(
        db
          .prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`)
          .all()
          .map((r) => r.name),
      );
      if (!tables.has('petition_case')) return { cases: 0, tables };
      return {
        cases: db.prepare('SELECT COUNT(*) AS n FROM petition_case').get().n,
        ran: new Set(
          db
            .prepare('SELECT timestamp FROM migrations')
            .all()
            .map((r) => String(r.timestamp)),
        ),
        tables,
      };
    });
  }
  return withClient(DATABASE_URL, async (client) => {
    const { rows } = await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
    const tables = new Set(rows.map((r) => r.tablename));
    if (!tables.has('petition_case')) return { cases: 0, tables };
    const count = await client.query('SELECT COUNT(*)::int AS n FROM petition_case');
    const ran = await client.query('SELECT timestamp::text AS t FROM migrations');
    return { cases: count.rows[0].n, ran: new Set(ran.rows.map((r) => r.t)), tables };
  });
}

/** Creates and seeds the bench database when it is missing or empty; refuses one it cannot use. */
async function prepareDatabase() {
  let where;
  if (DIALECT === 'postgres') {
    const dbName = decodeURIComponent(new URL(DATABASE_URL).pathname.slice(1));
    if (!dbName) throw new BenchError(`BENCH_DATABASE_URL names no database: ${DATABASE_URL}`);
    where = `database ${dbName}`;
    await withClient(ADMIN_URL, async (admin) => {
      const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName]);
      if (rowCount === 0) {
        log(`creating database ${dbName}`);
        await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(dbName)}`);
      }
    });
  } else {
    where = path.relative(repoRoot, SQLITE_PATH);
    fs.mkdirSync(path.dirname(SQLITE_PATH), { recursive: true });
  }
  let db = await inspectDatabase();
  if (db.cases === 0) {
    log(`seeding ${CASES.toLocaleString('en')} cases into ${where} (5–10 minutes on 2 cores) …`);
    const started = Date.now();
    await run(process.execPath, [
      path.join(apiDir, 'dist/db/seed-cli.js'),
      '--cases',
      String(CASES),
      '--until',
      SEED_UNTIL,
      '--database',
      DATABASE_URL,
    ]);
    log(`seeded in ${Math.round((Date.now() - started) / 1000)} s`);
    if (DIALECT === 'sqlite') writeStamp();
    db = await inspectDatabase();
  }
  const drop =
    DIALECT === 'postgres' ? `drop it (DROP DATABASE ${where.slice('database '.length)})` : `delete ${where}`;
  if (db.cases < CASES) {
    throw new BenchError(`${where} holds ${db.cases} cases, not ${CASES}: ${drop} and run again to reseed`);
  }
  // The bench's own SQLite file notices a migration edited since it was built (same name, other SQL):
  // only a new seed gives what a seed writes now.
  const stampFile = `${SQLITE_PATH}.json`;
  if (DIALECT === 'sqlite' && fs.existsSync(stampFile)) {
    const built = migrationFiles();
    const stamped = JSON.parse(fs.readFileSync(stampFile, 'utf8')).files ?? {};
    const edited = Object.keys(stamped).filter((f) => built[f] !== undefined && built[f] !== stamped[f]);
    if (edited.length > 0)
      throw new BenchError(
        `${edited.join(', ')} changed since ${where} was built: ${drop} and run again to reseed`,
      );
  }
  // A database built before a migration would be migrated by the API at start-up, which takes long at
  // 1M; the bench refuses it unless told to migrate it first (BENCH_MIGRATE=1, as an upgrade would).
  const missing = MIGRATION_DIRS.flatMap((sub) =>
    fs.readdirSync(path.join(apiDir, 'dist/db/migrations', sub)),
  )
    // Migrations only: common/ also holds the schema helpers they share.
    .filter((file) => MIGRATION_FILE.test(file))
    .map((file) => file.slice(0, -3))
    .filter((name) => !db.ran.has(name.split('-')[0]))
    .sort();
  if (missing.length > 0) {
    if (process.env.BENCH_MIGRATE !== '1')
      throw new BenchError(
        `${where} predates migration ${missing.join(', ')}: ${drop} and run again to reseed, ` +
          'or migrate it with BENCH_MIGRATE=1',
      );
    log(`migrating ${where} (${missing.join(', ')}) …`);
    const started = Date.now();
    // The users CLI opens the database as the API does: it runs the migrations and their rollup rebuild.
    execFileSync(
      process.execPath,
      [path.join(apiDir, 'dist/modules/auth/users-cli.js'), 'list', '--database', DATABASE_URL],
      {
        env: { ...process.env, AUTH_SECRET },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    log(`migrated in ${Math.round((Date.now() - started) / 1000)} s`);
    if (DIALECT === 'sqlite') writeStamp();
    db = await inspectDatabase();
  }
  return db;
}

/** Each built file of the dialect's migration folders (migrations and their helpers) by its hash. */
function migrationFiles() {
  const files = {};
  for (const sub of MIGRATION_DIRS) {
    const dir = path.join(apiDir, 'dist/db/migrations', sub);
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.js')))
      files[`${sub}/${file}`] = createHash('sha256')
        .update(fs.readFileSync(path.join(dir, file)))
        .digest('hex');
  }
  return files;
}

/** Records which migrations the SQLite bench file was built with (beside it). */
function writeStamp() {
  const stamp = { cases: CASES, until: SEED_UNTIL, files: migrationFiles() };
  fs.writeFileSync(`${SQLITE_PATH}.json`, `${JSON.stringify(stamp, null, 2)}\n`);
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

// ---------------------------------------------------------------- users and requests

/** A bearer token for a bench user (created once in the bench database) from the users CLI. */
function tokenFor(user) {
  const cli = path.join(apiDir, 'dist/modules/auth/users-cli.js');
  const env = { ...process.env, AUTH_SECRET };
  const users = execFileSync(process.execPath, [cli, 'list', '--database', DATABASE_URL], { env }).toString();
  if (!users.split('\n').some((line) => line.startsWith(`${user.username}\t`))) {
    execFileSync(
      process.execPath,
      [cli, 'create', '--username', user.username, '--role', user.role, '--database', DATABASE_URL],
      { env },
    );
  }
  const token = execFileSync(
    process.execPath,
    [cli, 'token', '--username', user.username, '--hours', '12', '--database', DATABASE_URL],
    { env },
  );
  return token.toString().trim().split('\n').at(-1);
}

/** The code of a failed answer: the first GraphQL error's, else the HTTP status. */
function errorCode(status, text) {
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON: the status says it.
  }
  const ext = json?.errors?.[0]?.extensions;
  if (ext?.code) return [ext.code, ext.budget].filter(Boolean).join(' ');
  if (json?.code) return String(json.code);
  return `HTTP ${status}`;
}

async function graphql(api, bearer, body, headers = {}) {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Reported below.
  }
  if (res.status !== 200 || !json || json.errors)
    throw new FailedAnswer(`HTTP ${res.status}: ${text.slice(0, 600).trim()}`, errorCode(res.status, text));
  return json.data;
}

async function getJson(url, init) {
  const res = await fetch(url, init);
  const text = await res.text();
  if (!res.ok) throw new BenchError(`${url}: HTTP ${res.status}: ${text.slice(0, 600)}`);
  return JSON.parse(text);
}

/** Townships (with villages) and categories, as the dashboard's Reference query has them. */
async function loadReference(api, bearer) {
  const data = await graphql(api, bearer, {
    query: '{ townships { code villages { code } } categories { code } }',
  });
  const reference = {
    townships: data.townships.filter((t) => t.villages.length > 0),
    categories: data.categories.map((c) => c.code),
  };
  reference.villages = reference.townships.flatMap((t) => t.villages.map((v) => v.code));
  return reference;
}

// ---------------------------------------------------------------- correctness (independent SQL)

function expect(condition, message) {
  if (!condition) throw new BenchError(`wrong answer: ${message}`);
}

const countsOf = (rows, key) =>
  JSON.stringify(
    rows
      .filter((r) => r.count !== null && r.count > 0)
      .map((r) => `${r[key]}:${r.count}`)
      .sort(),
  );

/** The overview of `filter` from GraphQL and from the hand-written reference must agree. */
async function checkOverview(api, bearer, filter) {
  const variables = overviewVariables(filter);
  const trend = variables.trend;
  const query = new URLSearchParams({
    from: filter.period.from,
    to: filter.period.to,
    trendFrom: trend.from,
    trendTo: trend.to,
    ...(filter.township ? { township: filter.township } : {}),
    ...(filter.category ? { category: filter.category } : {}),
  });
  const [g, ref] = await Promise.all([
    graphql(api, bearer, { query: OPERATIONS.overview.query, variables }),
    getJson(`${api.url}/bench/reference/overview?${query}`),
  ]);
  const label = JSON.stringify(filter);
  for (const [name, value] of Object.entries(g.current)) {
    const r = ref.kpis[name];
    expect(
      value.numerator === r.numerator && value.denominator === r.denominator,
      `${label}: KPI ${name}: GraphQL ${value.numerator}/${value.denominator}, reference ${r.numerator}/${r.denominator}`,
    );
  }
  expect(
    countsOf(g.byCategory, 'categoryCode') === countsOf(ref.byCategory, 'code'),
    `${label}: cases by category differ`,
  );
  expect(
    countsOf(g.byTownship, 'townshipCode') === countsOf(ref.byTownship, 'code'),
    `${label}: cases by township differ`,
  );
  expect(countsOf(g.trend, 'period') === countsOf(ref.trend, 'period'), `${label}: the trend differs`);
}

/** The first page of `filter`'s cases, newest first, from GraphQL and from the reference must agree. */
async function checkList(api, bearer, filter) {
  const variables = {
    filter: toCaseFilter(filter, filter.period),
    orderBy: { field: 'RECEIVED_AT', direction: 'DESC' },
    first: PAGE_SIZE,
    after: null,
  };
  const query = new URLSearchParams({
    from: filter.period.from,
    to: filter.period.to,
    ...(filter.township ? { township: filter.township } : {}),
    ...(filter.category ? { category: filter.category } : {}),
  });
  const [g, ref] = await Promise.all([
    graphql(api, bearer, { query: OPERATIONS.list.query, variables }),
    getJson(`${api.url}/bench/reference/cases?${query}`),
  ]);
  const label = JSON.stringify(filter);
  expect(
    g.cases.totalCount === ref.totalCount,
    `${label}: totalCount ${g.cases.totalCount}, reference ${ref.totalCount}`,
  );
  expect(g.cases.pageInfo.hasNextPage === ref.hasNextPage, `${label}: hasNextPage differs`);
  const row = (c) => [c.code, c.categoryCode, c.villageName, c.leaderName ?? ''].join('|');
  const gRows = g.cases.edges.map((e) =>
    row({
      code: e.node.code,
      categoryCode: e.node.category.code,
      villageName: e.node.village.name,
      leaderName: e.node.leader?.name,
    }),
  );
  expect(JSON.stringify(gRows) === JSON.stringify(ref.cases.map(row)), `${label}: the case page differs`);
}

/** A fixed filter (2023, the whole district) and the first pooled filters of each operation. */
async function checkAnswers(api, bearer, pools) {
  if (DIALECT !== 'postgres') {
    log('answers: the hand-written reference is PostgreSQL only; not checked on SQLite');
    return { summary: 'not checked (the reference is PostgreSQL only)', unanswered: [] };
  }
  const fixed = { township: null, category: null, period: { from: '2023-01-01', to: '2023-12-31' } };
  const overviews = [fixed, pools.overview[0].filter, pools.overview[1].filter];
  const lists = [fixed, pools.list[0].filter, pools.list[1].filter];
  const started = Date.now();
  // A check GraphQL cannot answer (a timeout, say) is reported and fails the run at the end; a
  // different answer aborts it at once.
  const unanswered = [];
  const attempt = async (what, check, filter) => {
    try {
      await check(api, bearer, filter);
    } catch (error) {
      if (!(error instanceof FailedAnswer)) throw error;
      log(`answers: ${what} ${JSON.stringify(filter)} not compared: GraphQL answered ${error.code}`);
      unanswered.push(`${what} ${error.code}`);
    }
  };
  for (const filter of overviews) await attempt('overview', checkOverview, filter);
  for (const filter of lists) await attempt('case page', checkList, filter);
  const total = overviews.length + lists.length;
  const summary =
    `${total - unanswered.length} of ${total} (${overviews.length} overviews, ${lists.length} case pages) agree ` +
    `with the hand-written reference${unanswered.length ? `; unanswered: ${unanswered.join(', ')}` : ''}`;
  log(`answers: ${summary} (${Math.round((Date.now() - started) / 1000)} s)`);
  return { summary, unanswered };
}

// ---------------------------------------------------------------- recording (the baseline's work)

/**
 * Statements that read only these tables check the bearer token (per HTTP request, before the
 * operation runs): counted apart from the operation's statements, replayed like them.
 */
const SIGN_IN_TABLES = new Set(['app_user', 'revoked_token']);

const percentile = (sorted, p) =>
  sorted.length === 0 ? null : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * Sends each pooled request once to the cache-off API with x-bench-record, so the API keeps the
 * statements it ran for the baseline to replay. Returns per-operation statement counts, the tables
 * read, and the ids recorded (a request that failed is not replayed, and not loaded uncached either).
 */
async function recordPools(api, bearer, pools, tables) {
  const recorded = {};
  for (const op of measuredOperations()) {
    const pool = pools[op];
    // Once unrecorded first: the API's in-process copies (reference data, keyed by the data version)
    // are filled by whichever request comes first, and the count is of a request between two writes.
    await graphql(api, bearer, pool[0].body).catch((error) => {
      if (!(error instanceof FailedAnswer)) throw error;
    });
    const deadline = Date.now() + RECORD_S * 1000;
    let progressAt = Date.now();
    const counts = [];
    const signInCounts = [];
    const failures = {};
    let withWrites = 0;
    const tablesRead = new Map();
    const ok = [];
    let next = 0;
    let cut = false;
    const started = Date.now();
    // Two at a time (this machine has two cores); a request's statements are told apart by their own
    // async context, not by timing.
    const worker = async () => {
      for (;;) {
        if (Date.now() > deadline) {
          cut = true;
          return;
        }
        const entry = pool[next++];
        if (!entry) return;
        try {
          await graphql(api, bearer, entry.body, { 'x-bench-record': entry.id });
        } catch (error) {
          if (!(error instanceof FailedAnswer)) throw error;
          failures[error.code] = (failures[error.code] ?? 0) + 1;
          continue;
        }
        const recording = await getJson(`${api.url}/bench/recorded/${entry.id}`);
        const work = recording.statements.filter((s) => s.kind !== 'control');
        let signIns = 0;
        for (const s of work) {
          const read = new Set();
          for (const [, table] of s.sql.matchAll(/\b(?:FROM|JOIN|INTO|UPDATE)\s+"?([a-z_][a-z0-9_]*)"?/gi)) {
            if (tables.has(table)) read.add(table);
          }
          for (const table of read) tablesRead.set(table, (tablesRead.get(table) ?? 0) + 1);
          if (read.size > 0 && [...read].every((t) => SIGN_IN_TABLES.has(t))) signIns += 1;
        }
        counts.push(work.length - signIns);
        signInCounts.push(signIns);
        // Not replayed (a write must not run twice): the baseline would do less than GraphQL did.
        if (work.some((s) => s.kind === 'write')) withWrites += 1;
        ok.push(entry);
        if (Date.now() - progressAt > 30_000) {
          progressAt = Date.now();
          log(`recording ${op}: ${ok.length}/${pool.length}`);
        }
      }
    };
    await Promise.all([worker(), worker()]);
    counts.sort((a, b) => a - b);
    const seconds = (Date.now() - started) / 1000;
    recorded[op] = {
      entries: ok,
      requests: pool.length,
      recorded: ok.length,
      failures,
      withWrites,
      seconds: Number(seconds.toFixed(1)),
      statements: {
        p50: percentile(counts, 50),
        max: counts.at(-1) ?? null,
        mean: counts.length ? Number((counts.reduce((a, b) => a + b, 0) / counts.length).toFixed(2)) : null,
        signIn: Math.max(0, ...signInCounts),
      },
      tables: Object.fromEntries([...tablesRead].sort((a, b) => b[1] - a[1])),
    };
    const s = recorded[op].statements;
    log(
      `recorded ${op}: ${ok.length}/${pool.length} requests in ${seconds.toFixed(0)} s` +
        `${cut ? ` (stopped at BENCH_RECORD_S=${RECORD_S})` : ''}; statements per request p50 ${s.p50}, max ${s.max}` +
        `${Object.keys(failures).length ? `; failed: ${JSON.stringify(failures)}` : ''}`,
    );
  }
  return recorded;
}

// ---------------------------------------------------------------- the writer

/** A resident ID number with a valid check character (GB 11643), a made-up one from the PRNG. */
function idNumber(rng) {
  const birth = addLocalDays('1950-01-01', randomInt(rng, 0, 18_000)).replaceAll('-', '');
  const first17 = `640302${birth}${String(randomInt(rng, 0, 999)).padStart(3, '0')}`;
  return first17 + idCheckDigit(first17);
}

/**
 * ~1 mutation a second through the API as a district-wide CLERK: registers a case, then accepts it,
 * then registers the next. Every write moves the data version, which empties the response cache.
 */
function createWriter(reference, bearer) {
  const rng = prng(PRNG_SEED ^ 0x5eed);
  const runId = Date.now().toString(36);
  let api = null;
  let running = null;
  let stopRequested = false;
  let wake = null;
  let pending = null;
  let n = 0;
  const stats = { done: 0, failed: 0, registered: 0, accepted: 0, errors: {} };

  async function writeOnce() {
    if (pending) {
      const data = await graphql(api, bearer, {
        query: 'mutation ($id: ID!, $version: Int!) { acceptCase(id: $id, version: $version) { id status } }',
        variables: pending,
      });
      if (data.acceptCase.status !== 'ACCEPTED')
        throw new BenchError(`accepted case is ${data.acceptCase.status}`);
      pending = null;
      stats.accepted += 1;
      return;
    }
    n += 1;
    const data = await graphql(api, bearer, {
      query: 'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id version status } }',
      variables: {
        input: {
          clientKey: `bench-${runId}-${n}`,
          title: `基准测试登记 ${n}`,
          summary: '压力测试期间登记的案件（bench:api 写入）',
          matterType: pick(rng, ['APPEAL', 'SUGGESTION']),
          categoryCode: pick(rng, reference.categories),
          channel: pick(rng, ['VISIT', 'LETTER', 'PHONE', 'ONLINE']),
          villageCode: pick(rng, reference.villages),
          headcount: 1,
          petitioners: [
            {
              name: '测试人',
              phone: `13${String(randomInt(rng, 0, 999_999_999)).padStart(9, '0')}`,
              idNumber: idNumber(rng),
            },
          ],
        },
      },
    });
    pending = { id: data.registerCase.id, version: data.registerCase.version };
    stats.registered += 1;
  }

  async function loop() {
    while (!stopRequested) {
      const started = Date.now();
      const mutation = pending ? 'acceptCase' : 'registerCase';
      try {
        await writeOnce();
        stats.done += 1;
      } catch (error) {
        stats.failed += 1;
        const code = `${mutation} ${error.code ?? error.message}`;
        stats.errors[code] = (stats.errors[code] ?? 0) + 1;
        if (stats.failed <= 3) log(`write failed: ${error.message}`);
        pending = null;
      }
      const wait = WRITE_EVERY_MS - (Date.now() - started);
      if (wait > 0 && !stopRequested)
        await new Promise((resolve) => ((wake = resolve), setTimeout(resolve, wait)));
    }
  }

  return {
    stats,
    start(target) {
      api = target;
      stopRequested = false;
      running = loop();
    },
    async stop() {
      stopRequested = true;
      wake?.();
      await running;
      running = null;
    },
  };
}

// ---------------------------------------------------------------- load windows

/** Loads `requests` (autocannon request specs) for `duration` seconds with 10 connections. */
function load(api, requests, duration) {
  return new Promise((resolve, reject) => {
    autocannon(
      { url: api.url, connections: CONNECTIONS, duration, timeout: 30, requests },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

/**
 * Each request takes the next body (or path) of the pool, whichever connection sends it; failed
 * answers are counted by their error code.
 */
function requestsFor({ bearer, bodies, paths }, errors) {
  let next = 0;
  const count = (code) => errors.set(code, (errors.get(code) ?? 0) + 1);
  const spec = {
    method: 'POST',
    path: paths ? paths[0] : '/graphql',
    headers: {
      'content-type': 'application/json',
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
    },
    onResponse(status, body) {
      // A GraphQL error answers 200 too: look for one only where it can be, cheaply.
      if (status !== 200 || (bodies && body.includes('"errors":['))) count(errorCode(status, body));
    },
  };
  if (bodies) {
    spec.body = bodies[0];
    spec.setupRequest = (request) => ({ ...request, body: bodies[next++ % bodies.length] });
  } else {
    spec.setupRequest = (request) => ({ ...request, path: paths[next++ % paths.length] });
  }
  return [spec];
}

/**
 * Waits until no statement runs in the bench database (PostgreSQL): a request given up at the end
 * of a window keeps its SQL running and would slow the next one down. The writer's statements are
 * short; the wait ends between two of them.
 */
async function settle() {
  if (DIALECT !== 'postgres') return;
  const dbName = decodeURIComponent(new URL(DATABASE_URL).pathname.slice(1));
  const deadline = Date.now() + 120_000;
  await withClient(ADMIN_URL, async (client) => {
    for (;;) {
      const { rows } = await client.query(
        `SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND state = 'active'`,
        [dbName],
      );
      if (rows[0].n === 0 || Date.now() > deadline) return;
      await sleep(250);
    }
  });
}

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
  const dbName = DIALECT === 'postgres' ? decodeURIComponent(new URL(DATABASE_URL).pathname.slice(1)) : null;
  const uptimeTicks = () =>
    Math.round(Number(fs.readFileSync('/proc/uptime', 'utf8').split(' ')[0]) * CLOCK_TICKS);
  const ours = (pid, p, snapshot) => {
    if (pid === process.pid || pid === apiPid) return true;
    if (dbName === null) return false;
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

/** One mode of one operation: warm-up, then the measured window, the writer running throughout. */
async function measure(label, api, source, writer) {
  await settle();
  log(`${label}: ${WARMUP_S} s warm-up, ${DURATION_S} s measured`);
  if (WARMUP_S > 0) await load(api, requestsFor(source, new Map()), WARMUP_S);
  const errors = new Map();
  const writesBefore = { ...writer.stats };
  await getJson(`${api.url}/bench/loop`); // resets the event-loop histogram
  const others = watchOthers(api.pid);
  const r = await load(api, requestsFor(source, errors), DURATION_S);
  const loop = await getJson(`${api.url}/bench/loop`);
  const otherCpus = others();
  if (r.errors > 0) errors.set('SOCKET', (errors.get('SOCKET') ?? 0) + r.errors - r.timeouts);
  if (r.timeouts > 0) errors.set('CLIENT TIMEOUT 30 s', r.timeouts);
  const result = {
    rps: Number((r.requests.total / DURATION_S).toFixed(1)),
    // No answer in the window: no latency to report (autocannon says 0).
    p50: r.requests.total > 0 ? r.latency.p50 : null,
    p99: r.requests.total > 0 ? r.latency.p99 : null,
    max: r.requests.total > 0 ? r.latency.max : null,
    requests: r.requests.total,
    // Sent but not answered when the window closed (not errors; not in the latencies either).
    unfinished: Math.max(0, r.requests.sent - r.requests.total - r.errors),
    errors: Object.fromEntries(errors),
    writes: writer.stats.done - writesBefore.done,
    failedWrites: writer.stats.failed - writesBefore.failed,
    loop: { maxBlockMs: loop.maxBlockMs, p99BlockMs: loop.p99BlockMs },
    otherCpus,
  };
  const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
  log(
    `${label}: ${result.rps} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${errorCount} errors, ` +
      `${result.writes} writes, loop blocked ≤ ${result.loop.maxBlockMs} ms, others used ${otherCpus} CPUs`,
  );
  return result;
}

// ---------------------------------------------------------------- report

const cell = (x, unit = '') => (x === null || x === undefined || Number.isNaN(x) ? '—' : `${x}${unit}`);
const errorText = (errors) =>
  Object.keys(errors).length === 0
    ? '0'
    : Object.entries(errors)
        .map(([code, n]) => `${n} ${code}`)
        .join(', ');

function measuredOperations() {
  return Object.keys(OPERATIONS).filter((op) => ONLY_OPERATIONS === null || ONLY_OPERATIONS.includes(op));
}

function printTable(report) {
  const header = [
    'operation',
    'mode',
    'req/s',
    'p50',
    'p99',
    'errors',
    'stmts p50/max',
    '÷ baseline',
    'loop max',
    'writes',
  ];
  const rows = [];
  for (const [op, r] of Object.entries(report.operations)) {
    for (const mode of ALL_MODES) {
      const m = r.modes[mode];
      if (!m) continue;
      rows.push([
        op,
        mode,
        cell(m.rps),
        cell(m.p50, ' ms'),
        cell(m.p99, ' ms'),
        errorText(m.errors),
        mode === 'baseline' ? '' : `${cell(r.statements.p50)}/${cell(r.statements.max)}`,
        mode === 'nocache' ? cell(r.ratioToBaseline) : '',
        cell(m.loop.maxBlockMs, ' ms'),
        String(m.writes),
      ]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(
    `\n${report.dialect} · ${report.cases.toLocaleString('en')} cases · ${CONNECTIONS} connections · ${DURATION_S} s windows · filters seed ${report.settings.seed}, pool ${report.settings.pool}`,
  );
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  console.log();
  for (const [op, r] of Object.entries(report.operations)) {
    console.log(
      `${op}: recorded ${r.recorded}/${r.requests} in ${r.seconds} s; statements per request p50 ${r.statements.p50}, max ${r.statements.max}, mean ${r.statements.mean}, plus ${r.statements.signIn} checking the token${r.withWrites ? `; ${r.withWrites} requests wrote (not replayed)` : ''}${Object.keys(r.failures).length ? `; failed: ${errorText(r.failures)}` : ''}; tables (statements) ${
        Object.entries(r.tables)
          .map(([t, n]) => `${t} ×${n}`)
          .join(', ') || '—'
      }`,
    );
  }
  console.log(
    `writes: ${report.writes.done} done (${report.writes.registered} registered, ${report.writes.accepted} accepted), ${report.writes.failed} failed${report.writes.failed ? ` ${JSON.stringify(report.writes.errors)}` : ''}`,
  );
  console.log(`answers: ${report.answers.summary}`);
  console.log('\ngoals:');
  for (const g of report.goals) console.log(`  ${g.met ? 'MET ' : 'MISS'}  ${g.goal}: ${g.actual}`);
}

function goalsOf(dialect, operations) {
  const goals = [];
  const add = (goal, met, actual) => goals.push({ goal, met, actual });
  const ov = operations.overview;
  const list = operations.list;
  const errorFree = (m) => Object.keys(m.errors).length === 0;
  // Errors fail a latency goal too: a fast 503 is no answer.
  const p99Goal = (name, m, limit) =>
    add(
      `${name} p99 ≤ ${limit} ms (changing filters, writes running)`,
      m.p99 !== null && m.p99 <= limit && errorFree(m),
      `${m.p99 === null ? `no answer within ${DURATION_S} s` : `${m.p99} ms`}, errors ${errorText(m.errors)}`,
    );
  if (dialect === 'postgres') p99Goal('overview', ov.modes.changing, GOALS.overviewP99Ms);
  p99Goal('list', list.modes.changing, GOALS.listP99Ms);
  for (const [op, r] of Object.entries(operations)) {
    add(
      `${op} uncached ≥ ${GOALS.ratioToBaseline}× its replayed SQL's req/s`,
      r.ratioToBaseline !== null && r.ratioToBaseline >= GOALS.ratioToBaseline,
      `${cell(r.ratioToBaseline)}× (${r.modes.nocache.rps} vs ${r.modes.baseline.rps} req/s)`,
    );
  }
  add(
    `statements per overview ≤ ${GOALS.statementsPerOverview} whatever the filter`,
    ov.statements.max !== null && ov.statements.max <= GOALS.statementsPerOverview,
    `max ${ov.statements.max}, p50 ${ov.statements.p50} over ${ov.recorded} filters`,
  );
  // The API's own requests; the baseline's replay runs SQLite statements back to back, unpaced.
  const worstBlock = Math.max(
    ...Object.values(operations).flatMap((r) =>
      Object.entries(r.modes)
        .filter(([mode]) => mode !== 'baseline')
        .map(([, m]) => m.loop.maxBlockMs),
    ),
  );
  add(
    `no GraphQL request blocks the event loop > ${GOALS.loopBlockMs} ms`,
    worstBlock <= GOALS.loopBlockMs,
    `worst ${worstBlock} ms`,
  );
  return goals;
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
