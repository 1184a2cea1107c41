import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rollupCounterColumns } from './fast-reads-schema.js';

// case_leader_rollup: the monthly KPI parts per township, category, accusation and leader in charge
// (null: none), as KPIs read them — a closed month's cases as known at its close, who led them then
// included. Leader workloads and KPIs of a leader's cases read it instead of counting the cases: at 1M
// cases a year's resolution and on-time parts counted the cases in 0.3–0.8 s. Rows are rebuilt by
// (township, category, month) like the other rollups (stats/rollup.ts), so there is no primary key (the
// leader is nullable); the rollups are derived data, filled from the cases when the migration has run
// (`rebuildsRollups`).
export class LeaderRollup1700000000020 implements MigrationInterface {
  name = 'LeaderRollup1700000000020';
  readonly rebuildsRollups = true;

  async up(q: QueryRunner): Promise<void> {
    const dialect = q.connection.options.type === 'postgres' ? 'postgres' : 'sqlite';
    const counters = await rollupCounterColumns(q, dialect);
    await q.query(`
      CREATE TABLE case_leader_rollup (
        month date NOT NULL,
        township_code varchar(12) NOT NULL REFERENCES township(code),
        category_code varchar(32) NOT NULL REFERENCES category(code),
        accusation integer NOT NULL,
        leader_id integer REFERENCES leader(id),
        ${counters.map((c) => `${c} integer NOT NULL`).join(',\n        ')}
      )`);
    // A write's refresh deletes a township's category in some months; a period's months of all leaders.
    await q.query(
      `CREATE INDEX idx_leader_rollup_month ON case_leader_rollup (month, township_code, category_code)`,
    );
    // One leader's months (a leader's page, a leader filter).
    await q.query(`CREATE INDEX idx_leader_rollup_leader ON case_leader_rollup (leader_id, month)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE case_leader_rollup`);
  }
}
