import type { MigrationInterface, QueryRunner } from 'typeorm';

// Monthly rollup of the KPI parts per village and category, kept current by every write, so the
// dashboard's month-aligned KPIs and pivots read thousands of rollup rows instead of a million cases.
export class CaseMonthRollup1700000000001 implements MigrationInterface {
  name = 'CaseMonthRollup1700000000001';
  /** The rollup is derived data: openDatabase fills it from the cases with the current formulas. */
  readonly rebuildsRollups = true;

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_month_rollup (
        month date NOT NULL,
        village_code varchar(12) NOT NULL REFERENCES village(code),
        township_code varchar(12) NOT NULL REFERENCES township(code),
        category_code varchar(32) NOT NULL REFERENCES category(code),
        received integer NOT NULL,
        decided integer NOT NULL,
        decided_timely integer NOT NULL,
        leader_owned integer NOT NULL,
        leader_resolved integer NOT NULL,
        repeats integer NOT NULL,
        handled integer NOT NULL,
        handled_on_time integer NOT NULL,
        rated integer NOT NULL,
        satisfied integer NOT NULL,
        closed integer NOT NULL,
        closed_rated integer NOT NULL,
        PRIMARY KEY (month, village_code, category_code)
      )`);
    await q.query(
      `CREATE INDEX idx_rollup_village_category ON case_month_rollup (village_code, category_code)`,
    );
    await q.query(`CREATE INDEX idx_rollup_township_month ON case_month_rollup (township_code, month)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE case_month_rollup`);
  }
}
