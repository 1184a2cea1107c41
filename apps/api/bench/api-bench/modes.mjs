// bench:api's load windows: one mode of one operation loaded with autocannon after a warm-up, the
// writer running, with the API's event-loop blocking and the CPU other processes took meanwhile.
import fs from 'node:fs';
import autocannon from 'autocannon';
import { sleep } from '../lib.mjs';
import { withClient } from './database.mjs';
import { errorCode, getJson } from './requests.mjs';
import { ADMIN_URL, CONNECTIONS, DATABASE_URL, DIALECT, DURATION_S, log, WARMUP_S } from './settings.mjs';

// ---------------------------------------------------------------- load windows

/** Loads `requests` (autocannon request specs) for `duration` seconds (bench:sizing and bench:replicas too). */
export function load(api, requests, duration, connections = CONNECTIONS) {
  return new Promise((resolve, reject) => {
    autocannon({ url: api.url, connections, duration, timeout: 30, requests }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

/**
 * Each request takes the next body (or path) of the pool, whichever connection sends it; failed
 * answers are counted by their error code.
 */
export function requestsFor({ bearer, bodies, paths }, errors) {
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
export async function measure(label, api, source, writer) {
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
