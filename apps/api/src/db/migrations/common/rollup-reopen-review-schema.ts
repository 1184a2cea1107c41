// Migration 11, written once for both dialects: the monthly rollup gains the counters of the two new
// KPIs — 重开率 on the closing month (closed_reopened) and 复查改变率 on the month of the review answer
// (reviews_answered, reviews_changed). leader_resolved keeps its name but now counts closed cases whose
// first rating is satisfied or basically satisfied. The rollup is derived data: openDatabase refills
// all of it from the cases with the current formulas after this runs (`rebuildsRollups`).
import type { QueryRunner } from 'typeorm';

const COUNTERS = ['closed_reopened', 'reviews_answered', 'reviews_changed'] as const;

export async function addReopenReviewCounters(q: QueryRunner): Promise<void> {
  for (const column of COUNTERS)
    await q.query(`ALTER TABLE case_month_rollup ADD COLUMN ${column} integer NOT NULL DEFAULT 0`);
}

export async function dropReopenReviewCounters(q: QueryRunner): Promise<void> {
  for (const column of COUNTERS) await q.query(`ALTER TABLE case_month_rollup DROP COLUMN ${column}`);
}
