// caseStats' pivot piece by piece (stats.service.ts runs it): which column or time bucket each dimension
// reads, the KPI sums a GROUP BY selects, the bucket each result row lands in, and the request's bucket
// budget applied in SQL.
import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import type { KpiCode } from '@lianxin/domain';
import { badUserInput } from '../common/errors.js';
import type { CaseSelection } from '../case/case-query.js';
import type { RequestBudget } from '../../request-budget.js';
import { KPI_SQL, type Anchor } from './kpi-sql.js';
import type { PivotAsk } from './rollup-read.js';
import { CaseDimension, type CaseStatsBucket, type KpiSet, type KpiValue } from './stats.types.js';

/** Dimensions and filters over facts a step can change (see case-history VERSIONED_COLUMNS). */
const CHANGING_DIMENSIONS = new Set<CaseDimension>([
  CaseDimension.STATUS,
  CaseDimension.LEADER,
  CaseDimension.UNIT,
]);

export function readsChangingFacts(selection: CaseSelection, groupBy: readonly CaseDimension[]): boolean {
  const f = selection.filter;
  return (
    groupBy.some((d) => CHANGING_DIMENSIONS.has(d)) ||
    f.statuses != null ||
    f.leaderIds != null ||
    f.unitIds != null ||
    f.overdue != null ||
    f.dueSoon != null ||
    f.satisfactions != null ||
    f.rated != null ||
    f.late != null
  );
}

export type KeyDimension = Exclude<CaseDimension, 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR'>;
export const TIME_UNITS = new Set<CaseDimension>([
  CaseDimension.DAY,
  CaseDimension.WEEK,
  CaseDimension.MONTH,
  CaseDimension.QUARTER,
  CaseDimension.YEAR,
]);

const DIMENSION_COLUMN: Record<
  KeyDimension,
  { column: string; field: keyof CaseStatsBucket; numeric: boolean }
> = {
  [CaseDimension.CATEGORY]: { column: 'c.category_code', field: 'categoryCode', numeric: false },
  [CaseDimension.TOWNSHIP]: { column: 'c.township_code', field: 'townshipCode', numeric: false },
  [CaseDimension.VILLAGE]: { column: 'c.village_code', field: 'villageCode', numeric: false },
  [CaseDimension.CHANNEL]: { column: 'c.channel', field: 'channel', numeric: false },
  [CaseDimension.STATUS]: { column: 'c.status', field: 'status', numeric: false },
  [CaseDimension.LEADER]: { column: 'c.leader_id', field: 'leaderId', numeric: true },
  [CaseDimension.UNIT]: { column: 'c.unit_id', field: 'unitId', numeric: true },
  [CaseDimension.MATTER_TYPE]: { column: 'c.matter_type', field: 'matterType', numeric: false },
};

export const ANCHORS: Anchor[] = ['RECEIVED', 'DUE', 'RATED', 'CLOSED', 'REVIEW_ANSWERED'];
export const num = (v: unknown): number => Number(v ?? 0);
export const sumWhen = (condition: string): string => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;

export function emptyKpis(): KpiSet {
  const zero = (): KpiValue => ({ numerator: 0, denominator: 0, rate: null });
  return {
    timelyAcceptance: zero(),
    onTimeClosure: zero(),
    satisfaction: zero(),
    ratingParticipation: zero(),
    leaderResolution: zero(),
    repeatRate: zero(),
    reopenRate: zero(),
    reviewChangeRate: zero(),
  };
}

/** Adds `<kpi>_d` and `<kpi>_n` sums for the KPIs anchored at `anchor`. */
export function selectKpiParts<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  anchor: Anchor,
  kpis: readonly KpiCode[],
) {
  for (const code of kpis) {
    const sql = KPI_SQL[code];
    if (sql.anchor !== anchor) continue;
    qb.addSelect(sumWhen(sql.denominator), `${code}_d`).addSelect(
      sumWhen(`${sql.denominator} AND ${sql.numerator}`),
      `${code}_n`,
    );
  }
}

export const CASE_COLUMNS: Record<KeyDimension, string> = Object.fromEntries(
  Object.entries(DIMENSION_COLUMN).map(([dimension, d]) => [dimension, d.column]),
) as Record<KeyDimension, string>;

/** Refuses what a pivot cannot answer, before any statement runs. */
export function checkPivot({ selection, groupBy }: PivotAsk): void {
  if (selection.kpi)
    throw badUserInput('filter.kpi', 'kpi selects cases for a list; it does not apply to statistics');
  if (new Set(groupBy).size !== groupBy.length) throw badUserInput('groupBy', 'a dimension is repeated');
  if (groupBy.filter((d) => TIME_UNITS.has(d)).length > 1)
    throw badUserInput('groupBy', 'at most one time unit (DAY, WEEK, MONTH, QUARTER, YEAR)');
}

export function emptyBucket(): CaseStatsBucket {
  return {
    categoryCode: null,
    townshipCode: null,
    villageCode: null,
    channel: null,
    status: null,
    leaderId: null,
    unitId: null,
    matterType: null,
    period: null,
    count: 0,
    kpis: emptyKpis(),
    suppressed: false,
  };
}

export const bucketKey = (b: CaseStatsBucket): string =>
  JSON.stringify([
    b.categoryCode,
    b.townshipCode,
    b.villageCode,
    b.channel,
    b.status,
    b.leaderId,
    b.unitId,
    b.matterType,
  ]);

/** The bucket of a result row (`d0…dn`), created on first sight. */
export function bucketFor(
  buckets: Map<string, CaseStatsBucket>,
  groupBy: readonly CaseDimension[],
  row: Record<string, unknown>,
): CaseStatsBucket {
  const keys = groupBy.map((dimension, i) => {
    const value = row[`d${i}`];
    if (value === null || value === undefined) return null;
    if (TIME_UNITS.has(dimension)) return String(value);
    return DIMENSION_COLUMN[dimension as KeyDimension].numeric ? Number(value) : String(value);
  });
  const id = JSON.stringify(keys);
  let bucket = buckets.get(id);
  if (!bucket) {
    bucket = emptyBucket();
    const fields = bucket as unknown as Record<string, unknown>;
    groupBy.forEach((dimension, i) => {
      if (TIME_UNITS.has(dimension)) bucket!.period = keys[i] as string | null;
      else fields[DIMENSION_COLUMN[dimension as KeyDimension].field] = keys[i];
    });
    buckets.set(id, bucket);
  }
  return bucket;
}

/**
 * A pivot query's rows within the request's bucket budget (request-budget.ts): LIMIT cap + 1 in SQL,
 * so a grouping with too many buckets is refused before one is built.
 */
export async function pivotRows<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  budget: RequestBudget | null,
): Promise<Record<string, unknown>[]> {
  if (!budget) return qb.getRawMany<Record<string, unknown>>();
  const cap = budget.bucketsLeft();
  const rows = await qb.limit(cap + 1).getRawMany<Record<string, unknown>>();
  if (rows.length > cap) throw budget.tooManyBuckets();
  return rows;
}
