// PostgreSQL: pg_dump's custom format of one exported snapshot, counted inside that same snapshot;
// restore with pg_restore in a single transaction into a schema without tables.
import { execFile } from 'node:child_process';
import pg from 'pg';
import { BackupRefused } from './backup-errors.js';
import { readSnapshotFacts, type BackupDriver, type SnapshotFacts } from './snapshot-facts.js';

const TABLES_SQL = `SELECT table_name AS name FROM information_schema.tables
  WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`;

/**
 * The URL without its password, and the password for PGPASSWORD: a URL on pg_dump's command line
 * would show the password to every local user in the process list.
 */
function toolConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return {
    dbname: parsed.toString(),
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
  };
}

function runTool(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(tool, args, { env, maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (!error) return resolve();
      const reason =
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? `${tool} is not installed (Debian: postgresql-client-15)`
          : `${tool} failed: ${stderr.trim() || error.message}`;
      reject(new BackupRefused('TOOL_FAILED', reason));
    });
  });
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    // pg's messages name the host and port, never the password.
    throw new BackupRefused(
      'NO_DATABASE',
      `cannot connect to the PostgreSQL database: ${(error as Error).message}`,
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const reader = (client: pg.Client) => async (sql: string) => (await client.query(sql)).rows;

/**
 * Dumps the database to `file` from a snapshot this transaction exports, and counts inside the same
 * transaction: the counts and the dump see the same rows, however many writes land meanwhile.
 */
async function backupPostgres(url: string, file: string): Promise<SnapshotFacts> {
  return withClient(url, async (client) => {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      const { rows } = await client.query<{ snapshot: string }>('SELECT pg_export_snapshot() AS snapshot');
      const facts = await readSnapshotFacts(reader(client), TABLES_SQL);
      const { dbname, env } = toolConnection(url);
      // The exported snapshot lives while this transaction is open: pg_dump runs before the COMMIT.
      await runTool(
        'pg_dump',
        [
          '--format=custom',
          `--snapshot=${rows[0]!.snapshot}`,
          '--no-password',
          `--file=${file}`,
          `--dbname=${dbname}`,
        ],
        env,
      );
      return facts;
    } finally {
      await client.query('COMMIT');
    }
  });
}

/** Any table in the target's schema means it holds a database already: never restored over. */
async function checkPostgresTargetEmpty(url: string): Promise<void> {
  const tables = await withClient(url, async (client) => (await client.query(TABLES_SQL)).rows);
  if (tables.length > 0)
    throw new BackupRefused(
      'NOT_EMPTY',
      `the target database already has ${tables.length} table(s) in its schema (e.g. ${String(tables[0]!.name)}): ` +
        'restore into a new, empty database (createdb) instead',
    );
}

/**
 * pg_restore in one transaction (all or nothing), stopping at the first error; owners and grants are
 * left out, since the roles of the backed-up server need not exist here. `verify` then reads the counts.
 */
async function restorePostgres(
  dump: string,
  url: string,
  verify: (facts: SnapshotFacts) => void,
): Promise<void> {
  const { dbname, env } = toolConnection(url);
  await runTool(
    'pg_restore',
    [
      '--exit-on-error',
      '--single-transaction',
      '--no-owner',
      '--no-acl',
      '--no-password',
      `--dbname=${dbname}`,
      dump,
    ],
    env,
  );
  const facts = await withClient(url, (client) => readSnapshotFacts(reader(client), TABLES_SQL));
  try {
    verify(facts);
  } catch (error) {
    // pg_restore has committed by now: say what is left to do.
    if (!(error instanceof BackupRefused)) throw error;
    throw new BackupRefused(
      error.code,
      `${error.message}: drop and recreate the target database before trying again`,
    );
  }
}

export const postgresBackup: BackupDriver = {
  snapshot: backupPostgres,
  checkTargetEmpty: checkPostgresTargetEmpty,
  restore: restorePostgres,
};
