import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { SqlDialect } from './case-facts-schema.js';

// KPI targets an administrator sets (modules/targets): one row per KPI that has one, in percent, with
// who set it and when; and every change, append-only, with the value before (as period_revision records
// an administrator's change to closed months) — the defaults are its first rows. The district's three headline KPIs start with the targets its assessment uses
// (及时受理率 ≥ 95 %, 按期办结率 ≥ 90 %, 群众满意率 ≥ 90 %); the others have none until one is set. The
// values are written here, not read from code, so a later change of defaults never rewrites history.
// One class for both dialects, built with the dialect whose type names it writes (migrations/index.ts).
export function kpiTarget(dialect: SqlDialect): new () => MigrationInterface {
  return class KpiTarget1700000000017 implements MigrationInterface {
    name = 'KpiTarget1700000000017';

    async up(q: QueryRunner): Promise<void> {
      const id = dialect === 'postgres' ? 'serial PRIMARY KEY' : 'integer PRIMARY KEY AUTOINCREMENT';
      const ts = dialect === 'postgres' ? 'timestamptz' : 'datetime';
      const real = dialect === 'postgres' ? 'double precision' : 'real';
      await q.query(`
        CREATE TABLE kpi_target (
          code varchar(32) PRIMARY KEY,
          target_percent ${real} NOT NULL CHECK (target_percent >= 0 AND target_percent <= 100),
          updated_at ${ts} NOT NULL,
          updated_by varchar(64) NOT NULL
        )`);
      await q.query(`
        CREATE TABLE kpi_target_change (
          id ${id},
          code varchar(32) NOT NULL,
          target_before ${real},
          target_after ${real},
          changed_at ${ts} NOT NULL,
          changed_by varchar(64) NOT NULL
        )`);
      await q.query(`CREATE INDEX idx_kpi_target_change_at ON kpi_target_change (changed_at, id)`);
      for (const [code, percent] of [
        ['TIMELY_ACCEPTANCE', 95],
        ['ON_TIME_CLOSURE', 90],
        ['SATISFACTION', 90],
      ] as const) {
        await q.query(
          `INSERT INTO kpi_target (code, target_percent, updated_at, updated_by)
           VALUES ('${code}', ${percent}, CURRENT_TIMESTAMP, 'migration')`,
        );
        await q.query(
          `INSERT INTO kpi_target_change (code, target_before, target_after, changed_at, changed_by)
           VALUES ('${code}', NULL, ${percent}, CURRENT_TIMESTAMP, 'migration')`,
        );
      }
    }

    async down(q: QueryRunner): Promise<void> {
      await q.query(`DROP TABLE kpi_target_change`);
      await q.query(`DROP TABLE kpi_target`);
    }
  };
}
