import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import {
  describeEachDatabase,
  createTestDatabase,
  pgAvailable,
  type TestDatabase,
} from '../test/databases.js';
import { IdNumberCipher } from '../modules/petitioner/id-number-cipher.js';
import { openDatabase } from './data-source.js';

const TABLES = [
  'access_log',
  'app_user',
  'boundary_pack',
  'case_day_rollup',
  'case_event',
  'case_fact_version',
  'case_leader_rollup',
  'case_month_rollup',
  'case_petitioner',
  'case_township_rollup',
  'category',
  'data_version',
  'early_warning_signal',
  'early_warning_state',
  'kpi_target',
  'kpi_target_change',
  'leader',
  'login_throttle',
  'period_revision',
  'petition_case',
  'petitioner',
  'revoked_token',
  'township',
  'unit',
  'village',
];

async function tableNames(dataSource: DataSource): Promise<string[]> {
  const rows: { name: string }[] =
    dataSource.options.type === 'postgres'
      ? await dataSource.query(
          `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()`,
        )
      : await dataSource.query(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
        );
  return rows
    .map((r) => r.name)
    .filter((n) => n !== 'migrations')
    .sort();
}

async function indexNames(dataSource: DataSource, table: string): Promise<string[]> {
  const rows: { name: string }[] =
    dataSource.options.type === 'postgres'
      ? await dataSource.query(`SELECT indexname AS name FROM pg_indexes WHERE tablename = $1`, [table])
      : await dataSource.query(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?`, [
          table,
        ]);
  return rows
    .map((r) => r.name)
    .filter((n) => n.startsWith('idx_'))
    .sort();
}

describeEachDatabase('migrations', (dialect) => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    dataSource = await openDatabase({ database: db.config, idNumbers: IdNumberCipher.ephemeral() });
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('create every table of the model on an empty database', async () => {
    expect(await tableNames(dataSource)).toEqual(TABLES);
  });

  it('index the case table for the dashboard group-bys', async () => {
    expect(await indexNames(dataSource, 'petition_case')).toEqual([
      'idx_case_category_received',
      'idx_case_client_key',
      'idx_case_closed_at',
      'idx_case_code_number',
      'idx_case_leader_received',
      'idx_case_list_code',
      'idx_case_list_current_due',
      'idx_case_list_due',
      'idx_case_list_id',
      'idx_case_list_received',
      'idx_case_month_code',
      'idx_case_month_due',
      'idx_case_month_id',
      'idx_case_rated_at',
      'idx_case_received_on',
      'idx_case_repeat_of',
      'idx_case_review_replied_at',
      'idx_case_status_place',
      'idx_case_status_received',
      'idx_case_township_category',
      'idx_case_township_received',
      'idx_case_unhandled_due',
      'idx_case_unit_received',
      'idx_case_village_category',
      'idx_case_village_received',
    ]);
  });

  it('are recorded, so a second start runs none again', async () => {
    expect(await dataSource.showMigrations()).toBe(false);
    expect(await dataSource.runMigrations()).toEqual([]);
  });

  it('revert cleanly to an empty database and apply again', async () => {
    for (let i = 0; i < dataSource.migrations.length; i++) await dataSource.undoLastMigration();
    expect(await tableNames(dataSource)).toEqual([]);
    await dataSource.runMigrations();
    expect(await tableNames(dataSource)).toEqual(TABLES);
  });
});

// SQLite is one process's file; several instances share a PostgreSQL database.
describe.skipIf(!pgAvailable)('migrations of instances starting together [postgres]', () => {
  it('run once, one instance after the other', async () => {
    const db = await createTestDatabase('postgres');
    const idNumbers = IdNumberCipher.ephemeral();
    const opened: DataSource[] = [];
    try {
      const starts = await Promise.allSettled(
        [0, 1, 2].map(() => openDatabase({ database: db.config, idNumbers })),
      );
      for (const start of starts) if (start.status === 'fulfilled') opened.push(start.value);
      expect(starts.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
      const [first] = opened;
      expect(await tableNames(first!)).toEqual(TABLES);
      const applied: { n: number | string }[] = await first!.query('SELECT COUNT(*) AS n FROM migrations');
      expect(Number(applied[0]!.n)).toBe(first!.migrations.length);
    } finally {
      for (const dataSource of opened) await dataSource.destroy();
      await db.drop();
    }
  });
});
