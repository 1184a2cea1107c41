// case_month_rollup: KPI parts per (anchor month, village, category, accusation or not), rebuilt from
// the cases by SQL — all of it after a bulk load, or the (village, category) pairs a write touched —
// case_township_rollup, the same summed over each township's villages, case_day_rollup per township and
// day, and case_leader_rollup per township, month and leader in charge (null: none).
// Accusations have rows of their own so that users not cleared for them read the rollup without them.
import type { EntityManager } from 'typeorm';
import { addLocalDays, addLocalMonths, localDate, MatterType, startOfLocalDay } from '@lianxin/domain';
import { bumpDataVersion } from '../../db/data-version.js';
import type { DialectSpec } from '../../db/dialect.js';
import { anchorDay, periodGrace } from '../case/case-query.js';
import { ANCHOR_COLUMN, ANCHOR_INDEX, casesReadSql } from '../case/case-history.js';
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
  /**
   * The local anchor days of the written cases, before and after the write (anchorDaysOf): only the
   * rollup rows of these days and their months can have changed. Omitted: all of the pair's rows.
   */
  days?: readonly string[];
}

/** A case's anchor dates, as its row holds them. */
export interface AnchorDates {
  receivedOn: string;
  dueAt: Date | null;
  ratedAt: Date | null;
  closedAt: Date | null;
  reviewRepliedAt: Date | null;
}

/** The local days a case is counted on, in every state given (e.g. before and after a step). */
export function anchorDaysOf(states: readonly AnchorDates[]): string[] {
  const days = states.flatMap((s) => [
    s.receivedOn,
    ...[s.dueAt, s.ratedAt, s.closedAt, s.reviewRepliedAt].flatMap((d) => (d ? [localDate(d)] : [])),
  ]);
  return [...new Set(days)].sort();
}

/** Rebuild only the rows of these buckets (first days of months, or days). */
interface Within {
  unit: 'MONTH' | 'DAY';
  buckets: readonly string[];
}

const LOCAL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** SQL: the anchor's date falls in one of the buckets (ranges, so the anchor-date indexes serve it). */
function anchorWithin(anchor: Anchor, dialect: DialectSpec, within: Within): string {
  const ranges = within.buckets.map((start) => {
    if (!LOCAL_DAY.test(start)) throw new RangeError(`not a local day: ${start}`);
    const end = within.unit === 'DAY' ? addLocalDays(start, 1) : addLocalMonths(start, 1);
    const column = `c.${ANCHOR_COLUMN[anchor]}`;
    if (anchor === 'RECEIVED') return `(${column} >= '${start}' AND ${column} < '${end}')`;
    const [from, to] = [startOfLocalDay(start), startOfLocalDay(end)].map((d) => dialect.timestampLiteral(d));
    return `(${column} >= ${from} AND ${column} < ${to})`;
  });
  return `(${ranges.join(' OR ')})`;
}

/**
 * The rows of each anchor read the cases as KPIs read them (case-history casesReadSql): a month that
 * has closed by `now` counts its cases as known at its close, so the rollup of a closed month never moves.
 */
function rebuildSql(
  manager: EntityManager,
  dialect: DialectSpec,
  where: string,
  now: Date,
  grain: Grain = MONTH_BY_VILLAGE,
  within: Within | null = null,
): string {
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
    // A few days or months of a township's category: through the anchor's own index (SQLite's planner
    // would read the township's whole category; a village's is small enough to read whole).
    const read =
      within && grain.place === 'township_code' && anchor !== 'RECEIVED'
        ? source.replaceAll(
            'FROM petition_case p',
            `FROM ${dialect.indexHint('petition_case p', ANCHOR_INDEX[anchor])}`,
          )
        : source;
    return `SELECT ${dialect.bucketStart(anchorDay(anchor, dialect), grain.unit)} AS bucket, c.village_code, c.township_code,
              c.category_code, ${ACCUSATION_KEY} AS accusation, c.leader_id, ${counters.join(', ')}
         FROM ${read.replaceAll(':asOf', dialect.timestampLiteral(now))} c
        WHERE ${ANCHOR_PRESENT[anchor]} AND ${where}${within ? ` AND ${anchorWithin(anchor, dialect, within)}` : ''}`;
  });
  const bucket = dialect.dayAsDate('t.bucket');
  const places = grain.place === 'village_code' ? 't.village_code, MIN(t.township_code)' : 't.township_code';
  const leader = grain.byLeader ? ', leader_id' : '';
  return `INSERT INTO ${grain.table} (${grain.unit === 'MONTH' ? 'month' : 'day'}, ${grain.place === 'village_code' ? 'village_code, township_code' : 'township_code'}, category_code, accusation${leader}, ${ROLLUP_COLUMNS.join(', ')})
    SELECT ${bucket}, ${places}, t.category_code, t.accusation${leader && ', t.leader_id'},
           ${ROLLUP_COLUMNS.map((c) => `SUM(t.${c})`).join(', ')}
      FROM (${branches.join('\n UNION ALL \n')}) t
     GROUP BY t.bucket, t.${grain.place}, t.category_code, t.accusation${leader && ', t.leader_id'}`;
}

/** A rollup table built from the cases: its time bucket and its place. */
interface Grain {
  table: string;
  unit: 'MONTH' | 'DAY';
  place: 'village_code' | 'township_code';
  /** Keyed by the leader in charge too (as the KPIs read the case: at the close of a closed month). */
  byLeader?: boolean;
}
const MONTH_BY_VILLAGE: Grain = { table: 'case_month_rollup', unit: 'MONTH', place: 'village_code' };
const DAY_BY_TOWNSHIP: Grain = { table: 'case_day_rollup', unit: 'DAY', place: 'township_code' };
const MONTH_BY_LEADER: Grain = {
  table: 'case_leader_rollup',
  unit: 'MONTH',
  place: 'township_code',
  byLeader: true,
};

/** Every rollup table, in the order a clean-up deletes them. */
export const ROLLUP_TABLES = [
  'case_leader_rollup',
  'case_day_rollup',
  'case_township_rollup',
  'case_month_rollup',
] as const;

/** case_township_rollup's rows as sums of case_month_rollup's (those matching `where`). */
function townshipSumSql(where: string): string {
  return `INSERT INTO case_township_rollup (month, township_code, category_code, accusation, ${ROLLUP_COLUMNS.join(', ')})
    SELECT month, township_code, category_code, accusation, ${ROLLUP_COLUMNS.map((c) => `SUM(${c})`).join(', ')}
      FROM case_month_rollup WHERE ${where}
     GROUP BY month, township_code, category_code, accusation`;
}

/** Recomputes the whole rollup from the cases (after a bulk load or an import). */
export async function rebuildAllRollups(
  manager: EntityManager,
  dialect: DialectSpec,
  now: Date = new Date(),
): Promise<void> {
  for (const table of ROLLUP_TABLES) await manager.query(`DELETE FROM ${table}`);
  await manager.query(rebuildSql(manager, dialect, '1 = 1', now));
  await manager.query(townshipSumSql('1 = 1'));
  await manager.query(rebuildSql(manager, dialect, '1 = 1', now, DAY_BY_TOWNSHIP));
  await manager.query(rebuildSql(manager, dialect, '1 = 1', now, MONTH_BY_LEADER));
  // Fresh statistics, so the planners pick the rollups' indexes (SQLite keeps none by itself).
  for (const table of ROLLUP_TABLES) await manager.query(`ANALYZE ${table}`);
  await bumpDataVersion(manager);
}

/**
 * Recomputes the rows of the given pairs — all of them, or only those of the days (and months) a
 * write touched — inside the caller's transaction, and moves the data version (a write that changes
 * no case — a visit, an instruction — calls bumpDataVersion itself).
 */
export async function refreshRollups(
  manager: EntityManager,
  dialect: DialectSpec,
  pairs: readonly RollupPair[],
  /** The write's instant (the service's clock): which months have closed. */
  now: Date = new Date(),
): Promise<void> {
  const byPair = new Map<string, RollupPair>();
  for (const p of pairs) {
    const key = `${p.villageCode}|${p.categoryCode}`;
    const seen = byPair.get(key);
    // One pair asked for whole and in days: whole.
    const days = !p.days || (seen && !seen.days) ? undefined : [...(seen?.days ?? []), ...p.days];
    byPair.set(key, { ...p, days: days && [...new Set(days)].sort() });
  }
  // The rebuild's condition stands once in each anchor's branch.
  const perBranch = (a: string, b: string) =>
    dialect.repeatParameters([a, b], Object.keys(ROLLUP_COUNTERS).length);
  const [p1, p2] = [dialect.placeholder(1), dialect.placeholder(2)];
  for (const { villageCode, categoryCode, days } of byPair.values()) {
    const months = days && [...new Set(days.map((d) => addLocalMonths(d, 0)))];
    const inBuckets = (column: string, buckets: readonly string[] | undefined) =>
      buckets ? ` AND ${column} IN (${buckets.map((b) => `'${b}'`).join(', ')})` : '';
    const monthWithin: Within | null = months ? { unit: 'MONTH', buckets: months } : null;
    const dayWithin: Within | null = days ? { unit: 'DAY', buckets: days } : null;
    if (days && days.length === 0) continue;
    if (days && !days.every((d) => LOCAL_DAY.test(d))) throw new RangeError('not local days');

    const ofVillage = `village_code = ${p1} AND category_code = ${p2}`;
    await manager.query(`DELETE FROM case_month_rollup WHERE ${ofVillage}${inBuckets('month', months)}`, [
      villageCode,
      categoryCode,
    ]);
    const villageSql = rebuildSql(
      manager,
      dialect,
      `c.${ofVillage.replace(' AND ', ' AND c.')}`,
      now,
      MONTH_BY_VILLAGE,
      monthWithin,
    );
    await manager.query(villageSql, perBranch(villageCode, categoryCode));
    // The township's sums for the category follow (a village never changes township).
    const township = `category_code = ${p1} AND township_code = (SELECT v.township_code FROM village v WHERE v.code = ${p2})`;
    await manager.query(`DELETE FROM case_township_rollup WHERE ${township}${inBuckets('month', months)}`, [
      categoryCode,
      villageCode,
    ]);
    await manager.query(townshipSumSql(`${township}${inBuckets('month', months)}`), [
      categoryCode,
      villageCode,
    ]);
    // The days of the township and category, from its cases.
    await manager.query(`DELETE FROM case_day_rollup WHERE ${township}${inBuckets('day', days)}`, [
      categoryCode,
      villageCode,
    ]);
    const ofTownship = `c.category_code = ${p1} AND c.township_code = (SELECT v.township_code FROM village v WHERE v.code = ${p2})`;
    await manager.query(
      rebuildSql(manager, dialect, ofTownship, now, DAY_BY_TOWNSHIP, dayWithin),
      perBranch(categoryCode, villageCode),
    );
    // The months of the township and category per leader: a change of leader moves the case's parts
    // from one leader's rows to the other's within them.
    await manager.query(`DELETE FROM case_leader_rollup WHERE ${township}${inBuckets('month', months)}`, [
      categoryCode,
      villageCode,
    ]);
    await manager.query(
      rebuildSql(manager, dialect, ofTownship, now, MONTH_BY_LEADER, monthWithin),
      perBranch(categoryCode, villageCode),
    );
  }
  await bumpDataVersion(manager);
}
