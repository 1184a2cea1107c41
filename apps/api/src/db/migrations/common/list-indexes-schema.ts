// Migration 14, for both dialects: indexes that let the case list (case-page.ts) read a page as an
// index range that stops after the page, at a million cases, whatever the sort and the period.
// - Walk indexes, one per sort key: the key (and id, the tie-break) first, then township, category
//   and receipt day, so the dashboard's usual filters are checked inside the index and only the
//   page's rows visit the table. Receipt time is walked as (receipt day, time, id): the period is
//   then the index range. They supersede idx_case_received_at (received_at, id) and
//   idx_case_current_due (current_due_at), whose order they keep.
// - Month indexes: the month of the receipt day, then a sort key (id, code, due date). One seek per
//   month of a period finds the period's first and last key, which bound the walk: ids, codes and due
//   dates follow receipt only roughly, so without a bound an old period would be found by walking
//   past every later case. The expression is the one case-page.ts writes (receiptMonthSql).
import type { QueryRunner } from 'typeorm';
import type { SqlDialect } from './case-facts-schema.js';

const FILTERS = 'township_code, category_code';

function month(dialect: SqlDialect): string {
  return dialect === 'postgres'
    ? `(date_trunc('month', CAST(received_on AS timestamp)))`
    : `(substr(received_on, 1, 7))`;
}

function listIndexes(dialect: SqlDialect): Record<string, string> {
  return {
    idx_case_list_received: `(received_on, received_at, id, ${FILTERS})`,
    idx_case_list_id: `(id, ${FILTERS}, received_on)`,
    idx_case_list_code: `(code, ${FILTERS}, received_on)`,
    idx_case_list_due: `(due_at, id, ${FILTERS}, received_on) WHERE due_at IS NOT NULL`,
    idx_case_list_current_due: `(current_due_at, id, ${FILTERS}, received_on) WHERE current_due_at IS NOT NULL`,
    idx_case_month_id: `(${month(dialect)}, id, received_on)`,
    idx_case_month_code: `(${month(dialect)}, code, received_on)`,
    idx_case_month_due: `(${month(dialect)}, due_at, received_on) WHERE due_at IS NOT NULL`,
  };
}

export async function addListIndexes(q: QueryRunner, dialect: SqlDialect): Promise<void> {
  await q.query(`DROP INDEX idx_case_received_at`);
  await q.query(`DROP INDEX idx_case_current_due`);
  for (const [name, definition] of Object.entries(listIndexes(dialect)))
    await q.query(`CREATE INDEX ${name} ON petition_case ${definition}`);
}

export async function dropListIndexes(q: QueryRunner, dialect: SqlDialect): Promise<void> {
  for (const name of Object.keys(listIndexes(dialect))) await q.query(`DROP INDEX ${name}`);
  await q.query(`CREATE INDEX idx_case_received_at ON petition_case (received_at, id)`);
  await q.query(
    `CREATE INDEX idx_case_current_due ON petition_case (current_due_at) WHERE current_due_at IS NOT NULL`,
  );
}
