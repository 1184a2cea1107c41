// Writes many rows in one transaction, fast: prepared statements on SQLite, COPY on PostgreSQL. The
// seed loader and the spreadsheet import both write through it; one ORM save per row would take hours
// at a million cases.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type Database from 'better-sqlite3';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource, EntityManager } from 'typeorm';
import type { DialectDataSource } from './data-source.js';
import type { DialectSpec } from './dialect.js';

export type Value = string | number | boolean | Date | null | Record<string, unknown>;

/** Rows for one table, values in column order. */
export interface BulkTable {
  name: string;
  columns: readonly string[];
  rows: readonly Value[][];
}

interface BulkWriter {
  dialect: DialectSpec;
  /** Runs ordinary queries inside the same transaction. */
  manager: EntityManager;
  /** Ids for `n` new rows of a table, from the database's own counter. */
  reserveIds(table: string, n: number): Promise<number[]>;
  write(table: BulkTable): Promise<void>;
  /**
   * Before a load into the tables: drops their secondary indexes and foreign keys, and returns what
   * rebuilds them once the rows are in — like pg_restore, many times faster than checking every row as
   * it arrives (PostgreSQL). SQLite keeps them: nothing to drop or rebuild.
   */
  suspendIndexesAndForeignKeys(tables: readonly string[]): Promise<() => Promise<void>>;
  /**
   * After rows were written with ids chosen outside the database: moves the tables' id counters past
   * them (PostgreSQL's sequences; SQLite's next id is max(id) + 1 anyway).
   */
  advanceIdCounters(tables: readonly string[]): Promise<void>;
}

/** What runs inside withBulkWriter's transaction. */
export type BulkWork = (writer: BulkWriter) => Promise<void>;

/** TypeORM's SQLite datetime format: UTC, 'YYYY-MM-DD HH:MM:SS.SSS'. */
function sqliteValue(value: Value): string | number | null {
  if (value === null) return null;
  if (value instanceof Date) return value.toISOString().replace('T', ' ').slice(0, 23);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}

/** A value in COPY's text format (\N is NULL; backslash, tab and newlines escaped). */
function copyValue(value: Value): string {
  if (value === null) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return /[\\\t\n\r]/.test(text)
    ? text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : text;
}

/** Runs `work` in one transaction: everything it writes lands, or nothing does. */
export function withBulkWriter(dataSource: DialectDataSource, work: BulkWork): Promise<void> {
  return dataSource.dialect.bulkWrite(dataSource, work);
}

/** SQLite's bulk writer: prepared statements on the one connection (DialectSpec.bulkWrite). */
export async function sqliteBulkWrite(
  dataSource: DataSource,
  dialect: DialectSpec,
  work: BulkWork,
): Promise<void> {
  const db = (dataSource.driver as unknown as { databaseConnection: Database.Database }).databaseConnection;
  const statements = new Map<string, Database.Statement>();
  // better-sqlite3 is synchronous and TypeORM shares its one connection: a raw BEGIN IMMEDIATE
  // holds the write lock for the whole load, the queries through `manager` included.
  db.exec('BEGIN IMMEDIATE');
  try {
    await work({
      dialect,
      manager: dataSource.manager,
      async reserveIds(table, n) {
        const row = db.prepare(`SELECT COALESCE(max(id), 0) AS id FROM ${table}`).get() as { id: number };
        return Array.from({ length: n }, (_, i) => row.id + 1 + i);
      },
      async write(table) {
        const key = `${table.name}(${table.columns.join(',')})`;
        let statement = statements.get(key);
        if (!statement) {
          const marks = table.columns.map(() => '?').join(', ');
          statement = db.prepare(`INSERT INTO ${table.name} (${table.columns.join(', ')}) VALUES (${marks})`);
          statements.set(key, statement);
        }
        for (const row of table.rows) statement.run(row.map(sqliteValue));
      },
      suspendIndexesAndForeignKeys: async () => async () => {},
      async advanceIdCounters() {},
    });
    db.exec('COMMIT');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

/** PostgreSQL's bulk writer: COPY on a connection of its own (DialectSpec.bulkWrite). */
export async function postgresBulkWrite(
  dataSource: DataSource,
  dialect: DialectSpec,
  work: BulkWork,
): Promise<void> {
  const runner = dataSource.createQueryRunner();
  const client = (await runner.connect()) as PoolClient;
  try {
    await runner.startTransaction();
    await work({
      dialect,
      manager: runner.manager,
      async reserveIds(table, n) {
        if (n === 0) return [];
        // The sequence hands out the ids, so concurrent writers and later inserts never collide.
        const result = await client.query<{ id: string }>(
          `SELECT nextval(pg_get_serial_sequence('${table}', 'id')) AS id FROM generate_series(1, $1)`,
          [n],
        );
        return result.rows.map((r) => Number(r.id));
      },
      async write(table) {
        if (table.rows.length === 0) return;
        const lines = table.rows.map((row) => row.map(copyValue).join('\t'));
        const stream = client.query(copyFrom(`COPY ${table.name} (${table.columns.join(', ')}) FROM STDIN`));
        await pipeline(Readable.from([lines.join('\n') + '\n']), stream);
      },
      async suspendIndexesAndForeignKeys(tables) {
        const saved = await dropIndexesAndForeignKeys(runner.manager, tables);
        return async () => {
          for (const index of saved.indexes) await runner.manager.query(index.definition);
          for (const fk of saved.foreignKeys) {
            await runner.manager.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${fk.name} ${fk.definition}`);
          }
        };
      },
      async advanceIdCounters(tables) {
        for (const name of tables) {
          await runner.manager.query(
            `SELECT setval(pg_get_serial_sequence('${name}', 'id'), GREATEST((SELECT max(id) FROM ${name}), 1))`,
          );
        }
      },
    });
    await runner.commitTransaction();
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}

interface SavedDefinition {
  table: string;
  name: string;
  definition: string;
}

/** Drops the tables' foreign keys and secondary indexes, returning their definitions. */
async function dropIndexesAndForeignKeys(
  manager: EntityManager,
  tables: readonly string[],
): Promise<{ foreignKeys: SavedDefinition[]; indexes: SavedDefinition[] }> {
  const query = (sql: string, parameters?: unknown[]): Promise<Record<string, string>[]> =>
    manager.query(sql, parameters);
  const foreignKeys = (
    await query(
      `SELECT c.conrelid::regclass::text AS "table", c.conname AS name, pg_get_constraintdef(c.oid) AS definition
         FROM pg_constraint c
        WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
          AND c.conrelid::regclass::text = ANY($1)`,
      [[...tables]],
    )
  ).map((r) => ({ table: r.table!, name: r.name!, definition: r.definition! }));
  const indexes = (
    await query(
      `SELECT i.tablename AS "table", i.indexname AS name, i.indexdef AS definition
         FROM pg_indexes i
        WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname
                            AND c.connamespace = current_schema()::regnamespace)`,
      [[...tables]],
    )
  ).map((r) => ({ table: r.table!, name: r.name!, definition: r.definition! }));
  for (const fk of foreignKeys) await query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${fk.name}`);
  for (const index of indexes) await query(`DROP INDEX ${index.name}`);
  return { foreignKeys, indexes };
}
