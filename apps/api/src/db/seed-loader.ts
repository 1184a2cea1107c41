// Writes what the seed generator yields into the database in bulk: prepared multi-row transactions on
// SQLite, COPY on PostgreSQL. One ORM save per row would take hours at a million cases.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type Database from 'better-sqlite3';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import { localDate } from '@lianxin/domain';
import { deriveCaseColumns } from '../modules/case/case-derived.js';
import { rebuildAllRollups } from '../modules/stats/rollup.js';
import { dialectOf, dialectSpec } from './dialect.js';
import {
  generateCases,
  generateDistrict,
  plannedCaseCount,
  type CaseBundle,
  type CaseEventRow,
  type CasePetitionerRow,
  type CaseRow,
  type CategoryRow,
  type LeaderRow,
  type PetitionerRow,
  type SeedOptions,
  type TownshipRow,
  type UnitRow,
  type VillageRow,
} from '@lianxin/seed';

type Value = string | number | boolean | Date | null | Record<string, unknown>;

interface TableSpec<R> {
  name: string;
  columns: readonly string[];
  values(row: R): Value[];
}

function table<R>(name: string, columns: readonly string[], values: (row: R) => Value[]): TableSpec<R> {
  return { name, columns, values };
}

const TOWNSHIPS = table<TownshipRow>('township', ['code', 'name', 'kind', 'sort_order'], (r) => [
  r.code,
  r.name,
  r.kind,
  r.sortOrder,
]);
const VILLAGES = table<VillageRow>(
  'village',
  ['code', 'name', 'township_code', 'population', 'generated'],
  (r) => [r.code, r.name, r.townshipCode, r.population, r.generated],
);
const CATEGORIES = table<CategoryRow>('category', ['code', 'name_zh', 'name_en', 'sort_order'], (r) => [
  r.code,
  r.nameZh,
  r.nameEn,
  r.sortOrder,
]);
const UNITS = table<UnitRow>('unit', ['id', 'code', 'name', 'township_code'], (r) => [
  r.id,
  r.code,
  r.name,
  r.townshipCode,
]);
const LEADERS = table<LeaderRow>(
  'leader',
  ['id', 'name', 'title', 'post', 'rank', 'unit_id', 'township_code'],
  (r) => [r.id, r.name, r.title, r.post, r.rank, r.unitId, r.townshipCode],
);
const PETITIONERS = table<PetitionerRow>(
  'petitioner',
  ['id', 'name', 'phone', 'id_number', 'village_code'],
  (r) => [r.id, r.name, r.phone, r.idNumber, r.villageCode],
);
// prettier-ignore -- column list and values line up by position; one per line would hide that
const CASES = table<CaseRow>(
  'petition_case',
  [
    'id',
    'code',
    'title',
    'summary',
    'matter_type',
    'category_code',
    'channel',
    'village_code',
    'township_code',
    'headcount',
    'received_at',
    'received_on',
    'forwarded_at',
    'accepted_at',
    'declined_at',
    'acceptance_due_at',
    'due_at',
    'handling_days',
    'extension_days',
    'extended_to',
    'delay_reason',
    'paused_days',
    'replied_at',
    'closed_at',
    'status',
    'outcome',
    'leader_id',
    'unit_id',
    'satisfaction',
    'rated_at',
    'review_requested_at',
    'review_replied_at',
    'rereview_requested_at',
    'rereview_replied_at',
    'repeat_of_id',
    'current_due_at',
    'current_deadline',
    'version',
  ],
  (r) => {
    const d = deriveCaseColumns(r);
    return [
      r.id,
      r.code,
      r.title,
      r.summary,
      r.matterType,
      r.categoryCode,
      r.channel,
      r.villageCode,
      r.townshipCode,
      r.headcount,
      r.receivedAt,
      d.receivedOn,
      r.forwardedAt,
      r.acceptedAt,
      r.declinedAt,
      d.acceptanceDueAt,
      d.dueAt,
      r.handlingDays,
      r.extensionDays,
      r.extendedTo,
      r.delayReason,
      r.pausedDays,
      r.repliedAt,
      r.closedAt,
      r.status,
      r.outcome,
      r.leaderId,
      r.unitId,
      r.satisfaction,
      r.ratedAt,
      r.reviewRequestedAt,
      r.reviewRepliedAt,
      r.rereviewRequestedAt,
      r.rereviewRepliedAt,
      r.repeatOfId,
      d.currentDueAt,
      d.currentDeadline,
      r.version,
    ];
  },
);

const CASE_PETITIONERS = table<CasePetitionerRow>(
  'case_petitioner',
  ['case_id', 'petitioner_id', 'representative'],
  (r) => [r.caseId, r.petitionerId, r.representative],
);
const EVENTS = table<CaseEventRow>(
  'case_event',
  ['id', 'case_id', 'type', 'at', 'occurred_on', 'actor', 'leader_id', 'visit_kind', 'unit_id', 'payload'],
  (r) => [
    r.id,
    r.caseId,
    r.type,
    r.at,
    localDate(r.at),
    r.actor,
    r.leaderId,
    r.visitKind,
    r.unitId,
    r.payload,
  ],
);

/** Tables in foreign-key order; the bulk ones last. */
const BULK_TABLES = ['petitioner', 'petition_case', 'case_petitioner', 'case_event'] as const;

/** Receives rows for one table at a time; flushes in batches. */
interface Sink {
  write<R>(spec: TableSpec<R>, rows: readonly R[]): Promise<void>;
}

export interface SeedProgress {
  done: number;
  total: number;
}

export interface SeedResult {
  cases: number;
  events: number;
  petitioners: number;
}

const BATCH_CASES = 10_000;

/** Cases already stored, to decide whether a start-up should seed. */
export async function countCases(dataSource: DataSource): Promise<number> {
  const rows: { n: number | string }[] = await dataSource.query('SELECT count(*) AS n FROM petition_case');
  return Number(rows[0]?.n ?? 0);
}

/** Empties every table the seed fills (children first). */
export async function clearSeededData(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    for (const name of [
      'case_month_rollup',
      'case_event',
      'case_petitioner',
      'petition_case',
      'petitioner',
      'leader',
      'unit',
      'category',
      'village',
      'township',
    ]) {
      await manager.query(`DELETE FROM ${name}`);
    }
  });
}

/**
 * Generates the district and its cases and writes them in one transaction: either the whole seed lands
 * or nothing does. The database must be empty (see clearSeededData).
 */
export async function loadSeed(
  dataSource: DataSource,
  options: SeedOptions,
  onProgress?: (progress: SeedProgress) => void,
): Promise<SeedResult> {
  const district = generateDistrict(options.seed);
  const total = plannedCaseCount(options);
  const result: SeedResult = { cases: 0, events: 0, petitioners: 0 };

  const writeAll = async (sink: Sink): Promise<void> => {
    await sink.write(TOWNSHIPS, district.townships);
    await sink.write(VILLAGES, district.villages);
    await sink.write(CATEGORIES, district.categories);
    await sink.write(UNITS, district.units);
    await sink.write(LEADERS, district.leaders);
    let batch: CaseBundle[] = [];
    const flush = async (): Promise<void> => {
      await sink.write(
        PETITIONERS,
        batch.flatMap((b) => b.petitioners),
      );
      await sink.write(
        CASES,
        batch.map((b) => b.case),
      );
      await sink.write(
        CASE_PETITIONERS,
        batch.flatMap((b) => b.links),
      );
      await sink.write(
        EVENTS,
        batch.flatMap((b) => b.events),
      );
      for (const b of batch) {
        result.events += b.events.length;
        result.petitioners += b.petitioners.length;
      }
      result.cases += batch.length;
      batch = [];
      onProgress?.({ done: result.cases, total });
    };
    onProgress?.({ done: 0, total });
    for (const bundle of generateCases(options, district)) {
      batch.push(bundle);
      if (batch.length >= BATCH_CASES) await flush();
    }
    if (batch.length > 0) await flush();
  };

  if (dialectOf(dataSource) === 'postgres') await loadPostgres(dataSource, writeAll);
  else await loadSqlite(dataSource, writeAll);
  return result;
}

// ---------- SQLite ----------

function sqliteValue(value: Value): string | number | null {
  if (value === null) return null;
  if (value instanceof Date) return sqliteDateTime(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}

/** TypeORM's SQLite datetime format: UTC, 'YYYY-MM-DD HH:MM:SS.SSS'. */
function sqliteDateTime(date: Date): string {
  return date.toISOString().replace('T', ' ').slice(0, 23);
}

async function loadSqlite(dataSource: DataSource, writeAll: (sink: Sink) => Promise<void>): Promise<void> {
  const db = (dataSource.driver as unknown as { databaseConnection: Database.Database }).databaseConnection;
  const statements = new Map<string, Database.Statement>();
  const sink: Sink = {
    async write(spec, rows) {
      let statement = statements.get(spec.name);
      if (!statement) {
        const placeholders = spec.columns.map(() => '?').join(', ');
        statement = db.prepare(
          `INSERT INTO ${spec.name} (${spec.columns.join(', ')}) VALUES (${placeholders})`,
        );
        statements.set(spec.name, statement);
      }
      for (const row of rows) statement.run(spec.values(row).map(sqliteValue));
    },
  };
  // better-sqlite3 is synchronous, so the sink never really awaits: one BEGIN..COMMIT holds it all.
  db.exec('BEGIN');
  try {
    await writeAll(sink);
    await rebuildAllRollups(dataSource.manager, dialectSpec('sqlite'));
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

// ---------- PostgreSQL ----------

/** Escapes a value for COPY's text format (\N is NULL; backslash, tab and newlines escaped). */
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

interface SavedDefinition {
  table: string;
  name: string;
  definition: string;
}

async function loadPostgres(dataSource: DataSource, writeAll: (sink: Sink) => Promise<void>): Promise<void> {
  const runner = dataSource.createQueryRunner();
  const client = (await runner.connect()) as PoolClient;
  const sink: Sink = {
    async write(spec, rows) {
      if (rows.length === 0) return;
      const lines: string[] = new Array<string>(rows.length);
      for (let i = 0; i < rows.length; i++) lines[i] = spec.values(rows[i]!).map(copyValue).join('\t');
      const stream = client.query(copyFrom(`COPY ${spec.name} (${spec.columns.join(', ')}) FROM STDIN`));
      await pipeline(Readable.from([lines.join('\n') + '\n']), stream);
    },
  };
  try {
    await runner.startTransaction();
    // Like pg_restore: load the big tables without their secondary indexes and foreign keys, then
    // rebuild them in one pass each — many times faster than checking every row as it arrives.
    const { foreignKeys, indexes } = await dropBulkConstraints(runner.query.bind(runner));
    await writeAll(sink);
    for (const index of indexes) await runner.query(index.definition);
    for (const fk of foreignKeys) {
      await runner.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${fk.name} ${fk.definition}`);
    }
    await rebuildAllRollups(runner.manager, dialectSpec('postgres'));
    for (const name of ['unit', 'leader', 'petitioner', 'petition_case', 'case_event']) {
      await runner.query(
        `SELECT setval(pg_get_serial_sequence('${name}', 'id'), GREATEST((SELECT max(id) FROM ${name}), 1))`,
      );
    }
    await runner.commitTransaction();
    for (const name of BULK_TABLES) await runner.query(`ANALYZE ${name}`);
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}

type Query = (sql: string, parameters?: unknown[]) => Promise<Record<string, string>[]>;

async function dropBulkConstraints(
  query: Query,
): Promise<{ foreignKeys: SavedDefinition[]; indexes: SavedDefinition[] }> {
  const tables = [...BULK_TABLES];
  const foreignKeys = (
    await query(
      `SELECT c.conrelid::regclass::text AS "table", c.conname AS name, pg_get_constraintdef(c.oid) AS definition
         FROM pg_constraint c
        WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
          AND c.conrelid::regclass::text = ANY($1)`,
      [tables],
    )
  ).map((r) => ({ table: r.table!, name: r.name!, definition: r.definition! }));
  const indexes = (
    await query(
      `SELECT i.tablename AS "table", i.indexname AS name, i.indexdef AS definition
         FROM pg_indexes i
        WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname
                            AND c.connamespace = current_schema()::regnamespace)`,
      [tables],
    )
  ).map((r) => ({ table: r.table!, name: r.name!, definition: r.definition! }));
  for (const fk of foreignKeys) await query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${fk.name}`);
  for (const index of indexes) await query(`DROP INDEX ${index.name}`);
  return { foreignKeys, indexes };
}
