// Everything that differs between SQLite and PostgreSQL, in one place, picked once at bootstrap.
import type { MigrationInterface } from 'typeorm';
import type { Dialect } from '../config.js';
import type { IdNumberCipher } from '../modules/petitioner/id-number-cipher.js';
import { InitialSchema1700000000000 as PostgresInitial } from './migrations/postgres/1700000000000-initial-schema.js';
import { InitialSchema1700000000000 as SqliteInitial } from './migrations/sqlite/1700000000000-initial-schema.js';
import { CaseMonthRollup1700000000001 as PostgresRollup } from './migrations/postgres/1700000000001-case-month-rollup.js';
import { CaseMonthRollup1700000000001 as SqliteRollup } from './migrations/sqlite/1700000000001-case-month-rollup.js';
import { DataVersion1700000000002 as PostgresDataVersion } from './migrations/postgres/1700000000002-data-version.js';
import { DataVersion1700000000002 as SqliteDataVersion } from './migrations/sqlite/1700000000002-data-version.js';
import { CaseClientKey1700000000003 as PostgresClientKey } from './migrations/postgres/1700000000003-case-client-key.js';
import { CaseClientKey1700000000003 as SqliteClientKey } from './migrations/sqlite/1700000000003-case-client-key.js';
import { Users1700000000004 as PostgresUsers } from './migrations/postgres/1700000000004-users.js';
import { Users1700000000004 as SqliteUsers } from './migrations/sqlite/1700000000004-users.js';
import { petitionerIdEncryption as postgresIdEncryption } from './migrations/postgres/1700000000005-petitioner-id-encryption.js';
import { petitionerIdEncryption as sqliteIdEncryption } from './migrations/sqlite/1700000000005-petitioner-id-encryption.js';
import { AccessLog1700000000006 as PostgresAccessLog } from './migrations/postgres/1700000000006-access-log.js';
import { AccessLog1700000000006 as SqliteAccessLog } from './migrations/sqlite/1700000000006-access-log.js';
import { CaseRegisteredBy1700000000007 as PostgresRegisteredBy } from './migrations/postgres/1700000000007-case-registered-by.js';
import { CaseRegisteredBy1700000000007 as SqliteRegisteredBy } from './migrations/sqlite/1700000000007-case-registered-by.js';
import { CaseMonthRollupAccusation1700000000008 as PostgresRollupAccusation } from './migrations/postgres/1700000000008-case-month-rollup-accusation.js';
import { CaseMonthRollupAccusation1700000000008 as SqliteRollupAccusation } from './migrations/sqlite/1700000000008-case-month-rollup-accusation.js';
import { LoginThrottle1700000000009 as PostgresLoginThrottle } from './migrations/postgres/1700000000009-login-throttle.js';
import { LoginThrottle1700000000009 as SqliteLoginThrottle } from './migrations/sqlite/1700000000009-login-throttle.js';
import { CaseFacts1700000000010 as PostgresCaseFacts } from './migrations/postgres/1700000000010-case-facts.js';
import { CaseFacts1700000000010 as SqliteCaseFacts } from './migrations/sqlite/1700000000010-case-facts.js';
import { RollupReopenReview1700000000011 as PostgresRollupReopenReview } from './migrations/postgres/1700000000011-rollup-reopen-review.js';
import { RollupReopenReview1700000000011 as SqliteRollupReopenReview } from './migrations/sqlite/1700000000011-rollup-reopen-review.js';
import { PeriodRevision1700000000012 as PostgresPeriodRevision } from './migrations/postgres/1700000000012-period-revision.js';
import { PeriodRevision1700000000012 as SqlitePeriodRevision } from './migrations/sqlite/1700000000012-period-revision.js';
import { FastReads1700000000013 as PostgresFastReads } from './migrations/postgres/1700000000013-fast-reads.js';
import { FastReads1700000000013 as SqliteFastReads } from './migrations/sqlite/1700000000013-fast-reads.js';
import { ListIndexes1700000000014 as PostgresListIndexes } from './migrations/postgres/1700000000014-list-indexes.js';
import { ListIndexes1700000000014 as SqliteListIndexes } from './migrations/sqlite/1700000000014-list-indexes.js';

type MigrationClass = new () => MigrationInterface;

/** What a migration needs beyond SQL, handed over when the list is built (never read at import time). */
export interface MigrationDeps {
  /** Encrypts the ID numbers of an older database (migration 5). */
  idNumbers: IdNumberCipher;
}

/** Calendar units a local day can be bucketed by. */
export type TimeUnit = 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR';

export interface DialectSpec {
  name: Dialect;
  /** Migrations in the order they run. */
  migrations(deps: MigrationDeps): MigrationClass[];
  /** A JS instant as a query parameter comparable with stored timestamps. */
  timestamp(instant: Date): Date | string;
  /** A JS instant as an SQL literal comparable with stored timestamps (no parameter to bind). */
  timestampLiteral(instant: Date): string;
  /** SQL for the Asia/Shanghai local day ('YYYY-MM-DD' text / date) of a timestamp column. */
  localDayOf(timestampColumn: string): string;
  /** SQL giving the first local day of the bucket containing a local day, as 'YYYY-MM-DD' text. */
  bucketStart(localDay: string, unit: TimeUnit): string;
  /**
   * SQL for the instant a month's KPIs close, as a value comparable with stored timestamps: the start
   * of the local day after (the last day of the month holding `localDay`, moved on by `months`) +
   * graceDays (the domain's monthClosesAt). A timestamp t is at or before the close exactly when t < it.
   */
  monthCloseStart(localDay: string, graceDays: number, months: number): string;
  /** Boolean literal. */
  bool(value: boolean): string;
  /**
   * SQL that serialises case-code allocation for a year until the transaction ends (null: writes are
   * serialised anyway, as on SQLite).
   */
  codeAllocationLock(year: string): string | null;
}

const sqlite: DialectSpec = {
  name: 'sqlite',
  migrations: ({ idNumbers }) => [
    SqliteInitial,
    SqliteRollup,
    SqliteDataVersion,
    SqliteClientKey,
    SqliteUsers,
    sqliteIdEncryption(idNumbers),
    SqliteAccessLog,
    SqliteRegisteredBy,
    SqliteRollupAccusation,
    SqliteLoginThrottle,
    SqliteCaseFacts,
    SqliteRollupReopenReview,
    SqlitePeriodRevision,
    SqliteFastReads,
    SqliteListIndexes,
  ],
  // TypeORM stores SQLite datetimes as UTC text 'YYYY-MM-DD HH:MM:SS.SSS'; compare in that form.
  timestamp: (instant) => instant.toISOString().replace('T', ' ').slice(0, 23),
  timestampLiteral: (instant) => `'${instant.toISOString().replace('T', ' ').slice(0, 23)}'`,
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
  monthCloseStart: (day, grace, months) =>
    `strftime('%Y-%m-%d %H:%M:%f', date(${day}, 'start of month', '+${1 + Number(months)} months', '+${Number(grace)} days'), '-8 hours')`,
  bool: (value) => (value ? '1' : '0'),
  codeAllocationLock: () => null,
};

const postgres: DialectSpec = {
  name: 'postgres',
  migrations: ({ idNumbers }) => [
    PostgresInitial,
    PostgresRollup,
    PostgresDataVersion,
    PostgresClientKey,
    PostgresUsers,
    postgresIdEncryption(idNumbers),
    PostgresAccessLog,
    PostgresRegisteredBy,
    PostgresRollupAccusation,
    PostgresLoginThrottle,
    PostgresCaseFacts,
    PostgresRollupReopenReview,
    PostgresPeriodRevision,
    PostgresFastReads,
    PostgresListIndexes,
  ],
  timestamp: (instant) => instant,
  timestampLiteral: (instant) => `'${instant.toISOString()}'::timestamptz`,
  localDayOf: (column) => `(${column} AT TIME ZONE 'Asia/Shanghai')::date`,
  bucketStart(day, unit) {
    const start = unit === 'DAY' ? `${day}::date` : `date_trunc('${unit.toLowerCase()}', ${day}::date)`;
    return `to_char(${start}, 'YYYY-MM-DD')`;
  },
  monthCloseStart: (day, grace, months) =>
    `((date_trunc('month', ${day}::date) + interval '${1 + Number(months)} months' + interval '${Number(grace)} days')::timestamp AT TIME ZONE 'Asia/Shanghai')`,
  bool: (value) => (value ? 'true' : 'false'),
  // A transaction-scoped advisory lock per year: concurrent registrations take numbers one at a time.
  codeAllocationLock: (year) => `SELECT pg_advisory_xact_lock(hashtext('lianxin-case-code-${Number(year)}'))`,
};

export function dialectSpec(dialect: Dialect): DialectSpec {
  return dialect === 'postgres' ? postgres : sqlite;
}

/** The dialect a connected DataSource speaks. */
export function dialectOf(dataSource: { options: { type: string } }): Dialect {
  return dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite';
}
