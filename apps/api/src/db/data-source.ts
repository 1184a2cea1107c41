import type { Pool } from 'pg';
import {
  DataSource,
  type DataSourceOptions,
  type Logger,
  type QueryRunner,
  type ReplicationMode,
} from 'typeorm';
import type { DatabaseConfig } from '../config.js';
import { log } from '../log.js';
import { preparePrivateSqliteFile } from '../data-dir.js';
import type { IdNumberCipher } from '../modules/petitioner/id-number-cipher.js';
import { dialectSpec, type DialectSpec } from './dialect.js';
import { rebuildAllRollups } from '../modules/stats/rollup.js';
import { entities } from './entities.js';
import { routeQueryRunner } from './read-route.js';

/**
 * A DataSource that carries the DialectSpec it was opened with, chosen once from the configuration:
 * code handed one takes its dialect differences from `dialect`, never from the driver it finds.
 */
export class DialectDataSource extends DataSource {
  constructor(
    options: DataSourceOptions,
    readonly dialect: DialectSpec,
  ) {
    super(options);
  }

  // Every runner TypeORM makes (DataSource.query, query builders, repositories, transactions) passes
  // here: a request routed to a replica gets a runner on it (read-route.ts).
  override createQueryRunner(mode: ReplicationMode = 'master'): QueryRunner {
    const runner = super.createQueryRunner(mode);
    if (this.options.type === 'postgres') routeQueryRunner(runner);
    return runner;
  }
}

export interface DataSourceSettings {
  database: DatabaseConfig;
  logSql?: boolean;
  /** Receives every statement (tests count them). */
  logger?: Logger;
  /** The key of petitioners' ID numbers in this database (migration 5 encrypts older rows with it). */
  idNumbers: IdNumberCipher;
}

/** Connections per PostgreSQL pool: the primary's, and each replica's. */
export const PG_POOL_MAX = 10;

/** @public the plan benchmark (bench/list-plans.mjs) builds one without migrating. */
export function createDataSource({
  database,
  logSql = false,
  logger,
  idNumbers,
}: DataSourceSettings): DialectDataSource {
  const dialect = dialectSpec(database.dialect);
  const common = {
    entities,
    migrations: dialect.migrations({ idNumbers }),
    logging: logSql,
    ...(logger ? { logger } : {}),
  };
  let options: DataSourceOptions;
  if (database.dialect === 'postgres') {
    options = {
      ...common,
      type: 'postgres',
      url: database.url,
      extra: { max: PG_POOL_MAX },
      // An idle connection's death (PostgreSQL stopped or restarted) is the pool's to replace; without a
      // handler it would end the process. At most one line per pooled connection.
      poolErrorHandler: (error: unknown) =>
        log.warn(
          { err: error },
          'PostgreSQL closed an idle pooled connection; the pool opens a new one when needed',
        ),
    };
  } else {
    // Owner-only database, -wal and -shm (see data-dir.ts).
    if (database.url !== ':memory:') preparePrivateSqliteFile(database.url);
    options = {
      ...common,
      type: 'better-sqlite3',
      database: database.url,
      enableWAL: database.url !== ':memory:',
      prepareDatabase: (db: { pragma(source: string): unknown }) => {
        // Several requests may write at once: wait for the lock rather than fail with SQLITE_BUSY.
        db.pragma('busy_timeout = 5000');
        db.pragma('foreign_keys = ON');
      },
    };
  }
  return new DialectDataSource(options, dialect);
}

/**
 * Connects and brings the schema up to date. A migration that (re)defines the rollup marks itself
 * `rebuildsRollups`; the rollup is then recomputed from the cases with the current formulas, so an
 * existing database never serves an empty or stale rollup.
 */
export async function openDatabase(settings: DataSourceSettings): Promise<DialectDataSource> {
  const dataSource = createDataSource(settings);
  await dataSource.initialize();
  await oneMigratorAtATime(dataSource, async () => {
    const executed = await dataSource.runMigrations({ transaction: 'each' });
    if (executed.some((m) => (m.instance as { rebuildsRollups?: boolean } | undefined)?.rebuildsRollups)) {
      await dataSource.transaction((manager) => rebuildAllRollups(manager, dataSource.dialect));
    }
  });
  if (settings.database.dialect === 'sqlite') {
    // SQLite plans without statistics until a table is analysed, and then takes a township's 77k
    // cases over a partial index of a few hundred open ones. `optimize` analyses only tables never
    // analysed or much changed since (a no-op on most starts; once, ~20 s, for 1M unanalysed cases).
    await dataSource.query('PRAGMA optimize=0x10002');
  }
  await checkIdNumberKey(dataSource, settings.idNumbers);
  return dataSource;
}

/** Any constant, the same in every process of every version: the key of the migrations' lock. */
const MIGRATION_LOCK_KEY = 0x6c69616e;

/**
 * PostgreSQL: instances started together (several behind one address, or after an upgrade) migrate one
 * after the other under a session-level advisory lock; the next one in finds nothing left to run.
 * Without it two would both see a migration pending and the second would fail half-way. SQLite is one
 * process's file.
 */
async function oneMigratorAtATime(dataSource: DataSource, migrate: () => Promise<void>): Promise<void> {
  if (dataSource.options.type !== 'postgres') return migrate();
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migrate();
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.release();
  }
}

/**
 * Decrypts one stored ID number: a server started with another key (a lost `id-number-key` file, a
 * wrong ID_NUMBER_KEY) stops here with the reason, rather than failing on every petitioner it reads.
 */
async function checkIdNumberKey(dataSource: DataSource, idNumbers: IdNumberCipher): Promise<void> {
  const rows: { id_number: string }[] = await dataSource.query(
    'SELECT id_number FROM petitioner ORDER BY id LIMIT 1',
  );
  if (rows.length === 0) return;
  try {
    idNumbers.decrypt(rows[0]!.id_number);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}

/**
 * PostgreSQL: from now on every statement of this data source is cancelled by the database after `ms`
 * (error 57014, which the API answers as TIMEOUT), so one slow pivot cannot hold a pooled connection
 * for minutes. The server calls it once the migrations and the seed, which must run unbounded, are
 * done; the CLIs (seed, import, users) never do.
 */
export async function limitStatementTime(dataSource: DataSource, ms: number): Promise<void> {
  if (ms <= 0) return;
  await setForServing(dataSource, `SET statement_timeout = ${Math.floor(ms)}`, (options) => {
    options.statement_timeout = ms;
  });
}

/**
 * PostgreSQL: the API's statements run without parallel workers and without JIT compilation. Each
 * answers one request from rollups and indexes in milliseconds; launching workers costs more than that
 * (the overview's statement: 12 ms with two workers, 3 ms without), and under concurrent requests the
 * cores are taken anyway. JIT compiles a statement whose estimated cost passes `jit_above_cost`, which
 * the statements that still count cases at 1M do, and compiling costs more than it saves: a leader
 * workload's due-date part took 726 ms with JIT (514 ms of it compiling), 221 ms without. The bulk work
 * of migrations, seeds and rollup rebuilds keeps both.
 */
export async function serveWithoutWorkersOrJit(dataSource: DataSource): Promise<void> {
  await setForServing(dataSource, 'SET max_parallel_workers_per_gather = 0; SET jit = off', (options) => {
    options.options = `${options.options ?? ''} -c max_parallel_workers_per_gather=0 -c jit=off`.trim();
  });
}

/** PostgreSQL's connection pool (its counts are metrics); null for SQLite, one connection in-process. */
export function postgresPool(dataSource: DataSource): Pool | null {
  if (dataSource.options.type !== 'postgres') return null;
  return (dataSource.driver as unknown as { master: Pool }).master;
}

/**
 * A setting for every connection of the pools (the primary's and the replicas'): the ones opened later
 * start with it (their connection options), the idle ones already open get it now (at start-up nothing
 * else holds a connection).
 */
async function setForServing(
  dataSource: DataSource,
  sql: string,
  configure: (options: Pool['options']) => void,
): Promise<void> {
  const primary = postgresPool(dataSource);
  if (!primary) return;
  const replicas = (dataSource.driver as unknown as { slaves: Pool[] }).slaves;
  await Promise.all([primary, ...replicas].map((pool) => setOnPool(pool, sql, configure)));
}

async function setOnPool(
  pool: Pool,
  sql: string,
  configure: (options: Pool['options']) => void,
): Promise<void> {
  configure(pool.options);
  const idle = await Promise.all(Array.from({ length: pool.idleCount }, () => pool.connect()));
  try {
    await Promise.all(idle.map((client) => client.query(sql)));
  } finally {
    for (const client of idle) client.release();
  }
}
