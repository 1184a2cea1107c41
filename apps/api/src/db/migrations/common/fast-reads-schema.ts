// Migration 13, written once for both dialects: what lets every dashboard read answer from rollups
// and indexes at a million cases.
// - `petition_case.facts_changed_at`: when the case's current facts took effect (valid_from of its
//   open version). A KPI of a closed month reads a case as known at that month's close; a case whose
//   facts have not changed since is read from its row, so only the few changed later need their
//   version looked up (case-history casesReadSql).
// - Rollup counters `undecided` and `unhandled`: cases whose decision (reply) was still missing. In a
//   closed month their window has long passed, so they belong to the denominators without a live count.
// - `case_township_rollup`: the monthly rollup summed over villages (≈ 11× fewer rows), for questions
//   that name no village; `case_day_rollup`, the same per day, for the ragged edges of a period that
//   is not made of whole months.
// - Indexes on the anchor dates (first rating, first closing, review answer; the due date's comes with
//   migration 14) so the cases of a day or a month are found by their anchor date: a write's rollup
//   refresh reads the days it touched, and village questions read a period's ragged edges.
// The rollups are derived data: openDatabase refills them with the current formulas (`rebuildsRollups`).
import type { QueryRunner } from 'typeorm';
import type { SqlDialect } from './case-facts-schema.js';

/**
 * The cases of one place and category: what a write's rollup refresh reads (all of a village's or a
 * township's cases of the category), and what counting with both filters reads; and the open ones.
 */
const PLACE_CATEGORY_INDEXES = {
  idx_case_village_category: '(village_code, category_code, received_on)',
  idx_case_township_category: '(township_code, category_code, received_on)',
  // Accepted cases still unanswered (few: the open ones), by due date: the live part of 按期办结率.
  idx_case_unhandled_due: '(due_at) WHERE replied_at IS NULL AND closed_at IS NULL',
} as const;

// The due date's is migration 14's idx_case_list_due (due_at, id, …), which the case list walks too.
const ANCHOR_DATE_INDEXES = {
  idx_case_rated_at: 'rated_at',
  idx_case_closed_at: 'closed_at',
  idx_case_review_replied_at: 'review_replied_at',
} as const;

export async function addFastReads(q: QueryRunner, dialect: SqlDialect): Promise<void> {
  const ts = dialect === 'postgres' ? 'timestamptz' : 'datetime';
  await q.query(`ALTER TABLE petition_case ADD COLUMN facts_changed_at ${ts}`);
  await q.query(`
    UPDATE petition_case SET facts_changed_at =
      (SELECT MAX(v.valid_from) FROM case_fact_version v WHERE v.case_id = petition_case.id)`);
  for (const [name, column] of Object.entries(ANCHOR_DATE_INDEXES))
    await q.query(`CREATE INDEX ${name} ON petition_case (${column}) WHERE ${column} IS NOT NULL`);
  for (const [name, columns] of Object.entries(PLACE_CATEGORY_INDEXES))
    await q.query(`CREATE INDEX ${name} ON petition_case ${columns}`);
  for (const column of ['undecided', 'unhandled'])
    await q.query(`ALTER TABLE case_month_rollup ADD COLUMN ${column} integer NOT NULL DEFAULT 0`);
  // Same counters as case_month_rollup; its rows are sums of that table's rows (stats/rollup.ts).
  const counters = await rollupCounterColumns(q, dialect);
  for (const [table, bucket] of [
    ['case_township_rollup', 'month'],
    ['case_day_rollup', 'day'],
  ] as const) {
    await q.query(`
      CREATE TABLE ${table} (
        ${bucket} date NOT NULL,
        township_code varchar(12) NOT NULL REFERENCES township(code),
        category_code varchar(32) NOT NULL REFERENCES category(code),
        accusation integer NOT NULL,
        ${counters.map((c) => `${c} integer NOT NULL`).join(',\n        ')},
        PRIMARY KEY (${bucket}, township_code, category_code, accusation)
      )`);
  }
  await q.query(
    `CREATE INDEX idx_township_rollup_key ON case_township_rollup (township_code, category_code)`,
  );
  // A period's days of one township or one category (the primary key serves the whole district).
  await q.query(`CREATE INDEX idx_day_rollup_township ON case_day_rollup (township_code, day)`);
  await q.query(`CREATE INDEX idx_day_rollup_category ON case_day_rollup (category_code, day)`);
}

/** The counter columns of case_month_rollup as this database has them (every integer but the key). */
export async function rollupCounterColumns(q: QueryRunner, dialect: SqlDialect): Promise<string[]> {
  const key = new Set(['month', 'village_code', 'township_code', 'category_code', 'accusation']);
  const rows: { name: string }[] =
    dialect === 'postgres'
      ? await q.query(
          `SELECT column_name AS name FROM information_schema.columns
            WHERE table_name = 'case_month_rollup' AND table_schema = current_schema() ORDER BY ordinal_position`,
        )
      : await q.query(`SELECT name FROM pragma_table_info('case_month_rollup') ORDER BY cid`);
  return rows.map((r) => r.name).filter((name) => !key.has(name));
}

export async function dropFastReads(q: QueryRunner): Promise<void> {
  await q.query(`DROP TABLE case_day_rollup`);
  await q.query(`DROP TABLE case_township_rollup`);
  for (const column of ['undecided', 'unhandled'])
    await q.query(`ALTER TABLE case_month_rollup DROP COLUMN ${column}`);
  for (const name of [...Object.keys(ANCHOR_DATE_INDEXES), ...Object.keys(PLACE_CATEGORY_INDEXES)])
    await q.query(`DROP INDEX ${name}`);
  await q.query(`ALTER TABLE petition_case DROP COLUMN facts_changed_at`);
}
