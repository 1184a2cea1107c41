// Statistics: caseStats (from the rollups where they hold the answer, else from the cases), KPIs, leader
// workloads and deadline warnings. The pivot's pieces are in pivot-buckets.ts; the workloads and the
// warnings in leader-workloads.ts and deadline-warnings.ts.
import type { DataSource, SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { KpiCode, kpiValue, MatterType } from '@lianxin/domain';
import type { DialectSpec, TimeUnit } from '../../db/dialect.js';
import { anchorDay, applySelection, selectFromCases, type CaseSelection } from '../case/case-query.js';
import { currentBudget, type RequestBudget } from '../../request-budget.js';
import { KPI_CODES, KPI_SQL, type Anchor } from './kpi-sql.js';
import { askedAbout, RollupReader, type PivotAsk } from './rollup-read.js';
import { FactHorizon } from './fact-horizon.js';
import { countWarnings, readWarnings, type WarningRow } from './deadline-warnings.js';
import { readLeaderWorkloads } from './leader-workloads.js';
import type { WorkloadPart } from './requested-kpis.js';
import {
  ANCHORS,
  bucketFor,
  bucketKey,
  CASE_COLUMNS,
  checkPivot,
  emptyBucket,
  emptyKpis,
  num,
  pivotRows,
  readsChangingFacts,
  selectKpiParts,
  TIME_UNITS,
  type KeyDimension,
} from './pivot-buckets.js';
import { CaseDimension, type CaseStatsBucket, type KpiSet } from './stats.types.js';

/** GraphQL field of KpiSet for each KPI. */
export const KPI_FIELDS: Record<KpiCode, keyof KpiSet> = {
  [KpiCode.TIMELY_ACCEPTANCE]: 'timelyAcceptance',
  [KpiCode.ON_TIME_CLOSURE]: 'onTimeClosure',
  [KpiCode.SATISFACTION]: 'satisfaction',
  [KpiCode.RATING_PARTICIPATION]: 'ratingParticipation',
  [KpiCode.LEADER_RESOLUTION]: 'leaderResolution',
  [KpiCode.REPEAT_RATE]: 'repeatRate',
  [KpiCode.REOPEN_RATE]: 'reopenRate',
  [KpiCode.REVIEW_CHANGE_RATE]: 'reviewChangeRate',
};

function readKpiParts(
  row: Record<string, unknown>,
  anchor: Anchor,
  kpis: readonly KpiCode[],
  into: KpiSet,
): void {
  for (const code of kpis) {
    if (KPI_SQL[code].anchor !== anchor) continue;
    into[KPI_FIELDS[code]] = kpiValue(num(row[`${code}_n`]), num(row[`${code}_d`]));
  }
}

/** The dimensions the monthly rollup carries. */
const ROLLUP_DIMENSION_COLUMNS: Partial<Record<KeyDimension, string>> = {
  [CaseDimension.CATEGORY]: 'r.category_code',
  [CaseDimension.TOWNSHIP]: 'r.township_code',
  [CaseDimension.VILLAGE]: 'r.village_code',
};
const ROLLUP_TIME_UNITS = new Set<CaseDimension>([
  CaseDimension.MONTH,
  CaseDimension.QUARTER,
  CaseDimension.YEAR,
]);
const ROLLUP_FILTERS = new Set([
  'from',
  'to',
  'townshipCodes',
  'villageCodes',
  'categoryCodes',
  'matterTypes',
]);
const NOT_ACCUSATIONS = Object.values(MatterType).filter((t) => t !== MatterType.ACCUSATION);

/**
 * Which rollup rows the selection reads — accusations' (`accusation = 1`), the others' (`= 0`) — or
 * null when the rollup cannot tell: matter types it does not split (a suggestion from an appeal), or
 * a user cleared for some accusations only (which ones depends on unit and leader: count the cases).
 */
function rollupMatterRows(selection: CaseSelection): { accusations: boolean; others: boolean } | null {
  const types = selection.filter.matterTypes;
  let accusations = types == null || types.includes(MatterType.ACCUSATION);
  const others = types == null ? NOT_ACCUSATIONS : NOT_ACCUSATIONS.filter((t) => types.includes(t));
  if (others.length > 0 && others.length < NOT_ACCUSATIONS.length) return null;
  const reach = selection.access.accusationReach();
  if (reach === 'NONE') accusations = false;
  if (reach === 'SOME' && accusations) return null;
  return { accusations, others: others.length > 0 };
}

/** The order of String.prototype.localeCompare (the default locale), without its per-call set-up. */
const collate = new Intl.Collator().compare;

/**
 * Whether the rollups hold the answer: asOf is now, and only places, categories and months (or
 * coarser) are asked for — or, for KPIs alone, leaders too (not with villages: no rollup has both).
 * Any period: its whole months come from a rollup, the days around them from the cases (rollup-read.ts).
 */
export function rollupAnswers(
  selection: CaseSelection,
  groupBy: readonly CaseDimension[],
  kpisOnly = false,
): boolean {
  if (selection.asOfGiven) return false;
  if (selection.access.rollupArea() === null) return false;
  if (rollupMatterRows(selection) === null) return false;
  const about = askedAbout(selection, groupBy);
  if (about.leaders && (!kpisOnly || about.villages)) return false;
  for (const [key, value] of Object.entries(selection.filter)) {
    if (value != null && !ROLLUP_FILTERS.has(key) && key !== 'leaderIds') return false;
  }
  return groupBy.every(
    (d) => d in ROLLUP_DIMENSION_COLUMNS || ROLLUP_TIME_UNITS.has(d) || d === CaseDimension.LEADER,
  );
}

export class StatsService {
  private readonly rollups: RollupReader;

  /** Whether the rollups (every recorded fact) are "as known now" for a reader's now. */
  readonly horizon: FactHorizon;

  constructor(
    private readonly dataSource: DataSource,
    private readonly dialect: DialectSpec,
    /** Off only to check the rollup against the cases, or to measure without it. */
    private readonly useRollups = true,
  ) {
    this.rollups = new RollupReader(dataSource, dialect);
    this.horizon = new FactHorizon(dataSource, dialect);
  }

  /** The cases as the selection reads them; with a KPI anchor, closed months as known at their close. */
  private cases(selection: CaseSelection, anchor: Anchor | null = null) {
    return selectFromCases(this.dataSource, this.dialect, selection, anchor);
  }

  /**
   * The pivot. Questions about places, categories and months (any period) read the rollups; anything
   * else runs one GROUP BY over the cases per anchor date that a requested KPI (or the count) needs.
   * Either way all counting happens in SQL; Node only merges at most one row per bucket and source.
   */
  async caseStats(
    selection: CaseSelection,
    groupBy: readonly CaseDimension[],
    kpis: readonly KpiCode[] = KPI_CODES,
    /** PivotAsk.kpisOnly: the buckets count nothing (leader questions can then read the leader rollup). */
    kpisOnly = false,
  ): Promise<CaseStatsBucket[]> {
    const [result] = await this.caseStatsMany([{ selection, groupBy, kpis, kpisOnly }]);
    if (result instanceof Error) throw result;
    return result!;
  }

  /**
   * Several pivots at once (a request's sibling fields, stats.loader.ts): those the rollups answer
   * share one statement; each answer is its buckets, or the error that refused it.
   */
  async caseStatsMany(asks: readonly PivotAsk[]): Promise<(CaseStatsBucket[] | Error)[]> {
    const budget = currentBudget();
    const results: (Map<string, CaseStatsBucket> | Error)[] = asks.map((ask) => {
      try {
        checkPivot(ask);
        return new Map<string, CaseStatsBucket>();
      } catch (error) {
        return error as Error;
      }
    });
    const fromRollup: number[] = [];
    const batch: PivotAsk[] = [];
    for (const [i, ask] of asks.entries()) {
      if (results[i] instanceof Error) continue;
      const { asOf, asOfGiven } = ask.selection;
      const instant =
        this.useRollups && rollupAnswers(ask.selection, ask.groupBy, ask.kpisOnly)
          ? await this.horizon.rollupInstant(asOf, asOfGiven)
          : null;
      if (instant) {
        fromRollup.push(i);
        batch.push(instant === asOf ? ask : { ...ask, selection: { ...ask.selection, asOf: instant } });
      } else await this.fromCases(ask, results[i] as Map<string, CaseStatsBucket>, budget);
    }
    if (fromRollup.length > 0) {
      const cap = budget ? budget.bucketsLeft() : null;
      const { sql, parameters } = this.rollups.statement(
        batch,
        (selection) => rollupMatterRows(selection)!,
        cap === null ? null : cap + 1,
      );
      const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, parameters);
      const rows: Record<string, unknown>[] = await this.dataSource.query(query, values);
      if (budget && rows.length > budget.bucketsLeft()) throw budget.tooManyBuckets();
      for (const row of rows) {
        const ask = batch[num(row.q)]!;
        // With no rows at all an ungrouped aggregate still answers one all-NULL row: read it as zeros.
        if (ask.groupBy.length > 0 && row.n === null) continue;
        const bucket = bucketFor(
          results[fromRollup[num(row.q)]!] as Map<string, CaseStatsBucket>,
          ask.groupBy,
          row,
        );
        bucket.count = num(row.n);
        for (const code of ask.kpis)
          bucket.kpis![KPI_FIELDS[code]] = kpiValue(num(row[`${code}_n`]), num(row[`${code}_d`]));
      }
    }
    return asks.map((ask, i) => {
      const buckets = results[i]!;
      if (buckets instanceof Error) return buckets;
      // The total (no grouping) always answers, zeros included.
      if (ask.groupBy.length === 0 && buckets.size === 0) buckets.set('[]', emptyBucket());
      // A bucket with nothing to show (no case received in it, no case in any asked KPI — a village whose
      // only 2023 activity was closing a 2022 case, when no KPI is asked) is left out, on either path.
      // Asked for KPIs only, a bucket counts nothing (the rollup path reads receipts only where a KPI
      // needs them) and is kept by its KPIs alone.
      if (ask.kpisOnly) for (const bucket of buckets.values()) bucket.count = 0;
      for (const [key, bucket] of ask.groupBy.length > 0 ? buckets : []) {
        const empty = !bucket.count && ask.kpis.every((code) => !bucket.kpis![KPI_FIELDS[code]].denominator);
        if (empty) buckets.delete(key);
      }
      if (budget && buckets.size > budget.bucketsLeft()) return budget.tooManyBuckets();
      budget?.spendBuckets(buckets.size);
      // Each bucket's key is built once: built per comparison, it cost more than the statement (1,300 buckets).
      const sorted = [...buckets.values()].map((b) => ({ b, key: bucketKey(b) }));
      sorted.sort(
        (x, y) =>
          collate(x.b.period ?? '', y.b.period ?? '') ||
          (y.b.count ?? 0) - (x.b.count ?? 0) ||
          collate(x.key, y.key),
      );
      return sorted.map((x) => x.b);
    });
  }

  private async fromCases(
    { selection, groupBy, kpis, kpisOnly }: PivotAsk,
    buckets: Map<string, CaseStatsBucket>,
    budget: RequestBudget | null,
  ): Promise<void> {
    const anchors = ANCHORS.filter((a) => a === 'RECEIVED' || kpis.some((k) => KPI_SQL[k].anchor === a));
    // KPIs read closed months as known at their close; counts are of the cases as they are. The two
    // differ only where the question groups or filters by a fact that changes (status, people in
    // charge, deadlines): then the count runs on its own.
    const splitCount =
      !kpisOnly &&
      kpis.some((k) => KPI_SQL[k].anchor === 'RECEIVED') &&
      readsChangingFacts(selection, groupBy);
    if (splitCount) {
      const qb = this.cases(selection).select('COUNT(*)', 'n');
      this.selectDimensions(qb, groupBy, anchorDay('RECEIVED', this.dialect), CASE_COLUMNS);
      applySelection(qb, selection, this.dialect, 'RECEIVED');
      for (const row of await pivotRows(qb, budget)) bucketFor(buckets, groupBy, row).count = num(row.n);
    }
    for (const anchor of anchors) {
      const frozen = kpis.some((k) => KPI_SQL[k].anchor === anchor);
      const qb = this.cases(selection, frozen ? anchor : null).select('COUNT(*)', 'n');
      this.selectDimensions(qb, groupBy, anchorDay(anchor, this.dialect), CASE_COLUMNS);
      selectKpiParts(qb, anchor, kpis);
      applySelection(qb, selection, this.dialect, anchor);
      for (const row of await pivotRows(qb, budget)) {
        const bucket = bucketFor(buckets, groupBy, row);
        if (anchor === 'RECEIVED' && !splitCount) bucket.count = num(row.n);
        readKpiParts(row, anchor, kpis, bucket.kpis!);
      }
    }
  }

  /** Adds `d0…dn` for the grouped dimensions, time bucketed from `day`. */
  private selectDimensions<T extends ObjectLiteral>(
    qb: SelectQueryBuilder<T>,
    groupBy: readonly CaseDimension[],
    day: string,
    columns: Partial<Record<KeyDimension, string>>,
  ): void {
    groupBy.forEach((dimension, i) => {
      const expr = TIME_UNITS.has(dimension)
        ? this.dialect.bucketStart(day, dimension as TimeUnit)
        : columns[dimension as KeyDimension]!;
      qb.addSelect(expr, `d${i}`).addGroupBy(expr);
    });
  }

  async kpis(selection: CaseSelection, kpis: readonly KpiCode[] = KPI_CODES): Promise<KpiSet> {
    const [bucket] = await this.caseStats(selection, [], kpis, true);
    return bucket?.kpis ?? emptyKpis();
  }

  /** Per leader: cases in charge, their state and KPIs, visits and instructions (leader-workloads.ts). */
  leaderWorkloads(selection: CaseSelection, leaderIds: readonly number[], parts?: ReadonlySet<WorkloadPart>) {
    const leaderKpis = (kpis: readonly KpiCode[]) =>
      this.caseStats(selection, [CaseDimension.LEADER], kpis, true);
    return readLeaderWorkloads(this.dataSource, this.dialect, selection, leaderIds, leaderKpis, parts);
  }

  /** How many open cases are overdue (red) and due soon (yellow): deadline-warnings.ts. */
  warningCounts(selection: CaseSelection): Promise<{ red: number; yellow: number }> {
    return countWarnings(this.dataSource, this.dialect, selection);
  }

  /** Open cases overdue or due soon, most urgent first: deadline-warnings.ts. */
  warnings(selection: CaseSelection, first: number | null | undefined): Promise<WarningRow[]> {
    return readWarnings(this.dataSource, this.dialect, selection, first);
  }
}
