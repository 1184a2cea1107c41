// `pnpm --filter @lianxin/api bench:postgraphile`: the case list's page against PostGraphile 4.14 on the
// same PostgreSQL bench database (issue 13: the list ≥ 1.0× PostGraphile on the same page). Optional
// and separate from `pnpm bench:api`; run that first (it seeds the database and builds the API).
//
// Both servers answer the same request: the first 50 cases of a township and/or a category (or the
// whole district), in one of the list's sort orders, each with its category, village and leader;
// once without and once with the total count (the dashboard's list asks for it). PostGraphile's generated schema has conditions of equality only, so there is no
// period on either side (the dashboard's "all time"). Our API runs with its response cache off and
// reads as the bench's district-wide ANALYST, who does not see accusations (PostGraphile counts
// them: a little more work on its side). Each server runs in its own process with a pool of 10
// connections, loaded by autocannon with 10 connections, 5 s warm-up and 20 s measured
// (BENCH_WARMUP_S, BENCH_DURATION_S), one filter of a seeded pool per request. No writer runs.
// Writes bench/results/latest-postgraphile.json.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { freePort, pick, prng, sleep } from './lib.mjs';

const self = fileURLToPath(import.meta.url);
const apiDir = path.resolve(path.dirname(self), '..');
const DATABASE_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/lianxin_bench';
const WARMUP_S = Number(process.env.BENCH_WARMUP_S || 5);
const DURATION_S = Number(process.env.BENCH_DURATION_S || 20);
const POOL_SIZE = Number(process.env.BENCH_POOL || 2000);
const PRNG_SEED = Number(process.env.BENCH_SEED || 20_261_127);
const CONNECTIONS = 10;
const PAGE_SIZE = 50;
// The same secret and reader as `pnpm bench:api` (bench/api-bench.mjs), so the same user is reused.
const AUTH_SECRET = 'lianxin-bench-secret-not-for-production-000000';
const READER = 'bench-analyst';
const ORDER_FIELDS = ['RECEIVED_AT', 'DUE_AT', 'CURRENT_DUE_AT', 'CODE', 'ID'];

const log = (message) => process.stderr.write(`[postgraphile] ${message}\n`);

/** Child process: PostGraphile's HTTP server on the bench database, read-only. */
async function serve(port) {
  const { postgraphile } = await import('postgraphile');
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 10 });
  const handler = postgraphile(pool, 'public', {
    disableDefaultMutations: true,
    graphiql: false,
    disableQueryLog: true,
    retryOnInitFail: false,
    // Recommended production settings (PostGraphile's docs): no extended errors, no watch.
    extendedErrors: [],
    watchPg: false,
  });
  http.createServer(handler).listen(port, '127.0.0.1');
}

/** Starts `args` with `env` and waits until `ready()` says it answers. */
async function startChild(name, args, env, ready) {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk) => (output = (output + chunk).slice(-20_000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  child.once('exit', (code) => (exited = code));
  const deadline = Date.now() + 120_000;
  while (!(await ready())) {
    if (exited !== null) throw new Error(`${name} exited with ${exited} while starting:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`${name} did not start within 120 s:\n${output}`);
    }
    await sleep(250);
  }
  return {
    pid: child.pid,
    async stop() {
      if (exited !== null) return;
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([gone, sleep(5000)]);
      if (exited === null) child.kill('SIGKILL');
    },
  };
}

async function up(url, init) {
  try {
    return (await fetch(url, init)).ok;
  } catch {
    return false;
  }
}

/** The page as each server spells it; `totalCount` (the dashboard's list asks for it) is optional. */
const ours = (count) => `query Cases($filter: CaseFilter!, $orderBy: CaseOrder, $first: Int!) {
  cases(filter: $filter, orderBy: $orderBy, first: $first) {
    ${count ? 'totalCount' : ''}
    pageInfo { endCursor hasNextPage }
    edges { node { code title status receivedAt dueAt category { nameZh } village { name } leader { name } } }
  }
}`;
const theirs = (
  count,
) => `query Cases($condition: PetitionCaseCondition, $orderBy: [PetitionCasesOrderBy!], $first: Int!) {
  allPetitionCases(condition: $condition, orderBy: $orderBy, first: $first) {
    ${count ? 'totalCount' : ''}
    pageInfo { endCursor hasNextPage }
    nodes {
      code title status receivedAt dueAt
      categoryByCategoryCode { nameZh } villageByVillageCode { name } leaderByLeaderId { name }
    }
  }
}`;

/**
 * The page alone (the comparison), and with `totalCount` as the dashboard asks (which
 * PostGraphile answers by counting every matching row).
 */
const VARIANTS = [
  { name: 'page', totalCount: false },
  { name: 'page + totalCount', totalCount: true },
  // The page the issue measured PostGraphile on: one township's newest cases, every request the same.
  { name: 'one page (a township, newest first)', totalCount: false, fixed: true },
];
const FIXED_TOWNSHIP = '640302202000';

/** The same pages for both: township or none, category or none, a sort; the id breaks ties. */
function pools(townships, categories, { totalCount, fixed = false }) {
  const rng = prng(PRNG_SEED);
  const bodies = { ours: [], theirs: [] };
  for (let i = 0; i < (fixed ? 1 : POOL_SIZE); i++) {
    let township = rng() < 0.3 ? null : pick(rng, townships);
    let category = rng() < 0.3 ? null : pick(rng, categories);
    let field = pick(rng, ORDER_FIELDS);
    let direction = rng() < 0.5 ? 'ASC' : 'DESC';
    if (fixed) [township, category, field, direction] = [FIXED_TOWNSHIP, null, 'RECEIVED_AT', 'DESC'];
    const filter = {};
    const condition = {};
    if (township) [filter.townshipCodes, condition.townshipCode] = [[township], township];
    if (category) [filter.categoryCodes, condition.categoryCode] = [[category], category];
    bodies.ours.push(
      JSON.stringify({
        query: ours(totalCount),
        variables: { filter, orderBy: { field, direction }, first: PAGE_SIZE },
      }),
    );
    const orderBy = field === 'ID' ? [`ID_${direction}`] : [`${field}_${direction}`, `ID_${direction}`];
    bodies.theirs.push(
      JSON.stringify({ query: theirs(totalCount), variables: { condition, orderBy, first: PAGE_SIZE } }),
    );
  }
  return bodies;
}

function load(url, headers, bodies, duration, errors) {
  let next = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration,
        timeout: 30,
        requests: [
          {
            method: 'POST',
            path: '/graphql',
            headers: { 'content-type': 'application/json', ...headers },
            body: bodies[0],
            setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
            onResponse: (status, body) => {
              if (status !== 200 || body.includes('"errors":['))
                errors.set(status, (errors.get(status) ?? 0) + 1);
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

async function measure(label, url, headers, bodies) {
  log(`${label}: ${WARMUP_S} s warm-up, ${DURATION_S} s measured`);
  // Once, to fail early with the answer if the query is wrong.
  const first = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: bodies[0],
  });
  const text = await first.text();
  if (first.status !== 200 || text.includes('"errors":['))
    throw new Error(`${label}: HTTP ${first.status}: ${text.slice(0, 800)}`);
  if (WARMUP_S > 0) await load(url, headers, bodies, WARMUP_S, new Map());
  const errors = new Map();
  const r = await load(url, headers, bodies, DURATION_S, errors);
  const result = {
    rps: Number((r.requests.total / DURATION_S).toFixed(1)),
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    errors: Object.fromEntries(errors),
  };
  log(`${label}: ${result.rps} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms`);
  return result;
}

function tokenFor(username) {
  const cli = path.join(apiDir, 'dist/modules/auth/users-cli.js');
  const env = { ...process.env, AUTH_SECRET };
  const users = execFileSync(process.execPath, [cli, 'list', '--database', DATABASE_URL], { env }).toString();
  if (!users.split('\n').some((line) => line.startsWith(`${username}\t`)))
    execFileSync(
      process.execPath,
      [cli, 'create', '--username', username, '--role', 'ANALYST', '--database', DATABASE_URL],
      { env },
    );
  return execFileSync(
    process.execPath,
    [cli, 'token', '--username', username, '--hours', '2', '--database', DATABASE_URL],
    { env },
  )
    .toString()
    .trim()
    .split('\n')
    .at(-1);
}

async function main() {
  const bearer = tokenFor(READER);
  const apiPort = await freePort();
  const api = await startChild(
    'the API',
    [path.join(apiDir, 'dist/main.js')],
    {
      DATABASE_URL,
      SEED_IF_EMPTY: '0',
      NODE_ENV: 'production',
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      LOG_SQL: '0',
      AUTH_SECRET,
      RESPONSE_CACHE_ENTRIES: '0',
    },
    () => up(`http://127.0.0.1:${apiPort}/health`),
  );
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const headers = { authorization: `Bearer ${bearer}` };
  const results = VARIANTS.map((v) => ({ ...v }));
  try {
    const res = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ townships { code } categories { code } }' }),
    });
    const { townships, categories } = (await res.json()).data;
    for (const r of results) {
      r.bodies = pools(
        townships.map((t) => t.code),
        categories.map((c) => c.code),
        r,
      );
      r.ours = await measure(`ours (cache off), ${r.name}`, apiUrl, headers, r.bodies.ours);
    }
  } finally {
    await api.stop();
  }

  const pgPort = await freePort();
  const server = await startChild(
    'PostGraphile',
    [self, '--serve', String(pgPort)],
    { NODE_ENV: 'production' },
    () =>
      up(`http://127.0.0.1:${pgPort}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      }),
  );
  try {
    for (const r of results)
      r.postgraphile = await measure(
        `PostGraphile 4.14, ${r.name}`,
        `http://127.0.0.1:${pgPort}`,
        {},
        r.bodies.theirs,
      );
  } finally {
    await server.stop();
  }

  console.log(
    `\ncase list, 50 cases with category/village/leader, ${CONNECTIONS} connections, ${DURATION_S} s`,
  );
  for (const r of results) {
    r.ratio = Number((r.ours.rps / r.postgraphile.rps).toFixed(2));
    const line = (name, m) => `    ${name}  ${m.rps} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms`;
    console.log(`  ${r.name}:`);
    console.log(line('ours (cache off) ', r.ours));
    console.log(line('PostGraphile 4.14', r.postgraphile));
    console.log(`    ${r.ratio >= 1 ? 'MET ' : 'MISS'}  ours ≥ 1.0× PostGraphile: ${r.ratio}×`);
  }
  const out = path.join(apiDir, 'bench/results/latest-postgraphile.json');
  const report = {
    at: new Date().toISOString(),
    settings: {
      connections: CONNECTIONS,
      warmupSeconds: WARMUP_S,
      durationSeconds: DURATION_S,
      pool: POOL_SIZE,
      seed: PRNG_SEED,
    },
    variants: results.map(({ bodies: _, ...r }) => r),
  };
  fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(path.resolve(apiDir, '../..'), out)}`);
  const errors = results
    .flatMap((r) => [r.ours.errors, r.postgraphile.errors])
    .filter((e) => Object.keys(e).length);
  if (errors.length > 0) {
    console.error(`errors: ${JSON.stringify(errors)}`);
    process.exitCode = 1;
  }
}

if (process.argv[2] === '--serve') {
  serve(Number(process.argv[3])).catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().catch((error) => {
    console.error(`bench:postgraphile aborted: ${error.message ?? error}`);
    process.exit(1);
  });
}
