// bench:api's recording for the baseline: every pooled request sent once with x-bench-record, so that the
// API keeps the statements it ran for POST /bench/replay/<id> to run again.
import { getJson, graphql } from './requests.mjs';
import { FailedAnswer, log, measuredOperations, RECORD_S } from './settings.mjs';

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
export async function recordPools(api, bearer, pools, tables) {
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
