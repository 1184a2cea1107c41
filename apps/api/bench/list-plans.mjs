// Times the case list's statements for the dashboard's typical requests (each sort × township /
// category / period / leader / status filters), and prints each page statement's plan, so index
// changes can be judged per request. Talks to the service layer of a built API (no HTTP, no cache).
//
//   node bench/list-plans.mjs --database postgres://postgres@127.0.0.1:5432/lianxin_bench
//   node bench/list-plans.mjs --database /tmp/bench-sqlite/lianxin-1m.sqlite --reps 3 --only township
//
// --dist <dir>   the built API to load (default ../dist): point it at an older build to compare
// --reps <n>     timed runs per request after one warm-up (default 5)
// --only <re>    requests whose name matches
// --plans        print each page statement's plan (PostgreSQL: EXPLAIN ANALYZE; SQLite: QUERY PLAN)
// --count        also time totalCount (the list's COUNT statement)
// --role <r>     ANALYST (default, as the API bench) or ADMIN
// --json <file>  also write the results there (compare two runs with bench/list-plans-compare.mjs)
// --request <j>  instead of the fixed set: these requests ({"filter":…,"order":…}, repeatable)
// --load <s>     instead: for s seconds, --connections (default 10) loops ask for first pages with a
//                seeded random filter each (township none/one, category none/one, a period of 1–24
//                months not aligned to months, one of the 10 orders), as the API bench does; prints
//                latency percentiles of the page (page statement(s) + loading its cases)
// Columns: page ms = the service call (page statement(s) + loading the page's cases), median and max;
// stmt ms = the page statement(s) alone (on SQLite: how long they block the event loop); plan = sort
// or index walk, rows read (PostgreSQL) and the index.
// Opens the database without running migrations: it reads whatever schema the database has.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

const { values: args } = parseArgs({
  options: {
    database: { type: 'string' },
    dist: { type: 'string', default: new URL('../dist', import.meta.url).pathname },
    reps: { type: 'string', default: '5' },
    only: { type: 'string' },
    plans: { type: 'boolean', default: false },
    count: { type: 'boolean', default: false },
    role: { type: 'string', default: 'ANALYST' },
    json: { type: 'string' },
    load: { type: 'string' },
    request: { type: 'string', multiple: true },
    connections: { type: 'string', default: '10' },
  },
});
if (!args.database) throw new Error('--database <postgres://… | sqlite file> is required');
const reps = Number(args.reps);

const load = (file) => import(pathToFileURL(path.join(path.resolve(args.dist), file)).href);
const { createDataSource } = await load('db/data-source.js');
const { parseDatabaseUrl } = await load('config.js');
const { dialectSpec } = await load('db/dialect.js');
const { CaseService } = await load('modules/case/case.service.js');
const { selectCases } = await load('modules/case/case-query.js');
const { AccessPolicy } = await load('modules/access/access-policy.js');
const { IdNumberCipher } = await load('modules/petitioner/id-number-cipher.js');

const statements = [];
const logger = {
  logQuery: (sql, params) => statements.push({ sql, params }),
  logQueryError() {},
  logQuerySlow() {},
  logSchemaBuild() {},
  logMigration() {},
  log() {},
};
const database = parseDatabaseUrl(args.database, process.cwd());
const idNumbers = IdNumberCipher.ephemeral();
const dataSource = createDataSource({ database, idNumbers, logger });
await dataSource.initialize();
const dialect = dialectSpec(database.dialect);
const service = new CaseService(dataSource, dialect, idNumbers);
const access = new AccessPolicy({
  id: 1,
  username: 'bench',
  displayName: 'bench',
  role: args.role,
  scope: {},
  leaderId: null,
  unitId: null,
});

// Values that exist in any seed: the largest township, a mid-sized category, the busiest village and leader.
const pick = async (sql) => Object.values((await dataSource.query(sql))[0])[0];
const township = await pick(
  `SELECT township_code FROM petition_case GROUP BY township_code ORDER BY COUNT(*) DESC LIMIT 1`,
);
const category = await pick(
  `SELECT category_code FROM petition_case GROUP BY category_code ORDER BY COUNT(*) DESC LIMIT 1 OFFSET 5`,
);
const village = await pick(
  `SELECT village_code FROM petition_case GROUP BY village_code ORDER BY COUNT(*) DESC LIMIT 1`,
);
const leader = Number(
  await pick(
    `SELECT leader_id FROM petition_case WHERE leader_id IS NOT NULL GROUP BY leader_id ORDER BY COUNT(*) DESC LIMIT 1`,
  ),
);
const lastDay = await pick(`SELECT MAX(received_on) || '' FROM petition_case`);
const now = new Date(`${lastDay}T23:59:59+08:00`);
const daysBefore = (n) => new Date(now.getTime() - n * 86_400_000).toISOString().slice(0, 10);
const year = { from: daysBefore(365), to: lastDay };

const FILTERS = {
  year,
  township: { ...year, townshipCodes: [township] },
  category: { ...year, categoryCodes: [category] },
  'township+category': { ...year, townshipCodes: [township], categoryCodes: [category] },
  'township+category 2y': {
    from: daysBefore(730),
    to: lastDay,
    townshipCodes: [township],
    categoryCodes: [category],
  },
  'old 3 months+township': { from: daysBefore(800), to: daysBefore(710), townshipCodes: [township] },
  village: { ...year, villageCodes: [village] },
  leader: { ...year, leaderIds: [leader] },
  'open statuses': { ...year, statuses: ['REGISTERED', 'ACCEPTED', 'IN_PROGRESS'] },
  overdue: { overdue: true },
  'all time': {},
};
const SORTS = [
  ['RECEIVED_AT', 'DESC'],
  ['RECEIVED_AT', 'ASC'],
  ['CURRENT_DUE_AT', 'ASC'],
  ['CURRENT_DUE_AT', 'DESC'],
  ['CODE', 'DESC'],
  ['DUE_AT', 'ASC'],
  ['ID', 'DESC'],
];

const requests = [];
for (const [name, filter] of Object.entries(FILTERS)) {
  for (const [field, direction] of SORTS) {
    requests.push({
      name: `${name} · ${field} ${direction}`,
      filter,
      order: { field, direction },
      first: 50,
    });
  }
}
// The second page (a cursor) and the nested lists: a leader's page (LeaderDetail), townships' first cases.
requests.push({
  name: 'township · RECEIVED_AT DESC · page 2',
  filter: FILTERS.township,
  order: { field: 'RECEIVED_AT', direction: 'DESC' },
  first: 50,
  secondPage: true,
});
requests.push({
  name: 'township · CURRENT_DUE_AT ASC · page 2',
  filter: FILTERS.township,
  order: { field: 'CURRENT_DUE_AT', direction: 'ASC' },
  first: 50,
  secondPage: true,
});
requests.push({
  name: 'nested: a leader’s cases (100) · RECEIVED_AT DESC',
  filter: year,
  order: { field: 'RECEIVED_AT', direction: 'DESC' },
  first: 100,
  parent: { column: 'leader_id', values: [leader] },
});
const townships = (await dataSource.query(`SELECT code FROM township ORDER BY code`)).map((r) => r.code);
requests.push({
  name: 'nested: every township’s first 2 · RECEIVED_AT DESC',
  filter: year,
  order: { field: 'RECEIVED_AT', direction: 'DESC' },
  first: 2,
  parent: { column: 'township_code', values: townships },
});

if (args.load) {
  // mulberry32: the same requests on every run.
  let state = 13;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pickOne = (list) => list[Math.floor(random() * list.length)];
  const categories = (await dataSource.query(`SELECT code FROM category ORDER BY code`)).map((r) => r.code);
  const firstDay = await pick(`SELECT MIN(received_on) || '' FROM petition_case`);
  const dayNumber = (d) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
  const dayOf = (n) => new Date(n * 86_400_000).toISOString().slice(0, 10);
  const orders = ['ID', 'CODE', 'RECEIVED_AT', 'DUE_AT', 'CURRENT_DUE_AT'].flatMap((field) =>
    ['ASC', 'DESC'].map((direction) => ({ field, direction })),
  );
  const request = () => {
    const days = Math.round((1 + random() * 23) * 30.4);
    const to = dayNumber(lastDay) - Math.floor(random() * (dayNumber(lastDay) - dayNumber(firstDay) - days));
    const filter = { from: dayOf(to - days), to: dayOf(to) };
    if (random() < 0.5) filter.townshipCodes = [pickOne(townships)];
    if (random() < 0.5) filter.categoryCodes = [pickOne(categories)];
    return { filter, order: pickOne(orders) };
  };
  const seconds = Number(args.load);
  const latencies = [];
  const slow = [];
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: Number(args.connections) }, async () => {
      while (Date.now() < deadline) {
        const r = request();
        const { ms } = await timed(() =>
          service.pages(selectCases(r.filter, now, access), r.order, 50, null),
        );
        latencies.push(ms);
        slow.push({ ms, r });
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
  console.log(
    `${database.dialect} · ${args.connections} connections · ${seconds} s · ${latencies.length} pages · ${(latencies.length / seconds).toFixed(1)}/s · p50 ${at(0.5)} ms · p95 ${at(0.95)} ms · p99 ${at(0.99)} ms · max ${latencies.at(-1).toFixed(1)} ms`,
  );
  for (const { ms, r } of slow.sort((a, b) => b.ms - a.ms).slice(0, 5))
    console.log(`  ${ms.toFixed(1)} ms  ${JSON.stringify(r)}`);
  await dataSource.destroy();
  process.exit(0);
}

if (args.request) {
  requests.length = 0;
  for (const json of args.request) requests.push({ name: json.slice(0, 52), first: 50, ...JSON.parse(json) });
}
const only = args.only ? new RegExp(args.only) : null;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timed(fn) {
  const started = performance.now();
  const result = await fn();
  return { ms: performance.now() - started, result };
}

/** The page statement's plan: a one-line summary, the full text, and (PostgreSQL) its execution time. */
async function plan(sql, params) {
  if (database.dialect === 'postgres') {
    const [row] = await dataSource.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, params);
    const root = row['QUERY PLAN'][0];
    const lines = [];
    let read = 0;
    const sorts = [];
    const scans = [];
    const walk = (node, depth) => {
      const loops = node['Actual Loops'] ?? 1;
      const removed = node['Rows Removed by Filter'] ?? 0;
      if (/Scan/.test(node['Node Type']) && node['Node Type'] !== 'Values Scan' && depth > 0) {
        read += (node['Actual Rows'] + removed) * loops;
        if (node['Index Name'] && !/month/.test(node['Index Name'])) scans.push(node['Index Name']);
      }
      if (/Sort/.test(node['Node Type'])) sorts.push(node['Node Type']);
      const heap = node['Heap Fetches'] ? ` heap ${node['Heap Fetches']}` : '';
      const using = node['Index Name'] ? ` ${node['Index Name']}` : '';
      const sortKey = node['Sort Key'] ? ` [${node['Sort Key'].join(', ')}]` : '';
      lines.push(
        `${'  '.repeat(depth)}${node['Node Type']}${node['Scan Direction'] === 'Backward' ? ' backward' : ''}${using}${sortKey} rows ${node['Actual Rows']}${removed ? ` -${removed}` : ''}${heap}${loops > 1 ? ` ×${loops}` : ''}`,
      );
      for (const child of node.Plans ?? []) walk(child, depth + 1);
    };
    walk(root.Plan, 0);
    const buffers = root.Plan['Shared Hit Blocks'] + root.Plan['Shared Read Blocks'];
    const how = sorts.length ? `${sorts.join('+')} of ${read} rows` : `walk, ${read} rows read`;
    return {
      summary: `${how} · ${[...new Set(scans)].join(',') || 'no index'} · ${buffers} buf`,
      text: lines.join('\n      '),
      execMs: root['Execution Time'],
    };
  }
  const steps = await dataSource.query(`EXPLAIN QUERY PLAN ${sql}`, params);
  const text = steps.map((r) => r.detail).join(' | ');
  const main = steps.find((r) => /^(SEARCH|SCAN) c\b/.test(r.detail))?.detail ?? '';
  const index = main.match(/INDEX (\w+)/)?.[1] ?? 'table';
  const sorted = steps.some((r) => /TEMP B-TREE FOR ORDER BY/.test(r.detail));
  return { summary: `${sorted ? 'temp B-tree sort' : 'walk'} · ${index}`, text, execMs: null };
}

const isPageStatement = (sql) => /\bLIMIT\b|ROW_NUMBER/.test(sql) && !/COUNT\(\*\)/.test(sql);

console.log(
  `${database.dialect} · ${await pick('SELECT COUNT(*) FROM petition_case')} cases · role ${args.role} · ` +
    `township ${township}, category ${category}, village ${village}, leader ${leader}, year ${year.from}…${year.to}`,
);
console.log(
  `${'request'.padEnd(52)} ${'page ms'.padStart(8)} ${'max'.padStart(7)} ${'stmt ms'.padStart(8)}${args.count ? '  count ms' : ''}  plan`,
);
const results = [];
for (const request of requests) {
  if (only && !only.test(request.name)) continue;
  const selection = selectCases(request.filter, now, access);
  let after = null;
  if (request.secondPage) {
    const first = await service.pages(selection, request.order, request.first, null);
    after = first.get(null)?.cursors.at(-1) ?? null;
  }
  const run = () => service.pages(selection, request.order, request.first, after, request.parent);
  await run(); // warm-up
  const times = [];
  const pageStatements = [];
  for (let i = 0; i < reps; i++) {
    const from = statements.length;
    times.push((await timed(run)).ms);
    if (i === 0) pageStatements.push(...statements.slice(from).filter((s) => isPageStatement(s.sql)));
  }
  // The page statement(s) alone: on SQLite, how long they hold the event loop.
  const stmtTimes = [];
  for (let i = 0; i < reps; i++) {
    let ms = 0;
    for (const s of pageStatements) ms += (await timed(() => dataSource.query(s.sql, s.params))).ms;
    stmtTimes.push(ms);
  }
  let countMs = null;
  if (args.count) {
    await service.counts(selection, request.parent);
    const countTimes = [];
    for (let i = 0; i < reps; i++)
      countTimes.push((await timed(() => service.counts(selection, request.parent))).ms);
    countMs = median(countTimes);
  }
  const plans = [];
  for (const s of pageStatements) plans.push(await plan(s.sql, s.params));
  const result = {
    name: request.name,
    median: median(times),
    max: Math.max(...times),
    stmtMs: median(stmtTimes),
    countMs,
    plan: plans.map((p) => p.summary).join(' ; '),
  };
  results.push(result);
  console.log(
    `${request.name.padEnd(52)} ${result.median.toFixed(1).padStart(8)} ${result.max.toFixed(1).padStart(7)} ${result.stmtMs.toFixed(1).padStart(8)}${
      countMs === null ? '' : countMs.toFixed(1).padStart(10)
    }  ${result.plan}`,
  );
  if (args.plans) for (const p of plans) console.log(`      ${p.text}`);
}
if (args.json) {
  const fs = await import('node:fs');
  fs.writeFileSync(args.json, JSON.stringify({ dialect: database.dialect, results }, null, 1));
}
const all = results.map((r) => r.median);
const stmts = results.map((r) => r.stmtMs);
console.log(
  `\n${results.length} requests · page: median of medians ${median(all).toFixed(1)} ms, worst median ${Math.max(...all).toFixed(1)} ms, worst single ${Math.max(...results.map((r) => r.max)).toFixed(1)} ms · statement: worst median ${Math.max(...stmts).toFixed(1)} ms · sorted: ${results.filter((r) => /sort/i.test(r.plan)).length}` +
    (args.count ? ` · count: worst median ${Math.max(...results.map((r) => r.countMs)).toFixed(1)} ms` : ''),
);
await dataSource.destroy();
