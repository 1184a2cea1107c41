import type { MigrationInterface, QueryRunner } from 'typeorm';

// SQLite twin of the PostgreSQL migration. The monthly rollup keeps accusations (检举控告) in rows of their own: users not cleared
// for them must not count them, and their pivots and KPIs still read the rollup (`accusation = 0`)
// instead of counting the cases. The key gains the column, so the table is recreated; openDatabase
// refills it from the cases (`rebuildsRollups`).
export class CaseMonthRollupAccusation1700000000008 implements MigrationInterface {
  name = 'CaseMonthRollupAccusation1700000000008';
  /** The rollup is derived data: openDatabase fills it from the cases with the current formulas. */
  readonly rebuildsRollups = true;

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE case_month_rollup`);
    await q.query(`
      CREATE TABLE case_month_rollup (
        month date NOT NULL,
        village_code varchar(12) NOT NULL REFERENCES village(code),
        township_code varchar(12) NOT NULL REFERENCES township(code),
        category_code varchar(32) NOT NULL REFERENCES category(code),
        accusation integer NOT NULL CHECK (accusation IN (0, 1)),
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
        PRIMARY KEY (month, village_code, category_code, accusation)
      )`);
    await q.query(
      `CREATE INDEX idx_rollup_village_category ON case_month_rollup (village_code, category_code)`,
    );
    await q.query(`CREATE INDEX idx_rollup_township_month ON case_month_rollup (township_code, month)`);
  }

  // Back to one row per (month, village, category): the sum of both halves.
  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_month_rollup_merged AS
      SELECT month, village_code, MIN(township_code) AS township_code, category_code,
             SUM(received) AS received, SUM(decided) AS decided, SUM(decided_timely) AS decided_timely,
             SUM(leader_owned) AS leader_owned, SUM(leader_resolved) AS leader_resolved,
             SUM(repeats) AS repeats, SUM(handled) AS handled, SUM(handled_on_time) AS handled_on_time,
             SUM(rated) AS rated, SUM(satisfied) AS satisfied, SUM(closed) AS closed,
             SUM(closed_rated) AS closed_rated
        FROM case_month_rollup
       GROUP BY month, village_code, category_code`);
    await q.query(`DROP TABLE case_month_rollup`);
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
    await q.query(`INSERT INTO case_month_rollup SELECT * FROM case_month_rollup_merged`);
    await q.query(`DROP TABLE case_month_rollup_merged`);
  }
}
