// Everything that differs between SQLite and PostgreSQL, in one place, picked once at bootstrap
// (data-source.ts opens the database with it) and handed to whoever needs a difference: no other
// file asks which database it talks to (eslint.config.js refuses such a branch).
import { QueryFailedError, type DataSource, type QueryRunner } from 'typeorm';
import type { Dialect } from '../config.js';
import { postgresBulkWrite, sqliteBulkWrite, type BulkWork } from './bulk-writer.js';
import {
  postgresMigrations,
  sqliteMigrations,
  type MigrationClass,
  type MigrationDeps,
} from './migrations/index.js';
import { postgresStatementCanceller } from './postgres-cancel.js';
import { postgresBackup } from '../modules/backup/postgres-backup.js';
import { sqliteBackup } from '../modules/backup/sqlite-backup.js';
import type { BackupDriver } from '../modules/backup/snapshot-facts.js';

/** Calendar units a local day can be bucketed by. */
export type TimeUnit = 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR';

/**
 * For a statement starting on a query runner: what cancels it in the database (its connection's
 * backend, read now), or null when the runner has no connection yet.
 */
export type StatementCanceller = (queryRunner: QueryRunner) => (() => Promise<void>) | null;

export interface DialectSpec {
  name: Dialect;
  /** Migrations in the order they run. */
  migrations(deps: MigrationDeps): MigrationClass[];
  /** `pnpm backup` / `pnpm restore`: the online backup API and a file copy, or pg_dump and pg_restore. */
  backup: BackupDriver;

  // ---- parameters and values
  /** The i-th (1-based) positional parameter. SQLite's `?` takes the values in order of appearance. */
  placeholder(index: number): string;
  /** `count` positional parameters from the `from`-th on, comma-separated. */
  placeholders(count: number, from?: number): string;
  /**
   * The values of SQL that refers to placeholder(1 … n) `uses` times over: PostgreSQL reads $i again,
   * while each of SQLite's `?` takes a value of its own, so the list repeats.
   */
  repeatParameters(values: readonly unknown[], uses: number): unknown[];
  /** `column` is one of `values`, as SQL and the parameters it binds (the statement's only ones). */
  inList(column: string, values: readonly unknown[]): { sql: string; parameters: unknown[] };
  /** A JS value as a query parameter: instants as timestamp(), booleans as the column stores them. */
  parameter(value: unknown): unknown;
  /** A JS instant as a query parameter comparable with stored timestamps. */
  timestamp(instant: Date): Date | string;
  /** A JS instant as an SQL literal comparable with stored timestamps (no parameter to bind). */
  timestampLiteral(instant: Date): string;
  /** A stored timestamp as a raw query returns it, as a JS instant. */
  readTimestamp(value: Date | string): Date;
  /** Boolean literal. */
  bool(value: boolean): string;

  // ---- days and months
  /** SQL for the Asia/Shanghai local day ('YYYY-MM-DD' text / date) of a timestamp column. */
  localDayOf(timestampColumn: string): string;
  /** SQL giving the first local day of the bucket containing a local day, as 'YYYY-MM-DD' text. */
  bucketStart(localDay: string, unit: TimeUnit): string;
  /** SQL: a 'YYYY-MM-DD' text as a value for a date column. */
  dayAsDate(dayText: string): string;
  /**
   * SQL for the instant a month's KPIs close, as a value comparable with stored timestamps: the start
   * of the local day after (the last day of the month holding `localDay`, moved on by `months`) +
   * graceDays (the domain's monthClosesAt). A timestamp t is at or before the close exactly when t < it.
   */
  monthCloseStart(localDay: string, graceDays: number, months: number): string;
  /**
   * SQL for the month of a local-day column exactly as the month indexes of migration 14 store it (an
   * index on an expression serves only that expression).
   */
  monthKey(dayColumn: string): string;
  /** SQL reading the named parameter as a monthKey (its value from monthKeyValue). */
  monthKeyParameter(name: string): string;
  /** A month ('YYYY-MM-01') as the value of monthKeyParameter. */
  monthKeyValue(firstDay: string): string;

  // ---- the planner
  /** Whether the planner must be told which index to read (indexHint); false: it chooses well by itself. */
  namesIndexes: boolean;
  /** A table reference read through `index` (SQLite's INDEXED BY); as it is where the planner chooses. */
  indexHint(tableReference: string, index: string): string;
  /** CROSS JOIN LATERAL over unnest() of an array parameter: one statement for many parents' pages. */
  lateralJoins: boolean;
  /**
   * Sum each rollup part before the pivots' common table (stats/rollup-read.ts): PostgreSQL reads that
   * table once per output, and a part's day or month rows shrink to one per place (+13 % throughput of
   * the overview's SQL at 1M cases); SQLite's extra sorts cost more than they save (the default seed's
   * overview 15 → 19 ms).
   */
  sumsRollupParts: boolean;
  /** Runs SQL written for PostgreSQL alone ($n, ::casts, GROUPING SETS): the bench's hand-written reference. */
  postgresSyntax: boolean;

  // ---- writes and errors
  /**
   * SQL that serialises case-code allocation for a year until the transaction ends (null: writes are
   * serialised anyway, as on SQLite).
   */
  codeAllocationLock(year: string): string | null;
  /** A write refused by a unique index. */
  isUniqueViolation(error: unknown): boolean;
  /** A statement cancelled by the database for running past its time limit. */
  isStatementTimeout(error: unknown): boolean;
  /** Runs many inserts in one transaction, fast (bulk-writer.ts withBulkWriter). */
  bulkWrite(dataSource: DataSource, work: BulkWork): Promise<void>;

  // ---- the connection
  /** Statements run on the main thread (better-sqlite3 is synchronous): the event loop waits for each. */
  runsOnMainThread: boolean;
  /**
   * Cancels a running statement in the database (a stopped request's); null where none can be
   * interrupted — on the main thread, a statement is never running when a request stops.
   */
  statementCanceller(dataSource: DataSource): StatementCanceller | null;
}

/** TypeORM stores SQLite datetimes as UTC text 'YYYY-MM-DD HH:MM:SS.SSS'; compare in that form. */
const sqliteTimestamp = (instant: Date) => instant.toISOString().replace('T', ' ').slice(0, 23);

const sqlite: DialectSpec = {
  name: 'sqlite',
  migrations: sqliteMigrations,
  backup: sqliteBackup,
  placeholder: () => '?',
  placeholders: (count) => Array.from({ length: count }, () => '?').join(', '),
  repeatParameters: (values, uses) => Array.from({ length: uses }, () => values).flat(),
  inList: (column, values) => ({
    sql: `${column} IN (${Array.from({ length: values.length }, () => '?').join(', ')})`,
    parameters: [...values],
  }),
  parameter(value) {
    if (value instanceof Date) return sqliteTimestamp(value);
    if (typeof value === 'boolean') return value ? 1 : 0;
    return value;
  },
  timestamp: sqliteTimestamp,
  timestampLiteral: (instant) => `'${sqliteTimestamp(instant)}'`,
  readTimestamp: (value) => (value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`)),
  bool: (value) => (value ? '1' : '0'),
  localDayOf: (column) => `date(${column}, '+8 hours')`,
  bucketStart(day, unit) {
    switch (unit) {
      case 'DAY':
        return `date(${day})`;
      case 'WEEK': // ISO weeks start on Monday: step to the coming Sunday, then back six days.
        return `date(${day}, 'weekday 0', '-6 days')`;
      case 'MONTH':
        return `date(${day}, 'start of month')`;
      case 'QUARTER':
        return `printf('%s-%02d-01', strftime('%Y', ${day}), ((CAST(strftime('%m', ${day}) AS INTEGER) - 1) / 3) * 3 + 1)`;
      case 'YEAR':
        return `date(${day}, 'start of year')`;
    }
  },
  // Dates are stored as that text.
  dayAsDate: (dayText) => dayText,
  monthCloseStart: (day, grace, months) =>
    `strftime('%Y-%m-%d %H:%M:%f', date(${day}, 'start of month', '+${1 + Number(months)} months', '+${Number(grace)} days'), '-8 hours')`,
  monthKey: (dayColumn) => `substr(${dayColumn}, 1, 7)`,
  monthKeyParameter: (name) => `:${name}`,
  monthKeyValue: (firstDay) => firstDay.slice(0, 7),
  // With or without statistics, SQLite's planner would rather read a township's cases through a broad
  // equality index than walk a narrow partial one (see case-page.ts, rollup.ts).
  namesIndexes: true,
  indexHint: (table, index) => `${table} INDEXED BY ${index}`,
  lateralJoins: false,
  sumsRollupParts: false,
  postgresSyntax: false,
  codeAllocationLock: () => null,
  isUniqueViolation: (error) =>
    error instanceof QueryFailedError &&
    (error.driverError as { code?: string } | undefined)?.code === 'SQLITE_CONSTRAINT_UNIQUE',
  // No statement time limit: a request's timeout falls between two statements (runsOnMainThread).
  isStatementTimeout: () => false,
  bulkWrite: (dataSource, work) => sqliteBulkWrite(dataSource, sqlite, work),
  runsOnMainThread: true,
  statementCanceller: () => null,
};

const postgres: DialectSpec = {
  name: 'postgres',
  migrations: postgresMigrations,
  backup: postgresBackup,
  placeholder: (index) => `$${index}`,
  placeholders: (count, from = 1) => Array.from({ length: count }, (_, i) => `$${from + i}`).join(', '),
  repeatParameters: (values) => [...values],
  // One array parameter, however many values: the statement's text stays the same.
  inList: (column, values) => ({ sql: `${column} = ANY($1)`, parameters: [values] }),
  parameter: (value) => value,
  timestamp: (instant) => instant,
  timestampLiteral: (instant) => `'${instant.toISOString()}'::timestamptz`,
  readTimestamp: (value) => (value instanceof Date ? value : new Date(value)),
  bool: (value) => (value ? 'true' : 'false'),
  localDayOf: (column) => `(${column} AT TIME ZONE 'Asia/Shanghai')::date`,
  bucketStart(day, unit) {
    const start = unit === 'DAY' ? `${day}::date` : `date_trunc('${unit.toLowerCase()}', ${day}::date)`;
    return `to_char(${start}, 'YYYY-MM-DD')`;
  },
  dayAsDate: (dayText) => `CAST(${dayText} AS date)`,
  monthCloseStart: (day, grace, months) =>
    `((date_trunc('month', ${day}::date) + interval '${1 + Number(months)} months' + interval '${Number(grace)} days')::timestamp AT TIME ZONE 'Asia/Shanghai')`,
  monthKey: (dayColumn) => `date_trunc('month', CAST(${dayColumn} AS timestamp))`,
  monthKeyParameter: (name) => `CAST(:${name} AS timestamp)`,
  monthKeyValue: (firstDay) => firstDay,
  namesIndexes: false,
  indexHint: (table) => table,
  lateralJoins: true,
  sumsRollupParts: true,
  postgresSyntax: true,
  // A transaction-scoped advisory lock per year: concurrent registrations take numbers one at a time.
  codeAllocationLock: (year) => `SELECT pg_advisory_xact_lock(hashtext('lianxin-case-code-${Number(year)}'))`,
  isUniqueViolation: (error) =>
    error instanceof QueryFailedError &&
    (error.driverError as { code?: string } | undefined)?.code === '23505',
  // "canceling statement due to statement timeout" (query_canceled), as TypeORM wraps it or bare.
  isStatementTimeout(error) {
    const e = error as { code?: unknown; driverError?: { code?: unknown } } | null;
    return e?.driverError?.code === '57014' || e?.code === '57014';
  },
  bulkWrite: (dataSource, work) => postgresBulkWrite(dataSource, postgres, work),
  runsOnMainThread: false,
  statementCanceller: postgresStatementCanceller,
};

export function dialectSpec(dialect: Dialect): DialectSpec {
  return dialect === 'postgres' ? postgres : sqlite;
}

/**
 * A statement cancelled for running past its time limit, whichever database raised it: the GraphQL
 * field wrappers (request-budget.ts) see errors without knowing the database.
 */
export function isStatementTimeout(error: unknown): boolean {
  return [sqlite, postgres].some((spec) => spec.isStatementTimeout(error));
}

/** The dialect a connected DataSource speaks (tests that hold one; the API passes the spec it opened with). */
export function dialectOf(dataSource: { options: { type: string } }): Dialect {
  return dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite';
}
