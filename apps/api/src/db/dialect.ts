// Everything that differs between SQLite and PostgreSQL, in one place, picked once at bootstrap.
import { type MigrationInterface } from 'typeorm';
import { type Dialect } from '../config.js';
import { InitialSchema1700000000000 as PostgresInitial } from './migrations/postgres/1700000000000-initial-schema.js';
import { InitialSchema1700000000000 as SqliteInitial } from './migrations/sqlite/1700000000000-initial-schema.js';

type MigrationClass = new () => MigrationInterface;

export interface DialectSpec {
  name: Dialect;
  /** Migrations in the order they run. */
  migrations: MigrationClass[];
  /** SQL expression turning a local-date column (YYYY-MM-DD) into its month key 'YYYY-MM'. */
  monthOf(column: string): string;
  /** SQL expression for the year of a local-date column, as text 'YYYY'. */
  yearOf(column: string): string;
}

const sqlite: DialectSpec = {
  name: 'sqlite',
  migrations: [SqliteInitial],
  monthOf: (column) => `substr(${column}, 1, 7)`,
  yearOf: (column) => `substr(${column}, 1, 4)`,
};

const postgres: DialectSpec = {
  name: 'postgres',
  migrations: [PostgresInitial],
  monthOf: (column) => `to_char(${column}, 'YYYY-MM')`,
  yearOf: (column) => `to_char(${column}, 'YYYY')`,
};

export function dialectSpec(dialect: Dialect): DialectSpec {
  return dialect === 'postgres' ? postgres : sqlite;
}

/** The dialect a connected DataSource speaks. */
export function dialectOf(dataSource: { options: { type: string } }): Dialect {
  return dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite';
}
