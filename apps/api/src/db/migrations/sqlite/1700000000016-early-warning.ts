import type { MigrationInterface, QueryRunner } from 'typeorm';

// The early-warning signals (modules/warning): the detector's verdict per month for every township ×
// category and village × category cell, precomputed so that no read runs the detector (≈ 1–4 ms a
// month and cell; all cells over six years take minutes). Months are 'YYYY-MM' text, which sorts and
// compares alike on both databases. Derived data: rebuilt from the rollups (warning-compute.ts).
export class EarlyWarning1700000000016 implements MigrationInterface {
  name = 'EarlyWarning1700000000016';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE early_warning_signal (
        scope varchar(8) NOT NULL,
        place_code varchar(12) NOT NULL,
        township_code varchar(12) NOT NULL REFERENCES township(code),
        category_code varchar(32) NOT NULL REFERENCES category(code),
        month varchar(7) NOT NULL,
        observed integer NOT NULL,
        expected real,
        upper_yellow real,
        upper_red real,
        p_value real,
        level varchar(8),
        trend boolean NOT NULL,
        years integer NOT NULL,
        baseline text,
        provisional boolean NOT NULL,
        raised_at datetime,
        computed_at datetime NOT NULL,
        PRIMARY KEY (scope, place_code, category_code, month)
      )`);
    // The alert list and counts: alerts are a few hundred among ~100k rows.
    await q.query(
      `CREATE INDEX idx_early_warning_alerts ON early_warning_signal (month, level) WHERE level IS NOT NULL`,
    );
    await q.query(`CREATE INDEX idx_early_warning_township ON early_warning_signal (township_code, month)`);
    // One row: the first month of the series (months are indexed from it) and the last month whose
    // signals are final; later months are recomputed.
    await q.query(`
      CREATE TABLE early_warning_state (
        id integer PRIMARY KEY,
        series_start varchar(7) NOT NULL,
        final_through varchar(7),
        computed_at datetime NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE early_warning_state`);
    await q.query(`DROP TABLE early_warning_signal`);
  }
}
