// `pnpm simulate` options, parsed without I/O so the rules are unit-tested.
import { parseArgs } from 'node:util';

export const USAGE = `Usage: pnpm simulate [--url URL] [--every 3s | --rate N] [--count N] [--seed S] [--token T]
  Registers and moves cases through the API's mutations, one action per tick, so a wall screen moves.
  --url       the running API (default http://localhost:4000)
  --every     time between actions: 3s (default), 500ms, 1m
  --rate      actions per minute instead of --every (e.g. --rate 30 is one every 2 s)
  --count     stop after N actions (default: run until Ctrl-C)
  --seed      PRNG seed: the same seed against the same data does the same things (default: random)
  --token     a bearer token to act with; without it the CLERK user "simulator" is created once and a
              token signed with the server's AUTH_SECRET or <dataDir>/auth-secret, in the database of
              DATABASE_URL (default data/lianxin.sqlite) — run it with the server's environment
  --database  postgres://… or an SQLite file, instead of DATABASE_URL (for the token only)`;

export interface SimulateOptions {
  help: boolean;
  url: string;
  everyMs: number;
  count: number | undefined;
  seed: number | undefined;
  token: string | undefined;
  database: string | undefined;
}

export class OptionError extends Error {}

const UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000 };
/** Faster than this would only measure the API, not feed a wall. */
const MIN_INTERVAL_MS = 50;

/** `3s`, `500ms`, `1.5s`, `1m`; a bare number is seconds. */
export function parseInterval(raw: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(raw.trim());
  if (!match) throw new OptionError(`--every takes a duration like 3s, 500ms or 1m, got "${raw}"`);
  const ms = Math.round(Number(match[1]) * (UNITS[match[2] ?? 's'] as number));
  if (ms < MIN_INTERVAL_MS) throw new OptionError(`--every is at least ${MIN_INTERVAL_MS}ms, got "${raw}"`);
  return ms;
}

function positiveNumber(name: string, raw: string, integer: boolean): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new OptionError(`--${name} must be a positive ${integer ? 'integer' : 'number'}, got "${raw}"`);
  }
  return n;
}

export function parseSimulateArgs(argv: string[]): SimulateOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        url: { type: 'string', default: 'http://localhost:4000' },
        every: { type: 'string' },
        rate: { type: 'string' },
        count: { type: 'string' },
        seed: { type: 'string' },
        token: { type: 'string' },
        database: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new OptionError((error as Error).message);
  }
  if (values.every !== undefined && values.rate !== undefined) {
    throw new OptionError('give --every or --rate, not both');
  }
  let everyMs = 3000;
  if (values.every !== undefined) everyMs = parseInterval(values.every);
  if (values.rate !== undefined) {
    everyMs = Math.round(60_000 / positiveNumber('rate', values.rate, false));
    if (everyMs < MIN_INTERVAL_MS)
      throw new OptionError(`--rate is at most ${60_000 / MIN_INTERVAL_MS} a minute`);
  }
  let seed: number | undefined;
  if (values.seed !== undefined) {
    seed = Number(values.seed);
    if (!Number.isSafeInteger(seed)) throw new OptionError(`--seed must be an integer, got "${values.seed}"`);
  }
  try {
    new URL(values.url);
  } catch {
    throw new OptionError(`--url must be a URL like http://localhost:4000, got "${values.url}"`);
  }
  return {
    help: values.help,
    url: values.url,
    everyMs,
    count: values.count === undefined ? undefined : positiveNumber('count', values.count, true),
    seed,
    token: values.token,
    database: values.database,
  };
}
