// bench:pages's measuring: the timed runs of every scenario with the API process's CPU time, and, on an
// API that logs its SQL, each request's statements replayed one by one on the same SQLite file.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { sleep } from '../lib.mjs';
import { label } from './report.mjs';
import { failureOf, post } from './requests.mjs';
import { GOAL_MS, log, RUNS, SIGN_IN_TABLES, WARMUP } from './settings.mjs';

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
export async function measureAll(api, tokens, items, documentOf) {
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
export async function statementsAll(api, tokens, items, documentOf, dbFile, tables) {
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
