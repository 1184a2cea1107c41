// The API as operators run it, `node dist/main.js` in a process of its own, for the fault tests that
// kill it, signal it or take its database away: a database seeded small with an administrator and a
// token, the child's log, its exit, and the checks that a database came through whole.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Role } from '@lianxin/domain';
import type { DatabaseConfig } from '../config.js';
import { openDatabase, type DialectDataSource } from '../db/data-source.js';
import { loadSeed } from '../db/seed-loader.js';
import { AuthService } from '../modules/auth/auth.service.js';
import { IdNumberCipher } from '../modules/petitioner/id-number-cipher.js';
import { rebuildAllRollups, ROLLUP_TABLES } from '../modules/stats/rollup.js';
import { rollupRows } from './rollup.fixtures.js';
import { freshIdNumber, registrationOf } from './workflow.fixtures.js';

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const SEED = { until: '2021-06-30', casesPerYear: 100 };

/** What a child API needs to open a database prepared by prepareDatabase, and a token to act with. */
export interface PreparedDatabase {
  database: DatabaseConfig;
  env: Record<string, string>;
  /** Bearer headers of an ADMIN. */
  headers: Record<string, string>;
  /** A village to register cases in. */
  villageCode: string;
  /** Cases the seed stored. */
  seededCases: number;
  /** Opens the database in the test (same key) to check what the API left. */
  open(): Promise<DialectDataSource>;
}

/** Migrates and seeds `database` (small), creates an ADMIN and signs it in with the secret the child gets. */
export async function prepareDatabase(database: DatabaseConfig): Promise<PreparedDatabase> {
  const key = randomBytes(32);
  const secret = randomBytes(32).toString('base64url');
  const idNumbers = new IdNumberCipher(key);
  const open = () => openDatabase({ database, idNumbers });
  const dataSource = await open();
  try {
    await loadSeed(dataSource, idNumbers, SEED);
    const auth = new AuthService(dataSource, { secret, tokenTtlSeconds: 3600 });
    await auth.createUser({ username: 'faults', role: Role.ADMIN });
    const token = (await auth.tokenFor('faults', 3600)).token;
    const [village] = (await dataSource.query('SELECT code FROM village ORDER BY code LIMIT 1')) as {
      code: string;
    }[];
    const [{ n }] = (await dataSource.query('SELECT COUNT(*) AS n FROM petition_case')) as [{ n: number }];
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-faults-'));
    return {
      database,
      env: {
        DATABASE_URL: database.dialect === 'sqlite' ? `sqlite:${database.url}` : database.url,
        DATA_DIR: dataDir,
        AUTH_SECRET: secret,
        ID_NUMBER_KEY: key.toString('base64url'),
        SEED_IF_EMPTY: '0',
        PORT: '0',
        HOST: '127.0.0.1',
        EARLY_WARNING_DEBOUNCE_MS: '0',
        LOG_LEVEL: 'info',
      },
      headers: { authorization: `Bearer ${token}` },
      villageCode: village!.code,
      seededCases: Number(n),
      open,
    };
  } finally {
    await dataSource.destroy();
  }
}

export interface ChildApi {
  url: string;
  child: ChildProcess;
  /** Every line the child wrote (stdout and stderr). */
  lines: string[];
  /** Resolves when the child has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  alive(): boolean;
}

/** Starts `node dist/main.js` with `env` and resolves once it listens. */
export async function startChildApi(env: Record<string, string>): Promise<ChildApi> {
  if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} is missing: run pnpm build first`);
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let exitStatus: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve((exitStatus = { code, signal }))),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        lines.push(line);
        const ready = /Lianxin API ready at (http:\/\/\S+)\/graphql/.exec(line);
        if (ready) resolve(ready[1]!);
      }
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    void exited.then(({ code, signal }) =>
      reject(new Error(`the API exited (${code ?? signal}) before listening:\n${lines.join('\n')}`)),
    );
  });
  return { url, child, lines, exited, alive: () => exitStatus === null };
}

export interface Answer<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** POST /graphql; a request that gets no answer within `timeoutMs` throws (a hang is a failure too). */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  headers: Record<string, string>,
  query: string,
  variables?: Record<string, unknown>,
  timeoutMs = 15_000,
): Promise<Answer<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer<T>, 'status'>) };
}

export const REGISTER = `mutation($input: RegisterCaseInput!) { registerCase(input: $input) { id code version } }`;
export const ACCEPT = `mutation($id: ID!, $version: Int!) { acceptCase(id: $id, version: $version) { id version } }`;

/** One registration in `villageCode`, with a petitioner of its own. */
export const registration = (villageCode: string) => ({
  input: registrationOf(villageCode, freshIdNumber()),
});

/** Writes the API acknowledged (a 200 with the result), by case code: the version each left. */
export type Acknowledged = Map<string, number>;

/**
 * What must hold after any fault: every acknowledged write is stored (the case, at least at the
 * version acknowledged), every case's version equals its number of events (nothing half-written), and
 * the stored rollups equal the rollups recomputed from the cases. Returns the numbers it counted.
 */
export async function checkConsistent(
  dataSource: DialectDataSource,
  acknowledged: Acknowledged,
): Promise<{
  cases: number;
  acknowledged: number;
  lost: string[];
  versionMismatches: string[];
  rollupsAgree: boolean;
}> {
  const rows = (await dataSource.query(
    `SELECT c.code, c.version, (SELECT COUNT(*) FROM case_event e WHERE e.case_id = c.id) AS events
     FROM petition_case c`,
  )) as { code: string; version: number | string; events: number | string }[];
  const versionOf = new Map(rows.map((r) => [r.code, Number(r.version)]));
  const lost = [...acknowledged]
    .filter(([code, version]) => (versionOf.get(code) ?? 0) < version)
    .map(([c]) => c);
  const versionMismatches = rows.filter((r) => Number(r.version) !== Number(r.events)).map((r) => r.code);
  const tables = ROLLUP_TABLES;
  const stored = await Promise.all(tables.map((table) => rollupRows(dataSource, table)));
  // Recomputed inside a transaction that is rolled back: the database is left as the API left it.
  const runner = dataSource.createQueryRunner();
  const recomputed: string[][] = [];
  await runner.startTransaction();
  try {
    await rebuildAllRollups(runner.manager, dataSource.dialect);
    for (const table of tables) recomputed.push(await rollupRows(runner, table));
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
  return {
    cases: rows.length,
    acknowledged: acknowledged.size,
    lost,
    versionMismatches,
    rollupsAgree: JSON.stringify(stored) === JSON.stringify(recomputed),
  };
}
