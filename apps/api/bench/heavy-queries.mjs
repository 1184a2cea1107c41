// `node bench/heavy-queries.mjs`: the heaviest GraphQL operations a wall screen (DISPLAY) or an
// administrator can send, against the built API on a freshly seeded SQLite database (started the way
// the browser tests start it: @lianxin/e2e's built-api.mjs). For each operation it prints the answer
// (status, error code), the time, the server's peak RSS, the longest event-loop block inside the server
// and the latency of /health requests fired every 20 ms while the operation runs. Needs the API and the
// dashboard built (`pnpm build`). Each operation gets a freshly started server on the same database.
// It reports numbers; it fails only when the server cannot be started.
//   node bench/heavy-queries.mjs [--only id,id] [--skip id,id] [--json file]
//
// The server's event-loop delay is read inside the server: this file is also loaded there (NODE_OPTIONS
// --import) with LIANXIN_LOOP_PROBE set, where it only keeps a perf_hooks histogram and writes it out on
// SIGUSR2.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const probeFile = process.env.LIANXIN_LOOP_PROBE;
if (probeFile) {
  // In the server (and in the users CLI it spawns, where it is idle): 10 ms resolution is enough to see
  // blocks of 100 ms; the histogram is reset at every dump so each operation gets its own maximum.
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  let seq = 0;
  process.on('SIGUSR2', () => {
    seq += 1;
    const ms = (ns) => Math.round(ns / 1e5) / 10;
    const dump = { seq, maxMs: ms(histogram.max), p99Ms: ms(histogram.percentile(99)) };
    fs.writeFileSync(`${probeFile}.${process.pid}`, JSON.stringify(dump));
    histogram.reset();
  });
} else {
  await main();
}

function scenarios() {
  const nested = (levels, leaf) => {
    let selection = `villages { ${leaf} }`;
    for (let i = 1; i < levels; i++) selection = `villages { township { ${selection} } }`;
    return `{ townships { ${selection} } }`;
  };
  const aliases = (n, field) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join('\n')} }`;
  const kpi = '{ numerator denominator rate }';
  const allKpis = `kpis { timelyAcceptance ${kpi} onTimeClosure ${kpi} satisfaction ${kpi} ratingParticipation ${kpi} leaderResolution ${kpi} repeatRate ${kpi} }`;
  const caseWithLists = `code title status
      events { type at actor leader { name } unit { name } }
      petitioners { name phone }
      deadlines { kind dueAt state }
      repeatOf { code events { type at } }
      village { name township { name villages { code } } }`;
  return [
    {
      id: 'nested-2',
      role: 'display',
      what: 'townships → villages → township → villages (2 levels)',
      query: nested(2, 'code name population'),
    },
    {
      id: 'nested-3',
      role: 'display',
      what: 'the same, 3 levels (issue 11: 7 s, +220 MB)',
      query: nested(3, 'code'),
    },
    {
      id: 'nested-4',
      role: 'display',
      what: 'the same, 4 levels (issue 11: 34 s, ~3 GB)',
      query: nested(4, 'code'),
    },
    {
      id: 'stats-15',
      role: 'admin',
      what: '15 × caseStats(VILLAGE, DAY, CATEGORY) (issue 11: /health blocked 30 s)',
      query: aliases(
        15,
        'caseStats(groupBy: [VILLAGE, DAY, CATEGORY]) { count villageCode period categoryCode }',
      ),
    },
    {
      id: 'villages-map',
      role: 'admin',
      what: "the dashboard's village × month heat map over all time (CaseStats.graphql)",
      query: `{ caseStats(groupBy: [VILLAGE, MONTH]) {
        period categoryCode townshipCode villageCode leaderId channel count suppressed } }`,
    },
    {
      id: 'stats-week',
      role: 'admin',
      what: 'caseStats(VILLAGE, WEEK), every key field (≈ 16,000 buckets)',
      query: `{ caseStats(groupBy: [VILLAGE, WEEK]) {
        period categoryCode townshipCode villageCode channel status leaderId unitId matterType count suppressed } }`,
    },
    {
      id: 'stats-kpis',
      role: 'admin',
      what: 'caseStats(VILLAGE, MONTH), every field and all six KPIs',
      query: `{ caseStats(groupBy: [VILLAGE, MONTH]) {
        period categoryCode townshipCode villageCode channel status leaderId unitId matterType count suppressed
        ${allKpis} } }`,
    },
    {
      id: 'stats-nested',
      role: 'admin',
      what: 'caseStats(VILLAGE, MONTH) → village → township → villages',
      query:
        '{ caseStats(groupBy: [VILLAGE, MONTH]) { count period village { township { villages { code } } } } }',
    },
    {
      id: 'stats-15-year',
      role: 'admin',
      what: '15 × caseStats(VILLAGE, YEAR) with a KPI',
      query: aliases(
        15,
        'caseStats(groupBy: [VILLAGE, YEAR]) { count villageCode period kpis { satisfaction { rate } } }',
      ),
    },
    {
      id: 'cases-8x200',
      role: 'admin',
      what: '8 × cases(first: 200) with events, petitioners, deadlines, repeatOf, village tree',
      query: aliases(8, `cases(first: 200) { totalCount edges { node { ${caseWithLists} } } }`),
    },
    {
      id: 'township-cases',
      role: 'admin',
      what: 'townships → cases(first: 200) → events, village → township → villages',
      query: `{ townships { cases(first: 200) { edges { node { code events { type at } village { township { villages { code } } } } } } } }`,
    },
  ];
}

async function main() {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, skip: { type: 'string' }, json: { type: 'string' } },
  });
  const only = values.only ? new Set(values.only.split(',')) : null;
  const skip = new Set(values.skip ? values.skip.split(',') : []);
  const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  // Not a top-level import: this file also loads inside the server (the probe), which needs none of it.
  const { startApi } = await import('@lianxin/e2e/built-api');
  // The static cost of each operation, when this build has the cost rule (it prints next to the numbers).
  const costFile = path.join(apiDir, 'dist/query-cost.js');
  const costOf = fs.existsSync(costFile) ? await costCalculator(apiDir, costFile) : null;

  const probe = path.join(fs.mkdtempSync('/tmp/lianxin-heavy-'), 'loop');
  const api = await startApi({
    env: {
      NODE_OPTIONS: `--import=${pathToFileURL(fileURLToPath(import.meta.url)).href}`,
      LIANXIN_LOOP_PROBE: probe,
    },
  });
  let pid = serverPid(api.port);
  const password = 'heavy-queries-bench-password';
  api.createUser('bench-wall', 'DISPLAY', password);
  api.createUser('bench-admin', 'ADMIN', password);
  const tokens = { display: api.tokenFor('bench-wall'), admin: api.tokenFor('bench-admin') };
  const rows = [];
  let dead = false;
  try {
    console.log(`API ${api.url} (pid ${pid}), data in ${api.dataDir}`);
    const seq = { n: 0 };
    const loopBlock = async () => {
      seq.n += 1;
      process.kill(pid, 'SIGUSR2');
      for (;;) {
        try {
          const dump = JSON.parse(fs.readFileSync(`${probe}.${pid}`, 'utf8'));
          if (dump.seq === seq.n) return dump;
        } catch {
          // not written yet
        }
        await sleep(10);
      }
    };
    let first = true;
    for (const scenario of scenarios()) {
      if ((only && !only.has(scenario.id)) || skip.has(scenario.id)) continue;
      if (!first) {
        // A fresh process for each operation: its peak RSS is its own, not the heap the last one left.
        if (!dead) await api.stop();
        await api.restart();
        dead = false;
        pid = serverPid(api.port);
        seq.n = 0;
      }
      first = false;
      await untilIdle(api.url);
      const hwmReset = resetPeakRss(pid);
      await loopBlock();
      const rssBefore = status(pid, 'VmRSS');
      const health = pingHealth(api.url, pid);
      const started = performance.now();
      const response = await request(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[scenario.role]}` },
        body: JSON.stringify({ query: scenario.query }),
      }).catch((error) => ({ status: 0, text: '', error }));
      const seconds = (performance.now() - started) / 1000;
      // A dropped connection is how a dying server answers: give it a moment to be gone.
      for (let i = 0; response.error && alive(pid) && i < 100; i++) await sleep(100);
      if (response.error && !alive(pid)) {
        // What the operation did to the server is the result.
        await health.stop();
        const row = {
          id: scenario.id,
          role: scenario.role.toUpperCase(),
          what: scenario.what,
          died: true,
          seconds: round(seconds, 2),
          rssBeforeMb: round(rssBefore / 1024, 0),
          peakRssMb: round(health.maxRss() / 1024, 0),
        };
        rows.push(row);
        console.log(
          `${row.id.padEnd(15)} ${row.role.padEnd(7)} THE SERVER DIED after ${row.seconds} s (RSS ${row.rssBeforeMb}→${row.peakRssMb} MB sampled; its log has the reason)  — ${row.what}`,
        );
        dead = true; // the next operation starts a new server
        continue;
      }
      if (response.error) throw response.error;
      const text = response.text;
      // Work can go on after the answer (a request answered by the timeout): the probe answers only
      // once the server's event loop is free again, and /health is pinged until then.
      const loop = await loopBlock();
      const pings = await health.stop();
      const peak = hwmReset ? status(pid, 'VmHWM') : health.maxRss();
      let body = {};
      try {
        body = JSON.parse(text);
      } catch {
        // not JSON: reported by status
      }
      const row = {
        id: scenario.id,
        role: scenario.role.toUpperCase(),
        what: scenario.what,
        cost: costOf ? costOf(scenario.query) : null,
        status: response.status,
        code: body.errors?.[0]?.extensions?.code ?? (body.data ? 'ok' : '-'),
        dataNull: body.data === null || body.data === undefined,
        seconds: round(seconds, 2),
        responseMb: round(text.length / 1e6, 2),
        rssBeforeMb: round(rssBefore / 1024, 0),
        peakRssMb: round(peak / 1024, 0),
        peakExact: hwmReset,
        maxLoopBlockMs: loop.maxMs,
        healthP50Ms: round(percentile(pings, 50), 1),
        healthMaxMs: round(Math.max(...pings), 1),
        healthCount: pings.length,
      };
      rows.push(row);
      console.log(
        `${row.id.padEnd(15)} ${row.role.padEnd(7)} ${String(row.status).padEnd(3)} ${row.code.padEnd(24)}` +
          ` ${row.seconds.toFixed(2).padStart(7)} s ${row.responseMb.toFixed(2).padStart(6)} MB` +
          ` RSS ${row.rssBeforeMb}→${row.peakRssMb} MB loop ${row.maxLoopBlockMs} ms` +
          ` /health p50 ${row.healthP50Ms} max ${row.healthMaxMs} ms (${row.healthCount})` +
          (row.cost === null ? '' : ` cost ${row.cost.toLocaleString('en')}`) +
          `  — ${row.what}`,
      );
    }
  } finally {
    if (!dead) await api.stop();
  }
  if (values.json) fs.writeFileSync(values.json, `${JSON.stringify(rows, null, 2)}\n`);
}

/** The static cost as the API's validation computes it (dist/query-cost.js, when the build has it). */
async function costCalculator(apiDir, costFile) {
  const { createRequire } = await import('node:module');
  const require = createRequire(path.join(apiDir, 'package.json'));
  require('reflect-metadata'); // the module loads decorated types
  const graphql = require('graphql');
  const { buildSchema } = graphql;
  const schema = buildSchema(fs.readFileSync(path.join(apiDir, 'schema.graphql'), 'utf8'));
  const { operationCost } = await import(pathToFileURL(costFile).href);
  return (query) => operationCost(schema, graphql.parse(query));
}

function serverPid(port) {
  const out = execFileSync('ss', ['-Hltnp', `sport = :${port}`]).toString();
  const match = /pid=(\d+)/.exec(out);
  if (!match) throw new Error(`no process listens on ${port}: ${out}`);
  return Number(match[1]);
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** kB from /proc/<pid>/status. */
function status(pid, key) {
  let text = '';
  try {
    text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return 0; // gone
  }
  const line = text.split('\n').find((l) => l.startsWith(`${key}:`));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? 0);
}

/** Resets the kernel's peak RSS (VmHWM) of the process; false where that is not allowed. */
function resetPeakRss(pid) {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** GET /health every 20 ms (not waiting for earlier ones), and VmRSS samples, until stop(). */
function pingHealth(url, pid) {
  const latencies = [];
  const pending = new Set();
  let maxRss = 0;
  const timer = setInterval(() => {
    maxRss = Math.max(maxRss, status(pid, 'VmRSS'));
    const started = performance.now();
    const ping = request(`${url}/health`)
      .then(() => latencies.push(performance.now() - started))
      .catch(() => latencies.push(Infinity))
      .finally(() => pending.delete(ping));
    pending.add(ping);
  }, 20);
  return {
    maxRss: () => maxRss,
    async stop() {
      clearInterval(timer);
      await Promise.all([...pending]);
      return latencies;
    },
  };
}

/** Waits until /health answers within 50 ms three times in a row (earlier work has finished). */
async function untilIdle(url) {
  let quick = 0;
  while (quick < 3) {
    const started = performance.now();
    await request(`${url}/health`);
    quick = performance.now() - started < 50 ? quick + 1 : 0;
    await sleep(100);
  }
}

/**
 * One request on a connection of its own: a kept-alive connection the server closed while its event
 * loop was blocked would fail the next request ("other side closed") and measure nothing.
 * @returns {Promise<{ status: number, text: string }>}
 */
function request(url, { method = 'GET', headers = {}, body = undefined } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function round(n, digits) {
  return Math.round(n * 10 ** digits) / 10 ** digits;
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
