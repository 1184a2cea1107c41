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
// long to wait for the shared CPUs to calm down before measuring).
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import { addLocalMonths, localDate, wallPeriods } from '@lianxin/domain';
import { readOperations } from '@lianxin/operations';
import {
  cpuBusy,
  cpuSample,
  cpuShare,
  freePort,
  gitRevision,
  previousPeriod,
  sleep,
  trendPeriod,
} from './lib.mjs';

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(apiDir, '../..');

const RUNS = Number(process.env.PAGES_RUNS || 20);
const WARMUP = Number(process.env.PAGES_WARMUP || 3);
const GOAL_MS = 20;
const ONLY = process.env.PAGES_ONLY ? new RegExp(process.env.PAGES_ONLY, 'i') : null;
const WITH_SQL = process.env.PAGES_SQL !== '0';
const QUIET_WAIT_S = Number(process.env.PAGES_QUIET_WAIT_S ?? 120);
// Tokens come from the users CLI under this secret, which the API is started with too.
const AUTH_SECRET = 'lianxin-pages-bench-secret-not-for-production-0000';
const USERS = {
  ADMIN: 'pages-admin',
  ANALYST: 'pages-analyst',
  DISPLAY: 'pages-wall',
};
/** Statements reading only these tables check the bearer token, before the operation runs. */
const SIGN_IN_TABLES = new Set(['app_user', 'revoked_token']);

class BenchError extends Error {}

const log = (message) => process.stderr.write(`[pages] ${message}\n`);

// ---------------------------------------------------------------- the dashboard's documents

/** Every query operation's name, and the document the dashboard sends for an operation. */
function dashboardDocuments() {
  const operations = readOperations();
  const queries = operations.filter((o) => o.kind === 'query').map((o) => o.name);
  const documentOf = (name) => {
    const operation = operations.find((o) => o.name === name);
    if (!operation) throw new BenchError(`no operation ${name} in @lianxin/operations`);
    return operation.document;
  };
  return { queries, documentOf };
}

// ---------------------------------------------------------------- variables as the views build them

// format/period.ts of the dashboard (the rest in lib.mjs).
const defaultPeriod = (today) => ({ from: addLocalMonths(today, -11), to: today });

/** The filter bar's state (filters/filter.ts DashboardFilter), only the parts the bench sets. */
const emptyFilter = () => ({ townshipCodes: [], categoryCodes: [], kpi: null, kpiPart: null });

/** filters/filter.ts toCaseFilter: only what is set, period first; `period` null is all time. */
function toCaseFilter(filter, period) {
  const out = {};
  if (period) {
    out.from = period.from;
    out.to = period.to;
  }
  if (filter.townshipCodes.length) out.townshipCodes = [...filter.townshipCodes];
  if (filter.categoryCodes.length) out.categoryCodes = [...filter.categoryCodes];
  if (filter.kpi) {
    out.kpi = filter.kpi;
    out.kpiPart = filter.kpiPart ?? 'DENOMINATOR';
  }
  return out;
}

/** transforms/revisions.ts revisionMonths for a period. */
function revisionMonths(period) {
  const to = period.to.slice(0, 7);
  const earliest = `${Number(to.slice(0, 4)) - 10}-01`;
  const from = period.from.slice(0, 7);
  return { from: from < earliest ? earliest : from, to };
}

// Checks that an answer is the page's data, not an empty shell that would be fast for nothing.
const nonEmpty = (what, list) => (Array.isArray(list) && list.length > 0 ? null : `${what} is empty`);
const positive = (what, n) => (typeof n === 'number' && n > 0 ? null : `${what} is ${n}`);

/**
 * The scenarios: page, operation, a variant label, the roles that send it, its variables and a check of
 * its answer. `ctx` holds today, the default period and the ids read from the database.
 */
function scenarios(ctx) {
  const { today, period } = ctx;
  const staff = ['ADMIN', 'ANALYST'];
  const opened = emptyFilter();
  const filtered = { ...emptyFilter(), townshipCodes: [ctx.township], categoryCodes: [ctx.category] };
  const filteredLabel = `filter: township ${ctx.township}, category ${ctx.category}`;
  const list = [];
  const add = (page, operation, variant, roles, variables, check) =>
    list.push({ page, operation, variant, roles, variables, check });

  // OverviewView.vue (readsCases: the warning list is included for every role but DISPLAY).
  const overview = (filter) => ({
    filter: toCaseFilter(filter, period),
    previous: toCaseFilter(filter, previousPeriod(period)),
    trend: toCaseFilter(filter, trendPeriod(period.to)),
    warningFilter: toCaseFilter(filter, null),
    warningsFirst: 8,
    withWarningList: true,
  });
  const overviewCheck = (d) =>
    positive('current.timelyAcceptance.denominator', d.current?.timelyAcceptance?.denominator) ??
    nonEmpty('trend', d.trend) ??
    nonEmpty('byCategory', d.byCategory);
  add('(every page)', 'Reference', 'as opened', staff, {}, (d) => nonEmpty('townships', d.townships));
  add('overview', 'Overview', 'as opened', staff, overview(opened), overviewCheck);
  add('overview', 'Overview', filteredLabel, staff, overview(filtered), overviewCheck);
  add('overview', 'KpiDefinitions', 'as opened', staff, {}, (d) =>
    nonEmpty('kpiDefinitions', d.kpiDefinitions),
  );
  // RevisionNote.vue asks only as an administrator (seesRevisions); an empty list is the usual answer.
  add('overview', 'PeriodRevisions', 'as opened', ['ADMIN'], revisionMonths(period), (d) =>
    Array.isArray(d.periodRevisions) ? null : 'periodRevisions missing',
  );

  // CasesView.vue: the default sort (transforms/cases.ts parseSort), 50 a page, keyset cursors.
  const cases = (filter, after = null) => ({
    filter: toCaseFilter(filter, period),
    orderBy: { field: 'RECEIVED_AT', direction: 'DESC' },
    first: 50,
    after,
  });
  const casesCheck = (d) => nonEmpty('cases.edges', d.cases?.edges);
  add('cases', 'Cases', 'as opened', staff, cases(opened), casesCheck);
  add('cases', 'Cases', 'next page', staff, (role) => cases(opened, ctx.secondPageCursor[role]), casesCheck);
  add('cases', 'Cases', filteredLabel, staff, cases(filtered), casesCheck);
  // A KPI card's click (filters/drill.ts): the cases behind 按期办结率's denominator in the period.
  add(
    'cases',
    'Cases',
    'KPI drill-down ON_TIME_CLOSURE',
    staff,
    cases({ ...opened, kpi: 'ON_TIME_CLOSURE', kpiPart: 'DENOMINATOR' }),
    casesCheck,
  );

  // CaseDetailView.vue: the newest case (the list's first row) and the one with the longest timeline.
  const caseCheck = (d) => nonEmpty('case.events', d.case?.events);
  add('case', 'CaseDetail', 'newest case', staff, { id: ctx.newestCaseId }, caseCheck);
  add(
    'case',
    'CaseDetail',
    `longest timeline (${ctx.longestCaseEvents} events)`,
    staff,
    { id: ctx.longestCaseId },
    caseCheck,
  );

  // CategoriesView.vue: categories month by month, seasonality over all time, villages of a clicked category.
  const statsCheck = (d) => nonEmpty('caseStats', d.caseStats);
  add(
    'categories',
    'CaseStats',
    'MONTH×CATEGORY',
    staff,
    { filter: toCaseFilter(opened, period), groupBy: ['MONTH', 'CATEGORY'] },
    statsCheck,
  );
  add(
    'categories',
    'CaseStats',
    `MONTH×CATEGORY, ${filteredLabel}`,
    staff,
    { filter: toCaseFilter(filtered, period), groupBy: ['MONTH', 'CATEGORY'] },
    statsCheck,
  );
  add(
    'categories',
    'CaseStats',
    'MONTH×CATEGORY all time (seasonality)',
    staff,
    { filter: toCaseFilter(opened, null), groupBy: ['MONTH', 'CATEGORY'] },
    statsCheck,
  );
  add(
    'categories',
    'CaseStats',
    `VILLAGE of category ${ctx.category} (focus)`,
    staff,
    { filter: { ...toCaseFilter(opened, period), categoryCodes: [ctx.category] }, groupBy: ['VILLAGE'] },
    statsCheck,
  );

  // VillagesView.vue: village × month heat map, whole-period totals per village.
  add(
    'villages',
    'CaseStats',
    'VILLAGE×MONTH',
    staff,
    { filter: toCaseFilter(opened, period), groupBy: ['VILLAGE', 'MONTH'] },
    statsCheck,
  );
  add(
    'villages',
    'CaseStats',
    `VILLAGE×MONTH, ${filteredLabel}`,
    staff,
    { filter: toCaseFilter(filtered, period), groupBy: ['VILLAGE', 'MONTH'] },
    statsCheck,
  );
  add(
    'villages',
    'CaseStats',
    'VILLAGE',
    staff,
    { filter: toCaseFilter(opened, period), groupBy: ['VILLAGE'] },
    statsCheck,
  );

  // LeadersView.vue and LeaderView.vue (the leader's id out of the filter; the calendar's range).
  const workloadsCheck = (d) => nonEmpty('leaderWorkloads', d.leaderWorkloads);
  add(
    'leaders',
    'LeaderWorkloads',
    'as opened',
    staff,
    { filter: toCaseFilter(opened, period) },
    workloadsCheck,
  );
  add(
    'leaders',
    'LeaderWorkloads',
    filteredLabel,
    staff,
    { filter: toCaseFilter(filtered, period) },
    workloadsCheck,
  );
  const leaderCheck = (d) => nonEmpty('leader.cases.edges', d.leader?.cases?.edges);
  const leader = (filter) => ({
    id: String(ctx.leaderId),
    filter: toCaseFilter(filter, period),
    from: period.from,
    to: period.to,
  });
  add('leader', 'LeaderDetail', `busiest leader ${ctx.leaderId}`, staff, leader(opened), leaderCheck);
  add(
    'leader',
    'LeaderDetail',
    `busiest leader ${ctx.leaderId}, township ${ctx.leaderTownship}`,
    staff,
    leader({ ...emptyFilter(), townshipCodes: [ctx.leaderTownship] }),
    leaderCheck,
  );

  // WallView.vue as DISPLAY, district-wide (no township in the wall's link), its periods for today.
  const wall = wallPeriods(today);
  const display = ['DISPLAY'];
  add('wall', 'WallReference', 'as shown', display, {}, (d) => nonEmpty('townships', d.townships));
  add(
    'wall',
    'WallOverview',
    'as shown',
    display,
    {
      ytd: wall.ytd,
      lastYear: wall.lastYear,
      today: wall.today,
      month: wall.month,
      trend: wall.trend,
      open: {},
    },
    (d) => nonEmpty('trend', d.trend) ?? nonEmpty('byTownship', d.byTownship),
  );
  add('wall', 'WallTicker', 'as shown', display, { first: 20, filter: {} }, (d) =>
    nonEmpty('caseTicker', d.caseTicker),
  );
  add('wall', 'WallLeaders', 'as shown', display, { filter: wall.ytd }, workloadsCheck);
  add('wall', 'WallVillages', 'as shown', display, { filter: wall.ytd }, statsCheck);
  return list;
}

// ---------------------------------------------------------------- the API

/** The environment of `pnpm start` on `dataDir`: SQLite there, whatever the caller's shell has set. */
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

// ---------------------------------------------------------------- requests

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/**
 * One POST /graphql as the dashboard sends it (JSON, bearer token, gzip accepted). The time runs until
 * the last byte has arrived; the answer is unpacked afterwards.
 */
function post(api, token, body, headers = {}) {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request(
      {
        agent,
        host: '127.0.0.1',
        port: api.port,
        path: '/graphql',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': payload.length,
          'accept-encoding': 'gzip',
          authorization: `Bearer ${token}`,
          ...headers,
        },
      },
      (res) => {
        const parts = [];
        res.on('data', (part) => parts.push(part));
        res.on('error', reject);
        res.on('end', () => {
          const ms = performance.now() - started;
          const wire = Buffer.concat(parts);
          const raw = res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(wire) : wire;
          let json = null;
          try {
            json = JSON.parse(raw.toString('utf8'));
          } catch {
            // Reported by the caller.
          }
          resolve({ ms, status: res.statusCode, bytes: raw.length, wireBytes: wire.length, json, raw });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** Why an answer is not the page's data (a GraphQL error, a check that failed), or null. */
function failureOf(answer, check) {
  if (answer.status !== 200 || !answer.json)
    return `HTTP ${answer.status}: ${answer.raw.toString('utf8').slice(0, 300)}`;
  if (answer.json.errors) {
    const e = answer.json.errors[0];
    return `${e.extensions?.code ?? 'ERROR'}: ${e.message}`;
  }
  return check ? check(answer.json.data) : null;
}

async function graphqlData(api, token, query, variables = {}) {
  const answer = await post(api, token, { query, variables });
  const failure = failureOf(answer);
  if (failure) throw new BenchError(`setup query failed: ${failure}`);
  return answer.json.data;
}

// ---------------------------------------------------------------- ids from the database

/** Today, the default period, and real ids: a township and category to filter by, cases, a leader. */
async function context(api, tokens, dbFile) {
  const today = localDate(new Date());
  const period = defaultPeriod(today);
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const one = (sql, ...params) => db.prepare(sql).get(...params);
    const cases = one('SELECT COUNT(*) AS n FROM petition_case').n;
    // The filter bar's usual pick: the busiest township and category of the period.
    const township = one(
      `SELECT township_code AS code FROM petition_case WHERE received_on BETWEEN ? AND ?
       GROUP BY township_code ORDER BY COUNT(*) DESC, township_code LIMIT 1`,
      period.from,
      period.to,
    ).code;
    const category = one(
      `SELECT category_code AS code FROM petition_case WHERE received_on BETWEEN ? AND ?
       GROUP BY category_code ORDER BY COUNT(*) DESC, category_code LIMIT 1`,
      period.from,
      period.to,
    ).code;
    // Cases every staff role may open: no accusation (an ANALYST is not cleared for them).
    const longest = one(
      `SELECT e.case_id AS id, COUNT(*) AS events FROM case_event e JOIN petition_case c ON c.id = e.case_id
       WHERE c.matter_type <> 'ACCUSATION' GROUP BY e.case_id ORDER BY COUNT(*) DESC, e.case_id LIMIT 1`,
    );
    // The leader with the most cases in the period, and the township most of them are in.
    const leader = one(
      `SELECT leader_id AS id FROM petition_case WHERE leader_id IS NOT NULL AND received_on BETWEEN ? AND ?
       GROUP BY leader_id ORDER BY COUNT(*) DESC, leader_id LIMIT 1`,
      period.from,
      period.to,
    );
    const leaderTownship = one(
      `SELECT township_code AS code FROM petition_case WHERE leader_id = ? AND received_on BETWEEN ? AND ?
       GROUP BY township_code ORDER BY COUNT(*) DESC, township_code LIMIT 1`,
      leader.id,
      period.from,
      period.to,
    ).code;
    const sqliteVersion = one('SELECT sqlite_version() AS v').v;
    // The list's first row and the cursor of its second page, as each role sees the list.
    const firstPage = `query ($filter: CaseFilter!) { cases(filter: $filter, orderBy: { field: RECEIVED_AT, direction: DESC }, first: 50) {
      pageInfo { endCursor } edges { node { id matterType } } } }`;
    const secondPageCursor = {};
    let newestCaseId = null;
    for (const role of ['ADMIN', 'ANALYST']) {
      const data = await graphqlData(api, tokens[role], firstPage, {
        filter: { from: period.from, to: period.to },
      });
      secondPageCursor[role] = data.cases.pageInfo.endCursor;
      if (role === 'ANALYST') newestCaseId = data.cases.edges[0]?.node.id ?? null;
    }
    if (!newestCaseId || !longest || !leader)
      throw new BenchError('the seeded database has no cases to open');
    return {
      today,
      period,
      cases,
      sqliteVersion,
      township,
      category,
      newestCaseId,
      longestCaseId: String(longest.id),
      longestCaseEvents: longest.events,
      leaderId: leader.id,
      leaderTownship,
      secondPageCursor,
    };
  } finally {
    db.close();
  }
}

// ---------------------------------------------------------------- measuring

/**
 * CPU time the API process has run and waited for a CPU (all its threads, ns; Linux schedstat): on this
 * shared machine the wall-clock time of a request includes other processes' turns, its CPU time not.
 */
function schedOf(pid) {
  let cpuNs = 0;
  let waitNs = 0;
  for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      const [run, wait] = fs
        .readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8')
        .split(' ')
        .map(Number);
      cpuNs += run;
      waitNs += wait;
    } catch {
      // The thread ended meanwhile.
    }
  }
  return { cpuNs, waitNs };
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const round1 = (x) => Math.round(x * 10) / 10;

/** The runs of every scenario and role: each request its own, one at a time. */
async function measureAll(api, tokens, items, documentOf) {
  const rows = [];
  for (const item of items) {
    const body = {
      operationName: item.operation,
      query: documentOf(item.operation),
      variables: item.variables,
    };
    let failure = null;
    for (let i = 0; i < WARMUP && !failure; i++)
      failure = failureOf(await post(api, tokens[item.role], body), item.check);
    const times = [];
    let last = null;
    const schedBefore = schedOf(api.pid);
    for (let i = 0; i < RUNS && !failure; i++) {
      last = await post(api, tokens[item.role], body);
      failure = failureOf(last, item.check);
      times.push(last.ms);
    }
    const schedAfter = schedOf(api.pid);
    const perRequest = (ns) => (times.length ? round1(ns / 1e6 / times.length) : null);
    const sorted = [...times].sort((a, b) => a - b);
    const row = {
      page: item.page,
      operation: item.operation,
      variant: item.variant,
      role: item.role,
      variables: item.variables,
      failure,
      medianMs: failure ? null : round1(percentile(sorted, 50)),
      p95Ms: failure ? null : round1(percentile(sorted, 95)),
      maxMs: failure ? null : round1(sorted.at(-1)),
      minMs: failure ? null : round1(sorted[0]),
      // The API's own CPU time per request, and its time waiting for a CPU others held.
      apiCpuMs: perRequest(schedAfter.cpuNs - schedBefore.cpuNs),
      apiWaitMs: perRequest(schedAfter.waitNs - schedBefore.waitNs),
      bytes: last?.bytes ?? null,
      gzipBytes: last && last.wireBytes !== last.bytes ? last.wireBytes : null,
      runsMs: times.map(round1),
    };
    row.met = !failure && row.medianMs <= GOAL_MS;
    rows.push(row);
    log(
      `${label(row)} as ${row.role}: ${failure ? `FAILED ${failure}` : `median ${row.medianMs} ms, p95 ${row.p95Ms} ms, API CPU ${row.apiCpuMs} ms, ${row.bytes} B`}`,
    );
  }
  return rows;
}

// ---------------------------------------------------------------- where the time goes (LOG_SQL)

/** The statements TypeORM logged (LOG_SQL=1), with their bound parameters. */
function loggedStatements(text) {
  // eslint-disable-next-line no-control-regex -- ANSI colour codes, in case the logger adds them
  const clean = text.replace(/\x1b\[[0-9;]*m/g, '');
  return clean
    .split(/^query: /m)
    .slice(1)
    .map((entry) => {
      // Whatever else the API printed after the statement is not part of it.
      const statement = entry.split(/\n(?=\S+: |\[)/)[0].trimEnd();
      const at = statement.lastIndexOf(' -- PARAMETERS: ');
      if (at < 0) return { sql: statement, parameters: [] };
      let parameters = null;
      try {
        parameters = JSON.parse(statement.slice(at + ' -- PARAMETERS: '.length));
      } catch {
        // Left unparsed: the statement is listed, not timed.
      }
      return { sql: statement.slice(0, at), parameters };
    });
}

/** Waits until the API's log has stopped growing: what a request logged has all come through the pipe. */
async function logSettled(api) {
  const deadline = Date.now() + 2000;
  for (let length = -1; api.logText().length !== length && Date.now() < deadline;) {
    length = api.logText().length;
    await sleep(30);
  }
}

const isRead = (sql) => /^\s*(SELECT|WITH|\(\s*SELECT)\b/i.test(sql);
const isControl = (sql) =>
  /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET|RESET|PRAGMA)\b/i.test(sql);

/** CPU ms of one read statement run alone on the database file: the least of 5 after a warm-up. */
function timeStatement(db, sql, parameters) {
  try {
    const statement = db.prepare(sql);
    const bind = parameters.map((p) => (typeof p === 'boolean' ? Number(p) : p));
    let rows = 0;
    const times = [];
    for (let i = 0; i < 6; i++) {
      // CPU time, not wall-clock: SQLite runs synchronously on this thread, and others' turns on a shared
      // machine would only add to the clock.
      const started = process.cpuUsage();
      rows = statement.all(...bind).length;
      const used = process.cpuUsage(started);
      if (i > 0) times.push((used.user + used.system) / 1000);
    }
    return { ms: Math.min(...times), rows };
  } catch (error) {
    return { error: error.message };
  }
}

/**
 * Each scenario once more on an API that logs its SQL and records it per request: how many statements
 * it ran (those checking the token apart), and each read replayed alone on the file, slowest first.
 */
async function statementsAll(api, tokens, items, documentOf, dbFile, tables) {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  const out = [];
  try {
    let n = 0;
    for (const item of items) {
      const id = `pages-${n++}`;
      const body = {
        operationName: item.operation,
        query: documentOf(item.operation),
        variables: item.variables,
      };
      // Once unrecorded first, as in the timed runs: in-process copies (reference lists …) are filled then.
      await post(api, tokens[item.role], body);
      await logSettled(api);
      const before = api.logText().length;
      const answer = await post(api, tokens[item.role], body, { 'x-bench-record': id });
      const recorded = await (await fetch(`${api.url}/bench/recorded/${id}`)).json();
      const work = (recorded.statements ?? []).filter((s) => s.kind !== 'control');
      // The log arrives through a pipe: wait until this request's statements are all in.
      await logSettled(api);
      const logged = loggedStatements(api.logText().slice(before)).filter((s) => !isControl(s.sql));
      const signIn = work.filter((s) => {
        const read = [...s.sql.matchAll(/\b(?:FROM|JOIN)\s+"?([a-z_][a-z0-9_]*)"?/gi)]
          .map((m) => m[1])
          .filter((t) => tables.has(t));
        return read.length > 0 && read.every((t) => SIGN_IN_TABLES.has(t));
      }).length;
      const timed = logged
        .filter((s) => isRead(s.sql))
        .map((s) => ({
          sql: s.sql.replace(/\s+/g, ' ').trim(),
          // Kept so that a slow statement can be replayed (EXPLAIN QUERY PLAN) by hand.
          parameters: s.parameters,
          ...(s.parameters ? timeStatement(db, s.sql, s.parameters) : { error: 'parameters not logged' }),
        }));
      const sqlMs = timed.reduce((sum, s) => sum + (s.ms ?? 0), 0);
      out.push({
        failure: failureOf(answer, item.check),
        statements: work.length - signIn,
        signInStatements: signIn,
        sqlMs: round1(sqlMs),
        slowest: timed
          .sort((a, b) => (b.ms ?? 0) - (a.ms ?? 0))
          .slice(0, 5)
          .map((s) => ({ ...s, ms: s.ms === undefined ? undefined : Math.round(s.ms * 100) / 100 })),
      });
    }
  } finally {
    db.close();
  }
  return out;
}

// ---------------------------------------------------------------- report

const label = (row) =>
  `${row.page} ${row.operation}${row.variant && row.variant !== 'as opened' && row.variant !== 'as shown' ? ` (${row.variant})` : ''}`;

function printTable(report) {
  const header = [
    'page / operation',
    'role',
    'median',
    'p95',
    'max',
    'API CPU',
    'wait',
    'bytes',
    'stmts',
    'sql ms',
    `≤ ${GOAL_MS} ms`,
  ];
  const rows = report.rows.map((r) => [
    label(r),
    r.role,
    r.medianMs === null ? '—' : r.medianMs.toFixed(1),
    r.p95Ms === null ? '—' : r.p95Ms.toFixed(1),
    r.maxMs === null ? '—' : r.maxMs.toFixed(1),
    r.apiCpuMs === null ? '—' : r.apiCpuMs.toFixed(1),
    r.apiWaitMs === null ? '—' : r.apiWaitMs.toFixed(1),
    r.bytes === null ? '—' : `${r.bytes}${r.gzipBytes ? ` (${r.gzipBytes} gz)` : ''}`,
    r.sql ? `${r.sql.statements}+${r.sql.signInStatements}` : '—',
    r.sql ? r.sql.sqlMs.toFixed(1) : '—',
    r.failure ? 'FAIL' : r.met ? 'MET' : 'MISS',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(
    `\nSQLite ${report.sqlite} · ${report.cases.toLocaleString('en')} cases (default seed) · today ${report.today}, ` +
      `default period ${report.period.from}..${report.period.to} · response cache off · ${WARMUP} warm-up + ${RUNS} runs each, sequential` +
      ` · CPUs ${Math.round(report.machine.cpuBusyDuring * 100)} % busy while measuring (this bench included)`,
  );
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  console.log(
    `\nms measured by the client (to the last byte, gzip accepted); API CPU = the API process's CPU time per request (all threads),` +
      `\nwait = its time per request ready to run but waiting for a CPU others held (a shared machine's noise);` +
      `\nstmts = the operation's statements + those checking the token;` +
      `\nsql ms = CPU time of the request's read statements replayed one by one in this process (same file, no GraphQL).`,
  );
  const missed = report.rows.filter((r) => !r.met);
  for (const r of missed) {
    console.log(
      `\n${r.failure ? 'FAIL' : 'MISS'} ${label(r)} as ${r.role}: ${r.failure ?? `median ${r.medianMs} ms`}`,
    );
    for (const s of r.sql?.slowest ?? []) {
      const time = s.error ? `error ${s.error}` : `${s.ms.toFixed(2)} ms, ${s.rows} rows`;
      console.log(`  ${time.padStart(22)}  ${s.sql.slice(0, 160)}${s.sql.length > 160 ? '…' : ''}`);
    }
  }
  const met = report.rows.filter((r) => r.met).length;
  console.log(`\n${met} of ${report.rows.length} MET (median ≤ ${GOAL_MS} ms)`);
}

/**
 * The report as written: the slowest statements only for the rows that missed (3 each), their SQL once
 * in `statements` (the same wrapped subquery recurs in many rows), each with its parameters for replay.
 */
function forFile(report) {
  const statements = {};
  const idOf = new Map();
  const rows = report.rows.map((row) => {
    if (!row.sql) return row;
    const { slowest, ...sql } = row.sql;
    if (row.met) return { ...row, sql };
    const kept = slowest.slice(0, 3).map(({ sql: text, ...rest }) => {
      if (!idOf.has(text)) {
        idOf.set(text, `s${idOf.size + 1}`);
        statements[idOf.get(text)] = text;
      }
      return { statement: idOf.get(text), ...rest };
    });
    return { ...row, sql: { ...sql, slowest: kept } };
  });
  return { ...report, rows, statements };
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
      dialect: 'sqlite',
      sqlite: ctx.sqliteVersion,
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
  const out = path.join(apiDir, 'bench/results/pages-sqlite.json');
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
