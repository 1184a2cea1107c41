// bench:api's settings (the environment variables the script's header lists), its errors and log, and
// the dashboard operations it loads.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { operationDocument } from '@lianxin/operations';

export const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const repoRoot = path.resolve(apiDir, '../..');

export const DIALECT =
  process.argv.includes('--sqlite') || process.env.BENCH_DIALECT === 'sqlite' ? 'sqlite' : 'postgres';
/** 1M by default (the size); smaller to try the script, or for the default seed's 20k. */
export const CASES = Number(process.env.BENCH_CASES || 1_000_000);
export const SQLITE_PATH = path.resolve(
  process.env.BENCH_SQLITE_PATH || path.join(apiDir, `bench/.data/lianxin-bench-${CASES}.sqlite`),
);
export const DATABASE_URL =
  DIALECT === 'sqlite'
    ? `sqlite:${SQLITE_PATH}`
    : process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/lianxin_bench';
export const ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/test';
/**
 * The folders of built migrations a dialect runs (src/db/migrations/index.ts): its own, and common/ with
 * the migrations whose code both dialects share and the schema helpers they use.
 */
export const MIGRATION_DIRS = [DIALECT, 'common'];
/** A migration's file, named by its timestamp. */
export const MIGRATION_FILE = /^\d+-.+\.js$/;
/** The seed's last day ("today" of the data): every period ends on or before it. */
export const SEED_UNTIL = '2026-11-27';
export const SEED_FIRST_DAY = '2021-01-01';
// Shortened only to try the script itself; reported numbers use the defaults.
export const WARMUP_S = Number(process.env.BENCH_WARMUP_S || 5);
export const DURATION_S = Number(process.env.BENCH_DURATION_S || 20);
export const POOL_SIZE = Number(process.env.BENCH_POOL || 2000);
export const PRNG_SEED = Number(process.env.BENCH_SEED || 20_261_127);
export const RECORD_S = Number(process.env.BENCH_RECORD_S || 900);
export const CONNECTIONS = 10;
export const ALL_MODES = ['changing', 'same', 'nocache', 'baseline'];
/** A partial run (to profile or try one thing) is printed and written apart, its goals not judged. */
const ONLY_OPERATIONS = process.env.BENCH_OPERATIONS?.split(',').filter(Boolean) ?? null;
export const MODES = process.env.BENCH_MODES?.split(',').filter(Boolean) ?? ALL_MODES;
export const PARTIAL = ONLY_OPERATIONS !== null || MODES.length < ALL_MODES.length;
export const WRITE_EVERY_MS = 1000;
export const PAGE_SIZE = 50;
// The readers sign in as a district-wide ANALYST, the writer as a district-wide CLERK, with tokens the
// users CLI issues under this secret, which the API is started with too.
export const AUTH_SECRET = 'lianxin-bench-secret-not-for-production-000000';
export const READER = { username: 'bench-analyst', role: 'ANALYST' };
export const WRITER = { username: 'bench-clerk', role: 'CLERK' };

export const GOALS = {
  overviewP99Ms: 50,
  listP99Ms: 100,
  ratioToBaseline: 0.8,
  statementsPerOverview: 6,
  loopBlockMs: 50,
};

export class BenchError extends Error {}

/** The API answered with an error (its code) instead of data. */
export class FailedAnswer extends BenchError {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

export function log(message) {
  process.stderr.write(`[bench] ${message}\n`);
}

// ---------------------------------------------------------------- the dashboard's operations

// Each with the fragments it spreads, as the dashboard's generated document holds them.
export const OPERATIONS = {
  overview: { operationName: 'Overview', query: operationDocument('Overview') },
  list: { operationName: 'Cases', query: operationDocument('Cases') },
};
export const ORDER_FIELDS = ['RECEIVED_AT', 'DUE_AT', 'CURRENT_DUE_AT', 'CODE', 'ID'];

/** The operations this run loads: all, or those BENCH_OPERATIONS names. */
export function measuredOperations() {
  return Object.keys(OPERATIONS).filter((op) => ONLY_OPERATIONS === null || ONLY_OPERATIONS.includes(op));
}
