// case_month_rollup: KPI parts per (anchor month, village, category, accusation or not), rebuilt from
// the cases by SQL — all of it after a bulk load, or the (village, category) pairs a write touched.
// Accusations have rows of their own so that users not cleared for them read the rollup without them.
import type { EntityManager } from 'typeorm';
import { MatterType } from '@lianxin/domain';
import { bumpDataVersion } from '../../db/data-version.js';
import type { DialectSpec } from '../../db/dialect.js';
import { anchorDay, periodGrace } from '../case/case-query.js';
import { casesReadSql } from '../case/case-history.js';
import { CaseEntity } from '../case/case.entity.js';
import { ROLLUP_COUNTERS, type Anchor } from './kpi-sql.js';

const ANCHOR_PRESENT: Record<Anchor, string> = {
  RECEIVED: '1 = 1',
  DUE: 'c.due_at IS NOT NULL AND c.accepted_at IS NOT NULL',
  RATED: 'c.rated_at IS NOT NULL AND c.satisfaction IS NOT NULL',
  CLOSED: 'c.closed_at IS NOT NULL',
  REVIEW_ANSWERED: 'c.review_replied_at IS NOT NULL',
};

export const ROLLUP_COLUMNS = Object.values(ROLLUP_COUNTERS).flatMap((counters) => Object.keys(counters));

/** The `accusation` key column: 1 for 检举控告, 0 for every other matter type. */
const ACCUSATION_KEY = `CASE WHEN c.matter_type = '${MatterType.ACCUSATION}' THEN 1 ELSE 0 END`;

/** A (village, category) pair whose rollup rows must be recomputed after a write. */
export interface RollupPair {
  villageCode: string;
  categoryCode: string;
}

/** `now` as an SQL literal (the rebuild's only instant; made from a Date, never from input). */
function instantLiteral(dialect: DialectSpec, now: Date): string {
  return dialect.name === 'postgres'
    ? `'${now.toISOString()}'::timestamptz`
    : `'${String(dialect.timestamp(now))}'`;
}

/**
 * The rows of each anchor read the cases as KPIs read them (case-history casesReadSql): a month that
 * has closed by `now` counts its cases as known at its close, so the rollup of a closed month never moves.
 */
function rebuildSql(manager: EntityManager, dialect: DialectSpec, where: string, now: Date): string {
  const caseColumns = manager.connection.getMetadata(CaseEntity).columns.map((c) => c.databaseName);
  const branches = (Object.keys(ROLLUP_COUNTERS) as Anchor[]).map((anchor) => {
    const source = casesReadSql({
      dialect,
      caseColumns,
      asOfGiven: false,
      anchor,
      graceDays: periodGrace(),
      asOf: now,
    });
    const counters = ROLLUP_COLUMNS.map((column) => {
      const condition = ROLLUP_COUNTERS[anchor][column];
      return condition ? `CASE WHEN ${condition} THEN 1 ELSE 0 END AS ${column}` : `0 AS ${column}`;
    });
    return `SELECT ${dialect.bucketStart(anchorDay(anchor, dialect), 'MONTH')} AS month, c.village_code, c.township_code,
              c.category_code, ${ACCUSATION_KEY} AS accusation, ${counters.join(', ')}
         FROM ${source.replaceAll(':asOf', instantLiteral(dialect, now))} c WHERE ${ANCHOR_PRESENT[anchor]} AND ${where}`;
  });
  const month = dialect.name === 'postgres' ? 'CAST(t.month AS date)' : 't.month';
  return `INSERT INTO case_month_rollup (month, village_code, township_code, category_code, accusation, ${ROLLUP_COLUMNS.join(', ')})
    SELECT ${month}, t.village_code, MIN(t.township_code), t.category_code, t.accusation,
           ${ROLLUP_COLUMNS.map((c) => `SUM(t.${c})`).join(', ')}
      FROM (${branches.join('\n UNION ALL \n')}) t
     GROUP BY t.month, t.village_code, t.category_code, t.accusation`;
}

/** Recomputes the whole rollup from the cases (after a bulk load or an import). */
export async function rebuildAllRollups(
  manager: EntityManager,
  dialect: DialectSpec,
  now: Date = new Date(),
): Promise<void> {
  await manager.query('DELETE FROM case_month_rollup');
  await manager.query(rebuildSql(manager, dialect, '1 = 1', now));
  await bumpDataVersion(manager);
}

/**
 * Recomputes the rows of the given pairs, inside the caller's transaction, and moves the data version
 * (a write that changes no case — a visit, an instruction — calls bumpDataVersion itself).
 */
export async function refreshRollups(
  manager: EntityManager,
  dialect: DialectSpec,
  pairs: readonly RollupPair[],
  /** The write's instant (the service's clock): which months have closed. */
  now: Date = new Date(),
): Promise<void> {
  const unique = [...new Map(pairs.map((p) => [`${p.villageCode}|${p.categoryCode}`, p])).values()];
  for (const { villageCode, categoryCode } of unique) {
    const [deleteSql, insertSql] =
      dialect.name === 'postgres'
        ? ['village_code = $1 AND category_code = $2', 'c.village_code = $1 AND c.category_code = $2']
        : ['village_code = ? AND category_code = ?', 'c.village_code = ? AND c.category_code = ?'];
    await manager.query(`DELETE FROM case_month_rollup WHERE ${deleteSql}`, [villageCode, categoryCode]);
    // PostgreSQL reuses $1/$2 in every branch; SQLite's positional ? needs them once per branch.
    const params =
      dialect.name === 'postgres'
        ? [villageCode, categoryCode]
        : Object.keys(ROLLUP_COUNTERS).flatMap(() => [villageCode, categoryCode]);
    await manager.query(rebuildSql(manager, dialect, insertSql, now), params);
  }
  await bumpDataVersion(manager);
}
